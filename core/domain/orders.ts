// Order statuses and how an order may move between them: one pure table, plus the reasons an
// order needs a rep's attention before the client calls to ask.

export const ORDER_STATUSES = [
  "submitted",
  "in_review",
  "approved",
  "awaiting_signature",
  "funded",
  "ordered",
  "shipped",
  "delivered",
  "returned",
  "cancelled",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_CHANNELS = ["own_site", "partner_checkout", "personal_shopper", "phone"] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];

export const STATUS_LABELS: Record<OrderStatus, string> = {
  submitted: "Submitted",
  in_review: "In review",
  approved: "Approved",
  awaiting_signature: "Awaiting signature",
  funded: "Funded",
  ordered: "Ordered",
  shipped: "Shipped",
  delivered: "Delivered",
  returned: "Returned",
  cancelled: "Cancelled",
};

export const CHANNEL_LABELS: Record<OrderChannel, string> = {
  own_site: "Own site",
  partner_checkout: "Partner checkout",
  personal_shopper: "Personal shopper",
  phone: "Phone",
};

/**
 * Who moves an order: a rep directly ("staff"), sending an agreement ("agreement"), the client's
 * signature ("signature"), or a rep recording that the one-time card placed the order ("card").
 */
export type TransitionVia = "staff" | "agreement" | "signature" | "card";

/** The transition table. Read a row as "from this status, the order may become ... by ...". */
export const ORDER_TRANSITIONS: Record<OrderStatus, Partial<Record<OrderStatus, readonly TransitionVia[]>>> = {
  submitted: { in_review: ["staff"], awaiting_signature: ["agreement"], cancelled: ["staff"] },
  in_review: { approved: ["staff"], awaiting_signature: ["agreement"], cancelled: ["staff"] },
  approved: { in_review: ["staff"], awaiting_signature: ["agreement"], cancelled: ["staff"] },
  // Back to review (or approved) withdraws the agreement; sending again replaces the link.
  awaiting_signature: {
    in_review: ["staff"],
    approved: ["staff"],
    awaiting_signature: ["agreement"],
    funded: ["signature"],
    cancelled: ["staff"],
  },
  funded: { ordered: ["staff", "card"], cancelled: ["staff"] },
  ordered: { shipped: ["staff"], cancelled: ["staff"] },
  shipped: { delivered: ["staff"], returned: ["staff"] },
  delivered: { returned: ["staff"] },
  returned: {},
  cancelled: {},
};

export const TERMINAL_STATUSES: readonly OrderStatus[] = ["delivered", "returned", "cancelled"];
export const OPEN_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter((s) => !TERMINAL_STATUSES.includes(s));

export interface ItemReviewTally {
  total: number;
  approved: number;
  rejected: number;
}

export type TransitionDecision = { ok: true } | { ok: false; code: "CONFLICT"; message: string };

/** Statuses a rep may choose next from `from` (what the status sheet offers). */
export function staffTargets(from: OrderStatus): OrderStatus[] {
  const row = ORDER_TRANSITIONS[from];
  return ORDER_STATUSES.filter((to) => to !== from && row[to]?.includes("staff"));
}

export function decideTransition(from: OrderStatus, to: OrderStatus, via: TransitionVia, items: ItemReviewTally): TransitionDecision {
  const vias = ORDER_TRANSITIONS[from][to];
  if (!vias?.includes(via)) {
    const allowed = staffTargets(from).map((s) => STATUS_LABELS[s].toLowerCase());
    const hint = via === "staff" && allowed.length > 0 ? `; it can become ${allowed.join(", ")}` : "";
    const how =
      to === "funded" ? " (only the client's signature funds an order)" : to === "awaiting_signature" ? " (send an agreement instead)" : "";
    return {
      ok: false,
      code: "CONFLICT",
      message: `A ${STATUS_LABELS[from].toLowerCase()} order cannot become ${STATUS_LABELS[to].toLowerCase()}${how}${hint}`,
    };
  }
  if (to === "approved" && via === "staff") {
    if (items.total === 0) return { ok: false, code: "CONFLICT", message: "An order without items cannot be approved" };
    if (items.rejected > 0)
      return { ok: false, code: "CONFLICT", message: `${items.rejected} item(s) were rejected in review; remove or re-review them first` };
    if (items.approved < items.total) {
      return {
        ok: false,
        code: "CONFLICT",
        message: `${items.total - items.approved} item(s) still need a compliance review before approval`,
      };
    }
  }
  return { ok: true };
}

const DAY = 86_400_000;

/** How long an order may sit in a status before the client is likely to call about it. */
export const STALE_AFTER_MS: Partial<Record<OrderStatus, number>> = {
  submitted: 1 * DAY,
  in_review: 2 * DAY,
  awaiting_signature: 3 * DAY,
  funded: 2 * DAY,
  ordered: 10 * DAY,
};

export interface AttentionInput {
  status: OrderStatus;
  needsAttention: boolean;
  attentionReason: string | null;
  updatedAt: number;
}

/** Why an order needs attention now (a rep's flag first, then staleness), or null. */
export function attentionReason(order: AttentionInput, now: number): string | null {
  if (order.needsAttention) return order.attentionReason ?? "Flagged for attention";
  const limit = STALE_AFTER_MS[order.status];
  if (limit === undefined || now - order.updatedAt < limit) return null;
  const days = Math.floor((now - order.updatedAt) / DAY);
  return `${STATUS_LABELS[order.status]} for ${days} day${days === 1 ? "" : "s"}`;
}
