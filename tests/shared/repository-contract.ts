// Repository behaviour that must hold on libSQL (unit layer) and on D1 (workers layer) alike.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { planSearch } from "../../core/domain/search";
import type { Database } from "../../db/client";
import { errorText, isFenceViolation } from "../../db/client";
import { commitWithAudit, GENESIS_HASH, hmacSigner, streamHead } from "../../db/repositories/audit";
import { verifyStoredAuditLog } from "../../db/repositories/audit-chain";
import { findCustomer, searchCustomers } from "../../db/repositories/customers";
import { fenceStatement } from "../../db/repositories/fence";
import { customers, notes } from "../../db/schema";
import { seedDatabase } from "../../db/seed/seed";

export const TEST_ANCHOR = Date.UTC(2026, 10, 2);

export function describeRepositoryContract(driver: string, open: () => Promise<Database>) {
  describe(`repositories on ${driver}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await open();
      await seedDatabase(db, { customers: 40, anchor: TEST_ANCHOR });
    });

    it("finds cus_0001 by its phone number in every format", async () => {
      for (const typed of ["(555) 010-2233", "+1 555 0102233", "5550102233", "555-010"]) {
        const { hits } = await searchCustomers(db, "org_northwind", planSearch(typed), { limit: 10, offset: 0 });
        expect(
          hits.map((h) => h.id),
          typed,
        ).toContain("cus_0001");
      }
    });

    it("finds customers by name prefix through FTS5 and keeps other orgs out", async () => {
      const { hits } = await searchCustomers(db, "org_northwind", planSearch("maya joh"), { limit: 10, offset: 0 });
      expect(hits[0]?.id).toBe("cus_0001");
      const harbor = await searchCustomers(db, "org_harbor", planSearch("maya joh"), { limit: 10, offset: 0 });
      expect(harbor.hits.map((h) => h.id)).not.toContain("cus_0001");
    });

    it("does not find another org's customer by id", async () => {
      expect(await findCustomer(db, "org_northwind", "cus_0001")).not.toBeNull();
      expect(await findCustomer(db, "org_harbor", "cus_0001")).toBeNull();
    });

    it("refuses a guarded batch whose lock epoch is stale and writes nothing", async () => {
      await db.update(customers).set({ lockEpoch: 7 }).where(eq(customers.id, "cus_0002"));
      const note = (id: string) =>
        db.insert(notes).values({
          id,
          orgId: "org_northwind",
          customerId: "cus_0002",
          authorId: "stf_ana",
          authorName: "Ana Alvarez",
          kind: "manual",
          action: "note.add",
          text: "fenced",
          immutable: false,
          createdAt: TEST_ANCHOR,
        });
      const stale = await db.batch([fenceStatement(db, "cus_0002", 6), note("not_stale")]).catch((error: unknown) => error);
      expect(isFenceViolation(stale)).toBe(true);
      expect(await db.select().from(notes).where(eq(notes.id, "not_stale"))).toHaveLength(0);
      await db.batch([fenceStatement(db, "cus_0002", 7), note("not_fresh")]);
      expect(await db.select().from(notes).where(eq(notes.id, "not_fresh"))).toHaveLength(1);
    });

    it("chains audit rows per stream, keyed, and refuses to rewrite them", async () => {
      const signer = await hmacSigner("contract-test-key");
      const before = await streamHead(db, "stf:stf_ana");
      expect(before).toEqual({ streamSeq: 0, hash: GENESIS_HASH });
      const entry = {
        orgId: "org_northwind",
        at: TEST_ANCHOR,
        actorId: "stf_ana",
        actorRole: "rep",
        action: "test.append",
        targetType: "customer",
        targetId: "cus_0001",
        customerId: "cus_0001",
        outcome: "success" as const,
        ip: null,
        userAgent: null,
      };
      const [first, second] = await commitWithAudit(db, signer, [entry, { ...entry, action: "test.second" }]);
      expect(first).toMatchObject({ stream: "stf:stf_ana", streamSeq: 1, prevHash: GENESIS_HASH });
      expect(second).toMatchObject({ stream: "stf:stf_ana", streamSeq: 2, prevHash: first?.hash });
      expect(await verifyStoredAuditLog(db, [signer])).toMatchObject({ ok: true, rows: 2 });
      const update = await db
        .run(sql`UPDATE audit_log SET action = 'forged' WHERE id = ${first?.id ?? ""}`)
        .catch((error: unknown) => error);
      expect(errorText(update)).toMatch(/append-only/);
      const remove = await db.run(sql`DELETE FROM audit_log`).catch((error: unknown) => error);
      expect(errorText(remove)).toMatch(/append-only/);
    });
  });
}
