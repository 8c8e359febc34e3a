// Notes (list, author-only edits within 15 minutes, revisions kept) and the audited PII reveal.
import { env } from "cloudflare:test";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { REVEALS_PER_MINUTE } from "../../../core/domain/pii";
import { createDatabase, errorText } from "../../../db/client";
import { auditLog, loans, noteRevisions, notes } from "../../../db/schema";
import { PII_MARKERS } from "../../../db/seed/fixtures";
import { seedSmall, signIn } from "../support/http";
import { get, patch, post } from "../support/json";
import { joinRoom } from "../support/room-client";

const db = () => createDatabase({ DB: env.DB });
interface NoteItem {
  id: string;
  text: string;
  kind: string;
  action: string;
  editable: boolean;
  revisions: number;
  author: { staffId: string } | null;
}

let ana: string;
let ben: string;
let lead: string;
beforeAll(async () => {
  await seedSmall();
  [ana, ben, lead] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test"), signIn("lead.east@tandem.test")]);
});

describe("notes", () => {
  it("lists notes with author, kind, editable flag and revision count, paged", async () => {
    const added = await post<{ noteId: string }>("/api/customers/cus_0002/notes", ana, { text: "Called about the lease" });
    expect(added.status).toBe(201);
    const mine = await get<{ items: NoteItem[]; nextOffset: number | null }>("/api/customers/cus_0002/notes?limit=50", ana);
    const note = mine.body.items.find((n) => n.id === added.body.noteId);
    expect(note).toMatchObject({ kind: "manual", editable: true, revisions: 0, author: { staffId: "stf_ana" } });
    const theirs = await get<{ items: NoteItem[] }>("/api/customers/cus_0002/notes?limit=50", ben);
    expect(theirs.body.items.find((n) => n.id === added.body.noteId)?.editable).toBe(false);
    const first = await get<{ items: NoteItem[]; nextOffset: number | null }>("/api/customers/cus_0002/notes?limit=1", ana);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextOffset).toBe(1);
    expect((await get("/api/customers/cus_0002/notes?limit=0", ana)).status).toBe(400);
  });

  it("lets the author edit within 15 minutes, keeps the old text as a revision and tells the room", async () => {
    const added = await post<{ noteId: string }>("/api/customers/cus_0002/notes", ana, { text: "Promised to pay Fridya" });
    const { client } = await joinRoom(ben, "cus_0002");
    const from = client.frames.length;
    const edited = await patch<{ edited: { id: string; text: string } }>(`/api/customers/cus_0002/notes/${added.body.noteId}`, ana, {
      text: "Promised to pay Friday",
    });
    expect(edited.status).toBe(200);
    expect(edited.body.edited).toMatchObject({ id: added.body.noteId, text: "Promised to pay Friday" });
    // The room tells every screen through the edit's feed item (which names the note); no other frame.
    const told = await client.next(
      (f) => f.type === "activity" && (f.item as { data?: { noteId?: string } }).data?.noteId === added.body.noteId,
      { from },
    );
    expect(told.item).toMatchObject({ kind: "system", summary: "Ana Alvarez edited a note" });
    expect(client.frames.slice(from).some((f) => f.type === "record-changed")).toBe(false);
    const revisions = await db().select().from(noteRevisions).where(eq(noteRevisions.noteId, added.body.noteId));
    expect(revisions.map((r) => r.text)).toEqual(["Promised to pay Fridya"]);
    const list = await get<{ items: NoteItem[] }>("/api/customers/cus_0002/notes?limit=50", ana);
    expect(list.body.items.find((n) => n.id === added.body.noteId)).toMatchObject({ text: "Promised to pay Friday", revisions: 1 });
    client.close();
  });

  it("refuses edits by others, of automatic notes, after the window, and without text", async () => {
    const added = await post<{ noteId: string }>("/api/customers/cus_0004/notes", ana, { text: "Original" });
    const byOther = await patch(`/api/customers/cus_0004/notes/${added.body.noteId}`, ben, { text: "Changed by Ben" });
    expect(byOther).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
    await get("/api/customers/cus_0004", ana); // writes the automatic "viewed" note
    const [viewed] = await db()
      .select()
      .from(notes)
      .where(and(eq(notes.customerId, "cus_0004"), eq(notes.action, "customer.view")));
    expect((await patch(`/api/customers/cus_0004/notes/${viewed?.id}`, ana, { text: "Never viewed" })).status).toBe(403);
    const old = { ...(await db().select().from(notes).where(eq(notes.id, added.body.noteId)))[0] } as typeof notes.$inferSelect;
    await db()
      .insert(notes)
      .values({ ...old, id: "not_old_manual", createdAt: Date.now() - 16 * 60_000 });
    expect(await patch("/api/customers/cus_0004/notes/not_old_manual", ana, { text: "Too late" })).toMatchObject({
      status: 409,
      body: { error: { code: "EDIT_WINDOW_CLOSED" } },
    });
    expect(await patch(`/api/customers/cus_0004/notes/${added.body.noteId}`, ana, { text: "  " })).toMatchObject({
      status: 400,
      body: { error: { code: "NOTE_REQUIRED" } },
    });
    const [still] = await db().select().from(notes).where(eq(notes.id, added.body.noteId));
    expect(still?.text).toBe("Original");
    const denied = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "note.edit"), eq(auditLog.outcome, "denied")));
    expect(denied.length).toBeGreaterThanOrEqual(3);
  });

  it("answers 404 for a note of another customer or org", async () => {
    const added = await post<{ noteId: string }>("/api/customers/cus_0005/notes", ana, { text: "Mine" });
    expect((await patch(`/api/customers/cus_0006/notes/${added.body.noteId}`, ana, { text: "x" })).status).toBe(404);
    const zoe = await signIn("rep.zoe@harbor.test");
    expect((await patch(`/api/customers/cus_0005/notes/${added.body.noteId}`, zoe, { text: "x" })).status).toBe(404);
    expect((await get("/api/customers/cus_0005/notes", zoe)).status).toBe(404);
  });

  it("keeps automatic notes immutable in the database itself", async () => {
    const failure = await db()
      .run(sql`UPDATE notes SET text = 'forged' WHERE kind = 'automatic'`)
      .catch((error: unknown) => error);
    expect(errorText(failure)).toMatch(/immutable/);
  });
});

