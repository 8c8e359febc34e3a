// A bootstrap import row as the event a back end would have sent: customers and orders as the
// order platform's, leases as the lease system's, loans as the loan-management system's. The event
// id is fixed by the row (record, id, version), so importing the same file again is a repeat
// Tandem acknowledges and drops, and an interrupted import can start again from anywhere.
import type { ImportRow } from "../protocol/import-rows";
import type { InboundEvent } from "../protocol/integration-events";

export type ImportTarget = "orders" | "leases" | "loans";

export function importEventId(row: Pick<ImportRow, "record" | "id" | "version">): string {
  return `import:${row.record}:${row.id}:v${row.version}`.slice(0, 100);
}

const orNull = (value: string | null): string | null => (value === "" ? null : value);

export function rowToEvent(row: ImportRow): { target: ImportTarget; event: InboundEvent } {
  const id = importEventId(row);
  const entity = { id: row.id, version: row.version };
  switch (row.record) {
    case "customer":
      return {
        target: "orders",
        event: {
          id,
          type: "customer.upserted",
          entity,
          data: {
            firstName: row.first_name,
            lastName: row.last_name,
            phone: row.phone,
            email: orNull(row.email),
            addressLine1: row.address_line1,
            city: row.city,
            state: orNull(row.state),
            postalCode: orNull(row.postal_code),
          },
        },
      };
    case "order":
      return {
        target: "orders",
        event: {
          id,
          type: "order.upserted",
          entity,
          customer: { externalId: row.customer_id },
          data: {
            number: row.number,
            channel: row.channel,
            merchant: row.merchant,
            status: row.status,
            financing: row.financing === "" ? null : row.financing,
            totalCents: row.total_cents,
            items: [
              {
                title: row.item_title,
                category: row.item_category,
                priceCents: row.item_price_cents,
                quantity: row.item_quantity,
                vendorName: row.vendor_name,
              },
            ],
          },
        },
      };
    case "lease":
      return {
        target: "leases",
        event: {
          id,
          type: "lease.upserted",
          entity,
          customer: { externalId: row.customer_id },
          data: {
            status: row.status,
            itemDescription: row.item_description,
            cashPriceCents: row.cash_price_cents,
            totalCostCents: row.total_cost_cents,
            paymentCents: row.payment_cents,
            frequency: row.frequency,
            termPayments: row.term_payments,
            paymentsMade: row.payments_made,
            nextDueDate: orNull(row.next_due_date),
            daysPastDue: row.days_past_due,
            earlyPurchaseCents: row.early_purchase_cents,
            startedOn: row.started_on,
          },
        },
      };
    case "loan":
      return {
        target: "loans",
        event: {
          id,
          type: "loan.upserted",
          entity,
          customer: { externalId: row.customer_id },
          data: {
            kind: row.kind,
            status: row.status,
            principalCents: row.principal_cents,
            aprBps: row.apr_bps,
            termMonths: row.term_months,
            balanceCents: row.balance_cents,
            nextDueDate: orNull(row.next_due_date),
            daysPastDue: row.days_past_due,
            originatedOn: row.originated_on,
            collateralDescription: row.collateral_description,
          },
        },
      };
  }
}

/** Customers first: their accounts must exist before their orders, leases and loans are accepted. */
export const IMPORT_ORDER: Record<ImportRow["record"], number> = { customer: 0, order: 1, lease: 1, loan: 1 };
