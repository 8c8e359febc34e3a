// The authorization matrix: every route the app serves and every frame a room accepts, for every
// role, against the caller's own org and another org, and (where it matters) with the lock held
// by the caller, by someone else or by nobody. Generated from the app itself: an endpoint or
// frame type without an expectation fails here. IDOR: another org's ids never succeed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can } from "../../../core/domain/permissions";
import { ROLES, type Role } from "../../../core/domain/roles";
import { CLIENT_FRAME_TYPES } from "../../../core/protocol/room";
import { createApp } from "../../../worker/app";
import { call, ORIGIN, seedSmall, signIn } from "../support/http";
import { connectRoom, RoomClient } from "../support/room-client";
import { FRAMES } from "./frames";
import { anyNoteOf, FOREIGN_MARKERS, LockRig, OTHER_BASE, OWN, RIVAL, ROLE_USERS, Sessions } from "./rig";
import { ERROR_CODE_FOR, expectedStatus, type Ids, isEndpoint, type LockHolder, ROUTES } from "./routes";

const app = createApp();
const endpoints = [...new Set(app.routes.filter((r) => isEndpoint(r.method, r.path)).map((r) => `${r.method} ${r.path}`))];
const sessions = new Sessions();
let otherIds: Ids;
let counter = 0;
const tally = { requests: 0, frames: 0 };

beforeAll(async () => {
  await seedSmall();
  otherIds = { ...OTHER_BASE, note: await anyNoteOf(OTHER_BASE.customer) };
});
afterAll(() => {
  console.log(
    `authorization matrix: ${endpoints.length} endpoints, ${tally.requests} HTTP cases; ${CLIENT_FRAME_TYPES.length} frame types, ${tally.frames} frame cases`,
  );
});

describe("coverage", () => {
  it("has an expectation for every endpoint the app serves, and none for endpoints it lost", () => {
    expect(
      endpoints.filter((key) => !(key in ROUTES)),
      "add these to tests/workers/authorization/routes.ts",
    ).toEqual([]);
    expect(Object.keys(ROUTES).filter((key) => !endpoints.includes(key))).toEqual([]);
  });

  it("has an expectation for every client frame type of the customer room", () => {
    expect(
      CLIENT_FRAME_TYPES.filter((type) => !(type in FRAMES)),
      "add these to tests/workers/authorization/frames.ts",
    ).toEqual([]);
  });
});

/** A note the role wrote just now on the own-org customer (or any, when it may not write one). */
async function ownNote(role: Role, cookie: string): Promise<string> {
  if (!can(role, "customer.read") || !can(role, "customer.note")) return anyNoteOf(OWN.customer);
  const response = await call(`/api/customers/${OWN.customer}/notes`, {
    method: "POST",
    cookie,
    headers: { Origin: ORIGIN },
    body: JSON.stringify({ text: "to be edited" }),
  });
  const body = (await response.json()) as { noteId: string };
  return body.noteId;
}

