/**
 * Granskning (reviewers and admins): the queue, field decisions on a
 * document, adding a missed program, "no program" for a municipality and
 * year, good examples, and the audit log. Decisions are appended to
 * `reviews`; machine classifications are never changed.
 */
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { ACTION_PLANS, PROGRAM_TYPES, REGIONAL_LINKS } from '../../domain/index.ts';
import { addReviews, listReviews, listUsers, markGoodExample, reviewQueue, saveDocument, unmarkGoodExample, type ReviewInput } from '../../store/index.ts';
import { h, loadGeography, renderAddProgram, renderAuditLog, renderQueue, type AddProgramForm } from '../../web/index.ts';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth.ts';
import { fetchDocument } from '../fetch-document.ts';
import { HttpError } from '../http-error.ts';
import { page, parseId, parseYearParam, viewerOf } from '../page-helpers.ts';

type FieldValue = string | number | boolean | null;

function parseBool(v: unknown): boolean | null {
  return v === 'true' ? true : v === 'false' ? false : null;
}

function parseYearField(name: string, v: unknown): number | null {
  const s = typeof v === 'string' ? v.trim() : '';
  if (s === '') return null;
  if (!/^\d{4}$/.test(s) || Number(s) < 1950 || Number(s) > 2100) throw new HttpError(400, `${name}: ange ett år med fyra siffror (t.ex. 2016) eller lämna tomt.`);
  return Number(s);
}

function parseChoice(name: string, v: unknown, allowed: readonly string[]): string | null {
  const s = typeof v === 'string' ? v : '';
  if (s === '') return null;
  if (!allowed.includes(s)) throw new HttpError(400, `${name}: okänt värde.`);
  return s;
}

/** The reviewer's submitted field values, validated. */
export function parseDecision(body: Record<string, unknown>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  const isProgram = parseBool(body['isProgram']);
  if (isProgram !== null) out['isProgram'] = isProgram;
  if ('programType' in body) out['programType'] = parseChoice('Typ av program', body['programType'], PROGRAM_TYPES);
  if (typeof body['title'] === 'string') out['title'] = body['title'].trim().slice(0, 300) || null;
  if ('validFrom' in body) out['validFrom'] = parseYearField('Gäller från', body['validFrom']);
  if ('validTo' in body) out['validTo'] = parseYearField('Gäller till', body['validTo']);
  if ('regionalLink' in body) out['regionalLink'] = parseChoice('Regional koppling', body['regionalLink'], REGIONAL_LINKS);
  if ('actionPlan' in body) out['actionPlan'] = parseChoice('Handlingsplan', body['actionPlan'], ACTION_PLANS);
  const sustainability = parseBool(body['sustainability']);
  if (sustainability !== null) out['sustainability'] = sustainability;
  const isDraft = parseBool(body['isDraft']);
  if (isDraft !== null) out['isDraft'] = isDraft;
  if (typeof out['validFrom'] === 'number' && typeof out['validTo'] === 'number' && out['validFrom'] > out['validTo']) throw new HttpError(400, 'Gäller från kan inte vara senare än Gäller till.');
  return out;
}

/**
 * Review rows for a decision: one per field that differs from the current
 * (effective) value; a decision that changes nothing confirms the document
 * as a whole (isProgram), so it leaves the queue.
 */
export function decisionRows(documentId: number, current: Record<string, unknown>, decision: Record<string, FieldValue>, reviewer: string, comment: string | null): ReviewInput[] {
  const rows: ReviewInput[] = [];
  for (const [field, value] of Object.entries(decision)) {
    if (current[field] !== value) rows.push({ targetType: 'document', targetId: String(documentId), year: null, field, value, reviewer, comment });
  }
  if (rows.length === 0) rows.push({ targetType: 'document', targetId: String(documentId), year: null, field: 'isProgram', value: current['isProgram'] ?? true, reviewer, comment: comment ?? 'bekräftad' });
  return rows;
}

