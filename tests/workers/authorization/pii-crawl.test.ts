// PII leak crawl: cus_0001 carries a distinctive value in each of the 12 PII fields (pii-markers.ts,
// planted by pii-plant.ts). Every role listens to the customer's room while it is worked on, and
// fetches every GET endpoint and primed app page: none may carry any part of a field beyond what
// the hand-written table (pii-access.ts) allows that role; audit rows, stored notes and feed, and
// console lines may carry no part at all. Positive controls: each role's profile (answer, primed
// page, live update) shows every field as the table says, found by the same matcher.
import { env } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PII_FIELD_NAMES } from "../../../core/domain/pii";
import { ROLES } from "../../../core/domain/roles";
import { PRIMED_ANSWERS_ID } from "../../../core/protocol/page";
import { createDatabase } from "../../../db/client";
import { createApp } from "../../../worker/app";
import { call, ORIGIN, seedSmall, signIn } from "../support/http";
import { get } from "../support/json";
import { registeredRoutes } from "./app-routes";
import { PII_FIELDS } from "./pii-access";
import { REVEALED, workTheAccount } from "./pii-call";
import { ALL_PATTERNS } from "./pii-markers";
import { MARKED_CUSTOMER, MARKED_DEVICE, MARKED_LOAN, plantMarkers } from "./pii-plant";
import { controlFailures, leaks, presentedInCustomer, presentedInDevices, presentedInProfile } from "./pii-scan";
import { anyNoteOf, ROLE_USERS } from "./rig";
import { ROUTE_CALLS as ROUTES } from "./route-calls";

/**
 * The dev outbox is left out: it exists only in dev mode (404 in any deployment) and stands in for the
 * customers' own phones and inboxes, so it holds their addresses by design.
 */
const OUTSIDE_THE_CRAWL = new Set(["GET /api/dev/outbox"]);
const GET_ENDPOINTS = registeredRoutes(createApp()).endpoints.filter((key) => key.startsWith("GET ") && !OUTSIDE_THE_CRAWL.has(key));
/** The customer's own fields: what a live update carries (the disbursement account lives on a loan, the install id on a device). */
const CUSTOMER_FIELDS = PII_FIELDS.filter((f) => f !== "disbursementAccount" && f !== "deviceId");
/** What the profile answer carries: the customer's fields and its loans' accounts. */
const PROFILE_FIELDS = PII_FIELDS.filter((f) => f !== "deviceId");
const PROFILE = `/api/customers/${MARKED_CUSTOMER}`;
/** The marked customer's whole record beyond the matrix's requests: every note, feed item and audit row. */
const FULL_READS = [
  `/api/customers/${MARKED_CUSTOMER}/notes?limit=100`,
  `/api/customers/${MARKED_CUSTOMER}/activity?limit=100`,
  `/api/compliance/notes?customerId=${MARKED_CUSTOMER}&limit=200`,
  `/api/compliance/audit?customerId=${MARKED_CUSTOMER}&limit=200`,
  `/api/compliance/audit/export?customerId=${MARKED_CUSTOMER}`,
];
/** App pages a navigation primes with API answers (worker/web-app.ts). */
const PAGES = ["/", "/floor", "/search", "/orders", `/customers/${MARKED_CUSTOMER}`, `/customers/${MARKED_CUSTOMER}/leases-loans`];
const logged: string[] = [];
const counts = { endpoints: GET_ENDPOINTS.length, responses: 0, pages: 0, frames: 0, auditRows: 0, controls: 0, found: 0 };

beforeAll(async () => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
      original(...args);
    });
  }
  await seedSmall();
  await plantMarkers();
});
afterAll(() => {
  vi.restoreAllMocks();
  console.info(
    `PII crawl: ${counts.endpoints} GET endpoints, ${counts.responses} responses, ${counts.pages} pages, ${counts.frames} frames, ${counts.auditRows} audit rows, fields ${PII_FIELDS.length}, patterns ${ALL_PATTERNS.length}, positive controls ${counts.controls}, markers found ${counts.found}`,
  );
});

/** Fails with every leak and every failed control at once, so one run names them all. */
function expectClean(found: string[], failedControls: string[]): void {
  counts.found += found.length;
  expect({ leaks: found, failedControls }).toEqual({ leaks: [], failedControls: [] });
}

