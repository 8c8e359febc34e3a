// A new tenant: the org and its first admin, with the audit row that records who created them, as
// one batch. Nothing else: no regions, teams, customers or demo staff (the admin adds the rest in
// Admin, and staff sign in through the org's SSO domain). Used by `npm run org:create`.
import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { newId } from "../crypto";
import { auditLog, orgs, staff } from "../schema";
import { type AuditEntry, type AuditSigner, buildAuditRows, commitWithAudit, GENESIS_HASH, type Statement } from "./audit";

export interface NewTenant {
  name: string;
  slug: string;
  /** Email domain whose SSO users belong to the org (e.g. acme.com). */
  ssoDomain: string;
  admin: { email: string; name: string };
}

export interface TenantPlan {
  orgId: string;
  adminId: string;
  entry: AuditEntry;
  /** The org and the admin; the audit row is added by whoever commits the plan. */
  statements: (db: Database) => Statement[];
}

/** The stream an org's own creation is recorded on (no person did it through the app). */
export const tenantStream = (orgId: string) => `org:${orgId}`;

export function planTenant(tenant: NewTenant, now: number, by: string): TenantPlan {
  const orgId = newId("org");
  const adminId = newId("stf");
  const email = tenant.admin.email.trim().toLowerCase();
  return {
    orgId,
    adminId,
    entry: {
      orgId,
      at: now,
      actorId: null,
      actorRole: null,
      action: "org.create",
      targetType: "org",
      targetId: orgId,
      customerId: null,
      outcome: "success",
      ip: null,
      userAgent: null,
      details: { name: tenant.name, slug: tenant.slug, ssoDomain: tenant.ssoDomain, admin: { id: adminId, email }, by },
    },
    statements: (db) => [
      db.insert(orgs).values({ id: orgId, name: tenant.name, slug: tenant.slug, ssoDomain: tenant.ssoDomain, createdAt: now }),
      db.insert(staff).values({
        id: adminId,
        orgId,
        teamId: null,
        email,
        name: tenant.admin.name,
        role: "admin",
        status: "active",
        createdAt: now,
        updatedAt: now,
      }),
    ],
  };
}

/** Reads that each find a row when the tenant's SSO domain, slug or admin email is already taken. */
export function tenantConflictReads(db: Database, tenant: NewTenant) {
  const email = tenant.admin.email.trim().toLowerCase();
  return [
    db
      .select({ what: sql<string>`'sso domain'`.as("what"), id: orgs.id })
      .from(orgs)
      .where(eq(orgs.ssoDomain, tenant.ssoDomain))
      .limit(1),
    db
      .select({ what: sql<string>`'slug'`.as("what"), id: orgs.id })
      .from(orgs)
      .where(eq(orgs.slug, tenant.slug))
      .limit(1),
    db
      .select({ what: sql<string>`'admin email'`.as("what"), id: staff.id })
      .from(staff)
      .where(eq(staff.email, email))
      .limit(1),
  ] as const;
}

/** What of this tenant is already taken on this database (empty when it can be created). */
export async function tenantConflicts(db: Database, tenant: NewTenant): Promise<string[]> {
  const found = await Promise.all(tenantConflictReads(db, tenant));
  return found.flat().map((row) => `${row.what} (${row.id})`);
}

/** Creates the tenant on a database this process can reach (libSQL): the org, its admin and the audit row, in one batch. */
export async function createTenant(db: Database, signer: AuditSigner, plan: TenantPlan): Promise<void> {
  await commitWithAudit(db, signer, [plan.entry], () => plan.statements(db), tenantStream(plan.orgId));
}

/**
 * The same writes as statements for a database reached through wrangler (D1): the org is new, so its
 * stream starts at the genesis hash, and the audit row is signed here, with the deployment's key.
 */
export async function tenantStatements(db: Database, signer: AuditSigner, plan: TenantPlan): Promise<Statement[]> {
  const rows = await buildAuditRows([plan.entry], tenantStream(plan.orgId), { streamSeq: 0, hash: GENESIS_HASH }, signer);
  return [...plan.statements(db), ...rows.map((row) => db.insert(auditLog).values(row))];
}
