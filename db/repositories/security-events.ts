// Refusals of people nobody signed in as (unknown emails, sign-in callbacks without a flow): a plain
// capped log beside the audit chains, so a flood costs the audit log and the reps nothing.
import { sql } from "drizzle-orm";
import { type Database, rowsAffected } from "../client";

/** Events kept per address and minute; past it, the caller is told to slow down and nothing is kept. */
export const SECURITY_EVENTS_PER_ADDRESS_PER_MINUTE = 20;

export interface SecurityEvent {
  at: number;
  kind: string;
  ip: string | null;
  userAgent: string | null;
  details?: Record<string, unknown>;
}

/** Keeps the event unless its address is over the cap; the count and the insert are one statement. */
export async function recordSecurityEvent(db: Database, event: SecurityEvent): Promise<boolean> {
  const result = await db.run(sql`
    INSERT INTO security_events (at, kind, ip, user_agent, details)
    SELECT ${event.at}, ${event.kind}, ${event.ip}, ${event.userAgent}, ${JSON.stringify(event.details ?? {})}
    WHERE (SELECT count(*) FROM security_events WHERE ip IS ${event.ip} AND at > ${event.at - 60_000}) < ${SECURITY_EVENTS_PER_ADDRESS_PER_MINUTE}`);
  return rowsAffected(result) === 1;
}
