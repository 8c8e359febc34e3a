// What back ends send to `POST /api/integrations/:endpointId/events`: one event per request (or up to 100 in a batch), in
// Tandem's envelope (the sender's event id, its type, the entity and its version, the customer),
// with the entity's whole state as the back end holds it now (a snapshot, so the newest version
// wins whatever the order of arrival). Payments are facts: version 1, never changed.
import * as v from "valibot";
import { ORDER_CHANNELS, ORDER_STATUSES } from "../domain/orders";
import { ITEM_CATEGORIES } from "../domain/products";

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const optionalText = (max: number) => v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(max))));
const cents = (min = 0) => v.pipe(v.number(), v.safeInteger("must be whole cents"), v.minValue(min), v.maxValue(100_000_000));
const IsoDate = v.pipe(v.string(), v.isoDate("must be a date (YYYY-MM-DD)"));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000));

/** An id in the sender's system: letters, digits and - _ . : only, so it is safe in logs and URLs. */
export const ExternalIdSchema = v.pipe(v.string(), v.regex(/^[\w.:-]{1,100}$/, "is not an external id"));

/** Who the event is about: the back end's customer id, or Tandem's (learned from an outbound message). */
export const EventCustomerSchema = v.union([
  v.strictObject({ externalId: ExternalIdSchema }),
  v.strictObject({ id: v.pipe(v.string(), v.regex(/^cus_\d{4,8}$/, "is not a customer id")) }),
]);
export type EventCustomer = v.InferOutput<typeof EventCustomerSchema>;

export const CustomerSnapshotSchema = v.strictObject({
  firstName: text(80),
  lastName: text(80),
  phone: v.pipe(v.string(), v.trim(), v.minLength(7), v.maxLength(30)),
  email: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.email(), v.maxLength(200)))),
  addressLine1: optionalText(200),
  city: optionalText(100),
  state: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, "must be a 2-letter state code")))),
  postalCode: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^\d{5}(-\d{4})?$/, "must be a ZIP code")))),
  language: v.optional(v.picklist(["en", "es"])),
});

export const OrderItemSnapshotSchema = v.strictObject({
  title: text(200),
  category: v.picklist(ITEM_CATEGORIES),
  priceCents: cents(1),
  quantity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
  vendorName: optionalText(200),
});

export const OrderSnapshotSchema = v.strictObject({
  number: v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/, "is not an order number")),
  channel: v.picklist(ORDER_CHANNELS),
  merchant: text(200),
  status: v.picklist(ORDER_STATUSES),
  financing: v.nullable(v.picklist(["lease", "loan"])),
  totalCents: cents(0),
  items: v.pipe(v.array(OrderItemSnapshotSchema), v.minLength(1), v.maxLength(50)),
});

export const LeaseSnapshotSchema = v.strictObject({
  status: v.picklist(["active", "paid_off", "purchased", "returned", "charged_off"]),
  itemDescription: text(300),
  cashPriceCents: cents(1),
  totalCostCents: cents(1),
  paymentCents: cents(1),
  frequency: v.picklist(["weekly", "biweekly", "monthly"]),
  termPayments: v.pipe(count, v.minValue(1)),
  paymentsMade: count,
  nextDueDate: v.nullable(IsoDate),
  daysPastDue: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  earlyPurchaseCents: cents(0),
  startedOn: IsoDate,
});

export const LoanSnapshotSchema = v.strictObject({
  kind: v.picklist(["purchase", "direct_deposit"]),
  status: v.picklist(["active", "paid_off", "charged_off"]),
  principalCents: cents(1),
  aprBps: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20_000)),
  termMonths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
  balanceCents: cents(0),
  nextDueDate: v.nullable(IsoDate),
  daysPastDue: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  collateralDescription: optionalText(300),
  originatedOn: IsoDate,
});

export const PaymentFactSchema = v.strictObject({
  product: v.picklist(["lease", "loan"]),
  /** The lease or loan it was posted to: the back end's id (or Tandem's). */
  productId: ExternalIdSchema,
  amountCents: cents(1),
  method: v.picklist(["card", "bank", "cash", "check"]),
  status: v.picklist(["posted", "returned", "pending"]),
  paidAt: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
});

