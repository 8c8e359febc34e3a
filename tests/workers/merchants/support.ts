// Reading what a plan-change test must check was (or was not) written, straight from D1.
import { env } from "cloudflare:test";
import { and, count, eq } from "drizzle-orm";
import { createDatabase } from "../../../db/client";
import { endpointDeliveries, ledgerTransactions, planChangeEvents, planChangeRequests } from "../../../db/schema";

export const db = () => createDatabase({ DB: env.DB });

export async function requestRow(id: string) {
  const [row] = await db().select().from(planChangeRequests).where(eq(planChangeRequests.id, id));
  if (!row) throw new Error(`no request ${id}`);
  return row;
}

export async function eventCount(requestId: string): Promise<number> {
  const [row] = await db().select({ n: count() }).from(planChangeEvents).where(eq(planChangeEvents.requestId, requestId));
  return row?.n ?? 0;
}

export async function ledgerCount(merchantId: string, reference?: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(ledgerTransactions)
    .where(and(eq(ledgerTransactions.merchantId, merchantId), reference ? eq(ledgerTransactions.reference, reference) : undefined));
  return row?.n ?? 0;
}

export async function deliveryCount(endpointId: string): Promise<number> {
  const [row] = await db().select({ n: count() }).from(endpointDeliveries).where(eq(endpointDeliveries.endpointId, endpointId));
  return row?.n ?? 0;
}

/** What must not change when a step is refused: the request's stage and version, and its history. */
export async function snapshot(requestId: string) {
  const row = await requestRow(requestId);
  return { stage: row.stage, version: row.version, releaseAt: row.releaseAt, events: await eventCount(requestId) };
}

export const SALES = "sales@tandem.test";
export const ENGINEERING = "engineering@tandem.test";
export const FINANCE = "finance@tandem.test";
export const FINANCE_TWO = "finance.fay@tandem.test";
