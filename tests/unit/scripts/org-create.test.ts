// `npm run org:create` as an operator runs it on a new libSQL database migrated with
// `npm run db:migrate:libsql`: one org and its first admin, nothing of the demo, the creation in the
// audit log signed with the deployment's key; a second run for the same domain changes nothing.
// Then the same on local D1 through wrangler (the path `--remote` takes).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../../../db/client";
import { DEV_AUDIT_KEY, hmacSigner } from "../../../db/repositories/audit";
import { verifyStoredAuditLog } from "../../../db/repositories/audit-chain";
import { orgBySsoDomain } from "../../../db/repositories/org";
import { findStaffByEmail } from "../../../db/repositories/staff";
import { BASE_TABLES_SQL, runScript } from "../support/run-script";

const KEY = "acme-production-audit-key-0123456789abcdef";
const ACME = [
  "--name",
  "Acme Leasing, Inc.",
  "--sso-domain",
  "acme.example",
  "--admin",
  "Jane.Doe@acme.example",
  "--admin-name",
  "Jane Doe",
];

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = await db.all<{ name: string }>(sql.raw(BASE_TABLES_SQL));
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await db.all<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM "${name}"`)))[0]?.n ?? -1;
  return counts;
}

const nonEmpty = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

describe("org:create on libSQL", () => {
  const url = `file:${join(mkdtempSync(join(tmpdir(), "tandem-org-")), "tandem.db")}`;
  let db: Database;

  beforeAll(async () => {
    const migrated = await runScript("scripts/migrate-libsql.ts", [], { LIBSQL_URL: url });
    expect(migrated.code, migrated.out).toBe(0);
    const created = await runScript("scripts/org-create.ts", [...ACME, "--url", url], { AUDIT_HMAC_KEY: KEY });
    expect(created.code, created.out).toBe(0);
    db = createDatabase({ LIBSQL_URL: url });
  }, 60_000);

  it("creates the org and its admin, and nothing else", async () => {
    expect(nonEmpty(await rowCounts(db))).toEqual({ orgs: 1, staff: 1, audit_log: 1 });
    const org = await db.all<Record<string, unknown>>(sql`SELECT name, slug, sso_domain FROM orgs`);
    expect(org).toEqual([{ name: "Acme Leasing, Inc.", slug: "acme-leasing-inc", sso_domain: "acme.example" }]);
  });

  it("lets the admin in through SSO from the org's domain", async () => {
    const org = await orgBySsoDomain(db, "acme.example");
    const admin = await findStaffByEmail(db, "jane.doe@acme.example");
    expect(admin).toMatchObject({
      orgId: org?.id,
      email: "jane.doe@acme.example",
      name: "Jane Doe",
      role: "admin",
      status: "active",
      teamId: null,
    });
  });

  it("records the creation in the audit log, signed with the deployment's key (not the dev key)", async () => {
    const [row] = await db.all<Record<string, unknown>>(sql`SELECT action, actor_id, target_id, org_id FROM audit_log`);
    const org = await orgBySsoDomain(db, "acme.example");
    expect(row).toEqual({ action: "org.create", actor_id: null, target_id: org?.id, org_id: org?.id });
    expect(await verifyStoredAuditLog(db, [await hmacSigner(KEY)])).toMatchObject({ ok: true, rows: 1 });
    expect((await verifyStoredAuditLog(db, [await hmacSigner(DEV_AUDIT_KEY)])).ok).toBe(false);
  });

  it("refuses a second org for the same domain or slug, and writes nothing", async () => {
    const before = await rowCounts(db);
    const sameDomain = await runScript(
      "scripts/org-create.ts",
      ["--name", "Acme Two", "--sso-domain", "acme.example", "--admin", "bob@acme.example", "--url", url],
      {
        AUDIT_HMAC_KEY: KEY,
      },
    );
    expect(sameDomain.code).toBe(1);
    expect(sameDomain.out).toContain("sso domain");
    const sameSlug = await runScript(
      "scripts/org-create.ts",
      ["--name", "Acme Leasing Inc", "--sso-domain", "acme2.example", "--admin", "bob@acme2.example", "--url", url],
      {
        AUDIT_HMAC_KEY: KEY,
      },
    );
    expect(sameSlug.code).toBe(1);
    expect(sameSlug.out).toContain("slug");
    expect(await rowCounts(db)).toEqual(before);
  }, 30_000);

  it("refuses to sign with no key on a deployment's database", async () => {
    const keyless = await runScript(
      "scripts/org-create.ts",
      ["--name", "Beta", "--sso-domain", "beta.example", "--admin", "a@beta.example", "--url", url],
      {
        AUDIT_HMAC_KEY: "",
      },
    );
    expect(keyless.code).toBe(1);
    expect(keyless.out).toContain("AUDIT_HMAC_KEY");
  }, 30_000);
});

describe("org:create on local D1 (through wrangler d1 execute, as --remote)", () => {
  it("creates the org and its admin with a verifiable audit row", { timeout: 120_000 }, async () => {
    const state = mkdtempSync(join(tmpdir(), "tandem-org-d1-"));
    const wrangler = join(process.cwd(), "node_modules", ".bin", "wrangler");
    const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" };
    execFileSync(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], { env, stdio: "ignore" });
    const created = await runScript("scripts/org-create.ts", [...ACME, "--persist-to", state], { AUDIT_HMAC_KEY: KEY });
    expect(created.code, created.out).toBe(0);
    const query =
      "SELECT o.slug, s.email, s.role, a.action, a.stream_seq FROM orgs o JOIN staff s ON s.org_id = o.id JOIN audit_log a ON a.org_id = o.id";
    const out = execFileSync(wrangler, ["d1", "execute", "DB", "--local", "--persist-to", state, "--command", query, "--json"], {
      env,
      encoding: "utf8",
    });
    expect(JSON.parse(out)[0].results).toEqual([
      { slug: "acme-leasing-inc", email: "jane.doe@acme.example", role: "admin", action: "org.create", stream_seq: 1 },
    ]);
    const verified = await runScript("scripts/audit-verify.ts", ["--persist-to", state], { AUDIT_HMAC_KEY: KEY });
    expect(verified.out).toContain("audit log intact: 1 row(s)");
  });
});
