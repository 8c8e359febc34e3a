// Endpoints and their keys, as engineering runs them: a new endpoint's key is shown once and only
// its hash is kept; the merchant's integration calls with it and the decision model answers; after a
// rotation the old key is refused with KEY_REVOKED and nothing is written. Engineering's check of a
// plan change refuses endpoints whose models the new plan does not allow, until it assigns them.
import { beforeAll, describe, expect, it } from "vitest";
import { call, seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { openPlanChange, ownMerchant, stepAs } from "../support/merchants";
import { db, deliveryCount, ENGINEERING, requestRow, SALES } from "./support";

let engineering: string;
let sales: string;

beforeAll(async () => {
  await seedSmall();
  [engineering, sales] = await Promise.all([signIn(ENGINEERING), signIn(SALES)]);
});

const apply = (endpointId: string, key: string, body: Record<string, unknown> = {}) =>
  call(`/api/public/endpoints/${endpointId}/applications`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}` },
    body: JSON.stringify({ event: "application.submitted", score: 700, amountCents: 150_000, termMonths: 12, ...body }),
  });

describe("endpoint keys", () => {
  it("shows a new key once, keeps only its hash, and refuses it with KEY_REVOKED once rotated, writing nothing", async () => {
    const owner = await ownMerchant(engineering, "mer_0001");
    const created = await post<{ endpointId: string; key: string; keyPrefix: string }>("/api/merchants/mer_0001/endpoints", engineering, {
      lockToken: owner.token,
      note: "Second store's checkout",
      kind: "checkout",
      name: "Lakeside Eastgate checkout",
      url: "https://eastgate.lakeside-furniture-co.example/tandem",
      modelVersionId: "dmv_nw_lease-adv_1",
    });
    expect(created.status).toBe(201);
    const { endpointId, key: first } = created.body;
    expect(first).toMatch(/^tdm_[\w-]{43}$/);
    // Lease Advanced v1 approves a score of 570 and up, up to $6,000 over 24 months.
    const ok = await apply(endpointId, first);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ decision: "approved", reasons: [], model: { name: "Lease Advanced", version: 1 } });
    const declined = await apply(endpointId, first, { score: 540, amountCents: 700_000 });
    expect(await declined.json()).toMatchObject({ decision: "declined", reasons: ["score below 570", "amount above 6000.00"] });
    expect(await deliveryCount(endpointId)).toBe(2);

    const rotated = await post<{ key: string }>(`/api/merchants/mer_0001/endpoints/${endpointId}/rotate-key`, engineering, {
      lockToken: owner.token,
      note: "Key was pasted in a support chat",
    });
    expect(rotated.status).toBe(200);
    const old = await apply(endpointId, first);
    expect([old.status, ((await old.json()) as { error: { code: string } }).error.code]).toEqual([401, "KEY_REVOKED"]);
    expect(await deliveryCount(endpointId)).toBe(2);
    expect((await apply(endpointId, rotated.body.key)).status).toBe(200);
    const unknown = await apply(endpointId, `tdm_${"x".repeat(43)}`);
    expect([unknown.status, ((await unknown.json()) as { error: { code: string } }).error.code]).toEqual([401, "UNAUTHENTICATED"]);
    await owner.release();

    // Neither key is anywhere in the database: only their hashes and prefixes.
    for (const table of ["endpoint_keys", "merchant_notes", "merchant_activity", "audit_log", "endpoint_deliveries"]) {
      const rows = JSON.stringify(await db().all(`SELECT * FROM ${table}` as never));
      expect(rows.includes(first) || rows.includes(rotated.body.key), table).toBe(false);
    }
  });

  it("logs a test event against the endpoint's decision model as a test delivery, with a system note", async () => {
    const sent = await post<{ delivery: { ok: boolean; test: boolean; statusCode: number } }>(
      "/api/merchants/mer_0002/endpoints/mep_0002_1/test",
      engineering,
      {},
    );
    expect(sent.status).toBe(201);
    expect(sent.body.delivery).toMatchObject({ ok: true, test: true, statusCode: 200 });
    const detail = await get<{ items: { id: string; deliveries: { test: boolean }[] }[] }>(
      "/api/merchants/mer_0002/endpoints",
      engineering,
    );
    expect(detail.body.items.find((e) => e.id === "mep_0002_1")?.deliveries[0]?.test).toBe(true);
    expect((await get("/api/merchants/mer_0002/endpoints", sales)).status).toBe(403);
  });
});

describe("engineering's check of a plan change", () => {
  it("refuses endpoints without a model the new plan allows (MODELS_NOT_READY) until engineering assigns one", async () => {
    const id = await openPlanChange(sales, "mer_0002", {
      toPlanVersionId: "plv_nw_growth_2",
      note: "Adding a settlement webhook",
      endpointChanges: [
        { op: "add", kind: "settlement_webhook", name: "Brightline settlements", url: "https://api.brightline.example/settle" },
      ],
    });
    const missing = await stepAs(engineering, "mer_0002", id, "approve");
    expect([missing.status, (missing.body as { error: { code: string } }).error.code]).toEqual([409, "MODELS_NOT_READY"]);
    // A custom-tier model on an advanced plan is refused the same way.
    const tooHigh = await stepAs(engineering, "mer_0002", id, "approve", {
      models: [{ ref: "new-0", modelVersionId: "dmv_nw_lease-custom_1" }],
    });
    expect((tooHigh.body as { error: { code: string } }).error.code).toBe("MODELS_NOT_READY");
    expect((await requestRow(id)).stage).toBe("engineering");
    const assigned = await stepAs(engineering, "mer_0002", id, "approve", {
      models: [{ ref: "new-0", modelVersionId: "dmv_nw_lease-adv_1" }],
    });
    expect(assigned.status).toBe(200);
    const row = await requestRow(id);
    expect({ stage: row.stage, changes: JSON.parse(row.endpointChanges) }).toEqual({
      stage: "finance",
      changes: [
        {
          op: "add",
          kind: "settlement_webhook",
          name: "Brightline settlements",
          url: "https://api.brightline.example/settle",
          modelVersionId: "dmv_nw_lease-adv_1",
        },
      ],
    });
  });
});
