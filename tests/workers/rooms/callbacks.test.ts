// Callbacks through the customer's room: scheduled while someone else owns the account (a callback is
// a task, not the account's data), worked only by the rep it belongs to or a lead, each with a note
// and an audit row, and heard live by the account's screens and the team's floor.
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { auditLog, callbacks, customers, notes } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { own, recordChanged } from "../support/ownership";
import { joinRoom, openRoom, type RoomClient } from "../support/room-client";

const HOUR = 3_600_000;
const db = () => createDatabase({ DB: env.DB });
let ana: string;
let ben: string;
let lead: string;
let east: string[] = [];

beforeAll(async () => {
  await seedSmall(60);
  [ana, ben, lead] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test"), signIn("lead.east@tandem.test")]);
  const rows = await db().select({ id: customers.id }).from(customers).where(eq(customers.teamId, "team_east")).orderBy(customers.id);
  // cus_0001 and the accounts other files use stay out of the way.
  east = rows.map((r) => r.id).filter((id) => id !== "cus_0001");
});

async function watchFloor(cookie: string, teamId: string): Promise<RoomClient> {
  const client = await openRoom(cookie, teamId, { party: "floor-room" });
  await client.nextOfType("floor-state", 0);
  return client;
}

const schedule = (cookie: string, customerId: string, body: Record<string, unknown>) =>
  post<{ callbackId: string; assignedTo: string; noteId: string; error?: { code: string } }>(
    `/api/customers/${customerId}/callbacks`,
    cookie,
    {
      dueAt: Date.now() + 2 * HOUR,
      note: "Client asked to call back this afternoon about the payment date",
      ...body,
    },
  );

async function auditRows(customerId: string, action: string) {
  return db()
    .select({ outcome: auditLog.outcome, actorId: auditLog.actorId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.stream, `cus:${customerId}`), eq(auditLog.action, action)));
}

