// The merchant portal's demo people: the owner of mer_0001 (owner@merchant.test, who signs in without
// a code in dev mode), a staff member of mer_0001, and the owner of mer_0002 (owner@merchant2.test,
// for the isolation tests). Idempotent: a user already there is left alone.
import type { Database } from "../client";
import * as schema from "../schema";
import { runAll, type Statement } from "./rows";

export const PORTAL_USERS = [
  { id: "mus_0001_owner", merchantId: "mer_0001", email: "owner@merchant.test", name: "Dana Whitfield", role: "owner" },
  { id: "mus_0001_staff", merchantId: "mer_0001", email: "staff@merchant.test", name: "Luis Ortega", role: "staff" },
  { id: "mus_0002_owner", merchantId: "mer_0002", email: "owner@merchant2.test", name: "Grace Liu", role: "owner" },
] as const;

export async function seedMerchantUsers(db: Database, options: { orgId: string; createdAt: number }): Promise<void> {
  const statements: Statement[] = PORTAL_USERS.map((user) =>
    db
      .insert(schema.merchantUsers)
      .values({
        ...user,
        orgId: options.orgId,
        status: "active",
        invitedBy: null,
        lastSignInAt: null,
        createdAt: options.createdAt,
        updatedAt: options.createdAt,
      })
      .onConflictDoNothing(),
  );
  await runAll(db, statements);
}
