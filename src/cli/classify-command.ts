/** `programkartan classify FILE…`: extract and judge local files; one JSON object per file, errors per file. */
import { InputError } from '../domain/index.ts';
import { extractFile } from '../extract/index.ts';
import { classifyDocument, explainClassification } from '../classify/index.ts';

export async function classifyCommand(files: string[], flags: { format?: string; explain?: boolean; year?: number }): Promise<number> {
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new InputError(`--format "${format}" must be json or text`);
  if (files.length === 0) throw new InputError('classify needs at least one file');
  const results: Record<string, unknown>[] = [];
  for (const file of files) {
    try {
      const document = await extractFile(file);
      const c = classifyDocument(document, { url: file, year: flags.year ?? null });
      const { details, confidence, needsReview, reviewReasons, signals, ...contract } = c;
      results.push({ file, ...contract, details, confidence, needsReview, reviewReasons, scanned: document.scanned, pages: document.pageCount });
      if (flags.explain) {
        const text = `== ${file}\n${explainClassification(c)}\n`;
        (format === 'json' ? process.stderr : process.stdout).write(text);
      }
      void signals;
    } catch (error) {
      results.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else if (!flags.explain)
    for (const r of results)
      process.stdout.write(
        'error' in r ? `${String(r.file)}: FEL ${String(r.error)}\n` : `${String(r.file)}: ${r.isProgram ? `program (${String(r.programType)}) ${String(r.title)} ${String(r.validFrom)}–${String(r.validTo)}` : 'inte ett program'}\n`,
      );
  return 0;
}
