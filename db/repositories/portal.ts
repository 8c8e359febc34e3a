// The merchant portal's reads: every query takes the signed-in user's merchant and finds nothing of
// another merchant's (an id of someone else's is simply not found).
import { and, asc, desc, eq, inArray, lt, or } from "drizzle-orm";
import type { FundingEvent } from "../../core/domain/funding-timeline";
import type { Database } from "../client";
import { customers, endpointDeliveries, fundingEvents, orderItems, orders } from "../schema";

const TRANSACTION_COLUMNS = {
  id: orders.id,
  number: orders.number,
  status: orders.status,
  financing: orders.financing,
  totalCents: orders.totalCents,
  createdAt: orders.createdAt,
  firstName: customers.firstName,
  lastName: customers.lastName,
};
export type PortalTransactionRow = {
  id: string;
  number: string;
  status: string;
  financing: "lease" | "loan" | null;
  totalCents: number;
  createdAt: number;
  firstName: string;
  lastName: string;
};

/** Transactions through the merchant's checkout, newest first, after the cursor (createdAt, id). */
export async function merchantTransactions(
  db: Database,
  merchantId: string,
  limit: number,
  after: { createdAt: number; id: string } | null,
): Promise<PortalTransactionRow[]> {
  return db
    .select(TRANSACTION_COLUMNS)
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(
      and(
        eq(orders.merchantId, merchantId),
        after ? or(lt(orders.createdAt, after.createdAt), and(eq(orders.createdAt, after.createdAt), lt(orders.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit);
}

/** One transaction of the merchant's, or null (another merchant's is not found). */
export async function merchantTransaction(db: Database, merchantId: string, orderId: string): Promise<PortalTransactionRow | null> {
  const [row] = await db
    .select(TRANSACTION_COLUMNS)
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(eq(orders.id, orderId), eq(orders.merchantId, merchantId)))
    .limit(1);
  return row ?? null;
}

export async function transactionItems(db: Database, orderId: string) {
  return db
    .select({ title: orderItems.title, quantity: orderItems.quantity, priceCents: orderItems.priceCents })
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId))
    .orderBy(asc(orderItems.id));
}

/** The funding events of the merchant's transactions, by order. */
export async function fundingEventsOf(db: Database, merchantId: string, orderIds: string[]): Promise<Map<string, FundingEvent[]>> {
  const out = new Map<string, FundingEvent[]>();
  if (orderIds.length === 0) return out;
  const rows = await db
    .select()
    .from(fundingEvents)
    .where(and(eq(fundingEvents.merchantId, merchantId), inArray(fundingEvents.orderId, orderIds)))
    .orderBy(asc(fundingEvents.at));
  for (const row of rows) {
    const list = out.get(row.orderId) ?? [];
    list.push({ step: row.step, at: row.at, actor: row.actor, outcome: row.outcome, amountCents: row.amountCents });
    out.set(row.orderId, list);
  }
  return out;
}

/** The newest failed call to each endpoint, ever: what "last error" shows. */
export async function lastErrors(db: Database, merchantId: string, endpointIds: string[]) {
  const out = new Map<string, { at: number; statusCode: number; error: string }>();
  if (endpointIds.length === 0) return out;
  const rows = await db
    .select({
      endpointId: endpointDeliveries.endpointId,
      at: endpointDeliveries.at,
      statusCode: endpointDeliveries.statusCode,
      error: endpointDeliveries.error,
    })
    .from(endpointDeliveries)
    .where(
      and(
        eq(endpointDeliveries.merchantId, merchantId),
        inArray(endpointDeliveries.endpointId, endpointIds),
        eq(endpointDeliveries.ok, false),
      ),
    )
    .orderBy(desc(endpointDeliveries.at))
    .limit(200);
  for (const row of rows) {
    if (!out.has(row.endpointId))
      out.set(row.endpointId, { at: row.at, statusCode: row.statusCode, error: row.error ?? `HTTP ${row.statusCode}` });
  }
  return out;
}
