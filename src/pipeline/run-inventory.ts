/**
 * The inventory: crawl every site, read and judge what is found, store it,
 * all through the journal so the run survives being killed and resumes.
 */
import type { Kysely } from 'kysely';
import type { ProcessedResource, Site } from '../domain/index.ts';
import { crawlSites, DEFAULT_CRAWL_OPTIONS, type CrawlOptions } from '../crawler/index.ts';
import { findMunicipality, listMunicipalities } from '../registry/index.ts';
import { completeRunIfFinished, createSqlJournal, runSites, saveMunicipalities, startOrResumeRun, type Database } from '../store/index.ts';
import { processResource } from './process-resource.ts';
import { isProgramValidIn, withStoredJudgement } from './crawl-goal.ts';

export interface InventoryOptions {
  year: number;
  sites: Site[];
  crawl: Partial<CrawlOptions>;
  signal?: AbortSignal;
  onProgress?(progress: InventoryProgress): void;
}

export interface InventoryProgress {
  sitesTotal: number;
  sitesDone: number;
  unreachable: number;
  fetched: number;
  documents: number;
  errors: number;
  current: string | null;
}

export interface InventorySummary extends InventoryProgress {
  runId: number;
  resumed: boolean;
  completed: boolean;
  durationMs: number;
}

export async function runInventory(db: Kysely<Database>, options: InventoryOptions): Promise<InventorySummary> {
  const started = performance.now();
  await saveMunicipalities(db, listMunicipalities());
  const crawl: CrawlOptions = { ...DEFAULT_CRAWL_OPTIONS, ...options.crawl };
  const run = await startOrResumeRun(db, options.year, options.sites, {
    allowPrivateHosts: crawl.allowPrivateHosts,
    politenessMs: crawl.politenessMs,
    pageBudget: crawl.pageBudget,
  });
  const before = await runSites(db, run.id);
  const progress: InventoryProgress = {
    sitesTotal: options.sites.length,
    sitesDone: before.filter((s) => s.status === 'done' || s.status === 'unreachable').length,
    unreachable: before.filter((s) => s.status === 'unreachable').length,
    fetched: before.reduce((n, s) => n + s.fetched, 0),
    documents: before.reduce((n, s) => n + s.documents, 0),
    errors: before.reduce((n, s) => n + s.errors, 0),
    current: null,
  };
  options.onProgress?.({ ...progress });
  const journal = createSqlJournal(db, run.id);
  const pendingSites = options.sites.filter((s) => {
    const state = before.find((b) => b.code === s.code);
    return !state || (state.status !== 'done' && state.status !== 'unreachable');
  });
  await crawlSites<ProcessedResource>(pendingSites, crawl, {
    journal,
    signal: options.signal,
    async process(resource) {
      const site = options.sites.find((s) => s.code === resource.siteCode) ?? { code: resource.siteCode, name: resource.siteCode, url: '' };
      const processed = await withStoredJudgement(db, resource.siteCode, await processResource(resource, { site, year: options.year, countyCode: findMunicipality(site.code)?.countyCode ?? null }));
      if (processed?.kind === 'document' || processed?.kind === 'unchanged') progress.documents += 1;
      if (processed?.kind === 'error') progress.errors += 1;
      return processed;
    },
    isGoal: (processed) => isProgramValidIn(processed, options.year),
    onEvent(event) {
      if (event.type === 'fetch') {
        progress.fetched += 1;
        if (event.record.error) progress.errors += 1;
      } else if (event.type === 'site-start') {
        progress.current = event.site.name;
      } else if (event.type === 'site-done') {
        progress.sitesDone += 1;
        if (event.status === 'unreachable') progress.unreachable += 1;
      }
      options.onProgress?.({ ...progress });
    },
  });
  const completed = await completeRunIfFinished(db, run.id);
  return { ...progress, current: null, runId: run.id, resumed: run.resumed, completed, durationMs: performance.now() - started };
}
