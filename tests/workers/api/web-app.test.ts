// The web app's page as a browser navigation gets it: primed with the screen's code and first API
// answers for a signed-in staff member, plain for anyone else, never cached, and never more than
// the API itself would have answered.
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { notes } from "../../../db/schema";
import { call, seedSmall, signIn } from "../support/http";
import { get } from "../support/json";

const PRIMED = /<script type="application\/json" id="primed-answers">([\s\S]*?)<\/script>/;

/** A top-level page load, with the headers Chromium sends for one. */
function navigate(path: string, cookie?: string, extra: Record<string, string> = {}) {
  return call(path, {
    cookie,
    headers: { Accept: "text/html", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", ...extra },
  });
}

async function primedOf(response: Response): Promise<{ html: string; answers: Record<string, unknown> | null }> {
  const html = await response.text();
  const block = html.match(PRIMED)?.[1];
  return { html, answers: block === undefined ? null : JSON.parse(block) };
}

const viewedNotes = (customerId: string, staffId: string) =>
  createDatabase({ DB: env.DB })
    .select()
    .from(notes)
    .where(and(eq(notes.customerId, customerId), eq(notes.authorId, staffId), eq(notes.action, "customer.view")));

let ana: string;
let routeAssets: Record<string, { scripts: string[]; styles: string[] }>;

beforeAll(async () => {
  await seedSmall();
  ana = await signIn("rep.ana@tandem.test");
  routeAssets = await (await call("/route-assets.json")).json();
});

describe("the web app page", () => {
  it("comes primed for a rep opening a profile: the same profile and identity the API answers, and the screen's code", async () => {
    const response = await navigate("/customers/cus_0001", ana);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/html");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("ETag")).toBeNull();
    expect(response.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    const { html, answers } = await primedOf(response);
    expect(answers).not.toBeNull();
    expect(answers?.["/api/me"]).toEqual((await get("/api/me", ana)).body);
    expect(answers?.["/api/customers/cus_0001"]).toEqual((await get("/api/customers/cus_0001", ana)).body);
    // The rep's masking holds in the page as in the API: no SSN beyond its last 4.
    expect(JSON.stringify(answers)).not.toMatch(/\d{3}-\d{2}-\d{4}/);
    const customer = routeAssets.customer;
    expect(customer?.scripts.length).toBeGreaterThan(0);
    for (const href of customer?.scripts ?? []) expect(html).toContain(`<link rel="modulepreload" crossorigin href="${href}">`);
    for (const href of customer?.styles ?? []) expect(html).toContain(`<link rel="preload" as="style" crossorigin href="${href}">`);
  });

  it("records the visit as the API does: opening a profile writes the rep's automatic viewed note", async () => {
    const ben = await signIn("rep.ben@tandem.test");
    expect(await viewedNotes("cus_0003", "stf_ben")).toEqual([]);
    // Speculative loads and script fetches are not visits: nothing primed, nothing recorded.
    const notVisits: Record<string, string>[] = [{ "Sec-Purpose": "prefetch" }, { "Sec-Fetch-Dest": "empty", Accept: "*/*" }];
    for (const extra of notVisits) {
      const { answers } = await primedOf(await navigate("/customers/cus_0003", ben, extra));
      expect(answers).toBeNull();
    }
    expect(await viewedNotes("cus_0003", "stf_ben")).toEqual([]);
    const { answers } = await primedOf(await navigate("/customers/cus_0003", ben));
    expect(answers?.["/api/customers/cus_0003"]).toMatchObject({ customer: { id: "cus_0003" } });
    expect(await viewedNotes("cus_0003", "stf_ben")).toHaveLength(1);
  });

  it("leads open on the dashboard's code, reps on their queue's", async () => {
    const lead = await signIn("lead.east@tandem.test");
    const leadPage = (await primedOf(await navigate("/", lead))).html;
    const repPage = (await primedOf(await navigate("/", ana))).html;
    const first = (route: string) => routeAssets[route]?.scripts[0] ?? "missing";
    expect(leadPage).toContain(first("dashboard"));
    expect(leadPage).not.toContain(first("home"));
    expect(repPage).toContain(first("home"));
    expect(repPage).not.toContain(first("dashboard"));
  });

  it("is plain for a visitor without a session: no answers, no preloads", async () => {
    for (const cookie of [undefined, "tandem_session=not-a-session"]) {
      const response = await navigate("/customers/cus_0001", cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Control")).toBe("no-store");
      const { html, answers } = await primedOf(response);
      expect(answers).toBeNull();
      expect(html).toContain('<div id="app">');
      expect(html).not.toContain('modulepreload crossorigin href="/assets/customer');
    }
  });

  it("leaves out what the API refuses: another org's customer is not in the page", async () => {
    const { html, answers } = await primedOf(await navigate("/customers/cus_9001", ana));
    expect(answers?.["/api/me"]).toMatchObject({ id: "stf_ana" });
    expect(answers).not.toHaveProperty("/api/customers/cus_9001");
    expect(html).not.toContain("harbor");
  });

  it("keeps a stored value that looks like markup inside the data block", async () => {
    const hostile = "</script><script>alert(1)</script><!-- \u2028";
    await env.DB.prepare("UPDATE customers SET preferred_contact_time = ? WHERE id = 'cus_0002'").bind(hostile).run();
    const { html, answers } = await primedOf(await navigate("/customers/cus_0002", ana));
    expect(html).not.toContain("<script>alert(1)");
    expect(html.match(/<script/g)).toHaveLength(2); // the app's module and the data block
    expect(answers?.["/api/customers/cus_0002"]).toMatchObject({ customer: { preferredContactTime: hostile } });
  });

  it("answers a fresh page to a conditional request, so no earlier answers are reused", async () => {
    const first = await navigate("/search", ana);
    await first.body?.cancel();
    const again = await navigate("/search", ana, { "If-None-Match": '"anything"', "If-Modified-Since": new Date().toUTCString() });
    expect(again.status).toBe(200);
    expect((await primedOf(again)).answers).toMatchObject({ "/api/me": { id: "stf_ana" } });
  });

  it("serves static files untouched", async () => {
    const script = routeAssets.customer?.scripts[0] ?? "";
    const response = await call(script);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("javascript");
    expect(await response.text()).not.toContain("primed-answers");
  });
});
