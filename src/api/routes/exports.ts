/** /export/YEAR.csv, .xlsx and .json: a year's inventory with its licence line. */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { toCsv, toJsonExport, toXlsx } from '../export-formats.ts';
import { HttpError } from '../http-error.ts';

export function exportRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/:file', async (c) => {
    const m = /^(\d{4})\.(csv|xlsx|json)$/.exec(c.req.param('file'));
    if (!m) throw new HttpError(404, 'Exporten finns inte. Använd t.ex. /export/2017.csv');
    const year = Number(m[1]);
    const data = c.var.services.data;
    if (!(await data.years()).includes(year)) throw new HttpError(404, `Ingen inventering för ${year}.`);
    const report = await data.report(year);
    const name = `programkartan-${year}.${m[2]}`;
    const headers = { 'Content-Disposition': `attachment; filename="${name}"` };
    if (m[2] === 'csv') return c.body(toCsv(report), 200, { ...headers, 'Content-Type': 'text/csv; charset=utf-8' });
    if (m[2] === 'json') return c.body(toJsonExport(report), 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    return c.body(toXlsx(report) as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  });
  return app;
}
