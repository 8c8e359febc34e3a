// Answers of the order routes: the list, one order with its items' lease/loan verdicts, cards and
// agreements (worker/order-presenters.ts builds them), and what the order commands answer.
import * as v from "valibot";
import { CARD_STATUSES } from "../domain/cards";
import { ORDER_CHANNELS, ORDER_STATUSES } from "../domain/orders";
import { ProductKindSchema } from "./customer-answers";
import { commandReply } from "./replies";

const OrderStatusSchema = v.picklist(ORDER_STATUSES);
const Verdict = v.object({ ok: v.boolean(), reasons: v.array(v.string()) });

/** Lease, loan or neither for a whole order, and why (core/domain/products.ts chooseFinancing). */
export const FinancingChoiceSchema = v.object({
  product: v.nullable(ProductKindSchema),
  why: v.string(),
  blockers: v.array(v.string()),
});

export const OrderSummarySchema = v.object({
  id: v.string(),
  number: v.string(),
  channel: v.picklist(ORDER_CHANNELS),
  channelLabel: v.string(),
  merchant: v.string(),
  status: OrderStatusSchema,
  statusLabel: v.string(),
  financing: v.nullable(ProductKindSchema),
  totalCents: v.number(),
  flagged: v.boolean(),
  /** Why it needs attention now (flagged, or stale in its status), or null. */
  attention: v.nullable(v.string()),
  createdAt: v.number(),
  updatedAt: v.number(),
});
export type OrderSummary = v.InferOutput<typeof OrderSummarySchema>;

/** GET /api/orders: keyset paged; `nextCursor` continues after the last row. */
export const OrderListSchema = v.object({
  items: v.array(
    v.object({ ...OrderSummarySchema.entries, customer: v.object({ id: v.string(), name: v.string() }), itemCount: v.number() }),
  ),
  nextCursor: v.nullable(v.string()),
});
export type OrderList = v.InferOutput<typeof OrderListSchema>;
export type OrderListRow = OrderList["items"][number];

/** GET /api/customers/:id/orders */
export const CustomerOrdersSchema = v.object({ items: v.array(v.object({ ...OrderSummarySchema.entries, itemCount: v.number() })) });
export type CustomerOrders = v.InferOutput<typeof CustomerOrdersSchema>;

export const OrderItemSchema = v.object({
  id: v.string(),
  title: v.string(),
  category: v.string(),
  categoryLabel: v.string(),
  priceCents: v.number(),
  quantity: v.number(),
  lineTotalCents: v.number(),
  vendorName: v.nullable(v.string()),
  vendorUrl: v.nullable(v.string()),
  notes: v.nullable(v.string()),
  eligibility: v.picklist(["lease", "loan", "both", "none"]),
  why: v.string(),
  lease: Verdict,
  loan: Verdict,
  compliance: v.object({
    product: v.nullable(ProductKindSchema),
    status: v.picklist(["pass", "fail", "undecided"]),
    reasons: v.array(v.string()),
  }),
  reviewStatus: v.picklist(["pending", "approved", "rejected"]),
  reviewedAt: v.nullable(v.number()),
});
export type OrderItem = v.InferOutput<typeof OrderItemSchema>;
export type Verdict = v.InferOutput<typeof Verdict>;

/** A one-time card: the last 4 at most, and not sent at all to roles the policy hides cards from. */
export const CardViewSchema = v.object({
  id: v.string(),
  orderId: v.string(),
  number: v.nullable(v.string()),
  status: v.picklist(CARD_STATUSES),
  limitCents: v.number(),
  merchant: v.string(),
  expiresAt: v.number(),
  createdAt: v.number(),
});
export type CardView = v.InferOutput<typeof CardViewSchema>;

/** The signer's address and browser are evidence for audit readers only (null for everyone else). */
export const AgreementViewSchema = v.object({
  id: v.string(),
  product: ProductKindSchema,
  state: v.picklist(["open", "expired", "used", "revoked"]),
  expiresAt: v.number(),
  createdAt: v.number(),
  documentSha256: v.string(),
  signature: v.nullable(
    v.object({ name: v.nullable(v.string()), at: v.number(), ip: v.nullable(v.string()), userAgent: v.nullable(v.string()) }),
  ),
});
export type AgreementView = v.InferOutput<typeof AgreementViewSchema>;

/** GET /api/orders/:id */
export const OrderDetailSchema = v.object({
  order: OrderSummarySchema,
  customer: v.object({ id: v.string(), name: v.string(), state: v.nullable(v.string()) }),
  items: v.array(OrderItemSchema),
  financing: v.object({ product: v.nullable(ProductKindSchema), choice: FinancingChoiceSchema }),
  /** Where staff may move the order from here. */
  nextStatuses: v.array(v.object({ status: OrderStatusSchema, label: v.string() })),
  cards: v.array(CardViewSchema),
  agreements: v.array(AgreementViewSchema),
});
export type OrderDetail = v.InferOutput<typeof OrderDetailSchema>;

// What the order commands answer (each ran through the customer's room).

export const OrderStatusChangedSchema = commandReply({ orderId: v.string(), status: OrderStatusSchema, label: v.string() });
export const OrderAttentionChangedSchema = commandReply({ orderId: v.string(), needsAttention: v.boolean() });
export const ItemReviewedSchema = commandReply({
  orderId: v.string(),
  itemId: v.string(),
  reviewStatus: v.picklist(["approved", "rejected"]),
  compliance: v.picklist(["pass", "fail", "undecided"]),
});
/** The financing the order's items now call for (`financing` is the chosen product, or null). */
const refinanced = { financing: v.nullable(ProductKindSchema), why: v.string(), blockers: v.array(v.string()) };
/** POST /api/customers/:id/shopper-orders */
export const ShopperOrderStartedSchema = commandReply({ orderId: v.string(), number: v.string(), ...refinanced });
export type ShopperOrderStarted = v.InferOutput<typeof ShopperOrderStartedSchema>;
export const ItemAddedSchema = commandReply({ orderId: v.string(), itemId: v.string(), ...refinanced });
export const ItemRemovedSchema = commandReply({ orderId: v.string(), ...refinanced });

/** POST /api/orders/:id/agreement: where the signing link went (never the link itself). */
export const AgreementSentSchema = commandReply({
  agreementId: v.string(),
  expiresAt: v.number(),
  product: ProductKindSchema,
  why: v.string(),
  channel: v.picklist(["sms", "email"]),
  orderNumber: v.string(),
  /** The phone or email it went to, as the rep may see it. */
  sentTo: v.nullable(v.string()),
  /** False when no messaging provider could send it. */
  delivered: v.boolean(),
});
export type AgreementSent = v.InferOutput<typeof AgreementSentSchema>;

/**
 * POST /api/orders/:id/cards: the full number and CVC travel here once, to the owner who asked. A
 * resend of the same request answers only the id, the last 4 and `numberShown`.
 */
export const CardIssuedSchema = commandReply({
  card: v.object({
    id: v.string(),
    last4: v.string(),
    number: v.optional(v.string()),
    cvc: v.optional(v.string()),
    expiryMonth: v.optional(v.number()),
    expiryYear: v.optional(v.number()),
    limitCents: v.optional(v.number()),
    merchant: v.optional(v.string()),
    expiresAt: v.optional(v.number()),
    numberShown: v.optional(v.literal(true)),
  }),
});
export type CardIssued = v.InferOutput<typeof CardIssuedSchema>;

/** POST /api/orders/:id/cards/:cardId/cancel and /used */
export const CardChangedSchema = commandReply({ cardId: v.string(), status: v.picklist(["cancelled", "used"]) });
