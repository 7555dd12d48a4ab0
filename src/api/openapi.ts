/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. */

const year = { name: 'year', in: 'query', schema: { type: 'integer', minimum: 1990, maximum: 2100 } };
const error = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const vocab = {
  programType: { type: 'string', enum: ['business', 'growth', 'other'] },
  regionalLink: { type: 'string', enum: ['rus', 'intermunicipal', 'none'] },
  actionPlan: { type: 'string', enum: ['included', 'linked', 'none'] },
};

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Programkartan API',
    version: '1.0.0',
    description: 'Swedish municipalities’ business and growth programs: yearly inventory, municipalities, documents with evidence, full-text search. Data under CC BY 4.0.',
    license: { name: 'CC BY 4.0 (data)', url: 'https://creativecommons.org/licenses/by/4.0/' },
  },
  servers: [{ url: '/api/v1' }],
  paths: {
    '/report': {
      get: {
        summary: 'A year’s inventory report: exactly `programkartan report --format json`',
        parameters: [{ ...year, required: true }],
        responses: { '200': { description: 'Report', content: { 'application/json': { schema: { $ref: '#/components/schemas/Report' } } } }, '400': error },
      },
    },
    '/years': { get: { summary: 'Inventory years in the database', responses: { '200': { description: 'Years', content: { 'application/json': { schema: { type: 'object', properties: { years: { type: 'array', items: { type: 'integer' } } } } } } } } } },
    '/municipalities': {
      get: {
        summary: 'All 290 municipalities with their status for a year (default: the latest)',
        parameters: [year],
        responses: { '200': { description: 'Municipalities', content: { 'application/json': { schema: { type: 'object', properties: { year: { type: ['integer', 'null'] }, municipalities: { type: 'array', items: { $ref: '#/components/schemas/MunicipalitySummary' } } } } } } } },
      },
    },
    '/municipality/{code}': {
      get: {
        summary: 'One municipality: status per year, documents, neighbours, similar municipalities',
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{4}$' } }],
        responses: { '200': { description: 'Municipality', content: { 'application/json': { schema: { type: 'object' } } } }, '404': error },
      },
    },
    '/programs/{id}': {
      get: {
        summary: 'One document: effective (reviewed) fields, machine judgement, evidence, review history',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
          { name: 'text', in: 'query', schema: { type: 'string', enum: ['1'] }, description: 'include the text page by page' },
        ],
        responses: { '200': { description: 'Document', content: { 'application/json': { schema: { type: 'object' } } } }, '404': error },
      },
    },
    '/programs/{id}/reviews': {
      post: {
        summary: 'Record a reviewer’s decision (reviewer session cookie and X-CSRF-Token header required)',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
          { name: 'X-CSRF-Token', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { isProgram: { type: 'boolean' }, ...vocab, title: { type: 'string' }, validFrom: { type: ['integer', 'null'] }, validTo: { type: ['integer', 'null'] }, sustainability: { type: 'boolean' }, isDraft: { type: 'boolean' }, comment: { type: 'string' } } } } } },
        responses: { '201': { description: 'Created' }, '400': error, '401': error, '403': error, '404': error },
      },
    },
    '/search': {
      get: {
        summary: 'Swedish full-text search over programs (stemming, compounds), with facets',
        parameters: [
          { name: 'q', in: 'query', schema: { type: 'string' } },
          { name: 'typ', in: 'query', schema: { type: 'array', items: vocab.programType }, style: 'form', explode: true },
          { name: 'region', in: 'query', schema: { type: 'array', items: vocab.regionalLink }, style: 'form', explode: true },
          { name: 'handlingsplan', in: 'query', schema: { type: 'array', items: vocab.actionPlan }, style: 'form', explode: true },
          { name: 'hallbarhet', in: 'query', schema: { type: 'string', enum: ['ja', 'nej'] } },
          { name: 'agenda2030', in: 'query', schema: { type: 'string', enum: ['ja', 'nej'] } },
          { name: 'lan', in: 'query', schema: { type: 'string', pattern: '^\\d{2}$' } },
          { name: 'ar', in: 'query', schema: { type: 'integer' }, description: 'valid in this year' },
          { name: 'bra', in: 'query', schema: { type: 'string', enum: ['ja'] }, description: 'only good examples' },
          { name: 'sida', in: 'query', schema: { type: 'integer', minimum: 1 } },
        ],
        responses: { '200': { description: 'Hits (snippetHtml is escaped text with <mark> around hits)', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', properties: { status: { type: 'integer' }, message: { type: 'string' } } } } },
      MunicipalitySummary: {
        type: 'object',
        properties: { code: { type: 'string' }, name: { type: 'string' }, countyCode: { type: 'string' }, countyName: { type: 'string' }, population: { type: ['integer', 'null'] }, status: { type: ['string', 'null'], enum: ['program_found', 'none_found', 'only_expired_or_future', 'unreachable', null] }, programs: { type: 'integer' } },
      },
      Report: {
        type: 'object',
        required: ['year', 'municipalities', 'withProgram', 'programs', 'summary'],
        properties: {
          year: { type: 'integer' },
          municipalities: { type: 'integer' },
          withProgram: { type: 'integer' },
          programs: {
            type: 'array',
            items: {
              type: 'object',
              properties: { municipality: { type: 'string' }, title: { type: ['string', 'null'] }, url: { type: 'string' }, ...vocab, validFrom: { type: ['integer', 'null'] }, validTo: { type: ['integer', 'null'] }, sustainability: { type: 'boolean' }, documentId: { type: 'integer' }, reviewed: { type: 'boolean' }, needsReview: { type: 'boolean' } },
            },
          },
          summary: { type: 'object' },
          statuses: { type: 'object' },
          municipalityStatus: { type: 'array', items: { type: 'object' } },
          needsReview: { type: 'integer' },
        },
      },
    },
  },
} as const;
