// Links from a profile to the org's back-office screens: a template filled from the customer's ids.
// A link whose template names an id the customer lacks (or the role may not see) is left out, and
// only web links come out, whatever a template says.

export const LINK_FIELDS = ["customerId", "externalId", "loyaltyNumber"] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

export function fillLink(template: string, values: Record<LinkField, string | null>): string | null {
  let missing = false;
  const url = template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = (LINK_FIELDS as readonly string[]).includes(name) ? values[name as LinkField] : null;
    if (!value) missing = true;
    return encodeURIComponent(value ?? "");
  });
  if (missing || !/^https?:\/\/[^\s/]+/i.test(url)) return null;
  return url;
}
