/** Tests for the crawler-trap rules. */
import { describe, expect, it } from 'vitest';
import { QueryVariantGuard, trapReason } from './trap-guard.ts';

describe('trapReason', () => {
  it('lets ordinary municipal pages through', () => {
    expect(trapReason('https://k.se/naringsliv-och-arbete/naringslivsprogram')).toBeNull();
    expect(trapReason('https://k.se/download/18.4a5/1600000000/naringslivsprogram-2016-2020.pdf')).toBeNull();
    expect(trapReason('https://k.se/nyheter/2019/nytt-program')).toBeNull();
  });

  it('flags calendars by query and by path', () => {
    expect(trapReason('https://k.se/evenemang?month=2031-05')).toBe('calendar_query');
    expect(trapReason('https://k.se/x?date=2031-05-01')).toBe('calendar_query');
    expect(trapReason('https://k.se/kalender/2031/05/')).toBe('calendar_path');
  });

  it('flags deep, repeating and overlong paths', () => {
    expect(trapReason('https://k.se/1/2/3/4/5/6/7/8/9')).toBe('path_too_deep');
    expect(trapReason('https://k.se/a/b/a/b')).toBe('repeated_path_segments');
    expect(trapReason('https://k.se/x/x/x')).toBe('repeated_path_segments');
    expect(trapReason(`https://k.se/${'a'.repeat(300)}`)).toBe('url_too_long');
  });
});

describe('QueryVariantGuard', () => {
  it('admits at most N distinct query strings per path, repeats always', () => {
    const guard = new QueryVariantGuard(2);
    expect(guard.admit('https://k.se/sok?q=1')).toBe(true);
    expect(guard.admit('https://k.se/sok?q=2')).toBe(true);
    expect(guard.admit('https://k.se/sok?q=3')).toBe(false);
    expect(guard.admit('https://k.se/sok?q=1')).toBe(true);
    expect(guard.admit('https://k.se/annan?q=3')).toBe(true);
    expect(guard.admit('https://k.se/sok')).toBe(true);
  });
});
