// The promo lockout reset through the room: refused without ownership, without a note, with a
// stale token, and when nothing is locked; when it succeeds, one batch writes the lockout, the
// note and the audit row, and every open screen hears it.
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { auditLog, customerTags, notes, promoLockouts } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { lockOut } from "../support/loyalty";
import { own, staleOwnership } from "../support/ownership";
import { joinRoom } from "../support/room-client";

const db = () => createDatabase({ DB: env.DB });
const reset = (customer: string, cookie: string, body: Record<string, unknown>) =>
  post(`/api/customers/${customer}/promos/lockout/reset`, cookie, body);
const lockout = async (customer: string, cookie: string) =>
  (await get<{ lockout: { locked: boolean; resetBy: string | null; recentFailures: number } }>(`/api/customers/${customer}/promos`, cookie))
    .body.lockout;
const audits = (customer: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.customerId, customer), eq(auditLog.action, "promo.lockout_reset")));

let ana: string;
let ben: string;
beforeAll(async () => {
  await seedSmall();
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
});

describe("promo lockout reset", () => {
  it("is locked after five wrong codes, and the promo tab says so", async () => {
    await lockOut("cus_0003");
    expect(await lockout("cus_0003", ana)).toMatchObject({ locked: true });
  });

  it("is refused without ownership, without a note, and with a stale token; nothing but refusals is written", async () => {
    await lockOut("cus_0004");
    const ownership = await staleOwnership(ana, "cus_0004");
    expect(await reset("cus_0004", ben, { lockToken: ownership.token, note: "Ben tries" })).toMatchObject({
      status: 409,
      body: { error: { code: "LOCK_HELD" } },
    });
    expect(await reset("cus_0004", ana, { lockToken: ownership.token, note: "  " })).toMatchObject({
      status: 400,
      body: { error: { code: "NOTE_REQUIRED" } },
    });
    expect(await reset("cus_0004", ana, { lockToken: ownership.token })).toMatchObject({
      status: 400,
      body: { error: { code: "NOTE_REQUIRED" } },
    });
    expect(await reset("cus_0004", ana, { lockToken: ownership.stale, note: "Old tab" })).toMatchObject({
      status: 409,
      body: { error: { code: "LOCK_STALE" } },
    });
    expect(await lockout("cus_0004", ana)).toMatchObject({ locked: true });
    const rows = await audits("cus_0004");
    expect(rows.map((r) => r.outcome).sort()).toEqual(["denied", "denied"]);
    await ownership.release();
  });

  it("resets with ownership and a note: the lockout, the note and the audit row together, and every open screen hears it", async () => {
    await lockOut("cus_0005");
    const watcher = (await joinRoom(ben, "cus_0005")).client;
    const from = watcher.frames.length;
    const ownership = await own(ana, "cus_0005");
    const answer = await reset("cus_0005", ana, { lockToken: ownership.token, note: "Customer mistyped; verified and reset" });
    expect(answer).toMatchObject({ status: 200, body: { lockout: { locked: false, resetBy: "Ana Alvarez" } } });
    const heard = await watcher.next(
      (f) => f.type === "activity" && (f.item as { data?: { loyalty?: string } }).data?.loyalty === "promo-lockout",
      {
        from,
      },
    );
    expect(heard.item).toMatchObject({
      kind: "system",
      summary: "Ana Alvarez reset the promo code lockout",
      actor: { name: "Ana Alvarez" },
    });
    expect(await lockout("cus_0005", ben)).toMatchObject({ locked: false, resetBy: "Ana Alvarez" });
    const [row] = await db().select().from(promoLockouts).where(eq(promoLockouts.customerId, "cus_0005"));
    expect(row).toMatchObject({ resetById: "stf_ana", resetByName: "Ana Alvarez" });
    const noted = await db()
      .select()
      .from(notes)
      .where(and(eq(notes.customerId, "cus_0005"), eq(notes.action, "promo.lockout_reset")));
    expect(noted.map((n) => n.text)).toEqual(["Customer mistyped; verified and reset"]);
    expect((await audits("cus_0005")).map((r) => r.outcome)).toEqual(["success"]);
    // The automatic tag followed the facts.
    const tags = await db().select().from(customerTags).where(eq(customerTags.customerId, "cus_0005"));
    expect(tags.map((t) => t.tag)).not.toContain("promo-locked");
    watcher.close();
    await ownership.release();
  });

  it("refuses to reset a lockout that is not in force (CONFLICT), writing nothing but the refusal", async () => {
    const ownership = await own(ana, "cus_0006");
    const before = await db().select().from(notes).where(eq(notes.customerId, "cus_0006"));
    const answer = await reset("cus_0006", ana, { lockToken: ownership.token, note: "Just in case" });
    expect(answer).toMatchObject({ status: 409, body: { error: { code: "CONFLICT", details: { reason: "NOT_LOCKED" } } } });
    expect(await db().select().from(notes).where(eq(notes.customerId, "cus_0006"))).toHaveLength(before.length);
    expect((await audits("cus_0006")).map((r) => r.outcome)).toEqual(["failure"]);
    await ownership.release();
  });
});
