// Which database an operator's command works on, from its flags, and how to reach it:
//   (default)              local D1, what `npm start` serves (--persist-to <dir> as wrangler's)
//   --remote [--env name]  the deployed D1 database, through wrangler (logged in to the account)
//   --url <libsql url>     libSQL/Turso (LIBSQL_AUTH_TOKEN from the environment); also LIBSQL_URL
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, type Database } from "../../db/client";
import { migrateLibsql } from "../../db/migrate";

export const TARGET_OPTIONS = {
  url: { type: "string" },
  remote: { type: "boolean", default: false },
  env: { type: "string" },
  "persist-to": { type: "string" },
} as const;

export type DatabaseTarget =
  | { kind: "libsql"; url: string; db: Database }
  | { kind: "d1"; remote: boolean; describe: string; wranglerArgs: string[] };

export function databaseTarget(values: { url?: string; remote?: boolean; env?: string; "persist-to"?: string }): DatabaseTarget {
  const url = values.url ?? process.env.LIBSQL_URL;
  if (url) return { kind: "libsql", url, db: createDatabase({ LIBSQL_URL: url, LIBSQL_AUTH_TOKEN: process.env.LIBSQL_AUTH_TOKEN }) };
  const remote = values.remote ?? false;
  const args = [remote ? "--remote" : "--local", ...(values.env ? ["--env", values.env] : [])];
  if (!remote && values["persist-to"]) args.push("--persist-to", values["persist-to"]);
  return { kind: "d1", remote, describe: remote ? `remote D1${values.env ? ` (${values.env})` : ""}` : "local D1", wranglerArgs: args };
}

const wranglerBin = join(process.cwd(), "node_modules", ".bin", "wrangler");
const wranglerEnv = { ...process.env, WRANGLER_SEND_METRICS: "false" };

/** Each read statement's rows, through one `wrangler d1 execute --json`. */
export function d1QueryEach<T>(target: Extract<DatabaseTarget, { kind: "d1" }>, statements: string[]): T[][] {
  const out = execFileSync(wranglerBin, ["d1", "execute", "DB", ...target.wranglerArgs, "--command", statements.join(";\n"), "--json"], {
    env: wranglerEnv,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const answer = JSON.parse(out) as { results?: T[] }[];
  return answer.map((part) => part.results ?? []);
}

/** Rows of a read (or of several, one after the other). */
export function d1Query<T>(target: Extract<DatabaseTarget, { kind: "d1" }>, sql: string): T[] {
  return d1QueryEach<T>(target, [sql]).flat();
}

/** Runs an SQL script file (D1 applies a file as one unit: all of it or none). */
export function d1ExecuteFile(target: Extract<DatabaseTarget, { kind: "d1" }>, file: string): void {
  execFileSync(wranglerBin, ["d1", "execute", "DB", ...target.wranglerArgs, "--file", file, "--yes"], {
    env: wranglerEnv,
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** Runs an SQL script given as text. */
export function d1ExecuteScript(target: Extract<DatabaseTarget, { kind: "d1" }>, script: string): void {
  const file = join(mkdtempSync(join(tmpdir(), "tandem-sql-")), "script.sql");
  writeFileSync(file, script);
  d1ExecuteFile(target, file);
}

/** Applies db/migrations to the target (wrangler's for D1, drizzle's migrator for libSQL). */
export async function migrateTarget(target: DatabaseTarget): Promise<void> {
  if (target.kind === "libsql") return migrateLibsql(target.db);
  execFileSync(wranglerBin, ["d1", "migrations", "apply", "DB", ...target.wranglerArgs], {
    env: { ...wranglerEnv, CI: "1" },
    stdio: "inherit",
  });
}
