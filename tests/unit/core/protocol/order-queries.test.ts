import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { OPEN_STATUSES } from "../../../../core/domain/orders";
import { ORDER_VIEWS, OrderListQuerySchema, resolveOrderQuery } from "../../../../core/protocol/order-queries";

const parse = (query: Record<string, string>, zone = "America/New_York") => resolveOrderQuery(v.parse(OrderListQuerySchema, query), zone);

describe("order list queries and saved views", () => {
  it("'needs attention before the client calls' asks for flagged or stale open orders, oldest first", () => {
    expect(parse({ view: "needs-attention" })).toMatchObject({ attention: true, statuses: [...OPEN_STATUSES], sort: "oldest", limit: 25 });
  });

  it("lets filters in the URL override the view's", () => {
    expect(parse({ view: "needs-attention", status: "shipped,ordered", attention: "0" })).toMatchObject({
      attention: false,
      statuses: ["shipped", "ordered"],
    });
  });

  it("turns a date range into whole days of the org's time zone and a cursor into a keyset position", () => {
    // New York: November 1 2026 starts at midnight EDT (04:00Z); clocks fall back that night, so
    // November 2 ends at midnight EST (05:00Z on the 3rd).
    expect(parse({ from: "2026-11-01", to: "2026-11-02", cursor: "1790000000000~ord_0001_1" })).toMatchObject({
      createdFrom: Date.UTC(2026, 10, 1, 4),
      createdBefore: Date.UTC(2026, 10, 3, 5),
      after: { updatedAt: 1_790_000_000_000, id: "ord_0001_1" },
    });
    // The same dates in Los Angeles: three hours later.
    expect(parse({ from: "2026-11-01", to: "2026-11-02" }, "America/Los_Angeles")).toMatchObject({
      createdFrom: Date.UTC(2026, 10, 1, 7),
      createdBefore: Date.UTC(2026, 10, 3, 8),
    });
  });

  it("refuses unknown statuses, channels, views and malformed cursors", () => {
    for (const bad of [{ status: "lost" }, { channel: "fax" }, { view: "mine" }, { cursor: "abc" }, { limit: "500" }, { customer: "x" }]) {
      expect(v.safeParse(OrderListQuerySchema, bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("labels every view", () => {
    for (const view of Object.values(ORDER_VIEWS)) expect(view.label.length).toBeGreaterThan(3);
  });
});
