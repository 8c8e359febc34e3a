// The customer as a role may see it (core/domain/customer-view.ts), as a schema: the profile's
// `customer` and the room's `customer-updated` frame carry it, and the browser checks it on arrival.
import * as v from "valibot";
import type { CustomerView } from "../domain/customer-view";

export const PresentedFieldSchema = v.object({
  value: v.nullable(v.string()),
  visibility: v.picklist(["full", "masked"]),
  revealable: v.boolean(),
});

const field = v.optional(PresentedFieldSchema);

export const CustomerViewSchema = v.object({
  id: v.string(),
  teamId: v.nullable(v.string()),
  firstName: v.string(),
  lastName: v.string(),
  name: v.string(),
  status: v.string(),
  city: v.nullable(v.string()),
  state: v.nullable(v.string()),
  identityVerified: v.boolean(),
  bankName: v.nullable(v.string()),
  loyaltyNumber: v.nullable(v.string()),
  externalId: v.nullable(v.string()),
  preferredContactTime: v.nullable(v.string()),
  preferredChannel: v.nullable(v.string()),
  language: v.string(),
  smsOptIn: v.boolean(),
  emailOptIn: v.boolean(),
  tier: v.string(),
  loyaltyPoints: v.number(),
  tags: v.array(v.string()),
  lockEpoch: v.number(),
  createdAt: v.number(),
  updatedAt: v.number(),
  /** Fields the role may not receive are absent. */
  pii: v.object({
    phone: field,
    email: field,
    addressLine1: field,
    postalCode: field,
    dateOfBirth: field,
    ssn: field,
    bankAccountNumber: field,
    bankRoutingNumber: field,
    monthlyIncomeCents: field,
    disbursementAccount: field,
    cardOnFileNumber: field,
  }),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when the schema and the serializer's type drift apart. */
export type CustomerViewSchemaMatches = Same<v.InferOutput<typeof CustomerViewSchema>, CustomerView> extends true ? true : never;
const matches: CustomerViewSchemaMatches = true;
void matches;
