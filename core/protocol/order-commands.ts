// Commands on orders, one-time cards, personal shopping, agreements and servicing. Each runs in
// the customer's room like every other mutation: ownership (fencing token), the rep's note, audit.
import * as v from "valibot";
import { CARD_MAX_DAYS } from "../domain/cards";
import { ORDER_STATUSES } from "../domain/orders";
import { ITEM_CATEGORIES } from "../domain/products";
import { NoteTextSchema } from "./api";

export const LockTokenSchema = v.pipe(v.number(), v.integer(), v.minValue(1));
export const OrderIdSchema = v.pipe(v.string(), v.regex(/^ord_\w{1,40}$/, "is not an order id"));
export const ItemIdSchema = v.pipe(v.string(), v.regex(/^itm_\w{1,40}$/, "is not an item id"));
export const CardIdSchema = v.pipe(v.string(), v.regex(/^vcd_\w{1,40}$/, "is not a card id"));
export const ProductIdSchema = v.pipe(v.string(), v.regex(/^(lea|loa)_\w{1,40}$/, "is not a lease or loan id"));
export const PromiseIdSchema = v.pipe(v.string(), v.regex(/^ptp_\w{1,60}$/, "is not a promise id"));
/** Up to $100,000.00, in whole cents. */
export const CentsSchema = v.pipe(v.number(), v.safeInteger("must be whole cents"), v.minValue(1), v.maxValue(10_000_000));
export const IsoDateSchema = v.pipe(v.string(), v.isoDate("must be a date (YYYY-MM-DD)"));
const ProductSchema = v.picklist(["lease", "loan"]);
const owned = { lockToken: LockTokenSchema, note: NoteTextSchema };
const shortText = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
/** Lets a client resend after a dropped connection without creating the thing twice. */
const ClientIdSchema = v.optional(v.pipe(v.string(), v.regex(/^\w{8,32}$/, "is not a client id")));

export const OrderStatusCommandSchema = v.object({
  type: v.literal("order.status"),
  orderId: OrderIdSchema,
  status: v.picklist(ORDER_STATUSES),
  ...owned,
});

/** Flags an order (a reason is required, checked by the handler) or clears the flag. */
export const OrderAttentionCommandSchema = v.object({
  type: v.literal("order.attention"),
  orderId: OrderIdSchema,
  needsAttention: v.boolean(),
  reason: v.optional(shortText(200)),
  ...owned,
});

export const OrderItemReviewCommandSchema = v.object({
  type: v.literal("order.item_review"),
  orderId: OrderIdSchema,
  itemId: ItemIdSchema,
  decision: v.picklist(["approve", "reject"]),
  ...owned,
});

export const CardIssueCommandSchema = v.object({
  type: v.literal("card.issue"),
  orderId: OrderIdSchema,
  /** Defaults to the order total. */
  limitCents: v.optional(CentsSchema),
  expiresInDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(CARD_MAX_DAYS)), 7),
  clientId: ClientIdSchema,
  ...owned,
});

export const CardCancelCommandSchema = v.object({ type: v.literal("card.cancel"), cardId: CardIdSchema, ...owned });

/** The rep placed the order with the card: the merchant's confirmation number is the proof. */
export const CardMarkUsedCommandSchema = v.object({
  type: v.literal("card.mark_used"),
  cardId: CardIdSchema,
  confirmation: shortText(60),
  ...owned,
});

export const ShopperItemSchema = v.object({
  title: shortText(200),
  url: v.optional(
    v.nullable(v.pipe(v.string(), v.trim(), v.url("must be a link"), v.regex(/^https?:\/\//, "must be a web link"), v.maxLength(500))),
  ),
  priceCents: CentsSchema,
  quantity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)), 1),
  category: v.picklist(ITEM_CATEGORIES),
  vendorName: v.optional(v.nullable(shortText(120))),
  notes: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(500)))),
});
export type ShopperItem = v.InferOutput<typeof ShopperItemSchema>;

