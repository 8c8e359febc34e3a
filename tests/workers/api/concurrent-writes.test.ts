// Writes on different accounts never contend: a floor's worth of reps noting at the same moment all
// succeed, each note and its audit row exist once, and the audit log still verifies.
import { env } from "cloudflare:test";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { DEV_AUDIT_KEY, hmacSigner } from "../../../db/repositories/audit";
import { verifyStoredAuditLog } from "../../../db/repositories/audit-chain";
import { auditLog, notes } from "../../../db/schema";
import { postJson, seedSmall, signIn } from "../support/http";

const CUSTOMERS = 100;
const ids = Array.from({ length: CUSTOMERS }, (_, i) => `cus_${String(i + 1).padStart(4, "0")}`);
let cookies: string[];

beforeAll(async () => {
  await seedSmall(CUSTOMERS + 10);
  cookies = await Promise.all(
    ["rep.ana@tandem.test", "rep.ben@tandem.test", "senior.sam@tandem.test", "lead.east@tandem.test"].map(signIn),
  );
});

describe("notes at the same moment", () => {
  it("100 notes on 100 customers at once all succeed, once each, and the log verifies", async () => {
    const db = createDatabase({ DB: env.DB });
    const before = (await db.select({ seq: auditLog.seq }).from(auditLog)).length;
    const texts = ids.map((id, i) => `Called ${id} about the payment, attempt ${i}`);
    const responses = await Promise.all(
      ids.map((id, i) => postJson(`/api/customers/${id}/notes`, { text: texts[i] }, cookies[i % cookies.length])),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    const stored = await db.select().from(notes).where(inArray(notes.text, texts));
    expect(stored).toHaveLength(CUSTOMERS);
    const noteAudits = await db.select().from(auditLog).where(eq(auditLog.action, "note.add"));
    expect(noteAudits.filter((r) => ids.includes(r.customerId ?? ""))).toHaveLength(CUSTOMERS);
    // Each customer's note landed in that customer's own stream.
    for (const row of noteAudits) expect(row.stream).toBe(`cus:${row.customerId}`);
    expect((await db.select({ seq: auditLog.seq }).from(auditLog)).length).toBeGreaterThanOrEqual(before + CUSTOMERS);
    expect(await verifyStoredAuditLog(db, [await hmacSigner(DEV_AUDIT_KEY)])).toMatchObject({ ok: true, problems: [] });
  });
});
