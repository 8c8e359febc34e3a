// One rep with the same account open in two tabs: ownership belongs to the person, so closing
// one tab changes nothing, and only closing the last one starts the grace period.
import { env, runInDurableObject } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LockState } from "../../../core/domain/lock";
import type { CustomerRoom } from "../../../party/customer-room";
import { call, ORIGIN, seedSmall, signIn } from "../support/http";
import { type Frame, joinRoom, type RoomClient } from "../support/room-client";

let ana: string;
let ben: string;
const open: RoomClient[] = [];

const GRACE_MS = 45_000; // README: "45 s of grace after the owner's socket closes"
const roomStub = (id: string) => env.CustomerRoom.get(env.CustomerRoom.idFromName(id));
const lockOf = (id: string): Promise<LockState> => runInDurableObject(roomStub(id), (room: CustomerRoom) => room.lockSnapshot());
const patchProfile = (cookie: string, id: string, body: unknown) =>
  call(`/api/customers/${id}/profile`, { method: "PATCH", body: JSON.stringify(body), cookie, headers: { Origin: ORIGIN } });
const lockNews = (frames: Frame[]) => frames.filter((f) => f.type === "lock-expiring" || f.type === "lock-released");
const anaTabs = (client: RoomClient) => client.viewers.find((v) => v.staffId === "stf_ana")?.connections ?? 0;

beforeAll(async () => {
  await seedSmall();
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

async function join(cookie: string, customerId: string, device?: string): Promise<RoomClient> {
  const { client } = await joinRoom(cookie, customerId, device);
  open.push(client);
  return client;
}

/** Ana opens the account in two tabs and takes ownership in the first; Ben watches. */
async function twoTabs(customerId: string) {
  const first = await join(ana, customerId, "desktop");
  const second = await join(ana, customerId, "phone");
  const watcher = await join(ben, customerId);
  const granted = await first.request({ type: "lock-request" }, ["lock-granted"]);
  // the grant is recorded (the account's fence moves) before the heartbeat's ack
  await first.request({ type: "heartbeat", active: true }, ["ack"]);
  await watcher.viewersWhere(() => anaTabs(watcher) === 2);
  return { first, second, watcher, token: granted.token as number };
}

/** Closes a tab and waits until the room has handled it: the watcher sees Ana with one tab fewer. */
async function closeTab(tab: RoomClient, watcher: RoomClient): Promise<void> {
  const before = anaTabs(watcher);
  tab.close();
  await watcher.viewersWhere(() => anaTabs(watcher) === before - 1);
}

describe("one rep, two tabs", () => {
  it("keeps ownership with the other tab, without a grace period, when the owning tab closes", async () => {
    const { first, second, watcher, token } = await twoTabs("cus_0014");
    const watched = watcher.frames.length;
    const seen = second.frames.length;
    await closeTab(first, watcher);

    // nobody was told the lock is ending, and it did not end
    expect(lockNews(watcher.frames.slice(watched))).toEqual([]);
    expect(lockNews(second.frames.slice(seen))).toEqual([]);
    const lock = await lockOf("cus_0014");
    expect(lock.owner?.staffId).toBe("stf_ana");
    expect(lock.token).toBe(token);
    expect(lock.graceUntil).toBeNull();

    // the remaining tab is the owner's: its heartbeat renews the lease, and a save with the token works
    const ack = await second.request({ type: "heartbeat", active: true }, ["ack"]);
    expect(ack.expiresAt).toBeTypeOf("number");
    const saved = await patchProfile(ana, "cus_0014", {
      lockToken: token,
      note: "Client asked for morning calls (second tab)",
      changes: { preferredContactTime: "Mornings" },
    });
    expect(saved.status).toBe(200);
    expect(lockNews(watcher.frames.slice(watched))).toEqual([]);
  });

  it("starts the grace period when the last tab closes, keeping owner and token until it ends", async () => {
    const { first, second, watcher, token } = await twoTabs("cus_0015");
    await closeTab(first, watcher);
    const watched = watcher.frames.length;
    const closedAt = Date.now();
    second.close();

    const expiring = await watcher.next((f) => f.type === "lock-expiring", { from: watched });
    expect(expiring).toMatchObject({ reason: "disconnected", owner: { staffId: "stf_ana" } });
    expect(expiring.at as number).toBeGreaterThanOrEqual(closedAt + GRACE_MS);
    expect(expiring.at as number).toBeLessThanOrEqual(Date.now() + GRACE_MS);
    const lock = await lockOf("cus_0015");
    expect(lock).toMatchObject({ owner: { staffId: "stf_ana" }, token, graceUntil: expiring.at });
    expect(watcher.frames.slice(watched).some((f) => f.type === "lock-released")).toBe(false);
  });

  it("keeps a disconnected owner's grace when someone else in the room signs out", async () => {
    const { first, second, watcher, token } = await twoTabs("cus_0016");
    await closeTab(first, watcher);
    const watched = watcher.frames.length;
    second.close();
    await watcher.next((f) => f.type === "lock-expiring", { from: watched });
    // Ben (the watcher) signs out: his socket closes; Ana's grace must run on, not end with his session.
    const signedOut = await call("/api/auth/sign-out", { method: "POST", cookie: ben, headers: { Origin: ORIGIN } });
    expect(signedOut.status).toBe(200);
    await watcher.waitClosed();
    const lock = await lockOf("cus_0016");
    expect(lock).toMatchObject({ owner: { staffId: "stf_ana" }, token });
    expect(lock.graceUntil).not.toBeNull();
    ben = await signIn("rep.ben@tandem.test");
  });
});
