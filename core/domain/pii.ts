// PII policy: which field classes each role sees in full, masked or not at all, and how a
// masked value looks. Applied by the Worker's and the rooms' serializers, never the browser.
import type { Role } from "./roles";

export type PiiClass = "contact" | "identity" | "financial" | "card";
export type Visibility = "full" | "masked" | "hidden";

/**
 * The policy table. Card numbers never go beyond "masked" (last 4, PCI DSS 3.4.1) whatever
 * this table says; reps never see more than the last 4 of an SSN.
 *
 * | role        | contact | identity | financial | card   |
 * |-------------|---------|----------|-----------|--------|
 * | rep         | full    | masked   | masked    | masked |
 * | senior_rep  | full    | masked   | masked    | masked |
 * | team_lead   | full    | masked   | masked    | masked |
 * | director    | full    | masked   | masked    | masked |
 * | compliance  | full    | masked   | masked    | masked |
 * | finance     | masked  | hidden   | full      | masked |
 * | engineering | hidden  | hidden   | hidden    | hidden |
 * | sales       | full    | hidden   | hidden    | hidden |
 * | admin       | full    | masked   | masked    | masked |
 */
export const PII_POLICY: Record<Role, Record<PiiClass, Visibility>> = {
  rep: { contact: "full", identity: "masked", financial: "masked", card: "masked" },
  senior_rep: { contact: "full", identity: "masked", financial: "masked", card: "masked" },
  team_lead: { contact: "full", identity: "masked", financial: "masked", card: "masked" },
  director: { contact: "full", identity: "masked", financial: "masked", card: "masked" },
  compliance: { contact: "full", identity: "masked", financial: "masked", card: "masked" },
  finance: { contact: "masked", identity: "hidden", financial: "full", card: "masked" },
  engineering: { contact: "hidden", identity: "hidden", financial: "hidden", card: "hidden" },
  sales: { contact: "full", identity: "hidden", financial: "hidden", card: "hidden" },
  admin: { contact: "full", identity: "masked", financial: "masked", card: "masked" },
};

/**
 * Masked classes a role may reveal in full, one field at a time: audited, noted, rate-limited.
 * Cards are never revealable.
 */
export const REVEAL_POLICY: Record<Role, readonly PiiClass[]> = {
  rep: [],
  senior_rep: [],
  team_lead: ["identity", "financial"],
  director: ["identity", "financial"],
  compliance: ["identity", "financial"],
  finance: [],
  engineering: [],
  sales: [],
  admin: ["identity", "financial"],
};

export const REVEALS_PER_MINUTE = 5;

/** Customer fields that carry PII, by class. Fields not listed are not PII. */
export const CUSTOMER_PII_FIELDS = {
  phone: "contact",
  email: "contact",
  addressLine1: "contact",
  postalCode: "contact",
  dateOfBirth: "identity",
  ssn: "identity",
  bankAccountNumber: "financial",
  bankRoutingNumber: "financial",
  monthlyIncomeCents: "financial",
  disbursementAccount: "financial",
  cardOnFileNumber: "card",
  /**
   * A device's install id (customer_devices): a persistent identifier that singles the person out
   * across apps and sessions, so identity, like an SSN: masked to its last 4 for service roles.
   */
  deviceId: "identity",
} as const satisfies Record<string, PiiClass>;
export type PiiField = keyof typeof CUSTOMER_PII_FIELDS;
export const PII_FIELD_NAMES = Object.keys(CUSTOMER_PII_FIELDS) as PiiField[];

export function visibilityFor(role: Role, field: PiiField): Visibility {
  const piiClass = CUSTOMER_PII_FIELDS[field];
  const visibility = PII_POLICY[role][piiClass];
  if (piiClass === "card" && visibility === "full") return "masked";
  return visibility;
}

export function canReveal(role: Role, field: PiiField): boolean {
  const piiClass = CUSTOMER_PII_FIELDS[field];
  return piiClass !== "card" && visibilityFor(role, field) === "masked" && REVEAL_POLICY[role].includes(piiClass);
}

const DOT = "•";
const lastDigits = (value: string, n: number) => value.replace(/\D/g, "").slice(-n);

/** How each field looks masked: enough to confirm with a caller, never enough to use. */
export function maskValue(field: PiiField, value: string): string {
  switch (field) {
    case "phone":
      return `${DOT.repeat(3)}-${DOT.repeat(3)}-${lastDigits(value, 4)}`;
    case "email": {
      const [user = "", domain = ""] = value.split("@");
      return `${user.slice(0, 1)}${DOT.repeat(3)}@${domain}`;
    }
    case "addressLine1":
      return `${DOT.repeat(4)} ${value.replace(/^\d+\s*/, "")}`;
    case "postalCode":
      return `${value.slice(0, 2)}${DOT.repeat(3)}`;
    case "dateOfBirth":
      return `${DOT.repeat(4)}-${DOT.repeat(2)}-${DOT.repeat(2)}`;
    case "ssn":
      return `***-**-${lastDigits(value, 4)}`;
    case "bankAccountNumber":
    case "disbursementAccount":
    case "cardOnFileNumber":
      return `${DOT.repeat(4)} ${lastDigits(value, 4)}`;
    case "bankRoutingNumber":
      return `${DOT.repeat(5)}${lastDigits(value, 4)}`;
    case "monthlyIncomeCents":
      return `${DOT.repeat(5)}`;
    case "deviceId":
      return `${DOT.repeat(4)} ${value.replace(/[^\p{L}\p{N}]/gu, "").slice(-4)}`;
  }
}

export interface PresentedField {
  value: string | null;
  visibility: Exclude<Visibility, "hidden">;
  revealable: boolean;
}

/** The field as this role may receive it, or undefined when it must not be sent at all. */
export function presentField(role: Role, field: PiiField, raw: string | number | null | undefined): PresentedField | undefined {
  const visibility = visibilityFor(role, field);
  if (visibility === "hidden") return undefined;
  if (raw === null || raw === undefined || raw === "") return { value: null, visibility, revealable: false };
  const text = String(raw);
  if (visibility === "full") return { value: text, visibility, revealable: false };
  return { value: maskValue(field, text), visibility, revealable: canReveal(role, field) };
}

/** Luhn check, used to recognise card numbers typed into free text. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}
