// Writing generated rows: multi-row inserts sized to the driver's bound-parameter limit, run as batches.
import { getTableColumns } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../client";

export type Statement = Parameters<Database["batch"]>[0][number];

export function insertRows<T extends SQLiteTable>(db: Database, table: T, rows: T["$inferInsert"][], maxParams: number): Statement[] {
  const perStatement = Math.max(1, Math.floor(maxParams / Object.keys(getTableColumns(table)).length));
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    out.push(db.insert(table).values(rows.slice(i, i + perStatement)));
  }
  return out;
}

export async function runAll(db: Database, statements: Statement[]): Promise<void> {
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}
