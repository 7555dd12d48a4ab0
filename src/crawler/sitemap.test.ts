/** Tests for sitemap parsing, plain and gzipped. */
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSitemap } from './sitemap.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('parseSitemap', () => {
  it('reads urlset locations, unescaping XML entities and CDATA', () => {
    const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://k.se/naringsliv</loc></url>
      <url><loc> https://k.se/sok?a=1&amp;b=2 </loc></url>
      <url><loc><![CDATA[https://k.se/program]]></loc></url></urlset>`;
    expect(parseSitemap(encode(xml), 100)).toEqual({ urls: ['https://k.se/naringsliv', 'https://k.se/sok?a=1&b=2', 'https://k.se/program'], sitemaps: [] });
  });

  it('reads sitemap indexes as child sitemaps', () => {
    const xml = '<sitemapindex><sitemap><loc>https://k.se/sitemap-1.xml</loc></sitemap></sitemapindex>';
    expect(parseSitemap(encode(xml), 100)).toEqual({ urls: [], sitemaps: ['https://k.se/sitemap-1.xml'] });
  });

  it('reads gzip and caps the number of entries', () => {
    const xml = `<urlset>${Array.from({ length: 50 }, (_, i) => `<url><loc>https://k.se/p${i}</loc></url>`).join('')}</urlset>`;
    const parsed = parseSitemap(gzipSync(encode(xml)), 10);
    expect(parsed.urls).toHaveLength(10);
    expect(parsed.urls[9]).toBe('https://k.se/p9');
  });

  it('returns nothing for garbage', () => {
    expect(parseSitemap(new Uint8Array([0x1f, 0x8b, 1, 2, 3]), 10)).toEqual({ urls: [], sitemaps: [] });
  });
});
