// A merchant as a role may see it. Merchants' contacts and settlement account are masked by the same
// PII policy as a customer's (contact and financial classes, core/domain/pii.ts); there is no reveal.
import { type PresentedField, presentField } from "./pii";
import type { Role } from "./roles";

export interface MerchantRecord {
  id: string;
  orgId: string;
  regionId: string | null;
  name: string;
  legalName: string;
  segment: "partner_store" | "shopper_vendor";
  category: string;
  status: "onboarding" | "active" | "paused" | "closed";
  website: string | null;
  addressLine1: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  planVersionId: string;
  accountManagerId: string | null;
  settlementBankName: string | null;
  settlementAccountNumber: string | null;
  settlementRoutingNumber: string | null;
  lockEpoch: number;
  onboardedAt: number;
  createdAt: number;
  updatedAt: number;
}

export interface ContactRecord {
  id: string;
  kind: "primary" | "billing" | "technical";
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export interface PlanVersionView {
  id: string;
  planId: string;
  code: string;
  name: string;
  version: number;
  monthlyFeeCents: number;
  transactionFeeCents: number;
  discountRateBps: number;
  monthlyMinimumCents: number;
  includedEndpoints: number;
  modelTier: "standard" | "advanced" | "custom";
  notes: string;
  createdAt: number;
}

/** A PII field as a role receives it; `revealable` is always false (merchant fields have no reveal). */
function shown(role: Role, field: "phone" | "email" | "bankAccountNumber" | "bankRoutingNumber", raw: string | null) {
  const presented = presentField(role, field, raw);
  return presented ? { ...presented, revealable: false } : undefined;
}

const present = (key: string, field: PresentedField | undefined) => (field ? { [key]: field } : {});

export function presentMerchant(
  merchant: MerchantRecord,
  extra: {
    contacts: ContactRecord[];
    plan: PlanVersionView;
    region: { id: string; name: string } | null;
    manager: { staffId: string; name: string } | null;
  },
  role: Role,
) {
  return {
    id: merchant.id,
    name: merchant.name,
    legalName: merchant.legalName,
    segment: merchant.segment,
    category: merchant.category,
    status: merchant.status,
    website: merchant.website,
    address: { line1: merchant.addressLine1, city: merchant.city, state: merchant.state, postalCode: merchant.postalCode },
    region: extra.region,
    plan: extra.plan,
    accountManager: extra.manager,
    settlement: {
      bankName: merchant.settlementBankName,
      ...present("accountNumber", shown(role, "bankAccountNumber", merchant.settlementAccountNumber)),
      ...present("routingNumber", shown(role, "bankRoutingNumber", merchant.settlementRoutingNumber)),
    },
    contacts: extra.contacts.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      title: c.title,
      ...present("email", shown(role, "email", c.email)),
      ...present("phone", shown(role, "phone", c.phone)),
    })),
    lockEpoch: merchant.lockEpoch,
    onboardedAt: merchant.onboardedAt,
    updatedAt: merchant.updatedAt,
  };
}
export type MerchantView = ReturnType<typeof presentMerchant>;