const envelope = {
  /** The sender's event id: a retry of the same event carries the same id (idempotency). */
  id: v.pipe(v.string(), v.regex(/^[\w.:-]{1,100}$/, "is not an event id")),
  occurredAt: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
};
const entity = (version: v.GenericSchema<number>) => v.strictObject({ id: ExternalIdSchema, version });
const Version = v.pipe(v.number(), v.safeInteger(), v.minValue(1));

const ENTITY_EVENTS = [
  v.strictObject({ ...envelope, type: v.literal("customer.upserted"), entity: entity(Version), data: CustomerSnapshotSchema }),
  v.strictObject({
    ...envelope,
    type: v.literal("order.upserted"),
    entity: entity(Version),
    customer: EventCustomerSchema,
    data: OrderSnapshotSchema,
  }),
  v.strictObject({
    ...envelope,
    type: v.literal("lease.upserted"),
    entity: entity(Version),
    customer: EventCustomerSchema,
    data: LeaseSnapshotSchema,
  }),
  v.strictObject({
    ...envelope,
    type: v.literal("loan.upserted"),
    entity: entity(Version),
    customer: EventCustomerSchema,
    data: LoanSnapshotSchema,
  }),
  v.strictObject({
    ...envelope,
    type: v.literal("payment.posted"),
    entity: entity(v.literal(1)),
    customer: EventCustomerSchema,
    data: PaymentFactSchema,
  }),
] as const;

/** An event that changes an account (everything but a test ping). */
export const EntityEventSchema = v.variant("type", [...ENTITY_EVENTS]);

export const InboundEventSchema = v.variant("type", [
  ...ENTITY_EVENTS,
  v.strictObject({ ...envelope, type: v.literal("test.ping"), data: v.optional(v.strictObject({ note: optionalText(200) })) }),
]);
export type InboundEvent = v.InferOutput<typeof InboundEventSchema>;
export type EntityEvent = v.InferOutput<typeof EntityEventSchema>;

/** The entity type an event's snapshot or fact belongs to. */
export const ENTITY_OF = {
  "customer.upserted": "customer",
  "order.upserted": "order",
  "lease.upserted": "lease",
  "loan.upserted": "loan",
  "payment.posted": "payment",
} as const satisfies Record<EntityEvent["type"], string>;
export type EntityType = (typeof ENTITY_OF)[keyof typeof ENTITY_OF];

/** The back-end records an event names: its own entity, and a payment's lease or loan. */
export function entitiesNamed(event: EntityEvent): { entityType: EntityType; externalId: string }[] {
  const own = { entityType: ENTITY_OF[event.type], externalId: event.entity.id };
  return event.type === "payment.posted" ? [own, { entityType: event.data.product, externalId: event.data.productId }] : [own];
}

/** The customer a snapshot of a customer is about is its own entity. */
export function eventCustomer(event: EntityEvent): EventCustomer {
  return event.type === "customer.upserted" ? { externalId: event.entity.id } : event.customer;
}

/** What the inbound queue carries: the ledger row's key (the event itself stays in the ledger). */
export const InboundMessageSchema = v.object({
  endpointId: v.string(),
  eventId: v.string(),
  orgId: v.string(),
  /** Tandem's customer id when known at acceptance (null for a customer the event opens, and pings). */
  customerId: v.nullable(v.string()),
  /** Messages with the same key are applied one after another: the customer, by either id. */
  customerKey: v.string(),
  /**
   * The event as received, when it fits in a message (it always does: at most 64 KB), so the
   * consumer need not read it back; replays and the sweep leave it out and the ledger has it.
   */
  payload: v.optional(v.string()),
});
export type InboundMessage = v.InferOutput<typeof InboundMessageSchema>;

/** What the outbox queue carries: the outbox row's id (the row holds everything else). */
export const OutboxMessageSchema = v.object({ outboxId: v.string() });
export type OutboxMessage = v.InferOutput<typeof OutboxMessageSchema>;
