/**
 * The SQL CrawlJournal: every fetch, its new links and the processed document
 * land in one transaction, so a run killed at any point (SIGKILL included)
 * resumes with no refetch and no duplicate.
 */
import type { Kysely, Transaction } from 'kysely';
import type { CrawlJournal, FetchRecord, FrontierEntry, PreviousFetch, ProcessedResource, SiteCrawlState } from '../domain/index.ts';
import type { Database } from './schema.ts';
import { saveDocument } from './document-writer.ts';

const CHUNK = 200;

async function insertFrontier(trx: Kysely<Database> | Transaction<Database>, runId: number, siteCode: string, entries: FrontierEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += CHUNK) {
    const rows = entries.slice(i, i + CHUNK).map((e) => ({
      run_id: runId,
      site_code: siteCode,
      url: e.url,
      score: e.score,
      depth: e.depth,
      referrer: e.referrer,
      anchor: e.anchor ? e.anchor.slice(0, 500) : null,
      via: e.via,
      done: 0,
    }));
    await trx.insertInto('frontier').values(rows).onConflict((oc) => oc.columns(['run_id', 'site_code', 'url']).doNothing()).execute();
  }
}

/** Creates the journal of one run. */
export function createSqlJournal(db: Kysely<Database>, runId: number): CrawlJournal<ProcessedResource> {
  return {
    async loadSite(siteCode: string): Promise<SiteCrawlState> {
      const site = await db.selectFrom('run_sites').select(['status', 'goal_found']).where('run_id', '=', runId).where('site_code', '=', siteCode).executeTakeFirst();
      const frontier = await db
        .selectFrom('frontier')
        .select(['url', 'score', 'depth', 'referrer', 'anchor', 'via', 'done'])
        .where('run_id', '=', runId)
        .where('site_code', '=', siteCode)
        .execute();
      const fetched = await db
        .selectFrom('fetches')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('run_id', '=', runId)
        .where('site_code', '=', siteCode)
        .executeTakeFirstOrThrow();
      const status = (site?.status ?? 'pending') as SiteCrawlState['status'];
      return {
        status,
        pending: frontier
          .filter((f) => Number(f.done) === 0)
          .map((f) => ({ url: f.url, score: Number(f.score), depth: Number(f.depth), referrer: f.referrer, anchor: f.anchor, via: f.via as FrontierEntry['via'] }))
          .sort((a, b) => b.score - a.score),
        seen: frontier.map((f) => f.url),
        fetchedCount: Number(fetched.n),
        goalFound: Number(site?.goal_found ?? 0) === 1,
      };
    },

    async enqueue(siteCode: string, entries: FrontierEntry[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await insertFrontier(trx, runId, siteCode, entries);
        await trx.updateTable('run_sites').set({ status: 'running' }).where('run_id', '=', runId).where('site_code', '=', siteCode).where('status', '=', 'pending').execute();
      });
    },

    async commitFetch(siteCode, entry, record, newEntries, processed, goal): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('fetches')
          .values({
            run_id: runId,
            site_code: siteCode,
            url: entry.url,
            final_url: record.finalUrl,
            status: record.status,
            content_type: record.contentType,
            bytes: record.bytes,
            sha256: record.sha256,
            etag: record.etag,
            last_modified: record.lastModified,
            unchanged: record.unchanged ? 1 : 0,
            error: record.error,
            fetched_at: record.fetchedAt,
            duration_ms: Math.round(record.durationMs),
          })
          .onConflict((oc) => oc.columns(['run_id', 'site_code', 'url']).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return; // already committed before a crash: idempotent
        await trx.updateTable('frontier').set({ done: 1 }).where('run_id', '=', runId).where('site_code', '=', siteCode).where('url', '=', entry.url).execute();
        await insertFrontier(trx, runId, siteCode, newEntries);
        let documents = 0;
        let errors = record.error ? 1 : 0;
        if (processed?.kind === 'document') {
          await saveDocument(trx, processed.document, processed.classification, processed.classifierVersion, { runId, siteCode });
          documents = 1;
        } else if (processed?.kind === 'unchanged') {
          const existing = await trx
            .selectFrom('documents')
            .select(['id'])
            .where('municipality_code', '=', siteCode)
            .where('sha256', '=', processed.sha256)
            .executeTakeFirst();
          if (existing) {
            await trx
              .insertInto('sightings')
              .values({ run_id: runId, document_id: existing.id, site_code: siteCode, url: entry.url })
              .onConflict((oc) => oc.columns(['run_id', 'document_id', 'url']).doNothing())
              .execute();
            documents = 1;
          }
        } else if (processed?.kind === 'error') {
          errors += 1;
          await trx
            .insertInto('document_errors')
            .values({ run_id: runId, site_code: siteCode, url: entry.url, code: processed.code, message: processed.message.slice(0, 1000), created_at: new Date().toISOString() })
            .onConflict((oc) => oc.columns(['run_id', 'site_code', 'url']).doNothing())
            .execute();
        }
        await trx
          .updateTable('run_sites')
          .set((eb) => ({ fetched: eb('fetched', '+', 1), documents: eb('documents', '+', documents), errors: eb('errors', '+', errors), status: 'running', ...(goal ? { goal_found: 1 } : {}) }))
          .where('run_id', '=', runId)
          .where('site_code', '=', siteCode)
          .execute();
      });
    },

    async finishSite(siteCode, status, error): Promise<void> {
      await db
        .updateTable('run_sites')
        .set({ status, error, finished_at: new Date().toISOString() })
        .where('run_id', '=', runId)
        .where('site_code', '=', siteCode)
        .execute();
    },

    async previousFetch(url: string): Promise<PreviousFetch | null> {
      const row = await db
        .selectFrom('fetches')
        .select(['etag', 'last_modified', 'sha256'])
        .where('url', '=', url)
        .where('sha256', 'is not', null)
        .where((eb) => eb.or([eb('status', '=', 200), eb('status', '=', 304)]))
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? { etag: row.etag, lastModified: row.last_modified, sha256: row.sha256 } : null;
    },
  };
}

export type { FetchRecord };
