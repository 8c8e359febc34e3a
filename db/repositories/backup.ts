// Backups of the base tables as an SQL script, on D1 or libSQL alike. D1's own export refuses a
// database that has a virtual table (the customers' FTS5 name index), and the index is derived data
// anyway: a backup holds every row of every base table, and the script ends by rebuilding each
// full-text index from its table. Restoring = migrate an empty database, then run the script.
// Reads go through a `Reader` (a libSQL connection, or `wrangler d1 execute --json`), so the same
// code exports local D1, remote D1 and Turso.
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { sqlLiteral } from "./sql-script";

/** Runs read statements; answers each one's rows, in order. */
export type Reader = (statements: string[]) => Promise<Record<string, unknown>[][]>;

export const BACKUP_MARK = "-- tandem-backup 1";
/** Rows per read (a D1 answer stays well under its size limit with customers' rows). */
const PAGE = 1000;
/** Reads per call (a `wrangler d1 execute` costs a process; send several pages at once). */
const PAGES_PER_CALL = 10;

export interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

export const SCHEMA_OBJECTS_SQL = "SELECT type, name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name";

/** The tables a backup holds: not SQLite's, D1's or the migrators' bookkeeping, not virtual tables or their shadow tables. */
export function baseTables(objects: SchemaObject[]): { tables: string[]; fullTextIndexes: string[] } {
  const virtual = objects.filter((o) => /^CREATE VIRTUAL TABLE/i.test(o.sql ?? "")).map((o) => o.name);
  const tables = objects
    .map((o) => o.name)
    .filter((name) => !/^(sqlite_|_cf_|d1_migrations$|__drizzle_migrations$)/.test(name))
    .filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
  const fullTextIndexes = objects.filter((o) => /USING\s+fts5/i.test(o.sql ?? "") && /content\s*=/i.test(o.sql ?? "")).map((o) => o.name);
  return { tables, fullTextIndexes };
}

/** Tables ordered so every table comes after the tables it references (rows restore without deferring checks). */
export function parentsFirst(tables: string[], references: Map<string, string[]>): string[] {
  const out: string[] = [];
  const placing = new Set<string>();
  const place = (table: string) => {
    if (out.includes(table) || placing.has(table)) return;
    placing.add(table);
    for (const parent of references.get(table) ?? []) if (parent !== table && tables.includes(parent)) place(parent);
    out.push(table);
  };
  for (const table of [...tables].sort()) place(table);
  return out;
}

/** The migrations the database has (D1 keeps file names, drizzle's migrator the journal's timestamps). */
export async function appliedMigrations(
  read: Reader,
  objects: SchemaObject[],
  journal: { when: number; tag: string }[],
): Promise<string[]> {
  const names = new Set(objects.map((o) => o.name));
  if (names.has("d1_migrations")) {
    const [rows = []] = await read(["SELECT name FROM d1_migrations ORDER BY id"]);
    return rows.map((r) => String(r.name).replace(/\.sql$/, ""));
  }
  if (names.has("__drizzle_migrations")) {
    const [rows = []] = await read(["SELECT created_at FROM __drizzle_migrations ORDER BY created_at"]);
    return rows.map((r) => journal.find((j) => j.when === Number(r.created_at))?.tag ?? `unknown@${r.created_at}`);
  }
  return [];
}

function insertLine(table: string, columns: string[], row: Record<string, unknown>): string {
  const values = columns.map((c) => {
    const value = row[c];
    return Array.isArray(value) ? sqlLiteral(Uint8Array.from(value as number[])) : sqlLiteral(value);
  });
  return `INSERT INTO ${quoteId(table)} (${columns.map(quoteId).join(", ")}) VALUES (${values.join(", ")});\n`;
}

