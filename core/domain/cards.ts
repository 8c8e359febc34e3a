// One-time virtual cards: Luhn-valid numbers for the sandbox issuer, when a card may be issued
// for an order, and the status a card has now (a card past its expiry is expired, whatever was stored).
import { type Cents, formatCents } from "./money";
import type { OrderStatus } from "./orders";

export const CARD_STATUSES = ["issued", "used", "expired", "cancelled"] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

/** Tax and shipping headroom over the order total a card limit may carry. */
export const CARD_HEADROOM_BPS = 1_000;
export const CARD_MAX_DAYS = 30;

/** The digit that makes `partial` + digit pass the Luhn check. */
export function luhnCheckDigit(partial: string): number {
  if (!/^\d+$/.test(partial)) throw new RangeError("digits only");
  let sum = 0;
  // Walking right to left, the digit next to the (future) check digit is doubled.
  for (let i = partial.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = partial.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A full card number: the issuer's BIN, body digits, and the Luhn check digit. */
export function buildCardNumber(bin: string, body: string, length = 16): string {
  const partial = `${bin}${body}`.slice(0, length - 1);
  if (partial.length !== length - 1) throw new RangeError(`need ${length - 1 - bin.length} body digits`);
  return `${partial}${luhnCheckDigit(partial)}`;
}

export interface CardRequestCheck {
  orderStatus: OrderStatus;
  orderTotalCents: Cents;
  limitCents: Cents;
  expiresInDays: number;
  /** Cards of this order that are still usable (issued and unexpired). */
  activeCards: number;
}

/** A card is for placing a financed order by hand, once, for about the order's amount. */
export function checkCardRequest(input: CardRequestCheck): { ok: true } | { ok: false; message: string } {
  if (input.orderStatus !== "funded") {
    return { ok: false, message: "A one-time card is issued once the order is funded (the agreement is signed)" };
  }
  if (input.activeCards > 0) return { ok: false, message: "This order already has an active one-time card; cancel it first" };
  const max = input.orderTotalCents + Math.ceil((input.orderTotalCents * CARD_HEADROOM_BPS) / 10_000);
  if (input.limitCents <= 0 || input.limitCents > max) {
    return {
      ok: false,
      message: `The card limit must be between $0.01 and ${formatCents(max)} (order total plus 10% for tax and shipping)`,
    };
  }
  if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > CARD_MAX_DAYS) {
    return { ok: false, message: `A card expires within 1 to ${CARD_MAX_DAYS} days` };
  }
  return { ok: true };
}

/** The status as of `now`: an issued card past its expiry is expired. */
export function effectiveCardStatus(card: { status: CardStatus; expiresAt: number }, now: number): CardStatus {
  return card.status === "issued" && now >= card.expiresAt ? "expired" : card.status;
}

/** Which changes a rep may make to a card in this status. */
export function cardChangeRefusal(status: CardStatus, change: "cancel" | "mark_used"): string | null {
  if (status === "issued") return null;
  return `This card is ${status}; it cannot be ${change === "cancel" ? "cancelled" : "marked used"}`;
}
