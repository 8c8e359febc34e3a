// Applies db/migrations to a libSQL database (D1 gets the same files through wrangler).
import { fileURLToPath } from "node:url";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { Database, Schema } from "./client";

export const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations", import.meta.url));

export async function migrateLibsql(db: Database): Promise<void> {
  await migrate(db as unknown as LibSQLDatabase<Schema>, { migrationsFolder: MIGRATIONS_DIR });
}
