/**
 * Accounts, sessions and login attempts of the web app. Passwords arrive
 * here already hashed (src/api owns the hashing); this file only reads and
 * writes. The tables come from migration 002, so their shapes live here.
 */
import type { Kysely } from 'kysely';
import { InputError } from '../domain/index.ts';
import type { Database } from './schema.ts';

export type Role = 'admin' | 'reviewer';
export const ROLES: readonly Role[] = ['admin', 'reviewer'];

export interface UserTable {
  id: import('kysely').Generated<number>;
  username: string;
  password_hash: string;
  role: string;
  created_at: string;
}

export interface SessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface LoginAttemptTable {
  id: import('kysely').Generated<number>;
  ip: string;
  username: string;
  success: number;
  created_at: string;
}

export interface GoodExampleTable {
  document_id: number;
  marked_by: string;
  comment: string | null;
  created_at: string;
}

export interface SearchIndexedTable {
  document_id: number;
  indexed_at: string;
}

/** The store's tables plus those of migration 002 (web app). */
export interface AppDatabase extends Database {
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  good_examples: GoodExampleTable;
  search_indexed: SearchIndexedTable;
}

/** @internal the web tables are not in the shared schema type; widen once here. */
export function appDb(db: Kysely<Database>): Kysely<AppDatabase> {
  return db as unknown as Kysely<AppDatabase>;
}

export interface User {
  id: number;
  username: string;
  role: Role;
  passwordHash: string;
}

export interface SessionWithUser {
  id: string;
  csrfToken: string;
  expiresAt: string;
  user: { id: number; username: string; role: Role };
}

function toRole(role: string): Role {
  return role === 'admin' ? 'admin' : 'reviewer';
}

/** Creates a user; a taken username is bad input, not a crash. */
export async function createUser(db: Kysely<Database>, input: { username: string; passwordHash: string; role: Role }): Promise<number> {
  const existing = await findUserByName(db, input.username);
  if (existing) throw new InputError(`användaren "${input.username}" finns redan (user exists)`);
  const row = await appDb(db)
    .insertInto('users')
    .values({ username: input.username, password_hash: input.passwordHash, role: input.role, created_at: new Date().toISOString() })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findUserByName(db: Kysely<Database>, username: string): Promise<User | null> {
  const row = await appDb(db).selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row ? { id: Number(row.id), username: row.username, role: toRole(row.role), passwordHash: row.password_hash } : null;
}

export async function createSession(db: Kysely<Database>, session: { id: string; userId: number; csrfToken: string; expiresAt: Date }): Promise<void> {
  await appDb(db)
    .insertInto('sessions')
    .values({ id: session.id, user_id: session.userId, csrf_token: session.csrfToken, created_at: new Date().toISOString(), expires_at: session.expiresAt.toISOString() })
    .execute();
}

/** The live session with its user, or null when unknown or expired. */
export async function findSession(db: Kysely<Database>, id: string, now = new Date()): Promise<SessionWithUser | null> {
  const row = await appDb(db)
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.csrf_token', 'sessions.expires_at', 'users.id as user_id', 'users.username', 'users.role'])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.id, csrfToken: row.csrf_token, expiresAt: row.expires_at, user: { id: Number(row.user_id), username: row.username, role: toRole(row.role) } };
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await appDb(db).deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now = new Date()): Promise<void> {
  await appDb(db).deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
}

export async function recordLoginAttempt(db: Kysely<Database>, attempt: { ip: string; username: string; success: boolean }): Promise<void> {
  await appDb(db)
    .insertInto('login_attempts')
    .values({ ip: attempt.ip, username: attempt.username, success: attempt.success ? 1 : 0, created_at: new Date().toISOString() })
    .execute();
}

/** Failed attempts since `since` from this IP and for this username (rate limiting counts both). */
export async function countFailedLogins(db: Kysely<Database>, key: { ip: string; username: string }, since: Date): Promise<{ byIp: number; byUsername: number }> {
  const base = appDb(db).selectFrom('login_attempts').select((eb) => eb.fn.countAll<number>().as('n')).where('success', '=', 0).where('created_at', '>=', since.toISOString());
  const [ip, user] = await Promise.all([base.where('ip', '=', key.ip).executeTakeFirstOrThrow(), base.where('username', '=', key.username).executeTakeFirstOrThrow()]);
  return { byIp: Number(ip.n), byUsername: Number(user.n) };
}

/** Every account, without password hashes (the admin's user list). */
export async function listUsers(db: Kysely<Database>): Promise<Array<{ id: number; username: string; role: Role; createdAt: string }>> {
  const rows = await appDb(db).selectFrom('users').select(['id', 'username', 'role', 'created_at']).orderBy('username').execute();
  return rows.map((r) => ({ id: Number(r.id), username: r.username, role: toRole(r.role), createdAt: r.created_at }));
}
