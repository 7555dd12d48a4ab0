/**
 * `programkartan user add --db PATH --username NAME --role admin|reviewer`.
 * The password comes from PROGRAMKARTAN_PASSWORD or is read from stdin
 * (never from argv, where other users could see it in the process list).
 */
import { createInterface } from 'node:readline/promises';
import { InputError } from '../domain/index.ts';
import { loadConfig } from '../config/index.ts';
import { createUser, openStore, ROLES, type Role } from '../store/index.ts';
import { hashPassword } from '../api/index.ts';

async function readPassword(): Promise<string> {
  const fromEnv = process.env['PROGRAMKARTAN_PASSWORD'];
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) process.stderr.write('Lösenord (password): ');
  const rl = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of rl) return line.replace(/\r$/, '');
    return '';
  } finally {
    rl.close();
  }
}

export async function userAddCommand(flags: { db?: string; username: string; role: string }): Promise<number> {
  const config = loadConfig({ database: flags.db });
  if (!config.database) throw new InputError('--db is required (a SQLite file path or postgres:// URL; or set DATABASE_URL)');
  if (!ROLES.includes(flags.role as Role)) throw new InputError(`--role "${flags.role}" must be admin or reviewer`);
  const username = flags.username.trim();
  if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(username)) throw new InputError('--username: 2–64 letters, digits or . _ @ -');
  const password = await readPassword();
  if (password.length < 10) throw new InputError('lösenordet måste ha minst 10 tecken (password must be at least 10 characters)');
  const store = await openStore(config.database);
  try {
    const id = await createUser(store.db, { username, passwordHash: await hashPassword(password), role: flags.role as Role });
    process.stderr.write(`Användare ${username} (${flags.role}) skapad med id ${id}.\n`);
    return 0;
  } finally {
    await store.close();
  }
}