const headerLines = (response: Response) => [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

describe("the PII leak crawl", () => {
  it("knows every PII field and how to call every GET endpoint", () => {
    expect([...PII_FIELDS].sort(), "every PII field needs a row in pii-access.ts and a marker").toEqual([...PII_FIELD_NAMES].sort());
    expect(
      GET_ENDPOINTS.filter((key) => !ROUTES[key]),
      "every GET endpoint needs an entry in route-calls.ts",
    ).toEqual([]);
  });

  it("streams nothing beyond a role's allowance to its socket while the account is worked on", async () => {
    const listeners = await workTheAccount();
    const found: string[] = [];
    const failed: string[] = [];
    for (const { role, client, heardEdit } of listeners) {
      counts.frames += client.frames.length;
      for (const f of client.frames) for (const leak of leaks(JSON.stringify(f), role)) found.push(`${role} frame ${f.type}: ${leak}`);
      if (!heardEdit) continue;
      const update = client.frames.find((f) => f.type === "customer-updated");
      if (!update) failed.push(`${role}: no customer-updated frame after the address moved`);
      else
        failed.push(
          ...controlFailures(role, "customer-updated frame", JSON.stringify(update), presentedInCustomer(update.customer), CUSTOMER_FIELDS),
        );
      counts.controls += CUSTOMER_FIELDS.length;
    }
    for (const { client } of listeners) client.close();
    expectClean(found, failed);
    expect(counts.frames).toBeGreaterThan(100);
  });

  it("answers nothing beyond a role's allowance on any GET endpoint, and each role's profile as the table says", async () => {
    const ids = {
      customer: MARKED_CUSTOMER,
      staff: "stf_ana",
      team: "team_east",
      region: "reg_atlantic",
      note: await anyNoteOf(MARKED_CUSTOMER),
      ticket: "tkt_0002",
      // The merchant routes are crawled too (merchants hold no customer's data; their own is in merchant-pii.test.ts).
      merchant: "mer_0001",
      endpoint: "mep_0001_1",
      invoice: "inv_0001_2026-10",
      planChange: "pcr_0004_1",
      plan: "pln_nw_growth",
    };
    const found: string[] = [];
    const failed: string[] = [];
    for (const role of ROLES) {
      const cookie = await signIn(ROLE_USERS[role]);
      const requests = [
        ...GET_ENDPOINTS.flatMap((key) => {
          const route = ROUTES[key];
          return route
            ? [{ key, path: route.request({ role, org: "own", ids, lockToken: 1, unique: "crawl", email: ROLE_USERS[role] }).path }]
            : [];
        }),
        ...FULL_READS.map((path) => ({ key: `GET ${path}`, path })),
      ];
      for (const { key, path } of requests) {
        const response = await call(path, { cookie, redirect: "manual", headers: { Origin: ORIGIN } });
        counts.responses++;
        const body = await response.text();
        for (const leak of leaks(`${path}\n${headerLines(response)}\n${body}`, role)) found.push(`${role} ${key}: ${leak}`);
        if (key === "GET /api/customers/:id") {
          failed.push(...controlFailures(role, key, body, presentedInProfile(parse(body), MARKED_LOAN), PROFILE_FIELDS));
          counts.controls += PROFILE_FIELDS.length;
        }
        if (key === "GET /api/customers/:id/devices") {
          failed.push(...controlFailures(role, key, body, presentedInDevices(parse(body), MARKED_DEVICE), ["deviceId"]));
          counts.controls++;
        }
        if (key === "GET /api/customers/:id/loans") {
          const items = (parse(body) as { items?: unknown[] } | null)?.items;
          failed.push(...controlFailures(role, key, body, presentedInProfile({ loans: items }, MARKED_LOAN), ["disbursementAccount"]));
          counts.controls++;
        }
      }
    }
    expectClean(found, failed);
    expect(counts.responses).toBe(ROLES.length * (GET_ENDPOINTS.filter((key) => ROUTES[key]).length + FULL_READS.length));
  });

  it("primes no app page with anything beyond a role's allowance, and the profile page as the table says", async () => {
    const found: string[] = [];
    const failed: string[] = [];
    for (const role of ROLES) {
      const cookie = await signIn(ROLE_USERS[role]);
      for (const path of PAGES) {
        const response = await call(path, {
          cookie,
          headers: { Accept: "text/html", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate" },
        });
        expect(response.status).toBe(200);
        counts.pages++;
        const html = await response.text();
        const primed = html.match(new RegExp(`<script type="application/json" id="${PRIMED_ANSWERS_ID}">(.*?)</script>`, "s"))?.[1];
        expect(primed, `${role} ${path}`).toBeDefined();
        for (const leak of leaks(`${headerLines(response)}\n${html}`, role)) found.push(`${role} page ${path}: ${leak}`);
        if (path !== `/customers/${MARKED_CUSTOMER}`) continue;
        const profile = (parse(primed ?? "") as Record<string, unknown> | null)?.[PROFILE];
        const text = JSON.stringify(profile ?? null);
        failed.push(...controlFailures(role, `page ${path}`, text, presentedInProfile(profile, MARKED_LOAN), PROFILE_FIELDS));
        counts.controls += PROFILE_FIELDS.length;
      }
    }
    expectClean(found, failed);
  });

  it("keeps every part of every field out of the audit trail, stored notes and feed, and the logs", async () => {
    const db = createDatabase({ DB: env.DB });
    const tables = ["audit_log", "notes", "note_revisions", "activity_events", "sessions", "room_presence", "promo_claim_errors"];
    const found: string[] = [];
    for (const table of tables) {
      const rows = await db.all<Record<string, unknown>>(`SELECT * FROM ${table}` as never);
      if (table === "audit_log") counts.auditRows = rows.length;
      for (const row of rows)
        for (const leak of leaks(JSON.stringify(row), "nobody")) found.push(`${table} ${String(row.id ?? "")}: ${leak}`);
    }
    expect(counts.auditRows).toBeGreaterThan(15);
    for (const line of logged) for (const leak of leaks(line, "nobody")) found.push(`console: ${leak}`);
    expectClean(found, []);
    // The reveals that legitimately answered the lead were recorded by field name only.
    const compliance = await signIn(ROLE_USERS.compliance);
    const reveals = await get<{ items: { details: string }[] }>("/api/compliance/audit?action=pii.reveal", compliance);
    expect(reveals.body.items.map((r) => JSON.parse(r.details).field).sort()).toEqual(REVEALED.map((r) => r.field).sort());
  });
});
