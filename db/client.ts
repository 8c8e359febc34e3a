// One way to get the database: a drizzle instance over a D1 binding or a libSQL/Turso URL.
import { createClient } from "@libsql/client";
import type { BatchItem, BatchResponse } from "drizzle-orm/batch";
import { drizzle as drizzleD1 } from "drizzle-orm/d1";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import * as schema from "./schema";

export type Schema = typeof schema;

/** The part of drizzle both drivers share, plus their (identical) batch. */
export type Database = BaseSQLiteDatabase<"async", unknown, Schema> & {
  batch<U extends BatchItem<"sqlite">, T extends Readonly<[U, ...U[]]>>(batch: T): Promise<BatchResponse<T>>;
};

export interface DatabaseConfig {
  /** Cloudflare D1 binding. */
  DB?: D1DatabaseLike;
  /** libSQL URL: `file:`/`:memory:` in Node, `libsql://`/`https://` anywhere (Turso). */
  LIBSQL_URL?: string;
  LIBSQL_AUTH_TOKEN?: string;
}

/** Structural view of a D1 binding, so this module does not need the Workers types. */
export interface D1DatabaseLike {
  prepare(query: string): unknown;
  batch(statements: unknown[]): Promise<unknown>;
  exec(query: string): Promise<unknown>;
}

/**
 * One drizzle instance per D1 binding, made once per isolate: building one reads the whole schema's
 * relations again (a measurable share of a small request's CPU, docs/decisions/014), and it holds
 * nothing of a request's own. libSQL clients are not kept: each caller owns (and closes) its client.
 */
const d1Instances = new WeakMap<object, Database>();

/** libSQL wins when both are configured: production points LIBSQL_URL at Turso. */
export function createDatabase(config: DatabaseConfig): Database {
  if (config.LIBSQL_URL) {
    const client = createClient({
      url: config.LIBSQL_URL,
      ...(config.LIBSQL_AUTH_TOKEN ? { authToken: config.LIBSQL_AUTH_TOKEN } : {}),
    });
    return drizzleLibsql(client, { schema }) as unknown as Database;
  }
  if (config.DB) {
    const made = d1Instances.get(config.DB);
    if (made) return made;
    // drizzle's D1 driver is typed against the Workers D1Database; the binding is that object.
    const db = drizzleD1(config.DB as Parameters<typeof drizzleD1>[0], { schema }) as unknown as Database;
    d1Instances.set(config.DB, db);
    return db;
  }
  throw new Error("No database configured: bind DB (D1) or set LIBSQL_URL");
}

/** Rows changed by a `run()`: D1 reports `meta.changes`, libSQL `rowsAffected`. */
export function rowsAffected(result: unknown): number {
  if (result && typeof result === "object") {
    if ("rowsAffected" in result && typeof result.rowsAffected === "number") {
      return result.rowsAffected;
    }
    if ("meta" in result && result.meta && typeof result.meta === "object") {
      const meta = result.meta as { changes?: unknown };
      if (typeof meta.changes === "number") return meta.changes;
    }
  }
  return 0;
}

/** A database error's whole story: drizzle wraps the driver's error as `cause`. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause ? `${error.message} ${errorText(error.cause)}` : error.message;
}

/** True when a batch failed because its write fence found a newer lock epoch. */
export function isFenceViolation(error: unknown): boolean {
  const text = errorText(error);
  return text.includes("write_fences_epoch_check") || text.includes("CHECK constraint failed");
}
