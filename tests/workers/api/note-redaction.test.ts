// Free text staff type (notes, note edits, takeover reasons, handoff messages, attention reasons,
// shopper item notes) is stored, listed and broadcast with card numbers, SSNs and birth dates masked.
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { notes, orderItems } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, patch, post } from "../support/json";
import { db, intake, SOFA } from "../support/orders";
import { type Ownership, own } from "../support/ownership";
import { joinRoom, type RoomClient } from "../support/room-client";

const TYPED = "Client read card 4000.0566.5566.5556, SSN 123 45 6789, DOB 01/02/1980; promised $120 on 12/15/2099";
const STORED = "Client read card •••• 5556, SSN ***-**-6789, DOB ••/••/••••; promised $120 on 12/15/2099";

let ana: string;
let ben: string;
let lead: string;
const opened: RoomClient[] = [];
const held: Ownership[] = [];
beforeAll(async () => {
  await seedSmall();
  [ana, ben, lead] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test"), signIn("lead.east@tandem.test")]);
});
afterEach(async () => {
  for (const o of held.splice(0)) await o.release();
  for (const c of opened.splice(0)) c.close();
});

async function watch(cookie: string, customerId: string): Promise<RoomClient> {
  const { client } = await joinRoom(cookie, customerId);
  opened.push(client);
  return client;
}

describe("redaction on the way in", () => {
  it("masks a new note in the database, the notes list, the activity feed and the room's frame", async () => {
    const viewer = await watch(ben, "cus_0006");
    const from = viewer.frames.length;
    const added = await post<{ noteId: string }>("/api/customers/cus_0006/notes", ana, { text: TYPED });
    expect(added.status).toBe(201);
    const [row] = await db().select({ text: notes.text }).from(notes).where(eq(notes.id, added.body.noteId));
    expect(row?.text).toBe(STORED);
    const list = await get<{ items: { id: string; text: string }[] }>("/api/customers/cus_0006/notes?limit=50", ana);
    expect(list.body.items.find((n) => n.id === added.body.noteId)?.text).toBe(STORED);
    const feed = await get<{ items: { summary: string }[] }>("/api/customers/cus_0006/activity?kinds=note", ana);
    expect(feed.body.items.map((i) => i.summary)).toContain(STORED);
    const frame = await viewer.next((f) => f.type === "activity" && JSON.stringify(f).includes("promised $120"), { from });
    expect(JSON.stringify(frame)).toContain(STORED);
  });

  it("masks an edited note", async () => {
    const added = await post<{ noteId: string }>("/api/customers/cus_0007/notes", ana, { text: "Called the client" });
    const edited = await patch<{ edited: { text: string } }>(`/api/customers/cus_0007/notes/${added.body.noteId}`, ana, { text: TYPED });
    expect(edited.status).toBe(200);
    expect(edited.body.edited.text).toBe(STORED);
    const [row] = await db().select({ text: notes.text }).from(notes).where(eq(notes.id, added.body.noteId));
    expect(row?.text).toBe(STORED);
  });

  it("masks a takeover reason in the frames every viewer gets and in the takeover's note", async () => {
    const owner = await own(ana, "cus_0008");
    opened.push(owner.client);
    const leader = await watch(lead, "cus_0008");
    const from = owner.client.frames.length;
    const granted = await leader.request({ type: "lock-takeover", reason: TYPED }, ["lock-granted"]);
    expect(granted.note).toBe(STORED);
    expect((await owner.client.next((f) => f.type === "lock-released", { from })).note).toBe(STORED);
    const list = await get<{ items: { text: string; action: string }[] }>("/api/customers/cus_0008/notes?limit=50", lead);
    expect(list.body.items.find((n) => n.action === "lock.takeover")?.text).toBe(STORED);
    await leader.request({ type: "lock-release" }, ["lock-released"]);
  });

  it("masks a handoff request's message to the owner", async () => {
    const owner = await own(ana, "cus_0009");
    held.push(owner);
    const asker = await watch(ben, "cus_0009");
    const from = owner.client.frames.length;
    await asker.request({ type: "handoff-request", message: "Client gave me 4000 0566 5566 5556 on the phone" }, ["handoff-requested"]);
    const asked = await owner.client.next((f) => f.type === "handoff-requested", { from });
    expect(asked.message).toBe("Client gave me •••• 5556 on the phone");
  });

  it("masks an order's attention reason and a shopper item's notes", async () => {
    const owner = await own(ana, "cus_0010");
    held.push(owner);
    const { orderId } = await intake(ana, "cus_0010", owner.token, [{ ...SOFA, notes: "Pay with 4000-0566-5566-5556" }]);
    const [item] = await db().select({ notes: orderItems.notes }).from(orderItems).where(eq(orderItems.orderId, orderId));
    expect(item?.notes).toBe("Pay with •••• 5556");
    const flagged = await post(`/api/orders/${orderId}/attention`, ana, {
      lockToken: owner.token,
      note: "Vendor called",
      needsAttention: true,
      reason: "Vendor charged 4000 0566 5566 5556 twice",
    });
    expect(flagged.status).toBe(200);
    const view = await get<{ items: { id: string; attention: string }[] }>("/api/orders?view=needs-attention&customer=cus_0010", ana);
    expect(view.body.items.find((i) => i.id === orderId)?.attention).toBe("Vendor charged •••• 5556 twice");
  });
});
