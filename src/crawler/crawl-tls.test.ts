/** A bad certificate is recorded once, not retried: it will not heal within a run. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCrawl, site, testOptions } from './crawl-test-kit.ts';

function selfSignedCertificate(): { key: Buffer; cert: Buffer } | null {
  const dir = mkdtempSync(join(tmpdir(), 'pk-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const certificate = selfSignedCertificate();

describe.skipIf(certificate === null)('TLS', () => {
  it('records a self-signed certificate as a tls error without retrying; the site is unreachable', async () => {
    let connections = 0;
    const server = createServer({ ...certificate! }, (_req, res) => res.end('<html></html>'));
    server.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const { result } = await runCrawl(site(`https://127.0.0.1:${port}/`), testOptions({ retries: 2 }));
      expect(result.status).toBe('unreachable');
      expect(result.error).toMatch(/^tls: .*(SELF_SIGNED|CERT)/);
      // robots.txt once, no retries; nothing else is tried once robots is unavailable.
      expect(connections).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
