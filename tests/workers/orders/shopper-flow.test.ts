import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { agreementSignatures, agreements, leases, notes, orders } from "../../../db/schema";
import { customerRoom } from "../../../worker/rooms";
import { call, seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { db, receivedLinkToken, requestCode, sendAgreement } from "../support/orders";
import { type Ownership, own, recordChanged } from "../support/ownership";
import { joinRoom } from "../support/room-client";

let ana: string;
let ben: string;
const held: Ownership[] = [];

beforeAll(async () => {
  await seedSmall();
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
});
afterEach(async () => {
  for (const o of held.splice(0)) await o.release();
});

async function owned(customerId: string) {
  const o = await own(ana, customerId);
  held.push(o);
  return o;
}

const SOFA = { title: "Sectional sofa", priceCents: 129_900, quantity: 1, category: "furniture", url: "https://brighthome.example/sofa" };

async function intake(customerId: string, token: number, items: unknown[] = [SOFA]) {
  const res = await post<{ orderId: string; number: string; financing: string; why: string }>(
    `/api/customers/${customerId}/shopper-orders`,
    ana,
    {
      lockToken: token,
      note: "Client called asking for the sofa she linked",
      source: "link",
      merchant: "BrightHome Outlet",
      items,
    },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe("personal shopper: intake to signature", () => {
  it("builds the order, chooses a lease for durable goods and says why", async () => {
    const o = await owned("cus_0003");
    const created = await intake("cus_0003", o.token);
    expect(created.financing).toBe("lease");
    expect(created.why).toMatch(/durable/);
    const detail = await get<{ order: { status: string; channel: string }; items: { compliance: { status: string } }[] }>(
      `/api/orders/${created.orderId}`,
      ana,
    );
    expect(detail.body.order).toMatchObject({ status: "submitted", channel: "personal_shopper" });
    expect(detail.body.items[0]?.compliance.status).toBe("pass");
  });

  it("switches to a loan when a service plan is added, and back when it is removed", async () => {
    const o = await owned("cus_0004");
    const created = await intake("cus_0004", o.token);
    const added = await post<{ itemId: string; financing: string; why: string }>(`/api/orders/${created.orderId}/items`, ana, {
      lockToken: o.token,
      note: "Client wants the protection plan too",
      item: { title: "2-year protection plan", priceCents: 12_900, category: "service_plan" },
    });
    expect(added.status).toBe(201);
    expect(added.body.financing).toBe("loan");
    expect(added.body.why).toMatch(/service/);
    const removed = await post<{ financing: string }>(`/api/orders/${created.orderId}/items/${added.body.itemId}/remove`, ana, {
      lockToken: o.token,
      note: "Client changed her mind about the plan",
    });
    expect(removed.status).toBe(200);
    expect(removed.body.financing).toBe("lease");
  });

  it("sends an agreement, the client signs once, the order is funded and the rep's room hears it", async () => {
    const o = await owned("cus_0005");
    const created = await intake("cus_0005", o.token);
    const sent = await post<{ product: string; sentTo: string; delivered: boolean }>(`/api/orders/${created.orderId}/agreement`, ana, {
      lockToken: o.token,
      note: "Sent the lease agreement by text",
    });
    expect(sent.status).toBe(201);
    // The rep learns where the link went, never the link.
    expect(sent.body).toMatchObject({ delivered: true, channel: "sms" });
    expect(JSON.stringify(sent.body)).not.toContain("/sign/");
    const token = await receivedLinkToken();
    const watcher = (await joinRoom(ben, "cus_0005")).client;
    const from = watcher.frames.length;

    const page = await get<{ state: string; document: { preparedFor: string; terms: { product: string } } }>(
      `/api/public/agreements/${token}`,
    );
    expect(page.status).toBe(200);
    expect(page.body.state).toBe("open");
    const name = page.body.document.preparedFor;
    const code = await requestCode(token);
    const wrongName = await post(`/api/public/agreements/${token}/sign`, undefined, { typedName: "Somebody Else", consent: true, code });
    expect(wrongName.status).toBe(400);
    const signed = await post<{ status: string }>(`/api/public/agreements/${token}/sign`, undefined, {
      typedName: name,
      consent: true,
      code,
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.status).toBe("funded");

    await watcher.next(recordChanged("order", created.orderId), { from });
    const activity = await watcher.next(
      (f) => f.type === "activity" && String((f.item as { summary: string }).summary).includes("signed"),
      { from },
    );
    expect(activity.item).toMatchObject({ kind: "order" });
    watcher.close();

    const [order] = await db().select().from(orders).where(eq(orders.id, created.orderId));
    expect(order?.status).toBe("funded");
    const [agreement] = await db().select().from(agreements).where(eq(agreements.orderId, created.orderId));
    const [signature] = await db()
      .select()
      .from(agreementSignatures)
      .where(eq(agreementSignatures.agreementId, agreement?.id ?? ""));
    expect(signature).toMatchObject({ signedName: name, documentSha256: agreement?.documentSha256 });
    expect(signature?.signedAt).toBeTypeOf("number");
    const lease = await db().select().from(leases).where(eq(leases.orderId, created.orderId));
    expect(lease).toHaveLength(1);
    const systemNotes = await db()
      .select()
      .from(notes)
      .where(and(eq(notes.customerId, "cus_0005"), eq(notes.action, "agreement.sign")));
    expect(systemNotes).toHaveLength(1);
    expect(systemNotes[0]).toMatchObject({ kind: "system", authorId: null, immutable: true });

    const again = await post<{ error: { code: string } }>(`/api/public/agreements/${token}/sign`, undefined, {
      typedName: name,
      consent: true,
      code,
    });
    expect(again.status).toBe(410);
    expect((await get<{ state: string; document: unknown }>(`/api/public/agreements/${token}`)).body).toMatchObject({
      state: "used",
      document: null,
    });
  });
});

describe("signing links", () => {
  it("answer without a staff session, but refuse a sign from a foreign origin", async () => {
    const o = await owned("cus_0018");
    const created = await intake("cus_0018", o.token);
    const token = await sendAgreementFor(created.orderId, o.token);
    expect((await get(`/api/public/agreements/${token}`)).status).toBe(200);
    const foreign = await call(`/api/public/agreements/${token}/sign`, {
      method: "POST",
      headers: { Origin: "https://evil.example" },
      body: JSON.stringify({ typedName: "x", consent: true, code: "123456" }),
    });
    expect(foreign.status).toBe(403);
    expect((await get<{ state: string }>(`/api/public/agreements/${token}`)).body.state).toBe("open");
  });

  it("answer 404 for an unknown link and 400 for a malformed one, the same with or without a session", async () => {
    const unknown = "A".repeat(43);
    expect((await get(`/api/public/agreements/${unknown}`)).status).toBe(404);
    expect((await get(`/api/public/agreements/${unknown}`, ana)).status).toBe(404);
    expect((await get("/api/public/agreements/short")).status).toBe(400);
    expect(
      (await post(`/api/public/agreements/${unknown}/sign`, undefined, { typedName: "Maya", consent: true, code: "123456" })).status,
    ).toBe(404);
  });

  it("expire: an expired link shows no document and cannot be signed", async () => {
    const o = await owned("cus_0019");
    const created = await intake("cus_0019", o.token);
    const token = await sendAgreementFor(created.orderId, o.token);
    await db()
      .update(agreements)
      .set({ expiresAt: Date.now() - 1 })
      .where(eq(agreements.orderId, created.orderId));
    expect((await get(`/api/public/agreements/${token}`)).body).toMatchObject({ state: "expired", document: null });
    const signed = await post<{ error: { code: string } }>(`/api/public/agreements/${token}/sign`, undefined, {
      typedName: "Anyone",
      consent: true,
      code: "123456",
    });
    expect(signed.status).toBe(410);
    const [order] = await db().select().from(orders).where(eq(orders.id, created.orderId));
    expect(order?.status).toBe("awaiting_signature");
  });

  it("are replaced by a new link and withdrawn when the order goes back to review", async () => {
    const o = await owned("cus_0020");
    const created = await intake("cus_0020", o.token);
    const first = await sendAgreementFor(created.orderId, o.token);
    const second = await sendAgreementFor(created.orderId, o.token);
    expect((await get(`/api/public/agreements/${first}`)).body).toMatchObject({ state: "revoked" });
    expect((await get(`/api/public/agreements/${second}`)).body).toMatchObject({ state: "open" });
    const back = await post(`/api/orders/${created.orderId}/status`, ana, {
      lockToken: o.token,
      note: "Client wants to think",
      status: "in_review",
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect((await get(`/api/public/agreements/${second}`)).body).toMatchObject({ state: "revoked" });
  });

  it("refuse an agreement when no product fits, naming the blockers", async () => {
    const o = await owned("cus_0021");
    const created = await intake("cus_0021", o.token, [{ title: "$100 store gift card", priceCents: 10_000, category: "gift_card" }]);
    const res = await post<{ error: { code: string; message: string } }>(`/api/orders/${created.orderId}/agreement`, ana, {
      lockToken: o.token,
      note: "Trying",
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/gift card/);
  });

  it("never store or log the token: only its hash is in the database", async () => {
    const o = await owned("cus_0022");
    const created = await intake("cus_0022", o.token);
    const token = await sendAgreementFor(created.orderId, o.token);
    const tables = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'",
    ).all<{ name: string }>();
    // (message_outbox is the dev demo's stand-in for the customer's phone: it holds what was texted.)
    for (const { name } of tables.results.filter((t) => t.name !== "message_outbox")) {
      const rows = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
      expect(JSON.stringify(rows.results).includes(token), `table ${name}`).toBe(false);
    }
  });
});

async function sendAgreementFor(orderId: string, lockToken: number): Promise<string> {
  return sendAgreement(ana, orderId, lockToken);
}

describe("the signature command", () => {
  it("is refused to staff even through the room's own RPC, and changes nothing", async () => {
    const o = await owned("cus_0023");
    const created = await intake("cus_0023", o.token);
    const token = await sendAgreementFor(created.orderId, o.token);
    const [agreement] = await db().select().from(agreements).where(eq(agreements.orderId, created.orderId));
    const room = await customerRoom(env, "cus_0023");
    // A lead, even one whose session were named like the system's, is not the system.
    const actor = {
      id: "stf_lead_east",
      orgId: "org_northwind",
      teamId: "team_east",
      regionId: "reg_atlantic",
      role: "team_lead" as const,
      name: "Lena Okafor",
      email: "lead.east@tandem.test",
      sessionId: "system",
    };
    const result = await room.mutate(
      actor,
      { type: "agreement.sign", tokenHash: agreement?.tokenHash ?? "", codeId: "cod_00000000000000000000", typedName: "x", consent: true },
      { ip: null, userAgent: null },
    );
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect((await get<{ state: string }>(`/api/public/agreements/${token}`)).body.state).toBe("open");
  });
});
