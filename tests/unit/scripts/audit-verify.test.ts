// `npm run audit:verify -- --url <libsql>` as an operator runs it: exit code and the named row.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { migrateLibsql } from "../../../db/migrate";
import { commitWithAudit, DEV_AUDIT_KEY, hmacSigner } from "../../../db/repositories/audit";

const run = promisify(execFile);

async function verify(url: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/audit-verify.ts", "--url", url]);
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

describe("npm run audit:verify", () => {
  it("passes an intact log and exits 1 naming the edited row", { timeout: 60_000 }, async () => {
    const url = `file:${join(mkdtempSync(join(tmpdir(), "tandem-verify-")), "audit.db")}`;
    const db = createDatabase({ LIBSQL_URL: url });
    await migrateLibsql(db);
    const entry = {
      orgId: "org_northwind",
      at: 1_800_000_000_000,
      actorId: "stf_ana",
      actorRole: "rep",
      action: "note.add",
      targetType: "customer",
      targetId: "cus_0001",
      customerId: "cus_0001",
      outcome: "success" as const,
      ip: null,
      userAgent: null,
    };
    // Signed with the dev key, which the command always tries (AUDIT_HMAC_KEY adds a deployment's key).
    await commitWithAudit(db, await hmacSigner(DEV_AUDIT_KEY), [entry, entry, entry, entry, entry]);

    const intact = await verify(url);
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.out).toContain("audit log intact: 5 row(s) in 1 stream(s), 0 checkpoint(s) verified");

    await db.run(sql`DROP TRIGGER audit_log_no_update`);
    await db.run(sql`UPDATE audit_log SET action = 'note.delete' WHERE seq = 3`);
    const broken = await verify(url);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain("edited: stream stf:stf_ana row 3 (seq 3) does not match its hash: it was edited");
  });
});
