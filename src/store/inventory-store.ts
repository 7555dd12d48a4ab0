/**
 * Runs, their sites and the rows a report is built from. The report logic
 * itself is pure (src/report); this file only reads and writes.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Municipality, Site, ValidityFacts } from '../domain/index.ts';
import type { Database } from './schema.ts';

export interface RunInfo {
  id: number;
  year: number;
  status: string;
  resumed: boolean;
  options: Record<string, unknown>;
}

/** Upserts the municipality register so reports can name and group every code. */
export async function saveMunicipalities(db: Kysely<Database>, municipalities: Municipality[]): Promise<void> {
  for (let i = 0; i < municipalities.length; i += 200) {
    await db
      .insertInto('municipalities')
      .values(municipalities.slice(i, i + 200).map((m) => ({ code: m.code, name: m.name, county_code: m.countyCode, county_name: m.countyName })))
      .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), county_code: eb.ref('excluded.county_code'), county_name: eb.ref('excluded.county_name') })))
      .execute();
  }
}

function sitesKey(year: number, sites: Site[]): string {
  const canonical = sites.map((s) => `${s.code}\t${s.url}`).sort().join('\n');
  return createHash('sha256').update(`${year}\n${canonical}`).digest('hex');
}

/**
 * Resumes the unfinished run of the same year and site list, or starts a new
 * one. A new run after a finished one is a refresh: fetches use the earlier
 * run's validators and unchanged documents are not processed again.
 */
export async function startOrResumeRun(db: Kysely<Database>, year: number, sites: Site[], options: Record<string, unknown>): Promise<RunInfo> {
  const key = sitesKey(year, sites);
  const open = await db.selectFrom('runs').selectAll().where('sites_key', '=', key).where('status', '=', 'running').orderBy('id', 'desc').executeTakeFirst();
  if (open) return { id: open.id, year: open.year, status: open.status, resumed: true, options: JSON.parse(open.options_json) as Record<string, unknown> };
  return db.transaction().execute(async (trx) => {
    const run = await trx
      .insertInto('runs')
      .values({ year, status: 'running', options_json: JSON.stringify(options), sites_key: key, started_at: new Date().toISOString(), finished_at: null })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    for (let i = 0; i < sites.length; i += 200) {
      await trx
        .insertInto('run_sites')
        .values(sites.slice(i, i + 200).map((s) => ({ run_id: run.id, site_code: s.code, site_name: s.name, url: s.url, status: 'pending', error: null, fetched: 0, documents: 0, errors: 0, finished_at: null })))
        .execute();
    }
    return { id: run.id, year, status: 'running', resumed: false, options };
  });
}

/** Marks a run completed once every site is done or unreachable; returns whether it is. */
export async function completeRunIfFinished(db: Kysely<Database>, runId: number): Promise<boolean> {
  const open = await db
    .selectFrom('run_sites')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('run_id', '=', runId)
    .where('status', 'not in', ['done', 'unreachable'])
    .executeTakeFirstOrThrow();
  if (Number(open.n) > 0) return false;
  await db.updateTable('runs').set({ status: 'completed', finished_at: new Date().toISOString() }).where('id', '=', runId).where('status', '=', 'running').execute();
  return true;
}

export interface RunSiteSummary {
  code: string;
  name: string;
  url: string;
  status: string;
  error: string | null;
  fetched: number;
  documents: number;
  errors: number;
}

export async function runSites(db: Kysely<Database>, runId: number): Promise<RunSiteSummary[]> {
  const rows = await db.selectFrom('run_sites').selectAll().where('run_id', '=', runId).orderBy('site_code').execute();
  return rows.map((r) => ({ code: r.site_code, name: r.site_name, url: r.url, status: r.status, error: r.error, fetched: Number(r.fetched), documents: Number(r.documents), errors: Number(r.errors) }));
}

export async function listYears(db: Kysely<Database>): Promise<number[]> {
  const rows = await db.selectFrom('runs').select('year').distinct().orderBy('year').execute();
  return rows.map((r) => Number(r.year));
}

/**
 * The machine judgement kept for a municipality's document with these bytes,
 * or null: lets a re-run that meets a program unchanged (304 or same hash)
 * know what it is without reading it again.
 */
export async function storedValidity(db: Kysely<Database>, municipalityCode: string, sha256: string): Promise<ValidityFacts | null> {
  const row = await db
    .selectFrom('documents')
    .innerJoin('classifications', 'classifications.document_id', 'documents.id')
    .select(['classifications.is_program', 'classifications.valid_from', 'classifications.valid_to', 'classifications.is_draft'])
    .where('documents.municipality_code', '=', municipalityCode)
    .where('documents.sha256', '=', sha256)
    .executeTakeFirst();
  if (!row) return null;
  return { isProgram: Number(row.is_program) === 1, validFrom: row.valid_from === null ? null : Number(row.valid_from), validTo: row.valid_to === null ? null : Number(row.valid_to), details: { isDraft: Number(row.is_draft) === 1 } };
}
