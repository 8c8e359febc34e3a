// A fresh libSQL database holding the seeded knowledge base (and the demo's orgs and staff), for the
// evaluation and the bench: migrated and seeded exactly as `npm start` seeds local D1.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, type Database } from "../../db/client";
import { migrateLibsql } from "../../db/migrate";
import { seedDatabase } from "../../db/seed/seed";

export async function seededKnowledgeBase(file?: string): Promise<{ db: Database; file: string }> {
  const path = file ?? join(mkdtempSync(join(tmpdir(), "tandem-faq-")), "faq.db");
  const db = createDatabase({ LIBSQL_URL: `file:${path}` });
  await migrateLibsql(db);
  await seedDatabase(db, { customers: 1, chunk: 500, maxParams: 30_000 });
  return { db, file: path };
}
