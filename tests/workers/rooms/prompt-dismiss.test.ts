import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { auditLog, notes } from "../../../db/schema";
import { call, postJson, seedSmall, signIn } from "../support/http";
import { joinRoom, type RoomClient } from "../support/room-client";

let ana: string;
let ben: string;
const open: RoomClient[] = [];
const db = () => createDatabase({ DB: env.DB });

beforeAll(async () => {
  await seedSmall();
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

const dismiss = (customerId: string, promptId: string, body: unknown, cookie = ana) =>
  postJson(`/api/customers/${customerId}/prompts/${promptId}/dismiss`, body, cookie);

async function dismissalNotes(customerId: string) {
  return db()
    .select()
    .from(notes)
    .where(and(eq(notes.customerId, customerId), eq(notes.action, "prompt.dismiss")));
}

describe("prompt.dismiss", () => {
  it("records the reason as the rep's note without ownership, and tells every viewer", async () => {
    const { client: b } = await joinRoom(ben, "cus_0001");
    open.push(b);
    const from = b.frames.length;
    const response = await dismiss("cus_0001", "identity-unverified", { reason: "Verified by callback to number on file" });
    expect(response.status).toBe(201);
    expect(await b.next((f) => f.type === "record-changed" && f.record === "prompt", { from })).toMatchObject({
      id: "identity-unverified",
    });
    const activity = await b.next((f) => f.type === "activity" && (f.item as { kind: string }).kind === "system", { from });
    expect(activity.item).toMatchObject({ summary: expect.stringContaining("Prompt dismissed"), actor: { staffId: "stf_ana" } });

    const [note] = await dismissalNotes("cus_0001");
    expect(note).toMatchObject({ authorId: "stf_ana", category: "compliance", kind: "manual" });
    expect(note?.text).toContain("Verified by callback to number on file");
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "prompt.dismiss"), eq(auditLog.customerId, "cus_0001"), eq(auditLog.outcome, "success")));
    expect(audit).toMatchObject({ actorId: "stf_ana", targetId: "cus_0001" });
    expect(JSON.parse(audit?.details ?? "{}")).toMatchObject({ targetType: "prompt", targetId: "identity-unverified" });
  });

  it("lists the dismissal on the profile so every screen hides the prompt", async () => {
    await dismiss("cus_0002", "loan-disclosures", { reason: "Disclosures read at the start of the call" });
    const profile = (await (await call("/api/customers/cus_0002", { cookie: ben })).json()) as {
      dismissals: { promptId: string; at: number }[];
    };
    expect(profile.dismissals.map((d) => d.promptId)).toContain("loan-disclosures");
  });

  it("refuses a dismissal without a reason and writes nothing", async () => {
    for (const body of [{}, { reason: "   " }]) {
      const response = await dismiss("cus_0003", "payment-past-due", body);
      expect(response.status).toBe(400);
    }
    expect(await dismissalNotes("cus_0003")).toEqual([]);
  });

  it("refuses an unknown prompt and another org's customer", async () => {
    expect((await dismiss("cus_0003", "free-money", { reason: "x" })).status).toBe(400);
    const zoe = await signIn("rep.zoe@harbor.test");
    expect((await dismiss("cus_0003", "payment-past-due", { reason: "x" }, zoe)).status).toBe(404);
  });

  it("refuses a role that may not dismiss prompts, and audits the refusal", async () => {
    const compliance = await signIn("compliance@tandem.test");
    const response = await dismiss("cus_0004", "payment-past-due", { reason: "Not my call" }, compliance);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    expect(await dismissalNotes("cus_0004")).toEqual([]);
    const denied = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "prompt.dismiss"), eq(auditLog.customerId, "cus_0004"), eq(auditLog.outcome, "denied")));
    expect(denied).toHaveLength(1);
  });
});
