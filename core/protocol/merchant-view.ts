// The merchant as a role may see it (core/domain/merchant-view.ts builds it), as a schema: the
// profile answer's `merchant` and the room's `merchant-updated` frame carry it. A leaf module, so both
// room.ts and the HTTP answers can import it.
import * as v from "valibot";
import type { MerchantView as PresentedMerchant } from "../domain/merchant-view";
import { PresentedFieldSchema } from "./customer-view";

const MaybeText = v.nullable(v.string());

export const PlanVersionViewSchema = v.object({
  id: v.string(),
  planId: v.string(),
  code: v.string(),
  name: v.string(),
  version: v.number(),
  monthlyFeeCents: v.number(),
  transactionFeeCents: v.number(),
  discountRateBps: v.number(),
  monthlyMinimumCents: v.number(),
  includedEndpoints: v.number(),
  modelTier: v.picklist(["standard", "advanced", "custom"]),
  notes: v.string(),
  createdAt: v.number(),
});
export type PlanVersionView = v.InferOutput<typeof PlanVersionViewSchema>;

export const MerchantViewSchema = v.object({
  id: v.string(),
  name: v.string(),
  legalName: v.string(),
  segment: v.picklist(["partner_store", "shopper_vendor"]),
  category: v.string(),
  status: v.picklist(["onboarding", "active", "paused", "closed"]),
  website: MaybeText,
  address: v.object({ line1: MaybeText, city: MaybeText, state: MaybeText, postalCode: MaybeText }),
  region: v.nullable(v.object({ id: v.string(), name: v.string() })),
  plan: PlanVersionViewSchema,
  accountManager: v.nullable(v.object({ staffId: v.string(), name: v.string() })),
  /** A field the role may not receive has no key. */
  settlement: v.object({
    bankName: MaybeText,
    accountNumber: v.optional(PresentedFieldSchema),
    routingNumber: v.optional(PresentedFieldSchema),
  }),
  contacts: v.array(
    v.object({
      id: v.string(),
      kind: v.picklist(["primary", "billing", "technical"]),
      name: v.string(),
      title: MaybeText,
      email: v.optional(PresentedFieldSchema),
      phone: v.optional(PresentedFieldSchema),
    }),
  ),
  lockEpoch: v.number(),
  onboardedAt: v.number(),
  updatedAt: v.number(),
});
export type MerchantView = v.InferOutput<typeof MerchantViewSchema>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when the schema and the serializer's type drift apart. */
const matches: Same<MerchantView, PresentedMerchant> = true;
void matches;
