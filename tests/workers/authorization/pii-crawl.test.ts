// PII leak crawl: with the marker customer (cus_0001: a test card number, an SSN, a bank account)
// under live use, every role fetches every GET endpoint and listens to the customer's room. No
// marker a role may not see in full appears in any body, header, URL, frame, audit row, stored
// note or feed item, or console line.
import { env } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDatabase } from "../../../db/client";
import { PII_MARKERS } from "../../../db/seed/fixtures";
import { createApp } from "../../../worker/app";
import { SPEC_ROLES, type SpecRole, specVisibility } from "../../shared/authorization-spec";
import { call, ORIGIN, seedSmall, signIn } from "../support/http";
import { get, patch, post } from "../support/json";
import { joinRoom, type RoomClient } from "../support/room-client";
import { registeredRoutes } from "./app-routes";
import { anyNoteOf, ROLE_USERS } from "./rig";
import { ROUTE_CALLS } from "./route-calls";

const MARKERS = [
  { name: "card number", piiClass: "card", forms: [PII_MARKERS.cardNumber, "4000 0566 5566 5556", "4000-0566-5566-5556"] },
  { name: "SSN", piiClass: "identity", forms: [PII_MARKERS.ssn, PII_MARKERS.ssn.replace(/-/g, "")] },
  { name: "bank account", piiClass: "financial", forms: [PII_MARKERS.bankAccount] },
] as const;

/** Markers this role must never receive in full (finance sees bank accounts, by policy). */
const forbiddenFor = (role: SpecRole | "anyone") => MARKERS.filter((m) => role === "anyone" || specVisibility(role, m.piiClass) !== "full");

function findMarkers(text: string, role: SpecRole | "anyone"): string[] {
  return forbiddenFor(role).flatMap((m) => (m.forms.some((form) => text.includes(form)) ? [m.name] : []));
}

const GET_ENDPOINTS = registeredRoutes(createApp()).endpoints.filter((key) => key.startsWith("GET "));
const logged: string[] = [];
const counts = { endpoints: GET_ENDPOINTS.length, responses: 0, pages: 0, frames: 0, auditRows: 0, found: 0 };
/** App pages a navigation primes with API answers (worker/web-app.ts). */
const PAGES = ["/", "/floor", "/search", "/orders", "/customers/cus_0001", "/customers/cus_0001/leases-loans"];
const sockets: { role: SpecRole; client: RoomClient }[] = [];

beforeAll(async () => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
      original(...args);
    });
  }
  await seedSmall();
});
afterAll(() => {
  for (const { client } of sockets) client.close();
  vi.restoreAllMocks();
  console.info(
    `PII crawl: ${counts.endpoints} GET endpoints, ${counts.responses} responses, ${counts.pages} pages, ${counts.frames} frames, ${counts.auditRows} audit rows, markers found: ${counts.found}`,
  );
});

