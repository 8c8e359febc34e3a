// The rooms' authorization matrix, for a customer's room, a merchant's and a ticket's: joining another org's
// room, and every client frame type from every role with the lock held by the sender, by someone
// else or by nobody. The expected replies come only from frames.ts and
// tests/shared/authorization-spec.ts, never from core/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_FRAME_TYPES } from "../../../core/protocol/room";
import { SPEC_ROLES, type SpecPermission, specAllows } from "../../shared/authorization-spec";
import { seedSmall } from "../support/http";
import { connectRoom, RoomClient } from "../support/room-client";
import { CUSTOMER_ROOM, FRAMES, MERCHANT_ROOM, type RoomPermissions, TICKET_ROOM } from "./frames";
import { LockRig, MERCHANT_RIVAL, OTHER_BASE, RIVAL, ROLE_USERS, Sessions } from "./rig";
import type { LockHolder } from "./route-spec";

const sessions = new Sessions();
let frameCases = 0;

beforeAll(async () => {
  await seedSmall();
});
afterAll(() => {
  console.log(`room frame matrix: ${CLIENT_FRAME_TYPES.length} frame types, ${frameCases} frame cases`);
});

interface RoomKind {
  name: string;
  party: string;
  read: SpecPermission;
  permissions: RoomPermissions;
  rival: string;
  foreign: string;
  account: (index: number) => string;
}

const KINDS: RoomKind[] = [
  {
    name: "customer",
    party: "customer-room",
    read: "customer.read",
    permissions: CUSTOMER_ROOM,
    rival: RIVAL,
    foreign: OTHER_BASE.customer,
    account: (index) => `cus_00${10 + index}`,
  },
  {
    name: "merchant",
    party: "merchant-room",
    read: "merchant.read",
    permissions: MERCHANT_ROOM,
    rival: MERCHANT_RIVAL,
    foreign: OTHER_BASE.merchant,
    account: (index) => `mer_00${20 + index}`,
  },
  {
    name: "ticket",
    party: "ticket-room",
    read: "ticket.read",
    permissions: TICKET_ROOM,
    rival: RIVAL,
    foreign: OTHER_BASE.ticket,
    // The seeded open tickets tkt_0010.. (one per role).
    account: (index) => `tkt_00${10 + index}`,
  },
];

describe.each(KINDS)("$name room frames", (kind) => {
  it("has an expectation for every client frame type of the room", () => {
    expect(
      CLIENT_FRAME_TYPES.filter((type) => !(type in FRAMES)),
      "add these to tests/workers/authorization/frames.ts",
    ).toEqual([]);
  });

  it("refuses to join another org's room, for every role", async () => {
    for (const role of SPEC_ROLES) {
      const response = await connectRoom(await sessions.cookie(ROLE_USERS[role]), kind.foreign, { party: kind.party });
      const ws = response.webSocket;
      if (!ws) throw new Error(`${role}: no upgrade (${response.status})`);
      ws.accept();
      const client = new RoomClient(ws);
      expect(await client.waitClosed(), role).toMatchObject({ code: 4404 });
      expect(
        client.frames.map((f) => [f.type, f.code]),
        role,
      ).toEqual([["error", "NOT_FOUND"]]);
      frameCases++;
    }
  });

  it.each(SPEC_ROLES.map((role, index) => [role, index] as const))(
    "answers every frame type from a %s as the spec says",
    async (role, index) => {
      const cookie = await sessions.cookie(ROLE_USERS[role]);
      const account = kind.account(index);
      if (!specAllows(role, kind.read)) {
        const response = await connectRoom(cookie, account, { party: kind.party });
        response.webSocket?.accept();
        const client = new RoomClient(response.webSocket as WebSocket);
        expect(await client.waitClosed()).toMatchObject({ code: 4404 });
        frameCases += CLIENT_FRAME_TYPES.length;
        return;
      }
      const rig = await LockRig.open(account, cookie, await sessions.cookie(kind.rival), kind.party);
      const self = rig.selfClient as RoomClient;
      const failures: string[] = [];
      for (const type of CLIENT_FRAME_TYPES) {
        const expectation = FRAMES[type];
        if (!expectation) continue;
        const holders: LockHolder[] = specAllows(role, kind.permissions.acquire) ? ["nobody", "self", "other"] : ["nobody", "other"];
        for (const holder of holders) {
          await rig.hold(holder);
          const want = expectation.outcome(role, holder, kind.permissions);
          const reqId = crypto.randomUUID();
          const from = self.frames.length;
          self.send({ ...expectation.frame, reqId });
          frameCases++;
          try {
            const reply = await self.next((f) => f.reqId === reqId && f.type === want.reply, { from, timeoutMs: 3_000 });
            if (want.code && reply.code !== want.code)
              failures.push(`${type} · lock ${holder}: code ${String(reply.code)}, expected ${want.code}`);
            const wrong = self.frames
              .slice(from)
              .find((f) => f.reqId === reqId && (f.type === "error" || f.type === "lock-denied") && f.type !== want.reply);
            if (wrong) failures.push(`${type} · lock ${holder}: also got ${JSON.stringify(wrong)}`);
          } catch {
            const got = self.frames.slice(from).filter((f) => f.reqId === reqId);
            failures.push(
              `${type} · lock ${holder}: expected ${want.reply}${want.code ? ` ${want.code}` : ""}, got ${JSON.stringify(got)}`,
            );
          }
        }
      }
      await rig.hold("nobody");
      rig.close();
      expect(failures).toEqual([]);
    },
  );
});
