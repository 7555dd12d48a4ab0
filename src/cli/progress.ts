/**
 * Progress on stderr: a live bar on a terminal, a plain line every few
 * seconds otherwise (CI logs, pipes), so long runs always show they move.
 */
import cliProgress from 'cli-progress';
import type { InventoryProgress } from '../pipeline/index.ts';

export interface ProgressView {
  update(p: InventoryProgress): void;
  stop(): void;
}

export function createProgressView(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'Kommuner {bar} {value}/{total} | dokument {documents} | sidor {fetched} | fel {errors} | ej nåbara {unreachable} | {current}',
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        const payload = { documents: p.documents, fetched: p.fetched, errors: p.errors, unreachable: p.unreachable, current: p.current ?? '' };
        if (!started) {
          bar.start(p.sitesTotal, p.sitesDone, payload);
          started = true;
        } else bar.update(p.sitesDone, payload);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let last = 0;
  let latest: InventoryProgress | null = null;
  const print = (p: InventoryProgress) =>
    stream.write(`kommuner ${p.sitesDone}/${p.sitesTotal}, dokument ${p.documents}, sidor ${p.fetched}, fel ${p.errors}, ej nåbara ${p.unreachable}\n`);
  return {
    update(p) {
      latest = p;
      const now = Date.now();
      if (now - last >= 5000) {
        last = now;
        print(p);
      }
    },
    stop() {
      if (latest) print(latest);
    },
  };
}