describe.each(Object.keys(ROUTES))("%s", (key) => {
  const expectation = ROUTES[key];
  if (!expectation) throw new Error(key);
  const method = key.split(" ")[0] ?? "GET";

  it("answers every role, org and lock holder as the matrix says", async () => {
    const failures: string[] = [];
    const run = async (
      role: Role | null,
      org: "own" | "other",
      lock: LockHolder,
      ids: Ids,
      lockToken: number,
      cookieOverride?: string,
      made?: Record<string, string>,
    ) => {
      const email = role ? ROLE_USERS[role] : ROLE_USERS.rep;
      let cookie = cookieOverride ?? (role ? await sessions.cookie(email) : undefined);
      if (role && expectation.session === "ends-one") cookie = await signIn(email);
      const { path, body } = expectation.request({
        role: role ?? "rep",
        org,
        ids,
        lockToken,
        unique: `${Date.now()}${counter++}`,
        email,
        made,
      });
      const response = await call(path, {
        method,
        cookie,
        redirect: "manual",
        headers: { Origin: ORIGIN },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      tally.requests++;
      if (role && expectation.session === "ends-all") sessions.forget(email);
      const text = await response.text();
      const want = expectedStatus(expectation, { role, org, lock }, can);
      const label = `${role ?? "no session"} · ${org} org · lock ${lock}`;
      if (response.status !== want) failures.push(`${label}: expected ${want}, got ${response.status} ${text.slice(0, 160)}`);
      const codes = ERROR_CODE_FOR[want];
      if (codes && response.status === want && !codes.some((code) => text.includes(`"code":"${code}"`)))
        failures.push(`${label}: error code not one of ${codes}: ${text.slice(0, 160)}`);
      if (want === 302 && !(response.headers.get("Location") ?? "").startsWith("/sign-in"))
        failures.push(`${label}: redirected to ${response.headers.get("Location")}`);
      if (!expectation.crossOrgByDesign)
        for (const marker of FOREIGN_MARKERS) if (text.includes(marker)) failures.push(`${label}: answer mentions ${marker}`);
    };

    await run(null, "own", "nobody", { ...OWN, note: await anyNoteOf(OWN.customer) }, 1);
    for (const [index, role] of ROLES.entries()) {
      const cookie = await sessions.cookie(ROLE_USERS[role]);
      const ids: Ids = { ...OWN, note: key.includes(":noteId") ? await ownNote(role, cookie) : "" };
      if (expectation.ownership) {
        // Each role gets its own account, so lock states never leak between roles.
        const customer = `cus_00${20 + index}`;
        const rig = await LockRig.open(customer, can(role, "customer.read") ? cookie : null, await sessions.cookie(RIVAL));
        const holders: LockHolder[] = can(role, "lock.acquire") ? ["nobody", "other", "self"] : ["nobody", "other"];
        let made: Record<string, string> | undefined;
        if (expectation.prepare) {
          await rig.hold("other");
          made = await expectation.prepare({ customer, cookie: await sessions.cookie(RIVAL), lockToken: rig.currentToken });
        }
        for (const holder of holders) {
          await rig.hold(holder);
          await run(role, "own", holder, { ...ids, customer }, Math.max(1, rig.currentToken), undefined, made);
        }
        await rig.hold("nobody");
        rig.close();
      } else {
        await run(role, "own", "nobody", ids, 1);
      }
      await run(role, "other", "nobody", otherIds, 1);
    }
    expect(failures).toEqual([]);
  });
});

describe("customer room frames", () => {
  it("refuses to join another org's room, for every role", async () => {
    for (const role of ROLES) {
      const response = await connectRoom(await sessions.cookie(ROLE_USERS[role]), OTHER_BASE.customer);
      const ws = response.webSocket;
      if (!ws) throw new Error(`${role}: no upgrade (${response.status})`);
      ws.accept();
      const client = new RoomClient(ws);
      expect(await client.waitClosed(), role).toMatchObject({ code: 4404 });
      expect(
        client.frames.map((f) => [f.type, f.code]),
        role,
      ).toEqual([["error", "NOT_FOUND"]]);
      tally.frames++;
    }
  });

  it.each(ROLES.map((role, index) => [role, index] as const))(
    "answers every frame type from a %s as the matrix says",
    async (role, index) => {
      const cookie = await sessions.cookie(ROLE_USERS[role]);
      const customer = `cus_00${10 + index}`;
      if (!can(role, "customer.read")) {
        const response = await connectRoom(cookie, customer);
        response.webSocket?.accept();
        const client = new RoomClient(response.webSocket as WebSocket);
        expect(await client.waitClosed()).toMatchObject({ code: 4404 });
        tally.frames += CLIENT_FRAME_TYPES.length;
        return;
      }
      const rig = await LockRig.open(customer, cookie, await sessions.cookie(RIVAL));
      const self = rig.selfClient as RoomClient;
      const failures: string[] = [];
      for (const type of CLIENT_FRAME_TYPES) {
        const expectation = FRAMES[type];
        if (!expectation) continue;
        const holders: LockHolder[] = can(role, "lock.acquire") ? ["nobody", "self", "other"] : ["nobody", "other"];
        for (const holder of holders) {
          await rig.hold(holder);
          const want = expectation.outcome(role, holder);
          const reqId = crypto.randomUUID();
          const from = self.frames.length;
          self.send({ ...expectation.frame, reqId });
          tally.frames++;
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