/** Writes the backup script through `write`, table by table, a page of rows at a time. Answers rows per table. */
export async function writeBackup(
  read: Reader,
  write: (text: string) => void,
  journal: { when: number; tag: string }[],
  now: Date,
): Promise<Record<string, number>> {
  const [objectRows = []] = await read([SCHEMA_OBJECTS_SQL]);
  const objects = objectRows as unknown as SchemaObject[];
  const { tables, fullTextIndexes } = baseTables(objects);
  const infos = await read(
    tables.flatMap((t) => [
      `SELECT name FROM pragma_table_info('${t}') ORDER BY cid`,
      `SELECT "table" AS parent FROM pragma_foreign_key_list('${t}')`,
    ]),
  );
  const columns = new Map(tables.map((t, i) => [t, (infos[2 * i] ?? []).map((r) => String(r.name))]));
  const references = new Map(tables.map((t, i) => [t, (infos[2 * i + 1] ?? []).map((r) => String(r.parent))]));
  const ordered = parentsFirst(tables, references);
  const migrations = await appliedMigrations(read, objects, journal);

  write(`${BACKUP_MARK}\n-- exported-at: ${now.toISOString()}\n-- migrations: ${migrations.join(" ")}\n-- tables: ${ordered.join(" ")}\n`);
  write("PRAGMA defer_foreign_keys = ON;\n");
  // Every table's rowid range in one read, then its pages, several per read, in table order.
  const ranges = await read(ordered.map((t) => `SELECT min(rowid) AS lo, max(rowid) AS hi, count(*) AS n FROM ${quoteId(t)}`));
  const counts = Object.fromEntries(ordered.map((t, i) => [t, Number(ranges[i]?.[0]?.n ?? 0)]));
  const pages: { table: string; statement: string }[] = [];
  ordered.forEach((table, i) => {
    const range = ranges[i]?.[0];
    if (!range || range.lo === null || range.lo === undefined) return;
    for (let lo = Number(range.lo); lo <= Number(range.hi); lo += PAGE)
      pages.push({ table, statement: `SELECT * FROM ${quoteId(table)} WHERE rowid BETWEEN ${lo} AND ${lo + PAGE - 1} ORDER BY rowid` });
  });
  for (let i = 0; i < pages.length; i += PAGES_PER_CALL) {
    const chunk = pages.slice(i, i + PAGES_PER_CALL);
    const answers = await read(chunk.map((p) => p.statement));
    chunk.forEach(({ table }, k) => {
      for (const row of answers[k] ?? []) write(insertLine(table, columns.get(table) ?? Object.keys(row), row));
    });
  }
  // The derived data last: each full-text index rebuilt from the rows just restored.
  for (const index of fullTextIndexes) write(`INSERT INTO ${quoteId(index)}(${quoteId(index)}) VALUES('rebuild');\n`);
  return counts;
}

/** What a backup's header says: the migrations its database had and its tables. */
export function backupHeader(script: string): { migrations: string[]; tables: string[] } | null {
  if (!script.startsWith(BACKUP_MARK)) return null;
  const field = (name: string) => (script.match(new RegExp(`^-- ${name}: (.*)$`, "m"))?.[1] ?? "").split(" ").filter(Boolean);
  return { migrations: field("migrations"), tables: field("tables") };
}

/** Row counts of the base tables (an import goes only into a database with none). */
export async function baseTableRows(read: Reader): Promise<Record<string, number>> {
  const [objectRows = []] = await read([SCHEMA_OBJECTS_SQL]);
  const { tables } = baseTables(objectRows as unknown as SchemaObject[]);
  const answers = await read(tables.map((t) => `SELECT count(*) AS n FROM ${quoteId(t)}`));
  return Object.fromEntries(tables.map((t, i) => [t, Number(answers[i]?.[0]?.n ?? 0)]));
}

/** A Reader over a libSQL (or any drizzle) connection. */
export function databaseReader(db: Database): Reader {
  return async (statements) => Promise.all(statements.map((s) => db.all<Record<string, unknown>>(sql.raw(s))));
}

/** Runs a script's statements on a libSQL connection, in batches (each one transaction). */
export async function runScript(db: Database, statements: string[], batchSize = 500): Promise<void> {
  for (let i = 0; i < statements.length; i += batchSize) {
    const [first, ...rest] = statements.slice(i, i + batchSize).map((s) => db.run(sql.raw(s)));
    if (first) await db.batch([first, ...rest]);
  }
}
