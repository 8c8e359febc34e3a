// Order reads: the org-wide list (filters, keyset paging on the org indexes), one order with its
// items, cards and agreements, and what the command handlers load before deciding.
import { and, asc, count, desc, eq, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { STALE_AFTER_MS } from "../../core/domain/orders";
import type { Database } from "../client";
import { agreementSignatures, agreements, customers, orderItems, orders, virtualCards } from "../schema";

export type OrderRow = typeof orders.$inferSelect;
export type ItemRow = typeof orderItems.$inferSelect;
export type CardRow = typeof virtualCards.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;

export interface OrderFilter {
  orgId: string;
  statuses?: OrderRow["status"][];
  channels?: OrderRow["channel"][];
  /** Flagged by a rep, or sitting in one status longer than STALE_AFTER_MS allows. */
  attention?: boolean;
  customerId?: string;
  createdFrom?: number;
  createdBefore?: number;
  sort: "newest" | "oldest";
  after?: { updatedAt: number; id: string };
  limit: number;
  now: number;
}

function attentionCondition(now: number): SQL | undefined {
  const stale = Object.entries(STALE_AFTER_MS).map(([status, ms]) =>
    and(eq(orders.status, status as OrderRow["status"]), lt(orders.updatedAt, now - (ms ?? 0))),
  );
  return or(eq(orders.needsAttention, true), ...stale);
}

export async function listOrders(db: Database, filter: OrderFilter) {
  const conditions: (SQL | undefined)[] = [eq(orders.orgId, filter.orgId)];
  if (filter.statuses?.length) conditions.push(inArray(orders.status, filter.statuses));
  if (filter.channels?.length) conditions.push(inArray(orders.channel, filter.channels));
  if (filter.attention) conditions.push(attentionCondition(filter.now));
  if (filter.customerId) conditions.push(eq(orders.customerId, filter.customerId));
  if (filter.createdFrom !== undefined) conditions.push(gte(orders.createdAt, filter.createdFrom));
  if (filter.createdBefore !== undefined) conditions.push(lt(orders.createdAt, filter.createdBefore));
  const newest = filter.sort === "newest";
  if (filter.after) {
    const { updatedAt, id } = filter.after;
    conditions.push(
      newest
        ? or(lt(orders.updatedAt, updatedAt), and(eq(orders.updatedAt, updatedAt), lt(orders.id, id)))
        : or(sql`${orders.updatedAt} > ${updatedAt}`, and(eq(orders.updatedAt, updatedAt), sql`${orders.id} > ${id}`)),
    );
  }
  const direction = newest ? desc : asc;
  return db
    .select({
      id: orders.id,
      number: orders.number,
      customerId: orders.customerId,
      customerName: customers.fullName,
      channel: orders.channel,
      merchant: orders.merchant,
      status: orders.status,
      financing: orders.financing,
      totalCents: orders.totalCents,
      needsAttention: orders.needsAttention,
      attentionReason: orders.attentionReason,
      createdAt: orders.createdAt,
      updatedAt: orders.updatedAt,
    })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(...conditions))
    .orderBy(direction(orders.updatedAt), direction(orders.id))
    .limit(filter.limit);
}

export async function itemCounts(db: Database, orderIds: string[]): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db
    .select({ orderId: orderItems.orderId, n: count() })
    .from(orderItems)
    .where(inArray(orderItems.orderId, orderIds))
    .groupBy(orderItems.orderId);
  return new Map(rows.map((r) => [r.orderId, r.n]));
}

/** One order of the org (null when it is another org's or does not exist). */
export async function findOrder(db: Database, orgId: string, orderId: string, customerId?: string): Promise<OrderRow | null> {
  const conditions = [eq(orders.id, orderId), eq(orders.orgId, orgId)];
  if (customerId) conditions.push(eq(orders.customerId, customerId));
  const [row] = await db
    .select()
    .from(orders)
    .where(and(...conditions))
    .limit(1);
  return row ?? null;
}

export function orderItemsOf(db: Database, orderId: string): Promise<ItemRow[]> {
  return db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.id));
}

export function cardsOf(db: Database, where: { orderId?: string; customerId?: string }): Promise<CardRow[]> {
  const condition = where.orderId ? eq(virtualCards.orderId, where.orderId) : eq(virtualCards.customerId, where.customerId ?? "");
  return db.select().from(virtualCards).where(condition).orderBy(desc(virtualCards.createdAt));
}

export async function findCard(db: Database, customerId: string, cardId: string): Promise<CardRow | null> {
  const [row] = await db
    .select()
    .from(virtualCards)
    .where(and(eq(virtualCards.id, cardId), eq(virtualCards.customerId, customerId)))
    .limit(1);
  return row ?? null;
}

/** An order's agreements, newest first, with their signature records (never the token). */
export async function agreementsOf(db: Database, orderId: string) {
  return db
    .select({
      id: agreements.id,
      product: agreements.product,
      status: agreements.status,
      documentSha256: agreements.documentSha256,
      expiresAt: agreements.expiresAt,
      createdBy: agreements.createdBy,
      createdAt: agreements.createdAt,
      signedName: agreementSignatures.signedName,
      signedAt: agreementSignatures.signedAt,
      signerIp: agreementSignatures.ip,
      signerUserAgent: agreementSignatures.userAgent,
    })
    .from(agreements)
    .leftJoin(agreementSignatures, eq(agreementSignatures.agreementId, agreements.id))
    .where(eq(agreements.orderId, orderId))
    .orderBy(desc(agreements.createdAt));
}

export async function findAgreementByTokenHash(db: Database, tokenHash: string): Promise<AgreementRow | null> {
  const [row] = await db.select().from(agreements).where(eq(agreements.tokenHash, tokenHash)).limit(1);
  return row ?? null;
}
