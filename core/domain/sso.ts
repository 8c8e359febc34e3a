// How an OpenID Connect identity maps onto a Tandem staff member: the verified email picks the
// org (by its SSO domain) and the staff row; optional `role` / `groups` claims set role and team.
import * as v from "valibot";
import { ROLES, type Role, RoleSchema } from "./roles";

/** Groups the identity provider may send: `tandem:role:<role>` and `tandem:team:<team id or name>`. */
export const ROLE_GROUP_PREFIX = "tandem:role:";
export const TEAM_GROUP_PREFIX = "tandem:team:";

export const IdentityClaimsSchema = v.looseObject({
  sub: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  email: v.optional(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(200))),
  email_verified: v.optional(v.unknown()),
  name: v.optional(v.string()),
  role: v.optional(v.unknown()),
  groups: v.optional(v.unknown()),
});
export type IdentityClaims = v.InferOutput<typeof IdentityClaimsSchema>;

export type EmailResult = { ok: true; email: string; domain: string } | { ok: false; reason: string };

/** The email to match, if the provider vouches for it. */
export function claimedEmail(claims: IdentityClaims): EmailResult {
  if (!claims.email) return { ok: false, reason: "the identity provider sent no email address" };
  // Providers that say nothing about verification (many enterprise IdPs) only issue verified addresses.
  if (claims.email_verified === false || claims.email_verified === "false")
    return { ok: false, reason: "the identity provider has not verified this email address" };
  const domain = claims.email.split("@")[1] ?? "";
  return { ok: true, email: claims.email, domain };
}

function groupsOf(claims: IdentityClaims): string[] {
  if (typeof claims.groups === "string") return [claims.groups];
  return Array.isArray(claims.groups) ? claims.groups.filter((g): g is string => typeof g === "string") : [];
}

/**
 * Role and team the claims ask for. A `role` claim wins over groups; several different role
 * groups are ambiguous and change nothing; unknown roles and teams are ignored.
 */
export function claimedAccess(claims: IdentityClaims, teams: readonly { id: string; name: string }[]): { role?: Role; teamId?: string } {
  const groups = groupsOf(claims);
  const direct = v.safeParse(RoleSchema, claims.role);
  const fromGroups = [
    ...new Set(
      groups
        .filter((g) => g.startsWith(ROLE_GROUP_PREFIX))
        .map((g) => g.slice(ROLE_GROUP_PREFIX.length))
        .filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    ),
  ];
  const role = direct.success ? direct.output : fromGroups.length === 1 ? fromGroups[0] : undefined;
  const teamKeys = groups.filter((g) => g.startsWith(TEAM_GROUP_PREFIX)).map((g) => g.slice(TEAM_GROUP_PREFIX.length).toLowerCase());
  const matched = [
    ...new Set(teams.filter((t) => teamKeys.includes(t.id.toLowerCase()) || teamKeys.includes(t.name.toLowerCase())).map((t) => t.id)),
  ];
  return { ...(role ? { role } : {}), ...(matched.length === 1 ? { teamId: matched[0] } : {}) };
}
