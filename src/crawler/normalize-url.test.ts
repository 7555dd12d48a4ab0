/** Tests for URL normalisation and the same-site rule. */
import { describe, expect, it } from 'vitest';
import { isSameSite, normalizeUrl } from './normalize-url.ts';

describe('normalizeUrl', () => {
  it('lower-cases scheme and host, drops default port and fragment', () => {
    expect(normalizeUrl('HTTP://Www.Kommun.SE:80/Naringsliv#top')).toBe('http://www.kommun.se/Naringsliv');
    expect(normalizeUrl('https://kommun.se:443/')).toBe('https://kommun.se/');
    expect(normalizeUrl('https://kommun.se:8443/a')).toBe('https://kommun.se:8443/a');
  });

  it('removes tracking and session parameters and keeps the rest in order', () => {
    expect(normalizeUrl('https://k.se/p?utm_source=fb&b=2&fbclid=x&a=1&PHPSESSID=abc&gclid=1&sid=9')).toBe('https://k.se/p?b=2&a=1');
    expect(normalizeUrl('https://k.se/p?utm_campaign=x')).toBe('https://k.se/p');
  });

  it('removes ;jsessionid path parameters', () => {
    expect(normalizeUrl('https://k.se/naringsliv;jsessionid=ABC123?x=1')).toBe('https://k.se/naringsliv?x=1');
  });

  it('collapses duplicate slashes and resolves dot segments', () => {
    expect(normalizeUrl('https://k.se/a//b/./c/../d')).toBe('https://k.se/a/b/d');
    expect(normalizeUrl('../program.pdf', 'https://k.se/a/b/sida')).toBe('https://k.se/a/program.pdf');
  });

  it('maps åäö and its percent-encoded spelling to one URL', () => {
    expect(normalizeUrl('https://k.se/näringsliv')).toBe(normalizeUrl('https://k.se/n%c3%a4ringsliv'));
  });

  it('rejects non-http schemes and garbage', () => {
    expect(normalizeUrl('mailto:a@k.se')).toBeNull();
    expect(normalizeUrl('javascript:void(0)')).toBeNull();
    expect(normalizeUrl('ftp://k.se/x')).toBeNull();
    expect(normalizeUrl('http://')).toBeNull();
  });
});

describe('isSameSite', () => {
  it('treats www and http/https variants as one site', () => {
    expect(isSameSite('https://www.kommun.se/', 'http://kommun.se/naringsliv')).toBe(true);
    expect(isSameSite('http://kommun.se/', 'https://www.kommun.se/x')).toBe(true);
  });

  it('rejects other hosts, subdomains and ports', () => {
    expect(isSameSite('https://kommun.se/', 'https://evil.se/')).toBe(false);
    expect(isSameSite('https://kommun.se/', 'https://bibliotek.kommun.se/')).toBe(false);
    expect(isSameSite('http://127.0.0.1:8080/', 'http://127.0.0.1:8081/')).toBe(false);
    expect(isSameSite('http://127.0.0.1:8080/', 'http://localhost:8080/')).toBe(false);
  });
});
