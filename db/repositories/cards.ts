// One-time virtual cards as the card and order commands read and change them (the order screen's
// reads, `cardsOf` and `findCard`, sit with the order in orders.ts).
import { and, eq, gt } from "drizzle-orm";
import type { Database } from "../client";
import { virtualCards } from "../schema";
import type { Statement } from "./audit";
import type { CardRow } from "./orders";

export type CardInsert = typeof virtualCards.$inferInsert;

/** A card by its id alone: a resent issue finds the card its first attempt made. */
export async function findCardById(db: Database, cardId: string): Promise<CardRow | null> {
  const [row] = await db.select().from(virtualCards).where(eq(virtualCards.id, cardId)).limit(1);
  return row ?? null;
}

/** Cards of the order still open for use: issued, whatever their expiry. */
export function issuedCardsOf(db: Database, orderId: string): Promise<CardRow[]> {
  return db
    .select()
    .from(virtualCards)
    .where(and(eq(virtualCards.orderId, orderId), eq(virtualCards.status, "issued")));
}

/** How many of the order's cards are issued and not yet expired at `now`. */
export async function liveCardCount(db: Database, orderId: string, now: number): Promise<number> {
  const rows = await db
    .select({ id: virtualCards.id })
    .from(virtualCards)
    .where(and(eq(virtualCards.orderId, orderId), eq(virtualCards.status, "issued"), gt(virtualCards.expiresAt, now)));
  return rows.length;
}

export function insertCard(db: Database, row: CardInsert): Statement {
  return db.insert(virtualCards).values(row);
}

export function setCardStatus(db: Database, cardId: string, status: CardRow["status"]): Statement {
  return db.update(virtualCards).set({ status }).where(eq(virtualCards.id, cardId));
}

/** Every card of the order still issued becomes cancelled (the order was cancelled). */
export function cancelIssuedCards(db: Database, orderId: string): Statement {
  return db
    .update(virtualCards)
    .set({ status: "cancelled" })
    .where(and(eq(virtualCards.orderId, orderId), eq(virtualCards.status, "issued")));
}
