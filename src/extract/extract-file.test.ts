import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionError } from '../domain/index.ts';
import { renderPdf } from '../simweb/render-documents.ts';
import { closeExtractPool, extractFile } from './index.ts';

const spec = { title: 'Näringslivsstrategi 2019–2022', pages: [['# Näringslivsstrategi 2019–2022', 'Strategin gäller under mandatperioden.'], ['Andra sidan.']] };
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'extract-file-'));
  await writeFile(join(dir, 'strategi.pdf'), await renderPdf(spec));
  await writeFile(join(dir, 'tom.pdf'), new Uint8Array(0));
  await writeFile(join(dir, 'sida.html'), '<html><body><main><h1>Program</h1><p>Text om näringsliv och företagande i kommunen som är lång nog.</p></main></body></html>');
});

afterAll(async () => {
  await closeExtractPool();
  await rm(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionError);
    return (error as ExtractionError).code;
  }
  throw new Error('expected an ExtractionError');
}

describe('extractFile', () => {
  it('reads PDF and HTML files', async () => {
    const pdf = await extractFile(join(dir, 'strategi.pdf'));
    expect(pdf).toMatchObject({ format: 'pdf', pageCount: 2, title: 'Näringslivsstrategi 2019–2022' });
    expect(pdf.pages[0]).toContain('Strategin gäller under mandatperioden.');
    const html = await extractFile(join(dir, 'sida.html'));
    expect(html).toMatchObject({ format: 'html', title: 'Program' });
  });

  it('refuses an oversized file from its size, an empty file and a missing file', async () => {
    expect(await codeOf(extractFile(join(dir, 'strategi.pdf'), { maxBytes: 500 }))).toBe('too_large');
    expect(await codeOf(extractFile(join(dir, 'tom.pdf')))).toBe('empty');
    expect(await codeOf(extractFile(join(dir, 'finns-inte.pdf')))).toBe('unreadable');
  });

  it('works under plain Node (type-stripped worker) and lets the process exit without closing the pool', async () => {
    const index = fileURLToPath(new URL('./index.ts', import.meta.url));
    const script = `const { extractFile } = await import(${JSON.stringify(index)}); const d = await extractFile(${JSON.stringify(join(dir, 'strategi.pdf'))}); process.stdout.write(JSON.stringify(d.pages));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { timeout: 30_000 });
    const pages = JSON.parse(stdout) as string[];
    expect(pages).toHaveLength(2);
    expect(pages[1]).toBe('Andra sidan.');
  });
});
