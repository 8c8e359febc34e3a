// The bootstrap import's rows: CSV as spreadsheets write it, each kind of row checked with reasons a
// person can act on, and a good row turned into the event its back end would have sent (which the
// inbound endpoint's own schema accepts).
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../../core/domain/csv";
import { importEventId, rowToEvent } from "../../../../core/domain/import-rows";
import { describeIssues } from "../../../../core/protocol/errors";
import { ImportRowSchema } from "../../../../core/protocol/import-rows";
import { InboundEventSchema } from "../../../../core/protocol/integration-events";

describe("CSV", () => {
  it("reads quotes, doubled quotes, commas and line breaks in cells, CRLF, a BOM, and no blank last row", () => {
    const text = '\uFEFFrecord,id,item_title\r\norder,PO-1,"65"" TV, wall mount"\r\norder,PO-2,"two\nlines"\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ["record", "id", "item_title"] },
      { line: 2, cells: ["order", "PO-1", '65" TV, wall mount'] },
      { line: 3, cells: ["order", "PO-2", "two\nlines"] },
    ]);
  });
});

const issues = (row: Record<string, string>) => {
  const parsed = v.safeParse(ImportRowSchema, row);
  return parsed.success ? [] : describeIssues(parsed.issues).map((i) => `${i.path}: ${i.message}`);
};

describe("rows", () => {
  const customer = { record: "customer", id: "FX-1", first_name: "Ada", last_name: "Quinn", phone: "(555) 910-0001" };

  it("names what is wrong with a row, field by field", () => {
    expect(issues({ ...customer, last_name: "", email: "ada@example" })).toEqual([
      "last_name: is required",
      "email: is not an email address",
    ]);
    expect(
      issues({
        record: "loan",
        id: "LN-1",
        customer_id: "FX-1",
        kind: "purchase",
        status: "active",
        principal_cents: "12.50",
        apr_bps: "2999",
        term_months: "12",
        balance_cents: "0",
        originated_on: "2026-06-01",
      }),
    ).toEqual(["principal_cents: must be a whole number"]);
    expect(issues({ record: "pet", id: "P-1" })).toEqual(["record: record must be one of customer, order, lease, loan"]);
  });

  it("becomes the event its back end would send, with an id fixed by the row", () => {
    const row = v.parse(ImportRowSchema, { ...customer, version: "3", email: "ada@example.com", state: "FL" });
    const { target, event } = rowToEvent(row);
    expect(target).toBe("orders");
    expect(event).toEqual({
      id: "import:customer:FX-1:v3",
      type: "customer.upserted",
      entity: { id: "FX-1", version: 3 },
      data: {
        firstName: "Ada",
        lastName: "Quinn",
        phone: "(555) 910-0001",
        email: "ada@example.com",
        addressLine1: null,
        city: null,
        state: "FL",
        postalCode: null,
      },
    });
    expect(v.safeParse(InboundEventSchema, event).success).toBe(true);
    expect(importEventId({ record: "order", id: "PO-9", version: 1 })).toBe("import:order:PO-9:v1");
  });

  it("sends orders to the order platform's endpoint, leases and loans to theirs", () => {
    const order = v.parse(ImportRowSchema, {
      record: "order",
      id: "PO-1",
      customer_id: "FX-1",
      number: "IMP-1",
      channel: "own_site",
      merchant: "Northwind",
      status: "submitted",
      financing: "",
      total_cents: "5000",
      item_title: "Lamp",
      item_category: "furniture",
      item_price_cents: "5000",
    });
    const converted = rowToEvent(order);
    expect(converted.target).toBe("orders");
    expect(v.safeParse(InboundEventSchema, converted.event).success).toBe(true);
    const loan = v.parse(ImportRowSchema, {
      record: "loan",
      id: "LN-1",
      customer_id: "FX-1",
      kind: "purchase",
      status: "active",
      principal_cents: "100000",
      apr_bps: "2999",
      term_months: "12",
      balance_cents: "80000",
      originated_on: "2026-06-01",
    });
    expect(rowToEvent(loan).target).toBe("loans");
    expect(v.safeParse(InboundEventSchema, rowToEvent(loan).event).success).toBe(true);
  });
});
