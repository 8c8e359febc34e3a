// Statements written out as an SQL script, for a database this process reaches only through
// `wrangler d1 execute --file` (remote D1, or local D1 without a platform proxy). The statements are
// built by a drizzle instance that runs nothing, so the SQL is exactly what the repositories send.
import { drizzle } from "drizzle-orm/sqlite-proxy";
import type { Database } from "../client";
import * as schema from "../schema";

/** Builds statements (and reads); executing one is an error (nothing is connected). */
export function scriptBuilder(): Database {
  return drizzle(
    async () => {
      throw new Error("scriptBuilder() builds statements only; write them out with sqlScript()");
    },
    { schema },
  ) as unknown as Database;
}

/** An SQL literal for a bound value (strings quoted with '' doubled, so no value can end the literal). */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as SQL`);
    return String(value);
  }
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "string") return `'${value.replace(/'/g, "''")}'`;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
    return `X'${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}'`;
  }
  throw new Error(`cannot write a ${typeof value} as SQL`);
}

/** Puts each parameter's literal where its `?` is, skipping quoted text and identifiers. */
export function inlineParams(text: string, params: readonly unknown[]): string {
  let out = "";
  let next = 0;
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      out += ch;
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === "`") {
      quote = ch;
      out += ch;
    } else if (ch === "?") {
      if (next >= params.length) throw new Error("more placeholders than parameters");
      out += sqlLiteral(params[next++]);
    } else out += ch;
  }
  if (next !== params.length) throw new Error("more parameters than placeholders");
  return out;
}

export function sqlScript(statements: readonly unknown[]): string {
  return statements
    .map((statement) => {
      const { sql, params } = (statement as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL();
      return `${inlineParams(sql, params)};\n`;
    })
    .join("");
}

/**
 * A script's statements, split at the semicolons that end them (not those inside quoted text or
 * identifiers); `--` comments dropped.
 */
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let quote: string | null = null;
  for (let i = 0; i < script.length; i++) {
    const ch = script[i] as string;
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
    } else if (ch === "-" && script[i + 1] === "-") {
      while (i < script.length && script[i] !== "\n") i++;
    } else if (ch === "'" || ch === '"' || ch === "`") {
      quote = ch;
      current += ch;
    } else if (ch === ";") {
      if (current.trim()) statements.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
