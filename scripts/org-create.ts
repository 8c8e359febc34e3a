// `npm run org:create`: a new tenant and its first admin, with no demo data, on any Tandem database.
//   npm run org:create -- --name "Acme Leasing" --sso-domain acme.com --admin jane@acme.com [--admin-name "Jane Doe"] [--slug acme]
//     (default) local D1 (--persist-to <dir>)   --remote [--env staging] deployed D1   --url <libsql>   (database-target.ts)
// The audit row that records it is signed with AUDIT_HMAC_KEY from the environment: the same value as
// the Worker's secret, so the deployment's verifier accepts it. Local D1 falls back to the dev key,
// as `npm start` does. The admin signs in through SSO from the org's domain and adds teams and staff.
import { parseArgs } from "node:util";
import { DEV_AUDIT_KEY, hmacSigner } from "../db/repositories/audit";
import { scriptBuilder, sqlScript } from "../db/repositories/sql-script";
import {
  createTenant,
  type NewTenant,
  planTenant,
  tenantConflictReads,
  tenantConflicts,
  tenantStatements,
} from "../db/repositories/tenants";
import { d1ExecuteScript, d1Query, databaseTarget, TARGET_OPTIONS } from "./support/database-target";
import { parseTenant } from "./support/tenant-input";

const { values } = parseArgs({
  options: {
    ...TARGET_OPTIONS,
    name: { type: "string" },
    "sso-domain": { type: "string" },
    admin: { type: "string" },
    "admin-name": { type: "string" },
    slug: { type: "string" },
  },
});

async function main(): Promise<void> {
  const tenant: NewTenant = parseTenant(values);
  const target = databaseTarget(values);
  const key = process.env.AUDIT_HMAC_KEY || (target.kind === "d1" && !target.remote ? DEV_AUDIT_KEY : null);
  if (!key)
    throw new Error(
      "Set AUDIT_HMAC_KEY to the deployment's key (the Worker secret of the same name): the org's audit row is signed with it",
    );
  const signer = await hmacSigner(key);
  const plan = planTenant(tenant, Date.now(), "npm run org:create");

  if (target.kind === "libsql") {
    const taken = await tenantConflicts(target.db, tenant);
    if (taken.length > 0) throw new Error(`Not created: already taken here: ${taken.join(", ")}`);
    await createTenant(target.db, signer, plan);
  } else {
    const taken = d1Query<{ what: string; id: string }>(target, sqlScript([...tenantConflictReads(scriptBuilder(), tenant)]));
    if (taken.length > 0)
      throw new Error(`Not created: already taken on ${target.describe}: ${taken.map((t) => `${t.what} (${t.id})`).join(", ")}`);
    d1ExecuteScript(target, sqlScript(await tenantStatements(scriptBuilder(), signer, plan)));
  }
  console.log(`Created org ${tenant.name} (${plan.orgId}) with admin ${tenant.admin.email} (${plan.adminId}), audit key ${signer.keyId}.`);
  console.log(`Staff of ${tenant.ssoDomain} sign in through SSO; ${tenant.admin.email} adds regions, teams and staff under Admin.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
