// From validated ID token claims to a staff member: the email's domain picks the org, the email
// the person; the subject binds on first sign-in; role and team claims update the row.
import type { Role } from "../../core/domain/roles";
import { claimedAccess, claimedEmail, type IdentityClaims } from "../../core/domain/sso";
import type { Database } from "../../db/client";
import { orgBySsoDomain, teamsOfOrg } from "../../db/repositories/org";
import { findOrgStaffByEmail, type StaffRow, subjectTaken } from "../../db/repositories/staff";

export type SsoMatch =
  | { ok: true; person: StaffRow; changes: { role?: { from: Role; to: Role }; teamId?: { from: string | null; to: string }; bound?: true } }
  | { ok: false; reason: string; orgId: string | null; staffId: string | null };

export async function matchStaff(db: Database, claims: IdentityClaims): Promise<SsoMatch> {
  const email = claimedEmail(claims);
  if (!email.ok) return { ok: false, reason: email.reason, orgId: null, staffId: null };
  const org = await orgBySsoDomain(db, email.domain);
  if (!org) return { ok: false, reason: "no organisation uses this email domain", orgId: null, staffId: null };
  const person = await findOrgStaffByEmail(db, org.id, email.email);
  if (!person) return { ok: false, reason: "no staff account for this email", orgId: org.id, staffId: null };
  if (person.status !== "active") return { ok: false, reason: "the staff account is disabled", orgId: org.id, staffId: person.id };
  if (person.oidcSubject && person.oidcSubject !== claims.sub)
    return { ok: false, reason: "the account is bound to a different identity", orgId: org.id, staffId: person.id };
  if (!person.oidcSubject) {
    const taken = await subjectTaken(db, claims.sub);
    if (taken) return { ok: false, reason: "this identity is already bound to another account", orgId: org.id, staffId: person.id };
  }
  const orgTeams = await teamsOfOrg(db, org.id);
  const access = claimedAccess(claims, orgTeams);
  const role = person.role as Role;
  return {
    ok: true,
    person,
    changes: {
      ...(access.role && access.role !== role ? { role: { from: role, to: access.role } } : {}),
      ...(access.teamId && access.teamId !== person.teamId ? { teamId: { from: person.teamId, to: access.teamId } } : {}),
      ...(person.oidcSubject ? {} : { bound: true as const }),
    },
  };
}