describe("revealing PII", () => {
  it("gives a lead the full SSN, with a note and an audit row that hold no value", async () => {
    const { client } = await joinRoom(ana, "cus_0001");
    const from = client.frames.length;
    const answer = await post<{ field: string; value: string; noteId: string }>("/api/customers/cus_0001/reveal", lead, {
      field: "ssn",
      note: "Caller verified for a payoff letter",
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ field: "ssn", value: PII_MARKERS.ssn });
    const activity = await client.next((f) => f.type === "activity", { from });
    expect(JSON.stringify(activity)).not.toContain(PII_MARKERS.ssn);
    expect(JSON.stringify(activity)).toContain("revealed the SSN");
    const [note] = await db().select().from(notes).where(eq(notes.id, answer.body.noteId));
    expect(note).toMatchObject({ action: "pii.reveal", text: "Caller verified for a payoff letter", authorId: "stf_lead_east" });
    const rows = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "pii.reveal"), eq(auditLog.outcome, "success")));
    expect(rows.map((r) => JSON.parse(r.details).field)).toContain("ssn");
    // Not the time, the chain's hashes or the random ids (the row's, the note's): digits by chance
    // (an `at` of 1796199999540, an id aud_a2ccce5b7d9e4d999952 hold "9999").
    const written = rows.map(({ at: _at, prevHash: _prev, hash: _hash, id: _id, details, ...row }) => {
      const { noteId: _note, ...rest } = JSON.parse(details) as Record<string, unknown>;
      return { ...row, details: rest };
    });
    expect(JSON.stringify(written)).not.toContain(PII_MARKERS.ssn.slice(-4));
    client.close();
  });

  it("reveals a direct-deposit loan's disbursement account only with the loan named", async () => {
    // The seed gives cus_0001 a purchase loan, which has no disbursement account; a direct-deposit
    // loan with a known account goes beside it, so both the value and the refusal are exercised.
    const [purchase] = await db().select().from(loans).where(eq(loans.customerId, "cus_0001"));
    if (!purchase) throw new Error("cus_0001 has no loan");
    expect(purchase).toMatchObject({ kind: "purchase", disbursementAccount: null });
    const account = "000987654321";
    await db()
      .insert(loans)
      .values({ ...purchase, id: "loa_direct_0001", orderId: null, kind: "direct_deposit", disbursementAccount: account });
    const reveal = (recordId?: string) =>
      post<{ field: string; value: string }>("/api/customers/cus_0001/reveal", lead, {
        field: "disbursementAccount",
        note: "Checking payout",
        ...(recordId ? { recordId } : {}),
      });
    expect(await reveal()).toMatchObject({ status: 400, body: { error: { code: "VALIDATION" } } });
    expect(await reveal("loa_direct_0001")).toMatchObject({ status: 200, body: { field: "disbursementAccount", value: account } });
    expect(await reveal(purchase.id)).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
  });

  it("refuses roles that may not reveal, card numbers to anyone, and a missing note", async () => {
    const admin = await signIn("admin@tandem.test");
    const cases: [string, unknown, number, string][] = [
      [ana, { field: "ssn", note: "curious" }, 403, "FORBIDDEN"],
      [admin, { field: "cardOnFileNumber", note: "need it" }, 403, "FORBIDDEN"],
      [lead, { field: "email", note: "already full" }, 403, "FORBIDDEN"],
      [lead, { field: "ssn" }, 400, "NOTE_REQUIRED"],
      [lead, { field: "ssn", note: "" }, 400, "NOTE_REQUIRED"],
      [lead, { field: "password", note: "x" }, 400, "VALIDATION"],
    ];
    for (const [cookie, body, status, code] of cases) {
      const answer = await post("/api/customers/cus_0001/reveal", cookie, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body).toMatchObject({ error: { code } });
      expect(JSON.stringify(answer.body)).not.toContain(PII_MARKERS.cardNumber);
    }
    const zoeLead = await signIn("lead.harbor@harbor.test");
    expect((await post("/api/customers/cus_0001/reveal", zoeLead, { field: "ssn", note: "x" })).status).toBe(404);
  });

  it(`allows ${REVEALS_PER_MINUTE} reveals per person per minute, then 429`, async () => {
    const director = await signIn("director@tandem.test");
    for (let i = 0; i < REVEALS_PER_MINUTE; i++) {
      expect((await post("/api/customers/cus_0003/reveal", director, { field: "dateOfBirth", note: `check ${i}` })).status).toBe(200);
    }
    const over = await post("/api/customers/cus_0001/reveal", director, { field: "ssn", note: "one more" });
    expect(over).toMatchObject({ status: 429, body: { error: { code: "RATE_LIMITED" } } });
    const denied = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, "stf_director"), eq(auditLog.outcome, "denied")));
    expect(denied.map((r) => JSON.parse(r.details).code)).toContain("RATE_LIMITED");
  });
});
