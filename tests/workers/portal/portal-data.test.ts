// What a signed-in merchant user sees and does in the portal, on seeded data: a settled sale's
// funding timeline (amounts worked by hand), asking for a plan change that staff then step as any
// request, an invitation from the console signing a new user in, and the sign-in brute-force limits.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { postJson, seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { stepAs } from "../support/merchants";
import { latestPortalMail, portalCookieOf, signInPortal } from "../support/portal";

let owner: string;

beforeAll(async () => {
  await seedSmall();
  owner = await signInPortal("owner@merchant.test");
});

describe("a transaction's funding timeline", () => {
  it("CK-0001-007: a $2,495.00 lease, settled at Growth v2's 2.75% (6,861.25 -> 6,861 cents): $2,426.39", async () => {
    const answer = await get<{
      transaction: { number: string; product: string; amountCents: number; state: string };
      timeline: { step: string; state: string; who: string | null; words: string }[];
      items: { title: string }[];
    }>("/api/portal/transactions/ord_pt_0001_07", owner);
    expect(answer.status).toBe(200);
    expect(answer.body.transaction).toMatchObject({ number: "CK-0001-007", product: "lease", amountCents: 249_500, state: "settled" });
    expect(answer.body.items.map((i) => i.title)).toEqual(["Queen bedroom set"]);
    expect(answer.body.timeline.map((s) => [s.step, s.state])).toEqual([
      ["application", "done"],
      ["decision", "done"],
      ["agreement_signed", "done"],
      ["funded", "done"],
      ["settled", "done"],
    ]);
    expect(answer.body.timeline[3]?.who).toBe("Northwind Lease & Loan");
    expect(answer.body.timeline[4]?.words).toContain("$2,426.39 was settled to you");
  });

  it("lists fourteen sales, newest first, from waiting for a decision to settled", async () => {
    const list = await get<{ items: { number: string; headline: string }[]; nextCursor: string | null }>("/api/portal/transactions", owner);
    expect(list.body.items).toHaveLength(14);
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.items.slice(0, 6).map((t) => t.headline)).toEqual([
      "Waiting for a decision",
      "Declined",
      "Waiting for the signature",
      "Waiting for funding",
      "Funded, settlement next",
      "Stopped",
    ]);
  });

  it("refuses a malformed id with a typed error (400)", async () => {
    expect(await get("/api/portal/transactions/nope", owner)).toMatchObject({ status: 400, body: { error: { code: "VALIDATION" } } });
  });

  it("downloads an invoice of its own as CSV", async () => {
    const invoices = await get<{ items: { id: string; number: string }[] }>("/api/portal/invoices", owner);
    const first = invoices.body.items[0];
    const csv = await get(`/api/portal/invoices/${first?.id}/csv`, owner);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    expect(String(csv.body).split(/\r?\n/)[0]).toBe(
      "invoice,period,merchant,line,description,quantity,unit_cents,amount_cents,amount_usd,currency",
    );
  });
});

describe("requesting a plan change", () => {
  it("opens the three-stage request for the merchant, recorded as the portal user's; a second is refused; engineering steps it", async () => {
    const plan = await get<{ current: { id: string }; options: { id: string; code: string }[] }>("/api/portal/plan", owner);
    expect(plan.body.current.id).toBe("plv_nw_growth_2");
    const scale = plan.body.options.find((o) => o.code === "scale");
    expect(scale?.id).toBe("plv_nw_scale_1");
    const made = await post<{ requestId: string; stage: string }>("/api/portal/plan/requests", owner, {
      toPlanVersionId: scale?.id,
      note: "Opening a second store in March",
    });
    expect(made).toMatchObject({ status: 201, body: { ok: true, stage: "engineering" } });
    const row = await env.DB.prepare(
      "SELECT stage, requested_by_user_id, requested_by_name, opened_by, reason FROM plan_change_requests WHERE id = ?",
    )
      .bind(made.body.requestId)
      .first<{ stage: string; requested_by_user_id: string; requested_by_name: string; opened_by: string; reason: string }>();
    expect(row).toMatchObject({ stage: "engineering", requested_by_user_id: "mus_0001_owner", requested_by_name: "Dana Whitfield" });
    expect(row?.reason).toBe("Requested by Dana Whitfield (owner, through the merchant portal): Opening a second store in March");
    const manager = await env.DB.prepare("SELECT account_manager_id AS id FROM merchants WHERE id = 'mer_0001'").first<{ id: string }>();
    expect(row?.opened_by).toBe(manager?.id);

    const again = await post("/api/portal/plan/requests", owner, { toPlanVersionId: "plv_nw_enterprise_1", note: "Or maybe this one" });
    expect(again).toMatchObject({ status: 409, body: { error: { code: "CONFLICT" } } });

    // Staff step it as any request: engineering approves it to finance.
    const engineering = await signIn("engineering@tandem.test");
    const stepped = await stepAs(engineering, "mer_0001", made.body.requestId, "approve");
    expect(stepped.status).toBe(200);
    const profile = await get<{ planChanges: { id: string; requestedBy: string | null; openedBy: { staffId: string } }[] }>(
      "/api/merchants/mer_0001",
      engineering,
    );
    expect(profile.body.planChanges.find((r) => r.id === made.body.requestId)).toMatchObject({
      requestedBy: "Dana Whitfield",
      openedBy: { staffId: manager?.id },
    });
    const after = await get<{ requests: { id: string; stage: string; requestedBy: string | null }[] }>("/api/portal/plan", owner);
    expect(after.body.requests.find((r) => r.id === made.body.requestId)).toMatchObject({
      stage: "finance",
      requestedBy: "Dana Whitfield",
    });
  });

  it("refuses the plan the merchant is on, and an unknown plan, writing nothing", async () => {
    const before = await env.DB.prepare("SELECT count(*) AS n FROM plan_change_requests WHERE merchant_id = 'mer_0002'").first<{
      n: number;
    }>();
    const grace = await signInPortal("owner@merchant2.test");
    const current = (await get<{ current: { id: string } }>("/api/portal/plan", grace)).body.current.id;
    expect(await post("/api/portal/plan/requests", grace, { toPlanVersionId: current, note: "Same again" })).toMatchObject({
      status: 400,
      body: { error: { code: "VALIDATION" } },
    });
    expect(await post("/api/portal/plan/requests", grace, { toPlanVersionId: "plv_hb_plus_1", note: "Another org's" })).toMatchObject({
      status: 404,
    });
    const after = await env.DB.prepare("SELECT count(*) AS n FROM plan_change_requests WHERE merchant_id = 'mer_0002'").first<{
      n: number;
    }>();
    expect(after?.n).toBe(before?.n);
  });
});

