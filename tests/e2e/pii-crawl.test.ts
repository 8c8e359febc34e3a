// The PII leak crawl in a real browser: restricted roles open the marker customer while a lead
// works on it. Nothing the role may not see in full reaches the page: not in HTTP bodies, room
// frames (page.on("websocket")), URLs, the page as served and as rendered, localStorage or sessionStorage.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { visibilityFor } from "../../core/domain/pii";
import type { Role } from "../../core/domain/roles";
import { PII_MARKERS } from "../../db/seed/fixtures";
import { signedInContext } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();
const MARKERS = [
  { name: "card number", field: "cardOnFileNumber", forms: [PII_MARKERS.cardNumber, "4000 0566 5566 5556"] },
  { name: "SSN", field: "ssn", forms: [PII_MARKERS.ssn, PII_MARKERS.ssn.replace(/-/g, "")] },
  { name: "bank account", field: "bankAccountNumber", forms: [PII_MARKERS.bankAccount] },
] as const;
const ROLES: [Role, string][] = [
  ["rep", "rep.ana@tandem.test"],
  ["senior_rep", "senior.sam@tandem.test"],
  ["sales", "sales@tandem.test"],
  ["finance", "finance@tandem.test"],
  ["compliance", "compliance@tandem.test"],
];
const totals = { responses: 0, frames: 0, urls: 0, found: 0 };

afterAll(async () => {
  console.info(
    `e2e PII crawl: ${ROLES.length} roles, ${totals.responses} responses (API and pages), ${totals.frames} frames, ${totals.urls} URLs, markers found: ${totals.found}`,
  );
});

function record(page: Page) {
  const seen = { bodies: [] as string[], frames: [] as string[], urls: [] as string[] };
  page.on("request", (request) => seen.urls.push(request.url()));
  page.on("response", async (response) => {
    // API answers, and the page itself (a navigation comes primed with the screen's answers).
    if (!response.url().includes("/api/") && response.request().resourceType() !== "document") return;
    seen.bodies.push(await response.text().catch(() => ""));
  });
  page.on("websocket", (ws) => {
    seen.urls.push(ws.url());
    ws.on("framereceived", (frame) => seen.frames.push(String(frame.payload)));
    ws.on("framesent", (frame) => seen.frames.push(String(frame.payload)));
  });
  return seen;
}

describe("the PII leak crawl in Chromium", () => {
  it.each(ROLES)("shows a %s nothing it may not see, while a lead reveals and notes", async (role, email) => {
    const forbidden = MARKERS.filter((m) => visibilityFor(role, m.field) !== "full");
    const context = await signedInContext(browser(), baseURL, email, "desktop");
    const lead = await signedInContext(browser(), baseURL, "lead.east@tandem.test", "desktop");
    const page = await context.newPage();
    const seen = record(page);
    await page.goto("/customers/cus_0001");
    await page.getByRole("heading", { name: "Maya Johnson" }).waitFor();
    // Response bodies are read asynchronously: wait until the profile's own body is in.
    await expect.poll(() => seen.bodies.some((b) => b.includes('"customer"') && b.includes("Maya")), { timeout: 10_000 }).toBe(true);
    const reveal = await lead.request.post("/api/customers/cus_0001/reveal", {
      data: { field: "ssn", note: "Verified caller" },
      headers: { Origin: baseURL },
    });
    expect(reveal.status()).toBe(200);
    const note = await lead.request.post("/api/customers/cus_0001/notes", {
      data: { text: `Wrap-up for ${role}` },
      headers: { Origin: baseURL },
    });
    const { noteId } = (await note.json()) as { noteId: string };
    // The note reaches this screen live, so the reveal's feed item came before it.
    await expect.poll(() => seen.frames.some((f) => f.includes(noteId)), { timeout: 10_000 }).toBe(true);
    const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
    const everything = [
      ...seen.bodies.map((text) => ["response", text]),
      ...seen.frames.map((text) => ["frame", text]),
      ...seen.urls.map((text) => ["url", text]),
      ["storage", storage],
      ["page", await page.content()],
    ];
    const found = everything.flatMap(([where, text]) =>
      forbidden.filter((m) => m.forms.some((f) => text?.includes(f))).map((m) => `${where}: ${m.name}`),
    );
    totals.responses += seen.bodies.length;
    totals.frames += seen.frames.length;
    totals.urls += seen.urls.length;
    totals.found += found.length;
    expect(found).toEqual([]);
    expect(seen.frames.length).toBeGreaterThan(1);
    await Promise.all([context.close(), lead.close()]);
  });
});
