// D1 at scale, locally. Seeding a million rows through the platform proxy takes ages (100
// parameters per statement, an RPC per batch), so: migrate a fresh local D1 state dir with
// wrangler, then copy the already seeded libSQL file into its SQLite file with ATTACH (the FTS5
// triggers index names on the way). The repository calls are then timed inside workerd by the
// d1-probe fixture Worker bound to that database.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createClient } from "@libsql/client";
import * as v from "valibot";
import { bin, freePort, runCommand, startProcess, stopProcess, waitForHttp } from "./support/process";

/** Fills a fresh local D1 (in `stateDir`) with every table of the libSQL file; returns ms taken. */
export async function loadD1FromLibsql(stateDir: string, libsqlFile: string): Promise<{ migrateMs: number; copyMs: number }> {
  const migrateMs = await runCommand(bin("wrangler"), ["d1", "migrations", "apply", "DB", "--local", "--persist-to", stateDir], {
    quiet: true,
  });
  const folder = join(stateDir, "v3", "d1", "miniflare-D1DatabaseObject");
  const file = readdirSync(folder).find((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  if (!file) throw new Error(`no D1 database file in ${folder}`);
  const started = performance.now();
  const source = createClient({ url: `file:${libsqlFile}` });
  const statements = [`ATTACH DATABASE '${libsqlFile}' AS src`, "PRAGMA foreign_keys = OFF", "BEGIN"];
  try {
    const tables = await source.execute(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
    );
    // Full-text indexes (customers_fts, faq_index, ...) and their shadow tables are not copied: the
    // migrations created them in D1 and the triggers fill them as the base rows arrive.
    const virtual = tables.rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(String(row.sql ?? ""))).map((row) => String(row.name));
    const isIndex = (name: string) => virtual.some((v) => name === v || name.startsWith(`${v}_`));
    for (const row of tables.rows) {
      const table = String(row.name);
      if (isIndex(table)) continue;
      const [count] = (await source.execute(`SELECT count(*) AS n FROM "${table}"`)).rows;
      if (Number(count?.n ?? 0) === 0) continue;
      const columns = (await source.execute(`PRAGMA table_info("${table}")`)).rows.map((c) => `"${String(c.name)}"`).join(", ");
      statements.push(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM src."${table}"`);
    }
  } finally {
    source.close();
  }
  statements.push("COMMIT", "DETACH DATABASE src");
  const target = createClient({ url: `file:${join(folder, file)}` });
  try {
    await target.executeMultiple(`${statements.join(";\n")};`);
  } finally {
    target.close();
  }
  return { migrateMs, copyMs: performance.now() - started };
}

export interface D1Probe {
  /** Per-call samples (ms, workerd's resolution) and the total time in the Worker. */
  run: (
    op:
      | "find"
      | "search"
      | "insert"
      | "insert-batch"
      | "select1"
      | "nearby"
      | "nearby-scan"
      | "monitor"
      | "monitor-count"
      | "desk-queue"
      | "desk-bare",
    inputs: string[],
    prefix?: string,
    options?: { radius?: number; limit?: number; range?: { from: string; to: string } },
  ) => Promise<ProbeAnswer>;
  stop: () => Promise<void>;
}

/** The product's D1 binding and runtime date, read from its wrangler.toml. */
function productD1Binding(): { databaseName: string; databaseId: string; date: string } {
  const toml = readFileSync("wrangler.toml", "utf8");
  const name = /^database_name\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  const id = /^database_id\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  if (!name || !id || !date) throw new Error("wrangler.toml lacks the D1 binding or compatibility_date");
  return { databaseName: name, databaseId: id, date };
}

const HitSchema = v.object({ id: v.string(), fullName: v.string(), phone: v.string() });
const ProbeAnswerSchema = v.object({
  samples: v.array(v.number()),
  totalMs: v.number(),
  answers: v.optional(v.array(v.array(HitSchema))),
  ids: v.optional(v.array(v.array(v.string()))),
  counts: v.optional(v.array(v.number())),
});
/** Per-call samples, the total, and for `find` and `search` what each call found. */
export type ProbeAnswer = v.InferOutput<typeof ProbeAnswerSchema>;

/** Starts the probe Worker on the D1 in `stateDir` (same database id as the product, so the same file). */
export async function startD1Probe(stateDir: string): Promise<D1Probe> {
  const { databaseName, databaseId, date } = productD1Binding();
  const config = join(stateDir, "probe.toml");
  writeFileSync(
    config,
    [
      'name = "tandem-bench-d1-probe"',
      `main = "${resolve("tests/bench/fixtures/d1-probe/worker.ts")}"`,
      `compatibility_date = "${date}"`,
      "[[d1_databases]]",
      'binding = "DB"',
      `database_name = "${databaseName}"`,
      `database_id = "${databaseId}"`,
      "",
    ].join("\n"),
  );
  const port = await freePort();
  const started = startProcess(bin("wrangler"), [
    "dev",
    "--config",
    config,
    "--port",
    String(port),
    "--ip",
    "127.0.0.1",
    "--persist-to",
    stateDir,
    "--show-interactive-dev-session=false",
  ]);
  const url = `http://127.0.0.1:${port}/`;
  const probe = async (
    op: string,
    inputs: string[],
    prefix?: string,
    options?: { radius?: number; limit?: number; range?: { from: string; to: string } },
  ): Promise<ProbeAnswer> => {
    const samples: number[] = [];
    const answers: NonNullable<ProbeAnswer["answers"]> = [];
    const ids: NonNullable<ProbeAnswer["ids"]> = [];
    const counts: number[] = [];
    let totalMs = 0;
    // Chunks keep each request short; the samples are per call either way.
    for (let i = 0; i < inputs.length; i += 250) {
      const response = await fetch(url, {
        method: "POST",
        body: JSON.stringify({ op, orgId: "org_northwind", inputs: inputs.slice(i, i + 250), prefix: `${prefix ?? "p"}_${i}`, ...options }),
      });
      if (!response.ok) throw new Error(`probe ${op} failed: ${response.status} ${await response.text()}`);
      const answer = v.parse(ProbeAnswerSchema, await response.json());
      samples.push(...answer.samples);
      answers.push(...(answer.answers ?? []));
      ids.push(...(answer.ids ?? []));
      counts.push(...(answer.counts ?? []));
      totalMs += answer.totalMs;
    }
    return {
      samples,
      totalMs,
      ...(answers.length > 0 ? { answers } : {}),
      ...(ids.length > 0 ? { ids } : {}),
      ...(counts.length > 0 ? { counts } : {}),
    };
  };
  try {
    await waitForHttp(url, started, 90_000);
  } catch (error) {
    await stopProcess(started.child);
    throw error;
  }
  return { run: probe, stop: () => stopProcess(started.child) };
}
