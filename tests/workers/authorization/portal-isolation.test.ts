// A merchant portal session and a staff session never stand in for each other: a portal cookie
// reaches no staff route (every route of the staff matrix, by its spec) and no room; a staff cookie
// reaches no /api/portal/* data; and merchant A asking for merchant B's transaction or invoice by id
// gets 404, with the refusal in A's own audit stream.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { call, ORIGIN, seedSmall, signIn } from "../support/http";
import { get } from "../support/json";
import { signInPortal } from "../support/portal";
import { connectRoom } from "../support/room-client";
import { ROUTE_SPEC } from "./route-spec";

let owner1: string;
let owner2: string;
let staffCookie: string;

beforeAll(async () => {
  await seedSmall();
  [owner1, owner2, staffCookie] = await Promise.all([
    signInPortal("owner@merchant.test"),
    signInPortal("owner@merchant2.test"),
    signIn("admin@tandem.test"),
  ]);
});

/** Every staff route of the matrix that needs a session: method and a path with its params filled. */
const STAFF_ROUTES = Object.entries(ROUTE_SPEC)
  .filter(([key, rule]) => rule.who !== "public" && !key.startsWith("ALL "))
  .map(([key]) => {
    const [method = "GET", path = "/"] = key.split(" ");
    return { method, path: path.replace(/:(\w+)/g, (_, name: string) => (name === "id" ? "mer_0001" : `${name}-x`)) };
  });

describe("a merchant portal session", () => {
  it("is refused (401) by every staff route the matrix knows", async () => {
    expect(STAFF_ROUTES.length).toBeGreaterThan(100);
    const refused: string[] = [];
    for (const route of STAFF_ROUTES) {
      const response = await call(route.path, {
        method: route.method,
        cookie: owner1,
        headers: { Origin: ORIGIN },
        ...(route.method === "GET" ? {} : { body: "{}" }),
      });
      if (response.status !== 401) refused.push(`${route.method} ${route.path}: ${response.status}`);
      await response.body?.cancel();
    }
    expect(refused).toEqual([]);
  });

  it("names the staff routes the issue calls out: customers, merchants, me", async () => {
    for (const path of [
      "/api/customers?q=Johnson",
      "/api/customers/cus_0001",
      "/api/merchants",
      "/api/merchants/mer_0001",
      "/api/me",
      "/api/plan-changes",
    ]) {
      expect(await get(path, owner1)).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    }
  });

  it("opens no room: customer, merchant or floor", async () => {
    expect((await connectRoom(owner1, "cus_0001")).status).toBe(401);
    expect((await connectRoom(owner1, "mer_0001", { party: "merchant-room" })).status).toBe(401);
    expect((await connectRoom(owner1, "team_east", { party: "floor-room" })).status).toBe(401);
  });
});

describe("a staff session", () => {
  it("reaches no portal data (401) and is no portal user", async () => {
    for (const path of [
      "/api/portal/me",
      "/api/portal/transactions",
      "/api/portal/transactions/ord_pt_0001_07",
      "/api/portal/invoices",
      "/api/portal/plan",
      "/api/portal/integration",
    ]) {
      expect(await get(path, staffCookie)).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    }
    expect((await get("/api/portal/session", staffCookie)).body).toEqual({ user: null });
  });
});

describe("merchant against merchant", () => {
  async function deniedRows(actorId: string) {
    const { results } = await env.DB.prepare(
      "SELECT target_type, target_id, outcome, stream, details FROM audit_log WHERE actor_id = ? AND outcome = 'denied' ORDER BY seq",
    )
      .bind(actorId)
      .all<{ target_type: string; target_id: string | null; outcome: string; stream: string; details: string }>();
    return results;
  }

  it("lists only the merchant's own transactions", async () => {
    const mine = await get<{ items: { id: string }[] }>("/api/portal/transactions", owner1);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((t) => t.id.startsWith("ord_pt_0001_"))).toBe(true);
    const theirs = await get<{ items: { id: string }[] }>("/api/portal/transactions", owner2);
    expect(theirs.body.items.every((t) => t.id.startsWith("ord_pt_0002_"))).toBe(true);
  });

  it("answers 404 for another merchant's transaction, invoice and its CSV, and audits each refusal", async () => {
    expect((await get("/api/portal/transactions/ord_pt_0001_07", owner1)).status).toBe(200);
    expect(await get("/api/portal/transactions/ord_pt_0002_07", owner1)).toMatchObject({
      status: 404,
      body: { error: { code: "NOT_FOUND" } },
    });
    const invoices = await get<{ items: { id: string }[] }>("/api/portal/invoices", owner2);
    const theirInvoice = invoices.body.items[0]?.id ?? "";
    expect(theirInvoice).toMatch(/^inv_0002_/);
    expect((await get(`/api/portal/invoices/${theirInvoice}`, owner1)).status).toBe(404);
    expect((await get(`/api/portal/invoices/${theirInvoice}/csv`, owner1)).status).toBe(404);
    // A customer's own order (not placed at any merchant's checkout) is not a transaction of theirs either.
    expect((await get("/api/portal/transactions/ord_0001_1", owner1)).status).toBe(404);
    const rows = await deniedRows("mus_0001_owner");
    expect(rows.map((r) => [r.target_type, r.target_id, r.stream])).toEqual([
      ["transaction", "ord_pt_0002_07", "mu:mus_0001_owner"],
      ["invoice", theirInvoice, "mu:mus_0001_owner"],
      ["invoice", theirInvoice, "mu:mus_0001_owner"],
      ["transaction", "ord_0001_1", "mu:mus_0001_owner"],
    ]);
    expect(JSON.parse(rows[0]?.details ?? "{}")).toMatchObject({ code: "NOT_FOUND", merchantId: "mer_0001" });
  });
});
