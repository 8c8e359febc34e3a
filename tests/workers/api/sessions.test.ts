// Sessions end when they should, everywhere at once on request, and only our origin may use them.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { createSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../../../db/repositories/sessions";
import { call, seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { connectRoom, joinRoom, openRoom } from "../support/room-client";

const db = () => createDatabase({ DB: env.DB });
const origin = { ip: null, userAgent: null };

beforeAll(() => seedSmall());

describe("expired sessions", () => {
  it("refuses a session idle past the idle timeout with 401, over HTTP and WebSocket", async () => {
    const { token } = await createSession(db(), "stf_ana", Date.now() - SESSION_IDLE_MS - 1_000, origin);
    const cookie = `tandem_session=${token}`;
    expect(await get("/api/me", cookie)).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    expect((await connectRoom(cookie, "cus_0001")).status).toBe(401);
  });

  it("refuses a session past its absolute lifetime even if used a moment ago", async () => {
    const { token, id } = await createSession(db(), "stf_ana", Date.now() - SESSION_ABSOLUTE_MS - 1_000, origin);
    await env.DB.prepare("UPDATE sessions SET last_seen_at = ? WHERE id = ?")
      .bind(Date.now() - 1_000, id)
      .run();
    expect((await get("/api/me", `tandem_session=${token}`)).status).toBe(401);
  });
});

describe("signing out everywhere", () => {
  it("ends every session of the person and closes all their sockets, not other people's", async () => {
    const phone = await signIn("rep.ana@tandem.test");
    const desk = await signIn("rep.ana@tandem.test");
    const ben = await signIn("rep.ben@tandem.test");
    const a = await joinRoom(phone, "cus_0002", "phone");
    const b = await joinRoom(desk, "cus_0003", "desktop");
    const c = await joinRoom(ben, "cus_0002");
    // The service desk's queue follows its own room, and a ticket has its room: they close too.
    const queue = await openRoom(desk, "org_northwind", { party: "desk-room" });
    await queue.nextOfType("desk-state", 0);
    const ticket = await openRoom(desk, "tkt_0002", { party: "ticket-room" });
    await ticket.nextOfType("room-state", 0);
    const answer = await post<{ socketsClosed: number }>("/api/auth/sign-out-everywhere", desk);
    expect(answer.status).toBe(200);
    expect(answer.body.socketsClosed).toBe(4);
    for (const client of [a.client, b.client, queue, ticket]) {
      expect(await client.nextOfType("session-ended", 0)).toMatchObject({ reason: "signed-out" });
      expect((await client.waitClosed()).code).toBe(4401);
    }
    expect((await get("/api/me", phone)).status).toBe(401);
    expect((await get("/api/me", desk)).status).toBe(401);
    expect((await get("/api/me", ben)).status).toBe(200);
    expect(c.client.closed).toBeNull();
    c.client.close();
  });

  it("answers 401 without a session", async () => {
    expect((await post("/api/auth/sign-out-everywhere", undefined)).status).toBe(401);
  });
});

describe("cross-site requests", () => {
  it("refuses a WebSocket handshake from a foreign origin", async () => {
    const cookie = await signIn("rep.ana@tandem.test");
    const response = await connectRoom(cookie, "cus_0001", { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(response.webSocket).toBeNull();
  });

  it("refuses every state-changing JSON request with a foreign Origin (403) and changes nothing", async () => {
    const admin = await signIn("admin@tandem.test");
    const attempts: [string, string, unknown][] = [
      ["POST", "/api/customers/cus_0001/notes", { text: "csrf" }],
      ["POST", "/api/customers/cus_0001/reveal", { field: "ssn", note: "csrf" }],
      ["PATCH", "/api/admin/staff/stf_ana", { status: "disabled" }],
      ["POST", "/api/auth/sign-out-everywhere", {}],
      ["POST", "/api/auth/sign-out", {}],
    ];
    for (const [method, path, body] of attempts) {
      const response = await call(path, { method, cookie: admin, headers: { Origin: "https://evil.example" }, body: JSON.stringify(body) });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "ORIGIN_REFUSED" } });
    }
    expect((await get("/api/me", admin)).status).toBe(200);
    expect((await get("/api/me", await signIn("rep.ana@tandem.test"))).status).toBe(200);
    const notes = await get<{ items: { text: string }[] }>("/api/customers/cus_0001/notes?limit=100", admin);
    expect(notes.body.items.some((n) => n.text === "csrf")).toBe(false);
  });
});
