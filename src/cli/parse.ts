/** Argument parsers shared by the commands; each throws InputError with the flag's name. */
import { InputError } from '../domain/index.ts';

export function parseYear(value: string): number {
  const year = Number(value);
  const max = new Date().getFullYear() + 5;
  if (!/^\d{4}$/.test(value) || year < 2000 || year > max) throw new InputError(`--year "${value}" is not a year between 2000 and ${max}`);
  return year;
}

export function parseInteger(flag: string, min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InputError(`${flag} "${value}" must be a whole number from ${min} to ${max}`);
    return n;
  };
}

export function parseCodes(value: string): string[] {
  const codes = value.split(',').map((c) => c.trim()).filter(Boolean);
  const bad = codes.filter((c) => !/^\d{4}$/.test(c));
  if (codes.length === 0 || bad.length > 0) throw new InputError(`--only "${value}" must be a comma-separated list of 4-digit municipality codes`);
  return codes;
}
