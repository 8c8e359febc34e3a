// The PII crawl for merchants: mer_0001's settlement account and routing number (financial) and its
// primary contact's email and phone (contact) carry distinctive values. Every role fetches every GET
// route of the merchant network and listens to the merchant's room while sales edits it: nothing may
// carry more of a field than the hand-written PII grid allows that role (masked: the last 4 digits,
// the email's first letter and domain; hidden: nothing). Notes, feed and audit rows carry no part.
// Positive controls: the profile shows each role each field as the grid says.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { merchantContacts, merchants } from "../../../db/schema";
import { createApp } from "../../../worker/app";
import { SPEC_ROLES, type SpecPiiClass, type SpecRole, specAllows, specVisibility } from "../../shared/authorization-spec";
import { call, ORIGIN, seedSmall, signIn } from "../support/http";
import { patch } from "../support/json";
import { joinMerchant, ownMerchant } from "../support/merchants";
import type { RoomClient } from "../support/room-client";
import { registeredRoutes } from "./app-routes";
import { ROLE_USERS } from "./rig";
import { ROUTE_CALLS } from "./route-calls";

const MARKED = "mer_0001";
/**
 * Distinctive values; what of each a masked view shows (the README's masks: last 4 digits behind dots,
 * the email's domain), as it is written there, so random hex in ids cannot pass for it; and parts of
 * the value nobody beyond "full" may see.
 */
const FIELDS: { name: string; piiClass: SpecPiiClass; value: string; maskedMayShow: string[]; parts: string[] }[] = [
  {
    name: "settlement account",
    piiClass: "financial",
    value: "000987659173",
    maskedMayShow: ["• 9173"],
    parts: ["98765", "87659", "76591", "0009876"],
  },
  { name: "settlement routing", piiClass: "financial", value: "072413956", maskedMayShow: ["•3956"], parts: ["72413", "24139", "0724139"] },
  {
    name: "contact email",
    piiClass: "contact",
    value: "rowan.marker@lakeside-pii.example",
    maskedMayShow: ["@lakeside-pii.example"],
    parts: ["rowan.marker", "owan.mark"],
  },
  {
    name: "contact phone",
    piiClass: "contact",
    value: "(555) 019-8642",
    maskedMayShow: ["•-8642"],
    parts: ["019-8642", "0198642", "555) 019"],
  },
];

/** What of the fields a text shows beyond the role's allowance ("nobody": no part at all). */
function leaks(text: string, role: SpecRole | "nobody"): string[] {
  const found: string[] = [];
  for (const field of FIELDS) {
    const visibility = role === "nobody" ? "hidden" : specVisibility(role, field.piiClass);
    if (visibility === "full") continue;
    const forbidden = [field.value, ...field.parts, ...(visibility === "hidden" ? field.maskedMayShow : [])];
    for (const part of forbidden) if (text.includes(part)) found.push(`${field.name} (${part})`);
  }
  return found;
}

/**
 * A row without its digests: an audit row's hash and the previous row's (64 hex characters each)
 * hold a five-digit part such as "76591" by chance (one row in about 2,000: five such parts, 60
 * places, 16^-5 each, two digests), then in two rows at once (the next row's prev_hash); a digest
 * carries no text to leak.
 */
const withoutDigests = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => !(typeof value === "string" && /^[0-9a-f]{64}$/.test(value))));

const MERCHANT_GETS = registeredRoutes(createApp()).endpoints.filter((key) =>
  /^GET \/api\/(merchants|plan-changes|plans|decision-models)/.test(key),
);
const ids = {
  customer: "cus_0001",
  staff: "stf_ana",
  team: "team_east",
  region: "reg_atlantic",
  note: "",
  ticket: "tkt_0002",
  merchant: MARKED,
  endpoint: "mep_0001_1",
  invoice: "inv_0001_2026-10",
  planChange: "pcr_0004_1",
  plan: "pln_nw_growth",
};

beforeAll(async () => {
  await seedSmall();
  const db = createDatabase({ DB: env.DB });
  await db
    .update(merchants)
    .set({ settlementAccountNumber: FIELDS[0]?.value, settlementRoutingNumber: FIELDS[1]?.value })
    .where(eq(merchants.id, MARKED));
  await db.update(merchantContacts).set({ email: FIELDS[2]?.value, phone: FIELDS[3]?.value }).where(eq(merchantContacts.id, "mct_0001_1"));
});

describe("the merchant PII crawl", () => {
  it("answers nothing beyond a role's allowance on any merchant GET route, and each field as the grid says in the profile", async () => {
    const found: string[] = [];
    const controls: string[] = [];
    let responses = 0;
    for (const role of SPEC_ROLES) {
      const cookie = await signIn(ROLE_USERS[role]);
      for (const key of MERCHANT_GETS) {
        const route = ROUTE_CALLS[key];
        if (!route) throw new Error(`no call for ${key}`);
        const { path } = route.request({ role, org: "own", ids, lockToken: 1, unique: "crawl", email: ROLE_USERS[role] });
        const response = await call(path, { cookie, headers: { Origin: ORIGIN } });
        const text = await response.text();
        responses++;
        for (const leak of leaks(text, role)) found.push(`${role} ${key}: ${leak}`);
        if (key !== "GET /api/merchants/:id" || !specAllows(role, "merchant.read")) continue;
        // Positive control: full shows the whole value, masked its allowed part, hidden nothing.
        for (const field of FIELDS) {
          const visibility = specVisibility(role, field.piiClass);
          const shows =
            visibility === "full"
              ? text.includes(field.value)
              : visibility === "masked"
                ? field.maskedMayShow.every((p) => text.includes(p))
                : true;
          if (!shows) controls.push(`${role}: ${field.name} should be ${visibility}`);
        }
      }
    }
    expect({ found, controls }).toEqual({ found: [], controls: [] });
    expect(responses).toBe(SPEC_ROLES.length * MERCHANT_GETS.length);
  });

  it("streams nothing beyond a role's allowance to its socket while sales edits the merchant, and keeps every part out of notes, feed and audit", async () => {
    const readers = SPEC_ROLES.filter((role) => specAllows(role, "merchant.read") && role !== "sales");
    const listeners: { role: SpecRole; client: RoomClient }[] = [];
    for (const role of readers) listeners.push({ role, client: (await joinMerchant(await signIn(ROLE_USERS[role]), MARKED)).client });
    const sales = await signIn(ROLE_USERS.sales);
    const owner = await ownMerchant(sales, MARKED);
    const edited = await patch(`/api/merchants/${MARKED}/profile`, sales, {
      lockToken: owner.token,
      note: "Owner moved the shop to a new page",
      changes: { website: "https://www.lakeside-furniture-co.example/shop" },
    });
    expect(edited.status).toBe(200);
    await owner.release();
    const found: string[] = [];
    for (const { role, client } of listeners) {
      const update = await client.next((f) => f.type === "merchant-updated", { timeoutMs: 5_000 });
      expect(update.merchant, role).toBeDefined();
      for (const frame of client.frames)
        for (const leak of leaks(JSON.stringify(frame), role)) found.push(`${role} frame ${frame.type}: ${leak}`);
      client.close();
    }
    const db = createDatabase({ DB: env.DB });
    for (const table of ["merchant_notes", "merchant_activity", "audit_log", "plan_change_events"]) {
      const rows = await db.all<Record<string, unknown>>(`SELECT * FROM ${table}` as never);
      for (const row of rows)
        for (const leak of leaks(JSON.stringify(withoutDigests(row)), "nobody")) found.push(`${table} ${String(row.id ?? "")}: ${leak}`);
    }
    expect(found).toEqual([]);
  });
});
