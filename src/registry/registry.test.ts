import { describe, expect, it } from 'vitest';
import { listMunicipalities, parseSitesCsv, registrySites, selectSites } from './index.ts';

describe('registry', () => {
  it('has all 290 municipalities with codes, counties and a website each', () => {
    const all = listMunicipalities();
    expect(all).toHaveLength(290);
    expect(new Set(all.map((m) => m.countyCode)).size).toBe(21);
    expect(all.find((m) => m.code === '0114')?.name).toBe('Upplands Väsby');
    const sites = registrySites();
    expect(sites).toHaveLength(290);
    expect(new Set(sites.map((s) => s.code))).toEqual(new Set(all.map((m) => m.code)));
    for (const s of sites) expect(s.url).toMatch(/^https?:\/\//);
  });

  it('selects a county and explicit codes', () => {
    const sites = registrySites();
    expect(selectSites(sites, { county: '25' }).every((s) => s.code.startsWith('25'))).toBe(true);
    expect(selectSites(sites, { only: ['0180', '1280'] }).map((s) => s.name).sort()).toEqual(['Malmö', 'Stockholm']);
    expect(() => selectSites(sites, { county: '1' })).toThrow(/2-digit/);
    expect(() => selectSites(sites, { county: '02' })).toThrow(/no site/);
    expect(() => selectSites(sites, { only: ['9999'] })).toThrow(/unknown municipality code/);
  });
});

describe('parseSitesCsv', () => {
  it('reads a valid file, BOM and quotes included', () => {
    const sites = parseSitesCsv('\uFEFFcode,name,url\n0114,Upplands Väsby,http://127.0.0.1:4000/\n"0115","Vallentuna, kommun",https://www.vallentuna.se\n');
    expect(sites).toEqual([
      { code: '0114', name: 'Upplands Väsby', url: 'http://127.0.0.1:4000/' },
      { code: '0115', name: 'Vallentuna, kommun', url: 'https://www.vallentuna.se' },
    ]);
  });

  it('reports every problem with its line number', () => {
    const bad = 'code,name,url\n114,A,http://a.se\n0115,,ftp://b.se\n0115,C,not a url\n0116,D\n';
    let message = '';
    try {
      parseSitesCsv(bad, 'x.csv');
    } catch (error) {
      message = (error as Error).message;
      expect((error as Error).name).toBe('InputError');
    }
    expect(message).toMatch(/line 2: code "114"/);
    expect(message).toMatch(/line 3: name is empty/);
    expect(message).toMatch(/line 3: url "ftp:\/\/b.se" must use http/);
    expect(message).toMatch(/line 4: .*not an absolute URL/);
    expect(message).toMatch(/line 4: code 0115 appears more than once/);
    expect(message).toMatch(/line 5: expected 3 fields/);
  });

  it('rejects a wrong header, an empty list and broken quoting', () => {
    expect(() => parseSitesCsv('kod,namn,webb\n0114,A,http://a.se\n')).toThrow(/header "code,name,url"/);
    expect(() => parseSitesCsv('code,name,url\n')).toThrow(/no sites/);
    expect(() => parseSitesCsv('code,name,url\n0114,"A,http://a.se\n')).toThrow(/not valid CSV/);
  });
});
