// The customer as a role may see it (core/domain/customer-view.ts builds it), as a schema: the
// profile answer's `customer` and the room's `customer-updated` frame carry it, and the browser
// checks it on arrival. A leaf module, so both room.ts and the HTTP answers can import it.
import * as v from "valibot";
import type { CustomerView as PresentedCustomer } from "../domain/customer-view";
import { PII_FIELD_NAMES } from "../domain/pii";

const Text = v.string();
const MaybeText = v.nullable(v.string());
const Count = v.number();

/** A PII field as the role receives it: in full, or masked (and maybe revealable). Hidden ones are absent. */
export const PresentedFieldSchema = v.object({
  value: MaybeText,
  visibility: v.picklist(["full", "masked"]),
  revealable: v.boolean(),
});
export type PresentedField = v.InferOutput<typeof PresentedFieldSchema>;

/** The customer as the role may see it (core/domain/customer-view.ts builds it). */
export const CustomerViewSchema = v.object({
  id: Text,
  teamId: MaybeText,
  firstName: Text,
  lastName: Text,
  name: Text,
  status: Text,
  city: MaybeText,
  state: MaybeText,
  identityVerified: v.boolean(),
  bankName: MaybeText,
  loyaltyNumber: MaybeText,
  externalId: MaybeText,
  preferredContactTime: MaybeText,
  preferredChannel: MaybeText,
  language: Text,
  smsOptIn: v.boolean(),
  emailOptIn: v.boolean(),
  tier: Text,
  loyaltyPoints: Count,
  tags: v.array(Text),
  lockEpoch: Count,
  createdAt: v.number(),
  updatedAt: v.number(),
  /** Only the fields this role may receive; a hidden one has no key. */
  pii: v.record(v.picklist(PII_FIELD_NAMES), PresentedFieldSchema),
});
export type CustomerView = v.InferOutput<typeof CustomerViewSchema>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when the schema and the serializer's type drift apart. */
const matches: Same<CustomerView, PresentedCustomer> = true;
void matches;