describe("the PII leak crawl", () => {
  it("streams no forbidden marker to any role's socket while the account is worked on", async () => {
    for (const role of SPEC_ROLES) {
      if (role === "engineering") continue; // may not open customer rooms at all (the matrix checks the refusal)
      sockets.push({ role, client: (await joinRoom(await signIn(ROLE_USERS[role]), "cus_0001")).client });
    }
    const lead = await signIn("lead.east@tandem.test");
    const rep = await signIn("rep.ana@tandem.test");
    const owner = (await joinRoom(lead, "cus_0001")).client;
    const granted = await owner.request({ type: "lock-request" }, ["lock-granted"]);
    const token = Number(granted.token);
    // What a busy call does: edits, notes (one with a card number typed in), reveals, a note edit, a takeover.
    expect(
      (
        await patch("/api/customers/cus_0001/profile", lead, {
          lockToken: token,
          note: "Moved house",
          changes: { addressLine1: "12 Elm St", postalCode: "02139" },
        })
      ).status,
    ).toBe(200);
    const note = await post<{ noteId: string }>("/api/customers/cus_0001/notes", rep, {
      text: `Customer read card ${PII_MARKERS.cardNumber} aloud`,
    });
    expect(note.status).toBe(201);
    expect(
      (await patch(`/api/customers/cus_0001/notes/${note.body.noteId}`, rep, { text: "Customer read their card aloud; told them not to" }))
        .status,
    ).toBe(200);
    for (const field of ["ssn", "bankAccountNumber", "dateOfBirth"]) {
      const reveal = await post<{ value: string }>("/api/customers/cus_0001/reveal", lead, { field, note: "Verified caller asked" });
      expect(reveal.status).toBe(200);
    }
    const director = (await joinRoom(await signIn("director@tandem.test"), "cus_0001")).client;
    expect((await director.request({ type: "lock-takeover", reason: "Escalation" }, ["lock-granted"])).type).toBe("lock-granted");
    expect((await director.request({ type: "lock-release" }, ["lock-released"])).type).toBe("lock-released");
    const done = await post<{ noteId: string }>("/api/customers/cus_0001/notes", rep, { text: "Wrap-up" });
    for (const { client } of sockets)
      await client.next((f) => f.type === "activity" && JSON.stringify(f).includes(done.body.noteId), { timeoutMs: 5_000 });
    for (const { role, client } of [
      ...sockets,
      { role: "team_lead" as SpecRole, client: owner },
      { role: "director" as SpecRole, client: director },
    ]) {
      counts.frames += client.frames.length;
      const found = client.frames.flatMap((f) => findMarkers(JSON.stringify(f), role).map((m) => `${role} frame ${f.type}: ${m}`));
      counts.found += found.length;
      expect(found).toEqual([]);
    }
    expect(counts.frames).toBeGreaterThan(100);
    owner.close();
    director.close();
  });

  it("knows how to call every GET endpoint", () => {
    expect(
      GET_ENDPOINTS.filter((key) => !ROUTE_CALLS[key]),
      "every GET endpoint needs an entry in route-calls.ts",
    ).toEqual([]);
  });

  it("answers no forbidden marker on any GET endpoint, for any role", async () => {
    const note = await anyNoteOf("cus_0001");
    const ids = { customer: "cus_0001", staff: "stf_ana", team: "team_east", region: "reg_atlantic", note };
    const found: string[] = [];
    let financeSawBankAccount = 0;
    for (const role of SPEC_ROLES) {
      const cookie = await signIn(ROLE_USERS[role]);
      for (const key of GET_ENDPOINTS) {
        const route = ROUTE_CALLS[key];
        if (!route) continue;
        const { path } = route.request({ role, org: "own", ids, lockToken: 1, unique: "crawl", email: ROLE_USERS[role] });
        const response = await call(path, { cookie, redirect: "manual", headers: { Origin: ORIGIN } });
        counts.responses++;
        const headers = [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
        const text = `${path}\n${headers}\n${await response.text()}`;
        for (const m of findMarkers(text, role)) found.push(`${role} ${key}: ${m}`);
        if (role === "finance" && findMarkers(text, "anyone").includes("bank account")) financeSawBankAccount++;
      }
    }
    counts.found += found.length;
    expect(found).toEqual([]);
    // The crawl reads real data: finance's policy shows bank accounts in full, and it sees one.
    expect(financeSawBankAccount).toBeGreaterThan(0);
    expect(counts.responses).toBe(SPEC_ROLES.length * GET_ENDPOINTS.filter((key) => ROUTE_CALLS[key]).length);
  });

  it("puts no forbidden marker in any app page a role's navigation gets primed with", async () => {
    const found: string[] = [];
    let financeSawBankAccount = 0;
    for (const role of SPEC_ROLES) {
      const cookie = await signIn(ROLE_USERS[role]);
      for (const path of PAGES) {
        const response = await call(path, {
          cookie,
          headers: { Accept: "text/html", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate" },
        });
        expect(response.status).toBe(200);
        counts.pages++;
        const html = await response.text();
        expect(html, `${role} ${path}`).toContain('id="primed-answers"');
        const text = `${[...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n")}\n${html}`;
        for (const m of findMarkers(text, role)) found.push(`${role} page ${path}: ${m}`);
        if (role === "finance" && findMarkers(text, "anyone").includes("bank account")) financeSawBankAccount++;
      }
    }
    counts.found += found.length;
    expect(found).toEqual([]);
    // The pages carry real answers: finance's profile page holds the bank account its policy shows in full.
    expect(financeSawBankAccount).toBeGreaterThan(0);
  });

  it("keeps every marker out of the audit trail, stored notes and feed, and the logs", async () => {
    const db = createDatabase({ DB: env.DB });
    const tables = ["audit_log", "notes", "note_revisions", "activity_events", "sessions", "room_presence"];
    const found: string[] = [];
    for (const table of tables) {
      const rows = await db.all<Record<string, unknown>>(`SELECT * FROM ${table}` as never);
      if (table === "audit_log") counts.auditRows = rows.length;
      for (const row of rows) for (const m of findMarkers(JSON.stringify(row), "anyone")) found.push(`${table}: ${m}`);
    }
    expect(counts.auditRows).toBeGreaterThan(15);
    for (const line of logged) for (const m of findMarkers(line, "anyone")) found.push(`console: ${m}`);
    counts.found += found.length;
    expect(found).toEqual([]);
    // The reveal that legitimately answered the lead was recorded by field name only.
    const compliance = await signIn("compliance@tandem.test");
    const reveals = await get<{ items: { details: string }[] }>("/api/compliance/audit?action=pii.reveal", compliance);
    expect(reveals.body.items.map((r) => JSON.parse(r.details).field).sort()).toEqual(["bankAccountNumber", "dateOfBirth", "ssn"]);
  });
});
