/** All 290 sites start on their own ports, answer, and close cleanly (ports freed, no hanging sockets). */
import { describe, expect, it } from 'vitest';
import { generateWeb, loadMunicipalities, startSimWeb } from './index.ts';

describe('290 sites', () => {
  it('start, answer their start pages and close cleanly', async () => {
    const web = generateWeb({ year: 2017, seed: 1, municipalities: loadMunicipalities() });
    const running = await startSimWeb(web);
    expect(running.sites).toHaveLength(290);
    const statuses = await Promise.all(
      running.sites.map(async (s) => {
        try {
          const res = await fetch(s.url, { headers: { 'user-agent': 'Programkartan-test' } });
          await res.arrayBuffer();
          return res.status;
        } catch {
          return 0; // nothing listening
        }
      }),
    );
    const byCode = new Map(web.truth.map((t) => [t.code, t.expectedStatus]));
    running.sites.forEach((s, i) => {
      if (byCode.get(s.code) === 'unreachable') expect(statuses[i], s.code).not.toBe(200);
      else expect(statuses[i], s.code).toBe(200);
    });
    // Keep-alive sockets are open now; close must still finish and free the ports.
    await running.close();
    const after = await fetch(running.sites[0]?.url ?? '').then(
      () => 'answered',
      () => 'refused',
    );
    expect(after).toBe('refused');
  });
});
