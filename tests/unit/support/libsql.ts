// A fresh, migrated libSQL database for a unit test file.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, type Database } from "../../../db/client";
import { migrateLibsql } from "../../../db/migrate";

/** File-backed in a temp dir: libSQL's `:memory:` gives each connection its own empty database. */
export async function openTestDatabase(): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), "tandem-unit-"));
  const db = createDatabase({ LIBSQL_URL: `file:${join(dir, "test.db")}` });
  await migrateLibsql(db);
  return db;
}
