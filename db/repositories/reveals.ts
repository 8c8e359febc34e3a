// The reveal quota, enforced by the database: a reveal's row is inserted only while its person had
// fewer than the limit in the window, counted and inserted in one statement (one transaction with the
// reveal's note and audit row), so reveals at several customers at once cannot pass it together.
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { piiReveals } from "../schema";

export const REVEAL_QUOTA_CONSTRAINT = "pii_reveals_quota_check";

export function revealQuotaGuard(
  db: Database,
  reveal: { id: string; orgId: string; staffId: string; customerId: string; field: string; at: number },
  limit: { perWindow: number; windowMs: number },
) {
  const withinQuota = sql`(SELECT count(*) < ${limit.perWindow} FROM pii_reveals WHERE staff_id = ${reveal.staffId} AND at > ${reveal.at - limit.windowMs})`;
  return db.insert(piiReveals).values({ ...reveal, withinQuota });
}
