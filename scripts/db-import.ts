// `npm run db:import -- --in backup.sql`: restores a db:export backup into an EMPTY database (local
// D1 by default, --remote [--env name], or --url libSQL): applies the migrations, checks that the
// backup was taken at the same migration as this code, then runs the script, whose last statements
// rebuild the full-text index from the restored rows.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { backupHeader, baseTableRows, databaseReader, type Reader, runScript } from "../db/repositories/backup";
import { splitSqlScript } from "../db/repositories/sql-script";
import { d1ExecuteFile, d1QueryEach, databaseTarget, migrateTarget, TARGET_OPTIONS } from "./support/database-target";

const { values } = parseArgs({ options: { ...TARGET_OPTIONS, in: { type: "string" } } });

async function main(): Promise<void> {
  if (!values.in) throw new Error("--in <file> is required");
  const script = readFileSync(values.in, "utf8");
  const header = backupHeader(script);
  if (!header) throw new Error(`${values.in} is not a backup written by npm run db:export`);
  const journal = (JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: { tag: string }[] }).entries;
  const here = journal.map((e) => e.tag);
  if (header.migrations.join(" ") !== here.join(" ")) {
    throw new Error(
      `The backup was taken at migration ${header.migrations.at(-1) ?? "(none)"}, this code is at ${here.at(-1)}: restore it with the Tandem version that wrote it, then upgrade`,
    );
  }
  const target = databaseTarget(values);
  await migrateTarget(target);
  const read: Reader = target.kind === "libsql" ? databaseReader(target.db) : async (statements) => d1QueryEach(target, statements);
  const occupied = Object.entries(await baseTableRows(read)).filter(([, n]) => n > 0);
  if (occupied.length > 0)
    throw new Error(`Not importing into a database that has data (${occupied.map(([t, n]) => `${t}: ${n}`).join(", ")})`);
  if (target.kind === "libsql") await runScript(target.db, splitSqlScript(script));
  else d1ExecuteFile(target, values.in);
  const counts = await baseTableRows(read);
  console.log(
    `Imported ${Object.values(counts)
      .reduce((a, b) => a + b, 0)
      .toLocaleString()} rows into ${header.tables.length} tables; search index rebuilt`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
