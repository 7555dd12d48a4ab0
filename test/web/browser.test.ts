/**
 * End-to-end in Debian's Chromium (playwright-core): the main flows, axe-core
 * WCAG 2.1 A/AA checks on every page, and the layout at 360 px. Skipped with
 * a message only when /usr/bin/chromium is missing (CI installs it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, hashPassword } from '../../src/api/index.ts';
import { loadReport } from '../../src/report/index.ts';
import { createUser } from '../../src/store/index.ts';
import { seedStore, type Seeded } from './seed.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
// Locally a missing Chromium skips with a message; in CI (.ci/run installs it) a missing browser is a failure.
if (!hasChromium && process.env['CI'] === 'true') throw new Error(`${CHROMIUM} is missing in CI: .ci/run must install the chromium package`);
if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install chromium)`);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!hasChromium)('in Chromium', () => {
  let seeded: Seeded;
  let server: ServerType;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    seeded = await seedStore();
    await createUser(seeded.store.db, { username: 'granskare', passwordHash: await hashPassword('korrekt-hast-batteri'), role: 'reviewer' });
    const app = createApp({ db: seeded.store.db, dialect: 'sqlite' });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await seeded?.cleanup();
  });

  async function axe(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol, so our strict CSP (no inline scripts) stays on.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } };
      const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    return violations;
  }

  it('overview equals the report, the map has 290 shapes, and every page passes axe at 360 px and desktop', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}/?ar=2017`);
    const report = await loadReport(seeded.store.db, 2017);
    expect(await page.textContent('[data-figure="withProgram"]')).toBe(String(report.withProgram));
    expect(await page.locator('path[data-kommunkod]').count()).toBe(290);
    const pages = ['/?ar=2017', '/kommun/0114', '/program/2', '/exempel?q=strategi', '/jamfor?ids=1,2', '/ar?from=2017&to=2018', '/om', '/logga-in'];
    for (const width of [1200, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of pages) {
        await page.goto(base + path);
        expect(await axe(page), `${path} at ${width}px`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} overflows at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
    await page.close();
  });

  it('every public page works by keyboard alone: Tab reaches every control, each with a visible focus indicator', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const pages = ['/?ar=2017', '/kommun/0114', '/program/2', '/exempel?q=strategi', '/jamfor?ids=1,2', '/ar?from=2017&to=2018', '/om', '/logga-in'];
    for (const path of pages) {
      await page.goto(base + path);
      const total = await page.evaluate(() => {
        const selector = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
        // checkVisibility() also hides the content of a closed <details>, which Tab skips too.
        const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility({ checkVisibilityCSS: true, contentVisibilityAuto: true }));
        visible.forEach((el, i) => el.setAttribute('data-kb', String(i)));
        return visible.length;
      });
      const reached = new Set<string>();
      let unstyled: string[] = [];
      for (let i = 0; i < total + 5; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const indicated = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' || style.backgroundColor === 'rgb(255, 221, 0)';
          return { id: el.getAttribute('data-kb'), indicated, tag: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}` };
        });
        if (!info) continue;
        if (info.id !== null) reached.add(info.id);
        if (!info.indicated) unstyled.push(info.tag);
      }
      unstyled = [...new Set(unstyled)];
      expect(reached.size, `${path}: Tab reached ${reached.size} of ${total} controls`).toBe(total);
      expect(unstyled, `${path}: focused controls without a visible focus indicator`).toEqual([]);
    }
    await page.close();
  });

  it('an inflected query finds the program; escaped text stays text', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/exempel`);
    await page.fill('#q', 'näringslivsprogrammet');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    expect(await page.locator('[data-document-id="1"]').count()).toBe(1);
    await page.goto(`${base}/program/2`);
    expect(await page.locator('script:has-text("xss")').count()).toBe(0);
    expect(await page.textContent('body')).toContain('<script>alert("xss")</script>');
    await page.close();
  });

  it('a reviewer logs in by keyboard, corrects a field and the overview changes; reviewer pages pass axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/granskning`);
    expect(page.url()).toContain('/logga-in');
    await page.focus('#username');
    await page.keyboard.type('granskare');
    await page.keyboard.press('Tab');
    await page.keyboard.type('korrekt-hast-batteri');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/granskning/);
    expect(await axe(page)).toEqual([]);
    await page.goto(`${base}/program/2`);
    expect(await axe(page)).toEqual([]);
    await page.selectOption('#f-programType', 'business');
    await page.click('button:has-text("Spara granskning")');
    await page.waitForURL(/klart=1/);
    await page.goto(`${base}/api/v1/report?year=2017`);
    const report = JSON.parse((await page.textContent('body')) ?? '{}') as { summary: { byType: { business: number; growth: number } } };
    expect(report.summary.byType).toMatchObject({ business: 2, growth: 0 });
    for (const path of ['/granskning/lagg-till', '/granskning/logg']) {
      await page.goto(base + path);
      expect(await axe(page), path).toEqual([]);
    }
    // A form post without the token fails even with the session cookie.
    const status = await page.evaluate(async () => (await fetch('/granskning/inget-program', { method: 'POST', body: new URLSearchParams({ kommun: '0114', ar: '2017' }) })).status);
    expect(status).toBe(403);
    await page.close();
  });
});
