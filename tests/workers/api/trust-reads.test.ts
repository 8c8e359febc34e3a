// What a caller may learn and what it leaves behind: search is no oracle for masked numbers and is
// on record; every read of an account is a visit; refused reads are audited; the reveal quota holds
// across rooms; bodies over the limit are refused whole; another site cannot prime a rep's page.
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { PRIMED_ANSWERS_ID } from "../../../core/protocol/page";
import { createDatabase } from "../../../db/client";
import { auditLog, notes } from "../../../db/schema";
import { call, postJson, seedSmall, signIn } from "../support/http";
import { joinRoom } from "../support/room-client";

const db = () => createDatabase({ DB: env.DB });
let finance: string;
let ana: string;
let ben: string;
let director: string;

beforeAll(async () => {
  await seedSmall(40);
  [finance, ana, ben, director] = await Promise.all([
    signIn("finance@tandem.test"),
    signIn("rep.ana@tandem.test"),
    signIn("rep.ben@tandem.test"),
    signIn("director@tandem.test"),
  ]);
});

const ids = async (q: string, cookie: string) => {
  const response = await call(`/api/customers?q=${encodeURIComponent(q)}`, { cookie });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { items: { id: string }[]; needsExact?: string };
  return { ids: body.items.map((i) => i.id), needsExact: body.needsExact };
};

describe("search", () => {
  // cus_0001 is Maya Johnson, (555) 010-2233, maya.johnson@example.com (the seed's fixed markers).
  it("finds a customer by a phone prefix only for roles that see phone numbers in full", async () => {
    expect((await ids("555 010", ana)).ids).toContain("cus_0001");
    // Finance sees phones masked (•••-•••-2233): a prefix would reveal the hidden digits one by one.
    expect(await ids("555 010", finance)).toEqual({ ids: [], needsExact: "phone" });
    expect(await ids("555010223", finance)).toEqual({ ids: [], needsExact: "phone" });
    expect((await ids("(555) 010-2233", finance)).ids).toEqual(["cus_0001"]);
    expect((await ids("(555) 010-2234", finance)).ids).not.toContain("cus_0001");
  });

  it("matches an email only whole for roles that see it masked", async () => {
    expect(await ids("maya.johnson@", finance)).toEqual({ ids: [], needsExact: "email" });
    expect((await ids("maya.johnson@", ana)).ids).toContain("cus_0001");
  });

  it("records every search with its kind and result count, never the text typed", async () => {
    await ids("(555) 010-2233", director);
    const rows = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, "stf_director"), eq(auditLog.action, "customer.search")));
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.details ?? "{}")).toMatchObject({ kind: "phone", results: 1 });
    expect(rows[0]?.details).not.toContain("2233");
  });

  it("refuses a person's searches past the per-minute limit (429), others unaffected", async () => {
    const sam = await signIn("senior.sam@tandem.test");
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await call(`/api/customers?q=Maya`, { cookie: sam })).status);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    expect((await call(`/api/customers?q=Maya`, { cookie: ben })).status).toBe(200);
  });
});

describe("every read of an account is a visit", () => {
  const viewed = (staffId: string, customerId: string) =>
    db()
      .select()
      .from(notes)
      .where(and(eq(notes.authorId, staffId), eq(notes.customerId, customerId), eq(notes.action, "customer.view")));

  it.each([
    ["notes", "/notes", "cus_0011"],
    ["activity", "/activity", "cus_0012"],
    ["orders", "/orders", "cus_0013"],
    ["leases", "/leases", "cus_0014"],
    ["loans", "/loans", "cus_0015"],
  ])("reading only the %s writes the viewed note, once per window", async (_what, path, id) => {
    expect(await viewed("stf_ben", id)).toEqual([]);
    expect((await call(`/api/customers/${id}${path}`, { cookie: ben })).status).toBe(200);
    expect((await call(`/api/customers/${id}${path}`, { cookie: ben })).status).toBe(200);
    expect(await viewed("stf_ben", id)).toHaveLength(1);
  });

  it("joining the room (which shows the feed with its notes) is a visit too", async () => {
    expect(await viewed("stf_ben", "cus_0016")).toEqual([]);
    const { client } = await joinRoom(ben, "cus_0016");
    expect(await viewed("stf_ben", "cus_0016")).toHaveLength(1);
    client.close();
  });

  it("audits a read refused because the account is another org's", async () => {
    const response = await call("/api/customers/cus_9001/notes", { cookie: ben });
    expect(response.status).toBe(404);
    const refusals = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, "stf_ben"), eq(auditLog.outcome, "denied"), eq(auditLog.targetId, "cus_9001")));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ targetType: "customer", action: "GET /api/customers/:id/notes" });
  });
});

describe("the reveal quota", () => {
  it("holds across rooms: 12 reveals fired at 12 customers at once, exactly 5 succeed", async () => {
    const lead = await signIn("lead.east@tandem.test");
    const customersToReveal = Array.from({ length: 12 }, (_, i) => `cus_${String(20 + i).padStart(4, "0")}`);
    const answers = await Promise.all(
      customersToReveal.map((id) =>
        postJson(`/api/customers/${id}/reveal`, { field: "dateOfBirth", note: "Verifying identity for a payoff" }, lead),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    const granted = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, "stf_lead_east"), eq(auditLog.action, "pii.reveal"), eq(auditLog.outcome, "success")));
    expect(granted).toHaveLength(5);
  });
});

describe("limits", () => {
  it("refuses a body over 64 KB with 413 and writes nothing, the public signing route included", async () => {
    const big = "x".repeat(70 * 1024);
    const note = await postJson("/api/customers/cus_0002/notes", { text: big }, ana);
    expect(note.status).toBe(413);
    expect(await note.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    const sign = await postJson(`/api/public/agreements/${"a".repeat(43)}/sign`, { typedName: big, consent: true, code: "123456" });
    expect(sign.status).toBe(413);
    expect(await db().select().from(notes).where(eq(notes.text, big))).toEqual([]);
  });

  it("primes no page for a navigation another site started, and writes no visit for it", async () => {
    const page = await call("/customers/cus_0017", {
      cookie: ben,
      headers: { "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "cross-site", Accept: "text/html" },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain(PRIMED_ANSWERS_ID);
    const visits = await db()
      .select()
      .from(notes)
      .where(and(eq(notes.authorId, "stf_ben"), eq(notes.customerId, "cus_0017")));
    expect(visits).toEqual([]);
  });
});
