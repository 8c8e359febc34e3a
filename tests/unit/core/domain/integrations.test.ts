// The integration rules as tables: who may send what, where a change goes, the retry rhythm, what a
// rep sees of a sync, which secret names an endpoint may point at, and the health page's figures.
import { describe, expect, it } from "vitest";
import { healthFigures, percentile } from "../../../../core/domain/integration-health";
import { isIntegrationSecretName, mayReceive, outboundKinds, retryDelaySeconds, syncState } from "../../../../core/domain/integrations";

describe("who may send what", () => {
  it.each([
    ["order_platform", "order.upserted", undefined, true],
    ["order_platform", "customer.upserted", undefined, true],
    ["order_platform", "loan.upserted", undefined, false],
    ["order_platform", "payment.posted", "loan", false],
    ["lease_system", "lease.upserted", undefined, true],
    ["lease_system", "payment.posted", "lease", true],
    ["lease_system", "payment.posted", "loan", false],
    ["loan_system", "payment.posted", "loan", true],
    ["loan_system", "order.upserted", undefined, false],
    ["card_issuer", "test.ping", undefined, true],
    ["card_issuer", "order.upserted", undefined, false],
  ] as const)("a %s sending %s (%s): %s", (kind, type, product, allowed) => {
    expect(mayReceive(kind, type, product)).toBe(allowed);
  });
});

describe("where a change made in Tandem goes", () => {
  it.each([
    ["payment.recorded", "lease", ["lease_system"]],
    ["payment.recorded", "loan", ["loan_system"]],
    ["promise.created", "loan", ["loan_system"]],
    ["promise.resolved", "lease", ["lease_system"]],
    ["customer.updated", null, ["order_platform", "lease_system", "loan_system"]],
    ["order.status_changed", null, ["order_platform"]],
    ["loan.opened", "loan", ["loan_system"]],
    ["loan.paid_out", "loan", ["loan_system"]],
  ] as const)("%s (%s) to %j", (topic, product, kinds) => {
    expect(outboundKinds(topic, product)).toEqual(kinds);
  });
});

describe("retries and what reps see", () => {
  it("waits 1, 2, 4, 8 s and never more than 5 minutes", () => {
    expect([1, 2, 3, 4, 9, 10, 40].map(retryDelaySeconds)).toEqual([1, 2, 4, 8, 256, 300, 300]);
  });

  it("shows pending and sending as syncing", () => {
    expect(["pending", "sending", "synced", "failed"].map((s) => syncState(s as "pending"))).toEqual([
      "syncing",
      "syncing",
      "synced",
      "failed",
    ]);
  });

  it("lets an endpoint name only an INTEGRATION_SECRET_ secret", () => {
    expect(isIntegrationSecretName("INTEGRATION_SECRET_SIMULATOR")).toBe(true);
    expect(isIntegrationSecretName("AUDIT_HMAC_KEY")).toBe(false);
    expect(isIntegrationSecretName("OIDC_CLIENT_SECRET")).toBe(false);
    expect(isIntegrationSecretName("INTEGRATION_SECRET_")).toBe(false);
  });
});

describe("the health page's figures", () => {
  it("rates delivery over accepted events, errors over every request", () => {
    // 100 accepted (96 delivered, 2 dead, 2 waiting) and 25 refused requests.
    expect(healthFigures({ accepted: 100, delivered: 96, dead: 2, refused: 25 })).toEqual({ deliveryRate: 0.96, errorRate: 27 / 125 });
    expect(healthFigures({ accepted: 0, delivered: 0, dead: 0, refused: 0 })).toEqual({ deliveryRate: null, errorRate: null });
  });

  it("takes the nearest-rank p95", () => {
    const lags = Array.from({ length: 20 }, (_, i) => (i + 1) * 10); // 10 .. 200 ms
    expect(percentile(lags, 0.95)).toBe(190);
    expect(percentile([5], 0.95)).toBe(5);
    expect(percentile([], 0.95)).toBeNull();
  });
});