describe("callbacks through the room", () => {
  it("lets a rep schedule one while another rep owns the account; the owner's screen and the team's floor hear it", async () => {
    const customer = east[0] ?? "";
    const owner = await own(ben, customer);
    const floor = await watchFloor(lead, "team_east");
    const from = owner.client.frames.length;
    const res = await schedule(ana, customer, { reason: "Move the payment date" });
    expect(res.status).toBe(201);
    expect(res.body.assignedTo).toBe("stf_ana");
    const id = res.body.callbackId;
    await owner.client.next(recordChanged("callback", id), { from });
    const item = await owner.client.next(
      (f) => f.type === "activity" && String((f.item as { summary: string }).summary).includes("Move the payment date"),
      {
        from,
      },
    );
    expect((item.item as { kind: string }).kind).toBe("communication");
    const heard = await floor.next((f) => f.type === "queue-changed" && f.customerId === customer);
    expect(heard.staffIds).toEqual(["stf_ana"]);

    const [note] = await db().select().from(notes).where(eq(notes.id, res.body.noteId));
    expect(note).toMatchObject({ category: "callback", action: "callback.schedule", authorId: "stf_ana" });
    expect((await auditRows(customer, "callback.schedule")).map((r) => r.outcome)).toEqual(["success"]);
    const profile = await get<{ callbacks: { id: string; assignedName: string | null; doneAt: number | null }[] }>(
      `/api/customers/${customer}`,
      ben,
    );
    expect(profile.body.callbacks.find((c) => c.id === id)).toMatchObject({ assignedName: "Ana Alvarez", doneAt: null });
    await owner.release();
    floor.close();
  });

  it("keeps a rep to their own callbacks: another rep may not complete, move or take one; a lead may", async () => {
    const customer = east[1] ?? "";
    const { callbackId } = (await schedule(ana, customer, {})).body;
    const complete = await post<{ error: { code: string } }>(`/api/customers/${customer}/callbacks/${callbackId}/complete`, ben, {
      note: "Called her back",
    });
    expect([complete.status, complete.body.error.code]).toEqual([403, "FORBIDDEN"]);
    const move = await post<{ error: { code: string } }>(`/api/customers/${customer}/callbacks/${callbackId}/reschedule`, ben, {
      dueAt: Date.now() + 3 * HOUR,
      note: "Later",
      assignedTo: "stf_ben",
    });
    expect(move.status).toBe(403);
    expect((await auditRows(customer, "callback.complete")).map((r) => [r.outcome, r.actorId])).toEqual([["denied", "stf_ben"]]);

    // The lead gives it to Ben; it moves from Ana's list to Ben's.
    const floor = await watchFloor(ana, "team_east");
    const dueAt = Date.now() + 4 * HOUR;
    const moved = await post<{ assignedTo: string; dueAt: number }>(`/api/customers/${customer}/callbacks/${callbackId}/reschedule`, lead, {
      dueAt,
      assignedTo: "stf_ben",
      note: "Ben knows this client; he takes the callback",
    });
    expect([moved.status, moved.body.assignedTo, moved.body.dueAt]).toEqual([200, "stf_ben", dueAt]);
    const heard = await floor.next((f) => f.type === "queue-changed" && f.customerId === customer);
    expect(new Set(heard.staffIds as string[])).toEqual(new Set(["stf_ana", "stf_ben"]));
    floor.close();

    // Now it is Ben's to complete, and Ana's no longer.
    const anaTries = await post(`/api/customers/${customer}/callbacks/${callbackId}/complete`, ana, { note: "Called" });
    expect(anaTries.status).toBe(403);
    const done = await post<{ noteId: string }>(`/api/customers/${customer}/callbacks/${callbackId}/complete`, ben, {
      note: "Called back: payment date moved to the 15th",
    });
    expect(done.status).toBe(200);
    const [row] = await db().select().from(callbacks).where(eq(callbacks.id, callbackId));
    expect(row).toMatchObject({ doneBy: "stf_ben", doneNoteId: done.body.noteId });
    const [outcome] = await db().select({ text: notes.text }).from(notes).where(eq(notes.id, done.body.noteId));
    expect(outcome?.text).toBe("Called back: payment date moved to the 15th");
    const again = await post<{ error: { code: string } }>(`/api/customers/${customer}/callbacks/${callbackId}/complete`, ben, {
      note: "Twice",
    });
    expect([again.status, again.body.error.code]).toEqual([409, "CONFLICT"]);
  });

  it("lets only a lead give a callback to someone else, and only to someone of the org who takes callbacks", async () => {
    const customer = east[2] ?? "";
    const byRep = await schedule(ana, customer, { assignedTo: "stf_ben" });
    expect([byRep.status, byRep.body.error?.code]).toEqual([403, "FORBIDDEN"]);
    const toCompliance = await schedule(lead, customer, { assignedTo: "stf_compliance" });
    expect([toCompliance.status, toCompliance.body.error?.code]).toEqual([400, "VALIDATION"]);
    const toOtherOrg = await schedule(lead, customer, { assignedTo: "stf_zoe" });
    expect([toOtherOrg.status, toOtherOrg.body.error?.code]).toEqual([404, "NOT_FOUND"]);
    const byLead = await schedule(lead, customer, { assignedTo: "stf_ben" });
    expect([byLead.status, byLead.body.assignedTo]).toEqual([201, "stf_ben"]);
    const people = await get<{ items: { id: string }[] }>("/api/callbacks/assignees", lead);
    const ids = people.body.items.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(["stf_ana", "stf_ben", "stf_finance"]));
    expect(ids).not.toContain("stf_compliance");
    expect(ids).not.toContain("stf_zoe");
  });

  it("refuses a callback without a note or in the past, and writes nothing but the refusal", async () => {
    const customer = east[3] ?? "";
    const before = await db().select({ id: callbacks.id }).from(callbacks).where(eq(callbacks.customerId, customer));
    const noNote = await schedule(ana, customer, { note: "  " });
    expect([noNote.status, noNote.body.error?.code]).toEqual([400, "NOTE_REQUIRED"]);
    const past = await schedule(ana, customer, { dueAt: Date.now() - HOUR });
    expect([past.status, past.body.error?.code]).toEqual([400, "VALIDATION"]);
    const after = await db().select({ id: callbacks.id }).from(callbacks).where(eq(callbacks.customerId, customer));
    expect(after).toEqual(before);
  });

  it("tells a rep's own screen on the account when the lead moves the callback", async () => {
    const customer = east[4] ?? "";
    const { callbackId } = (await schedule(ana, customer, {})).body;
    const { client } = await joinRoom(ana, customer);
    const from = client.frames.length;
    await post(`/api/customers/${customer}/callbacks/${callbackId}/reschedule`, lead, {
      dueAt: Date.now() + 5 * HOUR,
      note: "After her shift",
    });
    await client.next(recordChanged("callback", callbackId), { from });
    client.close();
  });
});