async function addProgram(c: Context<AppEnv>): Promise<Response> {
  const viewer = viewerOf(c)!;
  const body = await c.req.parseBody();
  const form: AddProgramForm = { kommun: typeof body['kommun'] === 'string' ? body['kommun'] : '', url: typeof body['url'] === 'string' ? body['url'].trim() : '', errors: [] };
  const file = body['fil'] instanceof File && body['fil'].size > 0 ? body['fil'] : null;
  const geo = loadGeography();
  const shape = geo.shapes.get(form.kommun);
  if (!shape) form.errors.push({ field: 'kommun', text: 'Välj kommun' });
  if (!file && !form.url) form.errors.push({ field: 'url', text: 'Ange en adress eller ladda upp en fil' });
  if (file && file.size > 30 * 1024 * 1024) form.errors.push({ field: 'fil', text: 'Filen får vara högst 30 MB' });
  const municipalities = [...geo.shapes.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((s) => ({ code: s.code, name: s.name }));
  if (form.errors.length > 0 || !shape) return page(c, { title: 'Fel – Lägg till ett program', section: 'granskning', body: renderAddProgram(form, municipalities, viewer) }, 400);

  let bytes: Uint8Array;
  let contentType: string | null;
  let url: string;
  let fileName: string | null = null;
  if (file) {
    bytes = new Uint8Array(await file.arrayBuffer());
    contentType = file.type || null;
    fileName = file.name;
    url = form.url || `upload:${file.name}`;
  } else {
    const fetched = await fetchDocument(form.url, { allowPrivateHosts: c.var.services.allowPrivateHosts });
    ({ bytes, contentType } = fetched);
    url = fetched.finalUrl;
  }
  // Extraction and classification load lazily: only reviewers adding documents need them.
  const [{ extractDocument }, { classifyDocument }, { CLASSIFIER_VERSION }] = await Promise.all([import('../../extract/index.ts'), import('../../classify/index.ts'), import('../../pipeline/index.ts')]);
  let extracted;
  try {
    extracted = await extractDocument(bytes, { url: file ? null : url, contentType, fileName });
  } catch (error) {
    form.errors.push({ field: file ? 'fil' : 'url', text: `Texten kunde inte läsas ut: ${error instanceof Error ? error.message : String(error)}` });
    return page(c, { title: 'Fel – Lägg till ett program', section: 'granskning', body: renderAddProgram(form, municipalities, viewer) }, 422);
  }
  const years = await c.var.services.data.years();
  const classification = classifyDocument(extracted, { url, municipalityName: shape.name, countyCode: shape.countyCode, year: years.at(-1) ?? new Date().getFullYear() });
  const id = await saveDocument(
    c.var.services.data.db,
    {
      municipalityCode: shape.code,
      url,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: extracted.format,
      title: classification.title ?? extracted.title,
      pageCount: extracted.pageCount,
      scanned: extracted.scanned,
      warnings: extracted.warnings,
      pages: extracted.pages,
      source: file ? 'upload' : 'manual',
    },
    classification,
    CLASSIFIER_VERSION,
    null,
  );
  c.var.services.data.invalidate();
  return c.redirect(`/program/${id}#granska`, 303);
}

export function reviewPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/granskning', requireRole('reviewer'));
  app.use('/granskning/*', requireRole('reviewer'));
  app.use('/exempel/:id/bra-exempel', requireRole('reviewer'));

  app.get('/granskning', async (c) => {
    const { items, total } = await reviewQueue(c.var.services.data.db, { limit: 100 });
    const notice = c.req.query('klart') === '1' ? 'Granskningen är sparad.' : null;
    return page(c, { title: 'Granskning', section: 'granskning', body: renderQueue(items, total, viewerOf(c)!, notice) });
  });

  app.post('/granskning/dokument/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const data = c.var.services.data;
    const entry = (await data.catalogue()).get(id);
    if (!entry) throw new HttpError(404, 'Dokumentet finns inte.');
    const body = await c.req.parseBody();
    const decision = parseDecision(body);
    const comment = typeof body['comment'] === 'string' && body['comment'].trim() ? body['comment'].trim().slice(0, 1000) : null;
    await addReviews(data.db, decisionRows(id, entry.fields as unknown as Record<string, unknown>, decision, c.var.session!.user.username, comment));
    data.invalidate();
    return c.redirect('/granskning?klart=1', 303);
  });

  app.post('/granskning/inget-program', async (c) => {
    const body = await c.req.parseBody();
    const code = typeof body['kommun'] === 'string' ? body['kommun'] : '';
    if (!loadGeography().shapes.has(code)) throw new HttpError(400, 'Okänd kommun.');
    const year = parseYearParam(typeof body['ar'] === 'string' ? body['ar'] : null);
    if (year === null) throw new HttpError(400, 'Ange år.');
    const value = body['value'] !== 'false';
    await addReviews(c.var.services.data.db, [{ targetType: 'municipality', targetId: code, year, field: 'noProgram', value, reviewer: c.var.session!.user.username, comment: null }]);
    c.var.services.data.invalidate();
    return c.redirect(`/kommun/${code}`, 303);
  });

  app.get('/granskning/lagg-till', (c) => {
    const municipalities = [...loadGeography().shapes.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((s) => ({ code: s.code, name: s.name }));
    return page(c, { title: 'Lägg till ett program', section: 'granskning', breadcrumbs: [{ text: 'Granskning', href: '/granskning' }, { text: 'Lägg till' }], body: renderAddProgram({ kommun: c.req.query('kommun') ?? '', url: '', errors: [] }, municipalities, viewerOf(c)!) });
  });
  app.post('/granskning/lagg-till', addProgram);

  app.get('/granskning/logg', async (c) => {
    const pageNo = Math.max(1, Number.parseInt(c.req.query('sida') ?? '1', 10) || 1);
    const { rows, total } = await listReviews(c.var.services.data.db, { limit: 50, offset: (pageNo - 1) * 50 });
    const names = new Map([...loadGeography().shapes.values()].map((s) => [s.code, s.name]));
    return page(c, { title: 'Granskningslogg', section: 'granskning', breadcrumbs: [{ text: 'Granskning', href: '/granskning' }, { text: 'Logg' }], body: renderAuditLog(rows, pageNo, Math.max(1, Math.ceil(total / 50)), names) });
  });

  // Accounts are created with `programkartan user add`; admins can see who has access.
  app.get('/admin/anvandare', requireRole('admin'), async (c) => {
    const users = await listUsers(c.var.services.data.db);
    return page(c, {
      title: 'Användare',
      body: h`<h1 class="govuk-heading-xl">Användare</h1><ul class="govuk-list">${users.map((u) => h`<li>${u.username} – ${u.role === 'admin' ? 'administratör' : 'granskare'} (sedan ${u.createdAt.slice(0, 10)})</li>`)}</ul><p class="govuk-body">Nya konton skapas med <code>programkartan user add</code>.</p>`,
    });
  });

  app.post('/exempel/:id/bra-exempel', async (c) => {
    const id = parseId(c.req.param('id'));
    const data = c.var.services.data;
    if (!(await data.catalogue()).has(id)) throw new HttpError(404, 'Dokumentet finns inte.');
    const body = await c.req.parseBody();
    const value = body['value'] !== 'false';
    const user = c.var.session!.user.username;
    if (value) await markGoodExample(data.db, id, user, null);
    else await unmarkGoodExample(data.db, id);
    await addReviews(data.db, [{ targetType: 'document', targetId: String(id), year: null, field: 'goodExample', value, reviewer: user, comment: null }]);
    data.invalidate();
    return c.redirect(`/program/${id}`, 303);
  });
  return app;
}
