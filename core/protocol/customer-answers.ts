// Answers of the customer routes that read: search, the call list and the profile, each masked for
// the caller on the server (core/domain/pii.ts). A PII field the role may not see is not sent at all.
import * as v from "valibot";
import { ORDER_CHANNELS, ORDER_STATUSES } from "../domain/orders";
import { DeviceClassSchema } from "../domain/roles";
import { type CustomerView, CustomerViewSchema, type PresentedField, PresentedFieldSchema } from "./customer-view";
import { PresenceStateSchema } from "./room";

export { type CustomerView, CustomerViewSchema, type PresentedField, PresentedFieldSchema };

const Text = v.string();
const MaybeText = v.nullable(v.string());
const Count = v.number();
export const ProductKindSchema = v.picklist(["lease", "loan"]);

/** Who is on an account, as lists show it (from room_presence), and which products it has. */
export const ListPresenceSchema = v.object({
  products: v.object({ lease: v.boolean(), loan: v.boolean() }),
  owner: v.nullable(v.object({ id: Text, name: Text, device: DeviceClassSchema })),
  viewers: v.array(v.object({ id: Text, name: Text, state: PresenceStateSchema, device: DeviceClassSchema })),
});
export type ListPresence = v.InferOutput<typeof ListPresenceSchema>;

export const SearchHitSchema = v.object({
  ...ListPresenceSchema.entries,
  id: Text,
  name: Text,
  status: Text,
  /** The value as the role may see it (masked, or null when hidden or empty). */
  phone: MaybeText,
  email: MaybeText,
  city: MaybeText,
  state: MaybeText,
  loyaltyNumber: MaybeText,
  externalId: MaybeText,
  teamId: MaybeText,
});
export type SearchHit = v.InferOutput<typeof SearchHitSchema>;

/** GET /api/customers?q= */
export const SearchPageSchema = v.object({
  items: v.array(SearchHitSchema),
  ranked: v.boolean(),
  nextOffset: v.nullable(Count),
  /** The text looks like part of a field this role may match only whole. */
  needsExact: v.optional(v.picklist(["phone", "email"])),
});
export type SearchPage = v.InferOutput<typeof SearchPageSchema>;

/** GET /api/call-list: the rep's callbacks due today, the team's past-due accounts and flagged orders. */
export const CallListSchema = v.object({
  until: v.number(),
  callbacks: v.array(v.object({ ...ListPresenceSchema.entries, id: Text, customerId: Text, name: Text, dueAt: v.number(), reason: Text })),
  pastDue: v.array(v.object({ ...ListPresenceSchema.entries, customerId: Text, name: Text, status: Text, daysPastDue: Count })),
  attention: v.array(
    v.object({
      ...ListPresenceSchema.entries,
      orderId: Text,
      number: Text,
      customerId: Text,
      name: Text,
      status: v.picklist(ORDER_STATUSES),
      reason: MaybeText,
      updatedAt: v.number(),
    }),
  ),
});
export type CallList = v.InferOutput<typeof CallListSchema>;

const LeaseRecordSchema = v.object({
  id: Text,
  customerId: Text,
  orderId: MaybeText,
  status: Text,
  itemDescription: Text,
  cashPriceCents: Count,
  totalCostCents: Count,
  paymentCents: Count,
  frequency: Text,
  termPayments: Count,
  paymentsMade: Count,
  creditCents: Count,
  nextDueDate: MaybeText,
  daysPastDue: Count,
  earlyPurchaseCents: Count,
  startedOn: Text,
});

const LoanRecordSchema = v.object({
  id: Text,
  customerId: Text,
  orderId: MaybeText,
  kind: v.picklist(["purchase", "direct_deposit"]),
  status: Text,
  principalCents: Count,
  aprBps: Count,
  termMonths: Count,
  paymentCents: Count,
  balanceCents: Count,
  nextDueDate: MaybeText,
  daysPastDue: Count,
  /** Financial PII: null when the role may not see it or there is none. */
  disbursementAccount: v.nullable(PresentedFieldSchema),
  collateralDescription: MaybeText,
  originatedOn: Text,
});

export const ProfileOrderSchema = v.object({
  id: Text,
  orgId: Text,
  customerId: Text,
  number: Text,
  channel: v.picklist(ORDER_CHANNELS),
  merchant: Text,
  status: v.picklist(ORDER_STATUSES),
  financing: v.nullable(ProductKindSchema),
  totalCents: Count,
  needsAttention: v.boolean(),
  attentionReason: MaybeText,
  createdAt: v.number(),
  updatedAt: v.number(),
});
export type ProfileOrder = v.InferOutput<typeof ProfileOrderSchema>;

/** GET /api/customers/:id: everything the profile's first screen shows. */
export const ProfileSchema = v.object({
  customer: CustomerViewSchema,
  leases: v.array(LeaseRecordSchema),
  loans: v.array(LoanRecordSchema),
  orders: v.array(ProfileOrderSchema),
  /** Open promises to pay. */
  promises: v.array(
    v.object({
      id: Text,
      customerId: Text,
      product: ProductKindSchema,
      productId: Text,
      amountCents: Count,
      dueDate: Text,
      status: v.picklist(["open", "kept", "broken", "cancelled"]),
      createdBy: MaybeText,
      createdAt: v.number(),
    }),
  ),
  /** Every callback of the account, earliest due first, with who is to call. */
  callbacks: v.array(
    v.object({
      id: Text,
      customerId: Text,
      assignedTo: MaybeText,
      assignedName: MaybeText,
      dueAt: v.number(),
      reason: Text,
      doneAt: v.nullable(v.number()),
    }),
  ),
  /** Call prompts dismissed for today. */
  dismissals: v.array(v.object({ promptId: Text, at: v.number() })),
});
export type Profile = v.InferOutput<typeof ProfileSchema>;
