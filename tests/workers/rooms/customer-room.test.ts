import * as v from "valibot";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ServerFrameSchema } from "../../../core/protocol/room";
import { call, postJson, seedSmall, signIn } from "../support/http";
import { connectRoom, type Frame, joinRoom, type RoomClient } from "../support/room-client";

let ana: string;
let ben: string;
let lead: string;
const open: RoomClient[] = [];

beforeAll(async () => {
  await seedSmall();
  [ana, ben, lead] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test"), signIn("lead.east@tandem.test")]);
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

async function join(cookie: string, customerId: string, device?: string) {
  const joined = await joinRoom(cookie, customerId, device);
  open.push(joined.client);
  return joined;
}

describe("joining a customer room", () => {
  it("answers room-state with owner, viewers, recent feed and server time", async () => {
    const { state } = await join(ana, "cus_0003");
    expect(state).toMatchObject({ type: "room-state", v: 1, customerId: "cus_0003", owner: null, lock: null, you: { staffId: "stf_ana" } });
    expect(state.serverTime).toBeTypeOf("number");
    expect(Array.isArray(state.feed)).toBe(true);
    expect((state.viewers as { staffId: string }[]).map((v) => v.staffId)).toContain("stf_ana");
  });

  it("shows a person with two tabs once and others join live", async () => {
    const { client: first } = await join(ana, "cus_0004");
    await join(ana, "cus_0004", "phone");
    await join(ben, "cus_0004");
    const viewers = await first.viewersWhere((list) => list.some((v) => v.staffId === "stf_ben"));
    expect(viewers.map((v) => v.staffId).sort()).toEqual(["stf_ana", "stf_ben"]);
    expect(viewers.find((v) => v.staffId === "stf_ana")?.connections).toBe(2);
  });

  it("refuses upgrades without a session, from a foreign origin, or for another org's customer", async () => {
    expect((await connectRoom(undefined, "cus_0001")).status).toBe(401);
    expect((await connectRoom(ana, "cus_0001", { origin: "https://evil.example" })).status).toBe(403);
    const zoe = await signIn("rep.zoe@harbor.test");
    const response = await connectRoom(zoe, "cus_0001");
    const ws = response.webSocket;
    if (!ws) throw new Error("expected an upgrade that the room then refuses");
    ws.accept();
    const closed = new Promise<number>((resolve) => ws.addEventListener("close", (e) => resolve(e.code)));
    expect(await closed).toBe(4404);
  });
});

describe("ownership", () => {
  it("grants the lock to exactly one of several racing reps and tells everyone", async () => {
    const clients = await Promise.all([join(ana, "cus_0005"), join(ben, "cus_0005"), join(lead, "cus_0005")]);
    const replies = await Promise.all(
      clients.map(({ client }) => client.request({ type: "lock-request" }, ["lock-granted", "lock-denied"])),
    );
    expect(replies.filter((r) => r.type === "lock-granted")).toHaveLength(1);
    expect(replies.filter((r) => r.type === "lock-denied").every((r) => r.code === "LOCK_HELD")).toBe(true);
    const winner = replies.find((r) => r.type === "lock-granted") as Frame;
    for (const { client } of clients) {
      const granted = await client.next((f) => f.type === "lock-granted" && f.token === winner.token);
      expect((granted.owner as { staffId: string }).staffId).toBe((winner.owner as { staffId: string }).staffId);
    }
  });

  it("releases to everyone, then someone else may take it with a higher token", async () => {
    const { client: a } = await join(ana, "cus_0006");
    const { client: b } = await join(ben, "cus_0006");
    const first = await a.request({ type: "lock-request" }, ["lock-granted"]);
    const from = b.frames.length;
    await a.request({ type: "lock-release" }, ["lock-released"]);
    const released = await b.next((f) => f.type === "lock-released", { from });
    expect(released).toMatchObject({ reason: "released", previous: { staffId: "stf_ana" } });
    const second = await b.request({ type: "lock-request" }, ["lock-granted"]);
    expect(second.token as number).toBeGreaterThan(first.token as number);
  });

  it("lets the owner accept a handoff and refuse another", async () => {
    const { client: a } = await join(ana, "cus_0007");
    const { client: b } = await join(ben, "cus_0007");
    await a.request({ type: "lock-request" }, ["lock-granted"]);
    const asked = a.nextOfType("handoff-requested");
    await b.request({ type: "handoff-request", message: "Client called me back" }, ["handoff-requested"]);
    const request = (await asked).request as { id: string; from: { staffId: string } };
    expect(request.from.staffId).toBe("stf_ben");
    const refusedAt = b.frames.length;
    await a.request({ type: "handoff-answer", requestId: request.id, accept: false }, ["handoff-answered"]);
    expect(await b.next((f) => f.type === "handoff-answered", { from: refusedAt })).toMatchObject({ outcome: "refused" });

    const askedAgain = a.nextOfType("handoff-requested");
    await b.request({ type: "handoff-request" }, ["handoff-requested"]);
    const second = (await askedAgain).request as { id: string };
    const grantedAt = b.frames.length;
    await a.request({ type: "handoff-answer", requestId: second.id, accept: true }, ["lock-granted", "handoff-answered"]);
    const granted = await b.next((f) => f.type === "lock-granted", { from: grantedAt });
    expect(granted).toMatchObject({ reason: "handoff", owner: { staffId: "stf_ben" } });
    expect(await b.next((f) => f.type === "handoff-answered" && f.outcome === "accepted", { from: grantedAt })).toMatchObject({
      requestId: second.id,
    });
    expect(await a.next((f) => f.type === "lock-released" && f.reason === "handed-off")).toBeTruthy();
  });

  it("lets a lead take over with a reason and tells the old owner at once", async () => {
    const { client: a } = await join(ana, "cus_0008");
    const { client: l } = await join(lead, "cus_0008");
    await a.request({ type: "lock-request" }, ["lock-granted"]);
    const noReason = await l.request({ type: "lock-takeover", reason: "  " }, ["error", "lock-denied"]);
    expect(noReason.code).toMatch(/VALIDATION|BAD_FRAME|NOTE_REQUIRED/);
    const from = a.frames.length;
    await l.request({ type: "lock-takeover", reason: "Escalated complaint, I'll handle it" }, ["lock-granted"]);
    const told = await a.next((f) => f.type === "lock-released", { from });
    expect(told).toMatchObject({ reason: "taken-over", by: { staffId: "stf_lead_east" }, note: "Escalated complaint, I'll handle it" });
  });

  it("renews the owner's lease on every heartbeat and says until when", async () => {
    const { client: a } = await join(ana, "cus_0013");
    const { client: b } = await join(ben, "cus_0013");
    const granted = await a.request({ type: "lock-request" }, ["lock-granted"]);
    const ack = await a.request({ type: "heartbeat", active: true }, ["ack"]);
    expect(ack.expiresAt as number).toBeGreaterThanOrEqual(granted.expiresAt as number);
    const other = await b.request({ type: "heartbeat", active: true }, ["ack"]);
    expect(other.expiresAt).toBeUndefined();
  });

  it("refuses a takeover from a rep", async () => {
    const { client: a } = await join(ana, "cus_0009");
    const { client: b } = await join(ben, "cus_0009");
    await a.request({ type: "lock-request" }, ["lock-granted"]);
    const refused = await b.request({ type: "lock-takeover", reason: "mine now" }, ["error"]);
    expect(refused.code).toBe("FORBIDDEN");
  });
});

describe("the mutation path", () => {
  it("adds a note without ownership and streams it to every viewer", async () => {
    const { client: b } = await join(ben, "cus_0010");
    const from = b.frames.length;
    const response = await postJson("/api/customers/cus_0010/notes", { text: "Client asked about delivery date", category: "order" }, ana);
    expect(response.status).toBe(201);
    const activity = await b.next((f) => f.type === "activity" && (f.item as { kind: string }).kind === "note", { from });
    expect(activity.item).toMatchObject({ summary: "Client asked about delivery date", actor: { staffId: "stf_ana" } });
  });

  it("refuses a note without text as NOTE_REQUIRED or VALIDATION and writes nothing", async () => {
    const response = await postJson("/api/customers/cus_0010/notes", { text: "   " }, ana);
    expect(response.status).toBe(400);
  });

  it("edits a profile field only for the owner with a current token", async () => {
    const { client: a } = await join(ana, "cus_0011");
    const { client: b } = await join(ben, "cus_0011");
    const patch = (cookie: string, body: unknown) =>
      call("/api/customers/cus_0011/profile", {
        method: "PATCH",
        body: JSON.stringify(body),
        cookie,
        headers: { Origin: "http://localhost" },
      });
    const withoutLock = await patch(ana, {
      lockToken: 1,
      note: "Client prefers evenings",
      changes: { preferredContactTime: "Evenings after 6" },
    });
    expect(withoutLock.status).toBe(409);
    expect(await withoutLock.json()).toMatchObject({ error: { code: "LOCK_NOT_HELD" } });
    const granted = await a.request({ type: "lock-request" }, ["lock-granted"]);
    const byOther = await patch(ben, { lockToken: granted.token, note: "x", changes: { preferredContactTime: "Mornings" } });
    expect(byOther.status).toBe(409);
    expect(await byOther.json()).toMatchObject({ error: { code: "LOCK_HELD" } });
    const noNote = await patch(ana, { lockToken: granted.token, changes: { preferredContactTime: "Mornings" } });
    expect(noNote.status).toBe(400);
    const from = b.frames.length;
    const ok = await patch(ana, {
      lockToken: granted.token,
      note: "Client prefers evenings",
      changes: { preferredContactTime: "Evenings after 6" },
    });
    expect(ok.status).toBe(200);
    const updated = await b.next((f) => f.type === "customer-updated", { from });
    expect(updated.customer).toMatchObject({ preferredContactTime: "Evenings after 6" });
    const profile = (await (await call("/api/customers/cus_0011", { cookie: ben })).json()) as {
      customer: { preferredContactTime: string };
    };
    expect(profile.customer.preferredContactTime).toBe("Evenings after 6");
    // Ben's screen applies the frame in place of a reload: it must pass the protocol's check and
    // be exactly the customer a reload would have brought.
    const checked = v.safeParse(ServerFrameSchema, updated);
    expect(checked.success).toBe(true);
    expect(checked.output).toMatchObject({ type: "customer-updated", customer: profile.customer });
  });

  it("closes a signed-out session's sockets", async () => {
    const cookie = await signIn("rep.ben@tandem.test");
    const { client } = await join(cookie, "cus_0012");
    await postJson("/api/auth/sign-out", {}, cookie);
    const closed = await client.waitClosed();
    expect(closed.code).toBe(4401);
    expect(client.frames.some((f) => f.type === "session-ended")).toBe(true);
  });
});
