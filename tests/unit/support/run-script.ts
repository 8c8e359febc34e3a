// Runs an operator's command (`tsx scripts/<name>.ts ...`) as `npm run` would: exit code and output.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(join(process.cwd(), "node_modules", ".bin", "tsx"), [script, ...args], {
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: `${stdout}${stderr}` };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : -1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** The schema's full-text indexes (FTS5 tables over a content table), named as the migrations name them. */
export const FULL_TEXT_INDEXES = ["customers_fts", "faq_index"] as const;

/** Every base table of a SQLite database (not the full-text indexes or their shadow tables, not migration bookkeeping). */
export const BASE_TABLES_SQL = `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'd1_%' ${FULL_TEXT_INDEXES.map((index) => `AND name NOT LIKE '${index}%'`).join(" ")} ORDER BY name`;
