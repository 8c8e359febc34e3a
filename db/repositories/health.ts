// The health check's round trip: the cheapest statement that proves the database answers.
import { sql } from "drizzle-orm";
import type { Database } from "../client";

export async function pingDatabase(db: Database): Promise<void> {
  await db.run(sql`SELECT 1`);
}
