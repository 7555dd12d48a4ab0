import { describe, expect, it } from 'vitest';
import { loadConfig } from './index.ts';

describe('loadConfig', () => {
  it('uses defaults, then the environment, then flags', () => {
    expect(loadConfig({}, {}).politenessMs).toBe(1000);
    expect(loadConfig({}, { PROGRAMKARTAN_POLITENESS_MS: '250' }).politenessMs).toBe(250);
    expect(loadConfig({ politenessMs: '10' }, { PROGRAMKARTAN_POLITENESS_MS: '250' }).politenessMs).toBe(10);
    expect(loadConfig({}, { DATABASE_URL: 'postgres://x@127.0.0.1/db' }).database).toBe('postgres://x@127.0.0.1/db');
  });

  it('reports every bad value at once', () => {
    expect(() => loadConfig({ politenessMs: 'soon', pageBudget: '0' }, {})).toThrow(/politenessMs.*pageBudget/s);
  });
});
