import { describe, expect, it } from 'vitest';
import { loadGeography } from './geography.ts';

function bbox(d: string): { w: number; h: number } {
  const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
}

describe('loadGeography', () => {
  it('projects 290 municipalities as small shapes, not as the globe minus each shape', () => {
    const geo = loadGeography();
    expect(geo.shapes.size).toBe(290);
    const stockholm = geo.shapes.get('0180')!;
    const kiruna = geo.shapes.get('2584')!;
    expect(bbox(stockholm.path).w).toBeLessThan(40);
    expect(bbox(kiruna.path).h).toBeGreaterThan(bbox(stockholm.path).h);
    // Kiruna lies north of Stockholm: smaller y on screen.
    const y = (d: string) => Number(/M-?[\d.]+,(-?[\d.]+)/.exec(d)?.[1]);
    expect(y(kiruna.path)).toBeLessThan(y(stockholm.path));
  });

  it('finds neighbours that share a border', () => {
    const geo = loadGeography();
    expect(geo.shapes.get('0180')!.neighbours).toContain('0184'); // Stockholm borders Solna
  });
});
