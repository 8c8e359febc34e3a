import { env } from "cloudflare:test";
import { inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { customers } from "../../../db/schema";
import { call, seedSmall, signIn } from "../support/http";

interface CallList {
  until: number;
  callbacks: { id: string; customerId: string; name: string; dueAt: number; reason: string }[];
  pastDue: { customerId: string; status: string; daysPastDue: number }[];
  attention: { orderId: string; customerId: string; reason: string | null }[];
}

let ana: string;
let ben: string;
let cruz: string;

beforeAll(async () => {
  await seedSmall(80);
  [ana, ben, cruz] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test"), signIn("rep.cruz@tandem.test")]);
});

async function callList(cookie: string, query = ""): Promise<CallList> {
  const response = await call(`/api/call-list${query}`, { cookie });
  expect(response.status).toBe(200);
  return (await response.json()) as CallList;
}

async function teamsOf(ids: string[]): Promise<Set<string | null>> {
  if (ids.length === 0) return new Set();
  const db = createDatabase({ DB: env.DB });
  const rows = await db.select({ teamId: customers.teamId }).from(customers).where(inArray(customers.id, ids));
  return new Set(rows.map((r) => r.teamId));
}

describe("GET /api/call-list", () => {
  it("lists the rep's own callbacks due by the end of their day, earliest first", async () => {
    const list = await callList(ana);
    expect(list.callbacks.map((c) => c.customerId)).toContain("cus_0001");
    expect(list.callbacks.every((c) => c.dueAt < list.until)).toBe(true);
    const due = list.callbacks.map((c) => c.dueAt);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    const bens = await callList(ben);
    expect(bens.callbacks.map((c) => c.customerId)).not.toContain("cus_0001");
  });

  it("leaves out callbacks due after the end of the day the client names", async () => {
    const list = await callList(ana, "?until=1");
    expect(list.callbacks).toEqual([]);
  });

  it("lists past-due accounts of the rep's team only, longest overdue first", async () => {
    const list = await callList(ana);
    expect(list.pastDue.map((p) => p.customerId)).toContain("cus_0001");
    expect(list.pastDue.every((p) => p.status === "past_due" || p.status === "collections")).toBe(true);
    expect(await teamsOf(list.pastDue.map((p) => p.customerId))).toEqual(new Set(["team_east"]));
    const days = list.pastDue.map((p) => p.daysPastDue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const west = await callList(cruz);
    expect(west.pastDue.map((p) => p.customerId)).not.toContain("cus_0001");
    expect([...(await teamsOf(west.pastDue.map((p) => p.customerId)))].every((t) => t === "team_west")).toBe(true);
  });

  it("lists orders needing attention in the rep's team with their reason", async () => {
    const list = await callList(ana);
    const mine = list.attention.find((o) => o.customerId === "cus_0001");
    expect(mine?.reason).toBeTruthy();
    expect(await teamsOf(list.attention.map((o) => o.customerId))).toEqual(new Set(["team_east"]));
    expect((await callList(cruz)).attention.map((o) => o.customerId)).not.toContain("cus_0001");
  });

  it("shows nothing of another org and needs a session", async () => {
    const zoe = await signIn("rep.zoe@harbor.test");
    const list = await callList(zoe);
    const ids = [...list.callbacks, ...list.pastDue, ...list.attention].map((r) => r.customerId);
    expect(ids.every((id) => Number(id.slice(4)) >= 9001)).toBe(true);
    expect((await call("/api/call-list")).status).toBe(401);
  });
});
