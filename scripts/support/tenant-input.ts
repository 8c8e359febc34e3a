// The org:create flags checked and normalised: a person's typo stops here, not in the database.
import type { NewTenant } from "../../db/repositories/tenants";

const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[^\s@'"]+@[^\s@'"]+$/;

/** "Acme Leasing, Inc." -> "acme-leasing-inc" */
export function slugFor(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}

export function parseTenant(values: {
  name?: string;
  "sso-domain"?: string;
  admin?: string;
  "admin-name"?: string;
  slug?: string;
}): NewTenant {
  const name = values.name?.trim();
  const ssoDomain = values["sso-domain"]?.trim().toLowerCase();
  const email = values.admin?.trim().toLowerCase();
  if (!name) throw new Error("--name is required (the org's display name)");
  if (!ssoDomain || !DOMAIN.test(ssoDomain)) throw new Error("--sso-domain must be an email domain, e.g. acme.com");
  if (!email || !EMAIL.test(email)) throw new Error("--admin must be the first admin's email");
  if (email.split("@")[1] !== ssoDomain)
    throw new Error(`--admin ${email} must be at ${ssoDomain}: SSO matches people to the org by their email's domain`);
  const slug = values.slug?.trim() || slugFor(name);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new Error("--slug may hold only a-z, 0-9 and -");
  return { name, slug, ssoDomain, admin: { email, name: values["admin-name"]?.trim() || email.split("@")[0] || email } };
}