describe("an invitation from the merchant profile", () => {
  it("sales invites; the mail's code signs the new user in; the invite is audited", async () => {
    const sales = await signIn("sales@tandem.test");
    const invited = await post<{ user: { id: string; status: string } }>("/api/merchants/mer_0001/portal-users", sales, {
      email: "Buyer@Lakeside.test",
      name: "Priya Buyer",
      role: "staff",
    });
    expect(invited).toMatchObject({ status: 201, body: { ok: true, user: { email: "buyer@lakeside.test", status: "invited" } } });
    const mail = await latestPortalMail("buyer@lakeside.test");
    expect(mail.purpose).toBe("portal.invite");
    expect(mail.subject).toBe("You are invited to the merchant portal");
    const signedIn = await postJson("/api/portal/auth/code/verify", { email: "buyer@lakeside.test", code: mail.code });
    expect(signedIn.status).toBe(200);
    expect((await get("/api/portal/me", portalCookieOf(signedIn))).body).toMatchObject({
      name: "Priya Buyer",
      merchant: { id: "mer_0001" },
    });
    const list = await get<{ items: { email: string; status: string }[] }>("/api/merchants/mer_0001/portal-users", sales);
    expect(list.body.items.find((u) => u.email === "buyer@lakeside.test")?.status).toBe("active");
    const audit = await env.DB.prepare("SELECT actor_role, target_id FROM audit_log WHERE action = 'portal.invite'").all<{
      actor_role: string;
      target_id: string;
    }>();
    expect(audit.results).toEqual([{ actor_role: "sales", target_id: invited.body.user.id }]);
  });

  it("a rep may not invite (403); another merchant's user's email is a conflict (409); nothing is written", async () => {
    const rep = await signIn("rep.ana@tandem.test");
    expect((await post("/api/merchants/mer_0001/portal-users", rep, { email: "x@lakeside.test", name: "X", role: "staff" })).status).toBe(
      403,
    );
    const sales = await signIn("sales@tandem.test");
    expect(
      await post("/api/merchants/mer_0001/portal-users", sales, { email: "owner@merchant2.test", name: "Grace", role: "owner" }),
    ).toMatchObject({
      status: 409,
      body: { error: { code: "CONFLICT" } },
    });
    expect(await post("/api/merchants/mer_0001/portal-users", sales, { email: "not-an-email", name: "X", role: "staff" })).toMatchObject({
      status: 400,
    });
    const count = await env.DB.prepare(
      "SELECT count(*) AS n FROM merchant_users WHERE email IN ('x@lakeside.test', 'not-an-email')",
    ).first<{ n: number }>();
    expect(count?.n).toBe(0);
  });
});

describe("the brute-force limit", () => {
  it("per user: five wrong tries spend a code; ten failures in 15 minutes lock the user out, right code or not", async () => {
    const email = "staff@merchant.test";
    const ip = (n: number) => ({ "CF-Connecting-IP": `198.51.100.${n}` });
    await post("/api/portal/auth/code/start", undefined, { email });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await postJson("/api/portal/auth/code/verify", { email, code: "000000" }, undefined, ip(i))).status);
    // (000000 is a real code one time in a million; the seeded user's code is random.)
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    await post("/api/portal/auth/code/start", undefined, { email });
    for (let i = 0; i < 5; i++) await postJson("/api/portal/auth/code/verify", { email, code: "000000" }, undefined, ip(10 + i));
    // Ten failures: even the right code of a fresh start is refused, from any address.
    expect((await post("/api/portal/auth/code/start", undefined, { email })).status).toBe(429);
    const mail = await latestPortalMail(email);
    const locked = await postJson("/api/portal/auth/code/verify", { email, code: mail.code }, undefined, ip(99));
    expect(locked.status).toBe(429);
    expect(await locked.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
  });

  it("per address: twenty failures from one address lock that address, not others", async () => {
    const from = { "CF-Connecting-IP": "203.0.113.77" };
    for (let i = 0; i < 20; i++)
      await postJson("/api/portal/auth/code/verify", { email: `guess${i}@nowhere.test`, code: "123456" }, undefined, from);
    const blocked = await postJson("/api/portal/auth/code/verify", { email: "owner@merchant2.test", code: "123456" }, undefined, from);
    expect(blocked.status).toBe(429);
    const elsewhere = await postJson("/api/portal/auth/code/verify", { email: "owner@merchant2.test", code: "123456" }, undefined, {
      "CF-Connecting-IP": "203.0.113.78",
    });
    expect(elsewhere.status).not.toBe(429);
  });
});