/** A request from a call or from a link the client sent; the rep builds the order from it. */
export const ShopperIntakeCommandSchema = v.object({
  type: v.literal("shopper.intake"),
  source: v.picklist(["call", "link"]),
  merchant: shortText(120),
  items: v.pipe(v.array(ShopperItemSchema), v.minLength(1, "add at least one item"), v.maxLength(10)),
  clientId: ClientIdSchema,
  ...owned,
});

export const ShopperItemAddCommandSchema = v.object({
  type: v.literal("shopper.item_add"),
  orderId: OrderIdSchema,
  item: ShopperItemSchema,
  ...owned,
});

export const ShopperItemRemoveCommandSchema = v.object({
  type: v.literal("shopper.item_remove"),
  orderId: OrderIdSchema,
  itemId: ItemIdSchema,
  ...owned,
});

/** How a customer receives a signing link or a one-time code: by text to the phone on file, or by email. */
export const ContactChannelSchema = v.picklist(["sms", "email"]);

/**
 * Creates the signing link (the product rules choose lease or loan) and sends it to the customer's
 * phone or email on file; the rep never sees the link.
 */
export const AgreementSendCommandSchema = v.object({
  type: v.literal("agreement.send"),
  orderId: OrderIdSchema,
  channel: v.optional(ContactChannelSchema, "sms"),
  ...owned,
});

export const SigningTokenSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, "is not a signing link"));
const SignatureSchema = {
  typedName: v.pipe(v.string(), v.trim(), v.minLength(2, "type your full name"), v.maxLength(120)),
  consent: v.boolean(),
};

/** What the signing page posts: the signature and the one-time code sent to the customer's phone or email. */
export const SignBodySchema = v.object({
  ...SignatureSchema,
  code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, "is the 6-digit code we sent you")),
});

/** The signing page asks for a one-time code by text or email. */
export const SigningCodeBodySchema = v.object({ channel: ContactChannelSchema });

/**
 * The client's signature, run by the public signing route as the system (never by staff). It
 * carries the SHA-256 of the link's token and the verified one-time code, so the room itself checks
 * that both the link and the customer's phone or email were presented.
 */
export const AgreementSignCommandSchema = v.object({
  type: v.literal("agreement.sign"),
  tokenHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  codeId: v.pipe(v.string(), v.regex(/^cod_[0-9a-f]{20}$/)),
  ...SignatureSchema,
});

export const PaymentRecordCommandSchema = v.object({
  type: v.literal("payment.record"),
  product: ProductSchema,
  productId: ProductIdSchema,
  amountCents: CentsSchema,
  method: v.picklist(["card", "bank", "cash", "check"]),
  ...owned,
});

export const PromiseCreateCommandSchema = v.object({
  type: v.literal("promise.create"),
  product: ProductSchema,
  productId: ProductIdSchema,
  amountCents: CentsSchema,
  dueDate: IsoDateSchema,
  ...owned,
});

export const PromiseResolveCommandSchema = v.object({
  type: v.literal("promise.resolve"),
  promiseId: PromiseIdSchema,
  outcome: v.picklist(["kept", "broken", "cancelled"]),
  ...owned,
});

/** Every command of this module, for MutationCommandSchema. */
export const ORDER_COMMAND_SCHEMAS = [
  OrderStatusCommandSchema,
  OrderAttentionCommandSchema,
  OrderItemReviewCommandSchema,
  CardIssueCommandSchema,
  CardCancelCommandSchema,
  CardMarkUsedCommandSchema,
  ShopperIntakeCommandSchema,
  ShopperItemAddCommandSchema,
  ShopperItemRemoveCommandSchema,
  AgreementSendCommandSchema,
  AgreementSignCommandSchema,
  PaymentRecordCommandSchema,
  PromiseCreateCommandSchema,
  PromiseResolveCommandSchema,
] as const;
