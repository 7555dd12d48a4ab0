/**
 * Fetches a document a reviewer names by URL. Only http(s); loopback and
 * private addresses are refused unless allowed (tests), every redirect hop is
 * checked again, and the body is capped, so the form cannot be used to reach
 * internal services (SSRF).
 */
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { HttpError } from './http-error.ts';

const MAX_BYTES = 30 * 1024 * 1024;

async function checkHost(url: URL, allowPrivate: boolean): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new HttpError(400, 'Adressen måste börja med http:// eller https://');
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  for (const address of addresses) {
    const parsed = ipaddr.process(address);
    if (parsed.range() !== 'unicast') throw new HttpError(400, 'Adressen pekar på ett internt nät och hämtas inte (private address refused)');
  }
}

export interface FetchedFile {
  bytes: Uint8Array;
  contentType: string | null;
  finalUrl: string;
}

export async function fetchDocument(rawUrl: string, options: { allowPrivateHosts: boolean; timeoutMs?: number }): Promise<FetchedFile> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new HttpError(400, 'Ogiltig adress (invalid URL)');
  }
  for (let hop = 0; hop < 5; hop++) {
    await checkHost(url, options.allowPrivateHosts);
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs ?? 20_000), headers: { 'user-agent': 'Programkartan/0.1 (granskning)' } });
    } catch (error) {
      throw new HttpError(400, `Kunde inte hämta adressen: ${error instanceof Error ? error.message : String(error)}`);
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      continue;
    }
    if (!response.ok || !response.body) throw new HttpError(400, `Servern svarade ${response.status} för adressen`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > MAX_BYTES) throw new HttpError(413, 'Filen är större än 30 MB');
      chunks.push(chunk);
    }
    return { bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type'), finalUrl: url.toString() };
  }
  throw new HttpError(400, 'För många omdirigeringar');
}
