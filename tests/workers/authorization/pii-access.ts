// What each role may receive of each PII field, written by hand from the README ("Identity, access
// and compliance": the policy table and its rules), never read from core/domain/pii.ts: the crawl
// checks the code against the rule as people state it, so a wrong policy table in core fails it.
import type { Role } from "../../../core/domain/roles";

/** The 12 PII fields of a customer (a loan's disbursement account and a device's install id among them). */
export const PII_FIELDS = [
  "phone",
  "email",
  "addressLine1",
  "postalCode",
  "dateOfBirth",
  "ssn",
  "bankAccountNumber",
  "bankRoutingNumber",
  "monthlyIncomeCents",
  "disbursementAccount",
  "cardOnFileNumber",
  "deviceId",
] as const;
export type PiiFieldName = (typeof PII_FIELDS)[number];

/** full: the value itself; masked: only its masked form; none: not even that (the field is not sent). */
export type Access = "full" | "masked" | "none";

const F = "full";
const M = "masked";
const N = "none";

// README classes: contact = phone, email, address, ZIP; identity = date of birth, SSN; financial =
// bank account, routing number, income, a loan's disbursement account; card = card on file.
// Issue 17 adds a device's install id (the Devices tab) as identity: it singles the person out across
// sessions like an SSN; the device's model, OS, app version, screen and notifications are not PII.
// Cards never show more than the last 4, whoever asks; SSNs at most ***-**-1234. A reveal (leads,
// directors, compliance, admins) answers one value to its caller only, so no GET answer, page or
// frame ever carries more than this table.
// biome-ignore format: a table reads best aligned
const TABLE: Record<Role, readonly Access[]> = {
  //           phone email addr  zip   dob   ssn   bank  rout  income disb card  device
  rep:         [F,    F,    F,    F,    M,    M,    M,    M,    M,     M,   M,    M],
  senior_rep:  [F,    F,    F,    F,    M,    M,    M,    M,    M,     M,   M,    M],
  team_lead:   [F,    F,    F,    F,    M,    M,    M,    M,    M,     M,   M,    M],
  director:    [F,    F,    F,    F,    M,    M,    M,    M,    M,     M,   M,    M],
  compliance:  [F,    F,    F,    F,    M,    M,    M,    M,    M,     M,   M,    M],
  admin:       [F,    F,    F,    F,    M,    M,    M,    M,    M,     M,   M,    M],
  finance:     [M,    M,    M,    M,    N,    N,    F,    F,    F,     F,   M,    N],
  sales:       [F,    F,    F,    F,    N,    N,    N,    N,    N,     N,   N,    N],
  engineering: [N,    N,    N,    N,    N,    N,    N,    N,    N,     N,   N,    N],
};

export function mayReceive(role: Role, field: PiiFieldName): Access {
  const access = TABLE[role][PII_FIELDS.indexOf(field)];
  if (!access) throw new Error(`no expectation for ${role} / ${field}`);
  return access;
}
