// `npm run db:export -- --out backup.sql`: every row of every base table as an SQL script, from local
// D1 (default), remote D1 (--remote [--env name]) or libSQL (--url); the full-text index is not in it
// but rebuilt by the script's last statement (db/repositories/backup.ts). Restore with db:import.
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";
import { databaseReader, type Reader, writeBackup } from "../db/repositories/backup";
import { d1QueryEach, databaseTarget, TARGET_OPTIONS } from "./support/database-target";

const { values } = parseArgs({ options: { ...TARGET_OPTIONS, out: { type: "string" } } });

async function main(): Promise<void> {
  if (!values.out) throw new Error("--out <file> is required");
  const target = databaseTarget(values);
  const read: Reader = target.kind === "libsql" ? databaseReader(target.db) : async (statements) => d1QueryEach(target, statements);
  const journal = (JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: { when: number; tag: string }[] })
    .entries;
  const file = openSync(values.out, "w");
  try {
    const counts = await writeBackup(read, (text) => writeSync(file, text), journal, new Date());
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`Exported ${total.toLocaleString()} rows of ${Object.keys(counts).length} tables to ${values.out}`);
  } finally {
    closeSync(file);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
