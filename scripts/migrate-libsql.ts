// `LIBSQL_URL=... [LIBSQL_AUTH_TOKEN=...] npm run db:migrate:libsql` (or `-- --url <url>`): applies
// db/migrations to a libSQL/Turso database with drizzle's migrator, the same one the tests and the
// seed use (D1 gets the same files through `wrangler d1 migrations apply`).
import { parseArgs } from "node:util";
import { createDatabase } from "../db/client";
import { migrateLibsql } from "../db/migrate";

const { values } = parseArgs({ options: { url: { type: "string" } } });
const url = values.url ?? process.env.LIBSQL_URL;
if (!url) {
  console.error("Set LIBSQL_URL (libsql://..., https://... or file:...) or pass --url");
  process.exit(1);
}
await migrateLibsql(createDatabase({ LIBSQL_URL: url, LIBSQL_AUTH_TOKEN: process.env.LIBSQL_AUTH_TOKEN }));
console.log(`Migrated ${url.replace(/\?.*$/, "")}`);
