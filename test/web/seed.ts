/**
 * Seeds a real SQLite store for web tests through the store's own functions
 * (runs, journal commits, documents with classifications and evidence).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Site } from '../../src/domain/index.ts';
import { listMunicipalities } from '../../src/registry/index.ts';
import { completeRunIfFinished, createSqlJournal, openStore, saveMunicipalities, startOrResumeRun, type StoreConnection } from '../../src/store/index.ts';
import { makeClassification, makeDocument, makeEntry, makeRecord } from '../helpers/factories.ts';

export interface Seeded {
  store: StoreConnection;
  dir: string;
  cleanup(): Promise<void>;
}

const SITES: Site[] = [
  { code: '0114', name: 'Upplands Väsby', url: 'http://127.0.0.1:9/a/' },
  { code: '0115', name: 'Vallentuna', url: 'http://127.0.0.1:9/b/' },
  { code: '0117', name: 'Österåker', url: 'http://127.0.0.1:9/c/' },
  { code: '0120', name: 'Värmdö', url: 'http://127.0.0.1:9/d/' },
];

async function commit(store: StoreConnection, runId: number, code: string, url: string, pages: string[], over: Parameters<typeof makeClassification>[0] = {}): Promise<void> {
  const journal = createSqlJournal(store.db, runId);
  const entry = makeEntry(url);
  await journal.enqueue(code, [entry]);
  const document = makeDocument(code, url, { pages, pageCount: pages.length, title: over.title ?? 'Näringslivsprogram' });
  await journal.commitFetch(code, entry, makeRecord(url), [], { kind: 'document', document, classification: makeClassification(over), classifierVersion: 'test' });
}

/** Two inventory years: 2017 (three programs, one unreachable site) and 2018 (one renewal). */
export async function seedStore(): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'pk-web-'));
  const store = await openStore(join(dir, 'web.db'));
  await saveMunicipalities(store.db, listMunicipalities());
  const run = await startOrResumeRun(store.db, 2017, SITES, {});
  await commit(store, run.id, '0114', 'http://127.0.0.1:9/a/naringslivsprogram.pdf', [
    'Näringslivsprogram för Upplands Väsby 2016–2020. Antaget av kommunfullmäktige.',
    'Programmet utgår från den regionala utvecklingsstrategin RUFS. Vi samverkar med näringslivet.',
    'Handlingsplan med aktiviteter per år. Hållbar utveckling och Agenda 2030 genomsyrar arbetet.',
  ], {
    title: 'Näringslivsprogram 2016–2020',
    regionalLink: 'rus',
    actionPlan: 'included',
    sustainability: true,
    confidence: { isProgram: 0.95, regionalLink: 0.9 },
    evidence: [
      { aspect: 'regionalLink', quote: 'den regionala utvecklingsstrategin RUFS', page: 2 },
      { aspect: 'sustainability', quote: 'Hållbar utveckling och Agenda 2030', page: 3 },
    ],
  });
  await commit(store, run.id, '0115', 'http://127.0.0.1:9/b/tillvaxtstrategi.pdf', [
    'Tillväxtstrategi för Vallentuna 2015–2019.',
    'Vi vill stärka företagsklimatet. <script>alert("xss")</script> Strategin följs upp årligen.',
  ], {
    title: 'Tillväxtstrategi <b>Vallentuna</b>',
    programType: 'growth',
    validFrom: 2015,
    validTo: 2019,
    regionalLink: 'intermunicipal',
    actionPlan: 'none',
    needsReview: true,
    reviewReasons: ['osäker regional koppling'],
    confidence: { isProgram: 0.7, regionalLink: 0.4 },
    evidence: [{ aspect: 'programType', quote: 'Tillväxtstrategi för Vallentuna', page: 1 }],
  });
  await commit(store, run.id, '0117', 'http://127.0.0.1:9/c/oversiktsplan.pdf', ['Översiktsplan 2030 för Österåker.'], {
    title: 'Översiktsplan 2030',
    isProgram: false,
    programType: null,
    confidence: { isProgram: 0.55 },
    needsReview: true,
  });
  const j = createSqlJournal(store.db, run.id);
  for (const s of SITES.slice(0, 3)) await j.finishSite(s.code, 'done', null);
  await j.finishSite('0120', 'unreachable', 'connection refused');
  await completeRunIfFinished(store.db, run.id);

  const run2 = await startOrResumeRun(store.db, 2018, SITES, {});
  await commit(store, run2.id, '0114', 'http://127.0.0.1:9/a/naringslivsprogram.pdf', ['Näringslivsprogram för Upplands Väsby 2016–2020.'], {});
  await commit(store, run2.id, '0115', 'http://127.0.0.1:9/b/tillvaxtprogram-2018.pdf', ['Tillväxtprogram för Vallentuna 2018–2022.'], {
    title: 'Tillväxtprogram 2018–2022',
    programType: 'growth',
    validFrom: 2018,
    validTo: 2022,
  });
  const j2 = createSqlJournal(store.db, run2.id);
  for (const s of SITES) await j2.finishSite(s.code, 'done', null);
  await completeRunIfFinished(store.db, run2.id);
  return {
    store,
    dir,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
