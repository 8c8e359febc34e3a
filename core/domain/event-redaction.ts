// A back end's event as a given role may read it (a dead letter's inspect): personal data in it
// follows the PII policy like any answer. Contact fields are full, masked or hidden by role; a
// customer's name is shown only to roles that may read customers (engineering inspects dead
// letters but sees no customer data).
import { can } from "./permissions";
import { CUSTOMER_PII_FIELDS, maskValue, type PiiField, visibilityFor } from "./pii";
import type { Role } from "./roles";

const NAME_KEYS = new Set(["firstName", "lastName", "first_name", "last_name"]);
export const HIDDEN = "[hidden]";

function redactValue(key: string, value: unknown, role: Role): unknown {
  if (value === null || value === undefined) return value;
  if (NAME_KEYS.has(key)) return can(role, "customer.read") ? value : HIDDEN;
  if (key in CUSTOMER_PII_FIELDS) {
    const visibility = visibilityFor(role, key as PiiField);
    if (visibility === "full") return value;
    return visibility === "masked" ? maskValue(key as PiiField, String(value)) : HIDDEN;
  }
  return redactForRole(value, role);
}

export function redactForRole(payload: unknown, role: Role): unknown {
  if (Array.isArray(payload)) return payload.map((item) => redactForRole(item, role));
  if (payload === null || typeof payload !== "object") return payload;
  return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, redactValue(key, value, role)]));
}
