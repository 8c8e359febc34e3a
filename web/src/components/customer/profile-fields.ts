// The profile's fields by section, how each reads, and which a rep may edit.
import type { ProfileChanges } from "../../../../core/protocol/commands";
import type { CustomerView } from "../../../../core/protocol/customer-answers";
import { exactTime, titleCase } from "../../lib/format";

export type EditableKey =
  | "phone"
  | "email"
  | "addressLine1"
  | "city"
  | "state"
  | "postalCode"
  | "language"
  | "tags"
  | "preferredChannel"
  | "preferredContactTime"
  | "smsOptIn"
  | "emailOptIn";

export interface EditSpec {
  key: EditableKey;
  kind: "text" | "email" | "tel" | "select" | "toggle";
  options?: readonly string[];
  hint?: string;
}

export interface FieldSpec {
  label: string;
  read: (c: CustomerView) => string | null;
  /** Masked values look masked on purpose. */
  masked?: (c: CustomerView) => boolean;
  /** The PII field behind it, so a role allowed to may reveal it (audited, with a note). */
  pii?: keyof CustomerView["pii"];
  edit?: EditSpec;
}

/** The fields of a section this rep may edit: editable ones not masked for their role. */
export function editableFields(fields: FieldSpec[], c: CustomerView): { field: FieldSpec; edit: EditSpec }[] {
  return fields.flatMap((field) => (field.edit && !field.masked?.(c) ? [{ field, edit: field.edit }] : []));
}

const pii = (c: CustomerView, field: keyof CustomerView["pii"]) => c.pii[field]?.value ?? null;
/** Masked, or hidden from this role: either way not something to show in full or to edit. */
const isMasked = (field: keyof CustomerView["pii"]) => (c: CustomerView) => c.pii[field]?.visibility !== "full";
const yesNo = (value: boolean) => (value ? "Yes" : "No");
export const CHANNEL_LABEL: Record<string, string> = {
  "": "No preference",
  phone: "Phone",
  sms: "SMS",
  email: "Email",
  en: "English",
  es: "Spanish",
};

export const SECTIONS: { title: string; fields: FieldSpec[] }[] = [
  {
    title: "Basic info",
    fields: [
      { label: "Phone", read: (c) => pii(c, "phone"), masked: isMasked("phone"), pii: "phone", edit: { key: "phone", kind: "tel" } },
      { label: "Email", read: (c) => pii(c, "email"), masked: isMasked("email"), pii: "email", edit: { key: "email", kind: "email" } },
      {
        label: "Address",
        read: (c) => pii(c, "addressLine1"),
        masked: isMasked("addressLine1"),
        pii: "addressLine1",
        edit: { key: "addressLine1", kind: "text" },
      },
      { label: "City", read: (c) => c.city, edit: { key: "city", kind: "text" } },
      { label: "State", read: (c) => c.state, edit: { key: "state", kind: "text", hint: "Two letters, e.g. GA" } },
      {
        label: "ZIP code",
        read: (c) => pii(c, "postalCode"),
        masked: isMasked("postalCode"),
        pii: "postalCode",
        edit: { key: "postalCode", kind: "text" },
      },
      { label: "Date of birth", read: (c) => pii(c, "dateOfBirth"), masked: isMasked("dateOfBirth"), pii: "dateOfBirth" },
      { label: "SSN", read: (c) => pii(c, "ssn"), masked: isMasked("ssn"), pii: "ssn" },
      { label: "Identity verified", read: (c) => yesNo(c.identityVerified) },
    ],
  },
  {
    title: "Financial",
    fields: [
      { label: "Bank", read: (c) => c.bankName },
      { label: "Bank account", read: (c) => pii(c, "bankAccountNumber"), masked: isMasked("bankAccountNumber"), pii: "bankAccountNumber" },
      {
        label: "Routing number",
        read: (c) => pii(c, "bankRoutingNumber"),
        masked: isMasked("bankRoutingNumber"),
        pii: "bankRoutingNumber",
      },
      {
        label: "Monthly income",
        read: (c) => pii(c, "monthlyIncomeCents"),
        masked: isMasked("monthlyIncomeCents"),
        pii: "monthlyIncomeCents",
      },
      { label: "Card on file", read: (c) => pii(c, "cardOnFileNumber"), masked: isMasked("cardOnFileNumber"), pii: "cardOnFileNumber" },
    ],
  },
  {
    title: "Attributes",
    fields: [
      { label: "Tier", read: (c) => titleCase(c.tier) },
      { label: "Loyalty points", read: (c) => c.loyaltyPoints.toLocaleString() },
      { label: "Loyalty number", read: (c) => c.loyaltyNumber },
      { label: "External id", read: (c) => c.externalId },
      {
        label: "Tags",
        read: (c) => (c.tags.length ? c.tags.join(", ") : null),
        edit: { key: "tags", kind: "text", hint: "Separate with commas" },
      },
      {
        label: "Language",
        read: (c) => (c.language === "es" ? "Spanish" : "English"),
        edit: { key: "language", kind: "select", options: ["en", "es"] },
      },
      { label: "Customer since", read: (c) => exactTime(c.createdAt) },
    ],
  },
  {
    title: "Communication preferences",
    fields: [
      {
        label: "Preferred channel",
        read: (c) => (c.preferredChannel ? (CHANNEL_LABEL[c.preferredChannel] ?? c.preferredChannel) : null),
        edit: { key: "preferredChannel", kind: "select", options: ["", "phone", "sms", "email"] },
      },
      { label: "Preferred contact time", read: (c) => c.preferredContactTime, edit: { key: "preferredContactTime", kind: "text" } },
      { label: "SMS consent", read: (c) => yesNo(c.smsOptIn), edit: { key: "smsOptIn", kind: "toggle" } },
      { label: "Email consent", read: (c) => yesNo(c.emailOptIn), edit: { key: "emailOptIn", kind: "toggle" } },
    ],
  },
];

