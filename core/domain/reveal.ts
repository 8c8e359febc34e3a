// The "reveal" action: a role allowed to see more asks for one masked field in full, with a note.
// Quota: REVEALS_PER_MINUTE successful reveals per person in any rolling minute.
import type { PiiField } from "./pii";

export const REVEAL_WINDOW_MS = 60_000;

export const PII_FIELD_LABELS: Record<PiiField, string> = {
  phone: "phone number",
  email: "email address",
  addressLine1: "street address",
  postalCode: "ZIP code",
  dateOfBirth: "date of birth",
  ssn: "SSN",
  bankAccountNumber: "bank account number",
  bankRoutingNumber: "bank routing number",
  monthlyIncomeCents: "monthly income",
  disbursementAccount: "disbursement account",
  cardOnFileNumber: "card number",
  deviceId: "device id",
};
