// The statements that change an order and its items, for the order and shopper commands' batches:
// each builds one statement and runs nothing (the room commits it with the note and the audit row).
import { eq, getTableColumns } from "drizzle-orm";
import type { Database } from "../client";
import { orderItems, orders } from "../schema";
import type { Statement } from "./audit";
import type { OrderRow } from "./orders";

export type OrderInsert = typeof orders.$inferInsert;
export type ItemInsert = typeof orderItems.$inferInsert;

export function insertOrder(db: Database, row: OrderInsert): Statement {
  return db.insert(orders).values(row);
}

/** D1 binds at most 100 parameters to a statement, and an item binds one per column. */
const ITEMS_PER_STATEMENT = Math.floor(100 / Object.keys(getTableColumns(orderItems)).length);

/** One item, or an order's items at intake (up to 50 from a back end): as few statements as D1 allows. */
export function insertOrderItems(db: Database, rows: ItemInsert | ItemInsert[]): Statement[] {
  const list = Array.isArray(rows) ? rows : [rows];
  const statements: Statement[] = [];
  for (let start = 0; start < list.length; start += ITEMS_PER_STATEMENT)
    statements.push(db.insert(orderItems).values(list.slice(start, start + ITEMS_PER_STATEMENT)));
  return statements;
}

export function deleteOrderItem(db: Database, itemId: string): Statement {
  return db.delete(orderItems).where(eq(orderItems.id, itemId));
}

export function setItemReview(db: Database, itemId: string, reviewStatus: "approved" | "rejected", by: string, at: number): Statement {
  return db.update(orderItems).set({ reviewStatus, reviewedBy: by, reviewedAt: at }).where(eq(orderItems.id, itemId));
}

/** The status (unchanged is fine: the order was touched) and its `updatedAt`. */
export function setOrderStatus(db: Database, orderId: string, status: OrderRow["status"], at: number): Statement {
  return db.update(orders).set({ status, updatedAt: at }).where(eq(orders.id, orderId));
}

/** Flags the order with the reason reps see in the list, or clears it (`reason` null). */
export function setOrderAttention(db: Database, orderId: string, needsAttention: boolean, reason: string | null, at: number): Statement {
  return db.update(orders).set({ needsAttention, attentionReason: reason, updatedAt: at }).where(eq(orders.id, orderId));
}

/** Status and financing choice together, with the total when the items changed. */
export function setOrderTerms(
  db: Database,
  orderId: string,
  terms: { status: OrderRow["status"]; financing: OrderRow["financing"]; totalCents?: number },
  at: number,
): Statement {
  return db
    .update(orders)
    .set({ ...terms, updatedAt: at })
    .where(eq(orders.id, orderId));
}
