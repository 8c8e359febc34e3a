// drizzle-kit. `npm run db:generate` writes SQL migrations from db/schema (sqlite dialect, what D1
// and libSQL share). With LIBSQL_URL set (and LIBSQL_AUTH_TOKEN for Turso), `npx drizzle-kit
// migrate` and `studio` work on that libSQL database; `npm run db:migrate:libsql` applies the same
// migrations with the same migrator without drizzle-kit.
import { defineConfig } from "drizzle-kit";

const schema = "./db/schema/index.ts";
const out = "./db/migrations";
const url = process.env.LIBSQL_URL;

export default url
  ? defineConfig({ dialect: "turso", schema, out, dbCredentials: { url, authToken: process.env.LIBSQL_AUTH_TOKEN } })
  : defineConfig({ dialect: "sqlite", schema, out });
