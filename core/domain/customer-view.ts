// The customer as a given role may see it: PII fields masked or left out per the policy.
import { type PiiField, type PresentedField, presentField } from "./pii";
import type { Role } from "./roles";

/** The stored customer, as every adapter reads it (mirrors db/schema/customers.ts). */
export interface CustomerRecord {
  id: string;
  orgId: string;
  teamId: string | null;
  firstName: string;
  lastName: string;
  fullName: string;
  status: string;
  phone: string;
  email: string | null;
  addressLine1: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  dateOfBirth: string | null;
  ssn: string | null;
  identityVerified: boolean;
  bankName: string | null;
  bankAccountNumber: string | null;
  bankRoutingNumber: string | null;
  monthlyIncomeCents: number | null;
  cardOnFileNumber: string | null;
  loyaltyNumber: string | null;
  externalId: string | null;
  preferredContactTime: string | null;
  preferredChannel: string | null;
  language: string;
  smsOptIn: boolean;
  emailOptIn: boolean;
  tier: string;
  loyaltyPoints: number;
  tags: string;
  lockEpoch: number;
  createdAt: number;
  updatedAt: number;
}

export interface CustomerView {
  id: string;
  teamId: string | null;
  firstName: string;
  lastName: string;
  name: string;
  status: string;
  city: string | null;
  state: string | null;
  identityVerified: boolean;
  bankName: string | null;
  loyaltyNumber: string | null;
  externalId: string | null;
  preferredContactTime: string | null;
  preferredChannel: string | null;
  language: string;
  smsOptIn: boolean;
  emailOptIn: boolean;
  tier: string;
  loyaltyPoints: number;
  tags: string[];
  lockEpoch: number;
  createdAt: number;
  updatedAt: number;
  /** PII fields this role may receive (masked or full); absent ones are hidden from it. */
  pii: Partial<Record<PiiField, PresentedField>>;
}

const PII_SOURCE: Record<PiiField, (c: CustomerRecord) => string | number | null> = {
  phone: (c) => c.phone,
  email: (c) => c.email,
  addressLine1: (c) => c.addressLine1,
  postalCode: (c) => c.postalCode,
  dateOfBirth: (c) => c.dateOfBirth,
  ssn: (c) => c.ssn,
  bankAccountNumber: (c) => c.bankAccountNumber,
  bankRoutingNumber: (c) => c.bankRoutingNumber,
  monthlyIncomeCents: (c) => c.monthlyIncomeCents,
  // Loans carry their own disbursement account; the customer record has none.
  disbursementAccount: () => null,
  cardOnFileNumber: (c) => c.cardOnFileNumber,
  // Devices carry their own install ids (the Devices tab); the customer record has none.
  deviceId: () => null,
};

function parseTags(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

export function presentCustomer(c: CustomerRecord, role: Role): CustomerView {
  const pii: Partial<Record<PiiField, PresentedField>> = {};
  for (const field of Object.keys(PII_SOURCE) as PiiField[]) {
    if (field === "disbursementAccount" || field === "deviceId") continue;
    const presented = presentField(role, field, PII_SOURCE[field](c));
    if (presented) pii[field] = presented;
  }
  return {
    id: c.id,
    teamId: c.teamId,
    firstName: c.firstName,
    lastName: c.lastName,
    name: c.fullName,
    status: c.status,
    city: c.city,
    state: c.state,
    identityVerified: c.identityVerified,
    bankName: c.bankName,
    loyaltyNumber: c.loyaltyNumber,
    externalId: c.externalId,
    preferredContactTime: c.preferredContactTime,
    preferredChannel: c.preferredChannel,
    language: c.language,
    smsOptIn: c.smsOptIn,
    emailOptIn: c.emailOptIn,
    tier: c.tier,
    loyaltyPoints: c.loyaltyPoints,
    tags: parseTags(c.tags),
    lockEpoch: c.lockEpoch,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    pii,
  };
}