/** The form's starting values: what the rep sees, as text (booleans as "true"/"false"). */
export function formValues(c: CustomerView): Record<EditableKey, string> {
  return {
    phone: pii(c, "phone") ?? "",
    email: pii(c, "email") ?? "",
    addressLine1: pii(c, "addressLine1") ?? "",
    city: c.city ?? "",
    state: c.state ?? "",
    postalCode: pii(c, "postalCode") ?? "",
    language: c.language,
    tags: c.tags.join(", "),
    preferredChannel: c.preferredChannel ?? "",
    preferredContactTime: c.preferredContactTime ?? "",
    smsOptIn: String(c.smsOptIn),
    emailOptIn: String(c.emailOptIn),
  };
}

/** Only what changed, typed as the API wants it (empty text clears a field). */
export function changedFields(before: Record<EditableKey, string>, after: Record<EditableKey, string>): ProfileChanges {
  const changes: ProfileChanges = {};
  const changed = (key: EditableKey) => after[key] !== before[key];
  const text = (key: EditableKey) => after[key].trim();
  const orNull = (key: EditableKey) => text(key) || null;
  if (changed("phone")) changes.phone = text("phone");
  if (changed("email")) changes.email = orNull("email");
  if (changed("addressLine1")) changes.addressLine1 = orNull("addressLine1");
  if (changed("city")) changes.city = orNull("city");
  if (changed("state")) changes.state = text("state") ? text("state").toUpperCase() : null;
  if (changed("postalCode")) changes.postalCode = orNull("postalCode");
  if (changed("preferredContactTime")) changes.preferredContactTime = orNull("preferredContactTime");
  if (changed("smsOptIn")) changes.smsOptIn = after.smsOptIn === "true";
  if (changed("emailOptIn")) changes.emailOptIn = after.emailOptIn === "true";
  if (changed("language")) changes.language = after.language === "es" ? "es" : "en";
  if (changed("tags"))
    changes.tags = text("tags")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
  if (changed("preferredChannel")) {
    const channel = text("preferredChannel");
    changes.preferredChannel = channel === "phone" || channel === "sms" || channel === "email" ? channel : null;
  }
  return changes;
}
