// Puts the crawl's markers on cus_0001 (after the seed, in this test file's own storage): every PII
// column of the customer, and a direct-deposit loan whose disbursement account is the 11th field.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { createDatabase } from "../../../db/client";
import { customerDevices, customers, loans } from "../../../db/schema";
import { MARKERS } from "./pii-markers";

export const MARKED_CUSTOMER = "cus_0001";
/** The loan the crawl adds to the marked customer (its seeded loan is a purchase loan, with no account). */
export const MARKED_LOAN = "loa_0001_payout";
/** The device the crawl adds to the marked customer, whose install id is the 12th field. */
export const MARKED_DEVICE = "dev_0001_marked";

const first = (field: keyof typeof MARKERS): string => {
  const value = MARKERS[field].values[0];
  if (value === undefined) throw new Error(`no marker for ${field}`);
  return value;
};

export async function plantMarkers(): Promise<void> {
  const db = createDatabase({ DB: env.DB });
  const email = first("email");
  await db
    .update(customers)
    .set({
      phone: first("phone"),
      phoneDigits: "17384690386",
      email,
      emailLower: email.toLowerCase(),
      addressLine1: first("addressLine1"),
      postalCode: first("postalCode"),
      dateOfBirth: first("dateOfBirth"),
      ssn: first("ssn"),
      bankAccountNumber: first("bankAccountNumber"),
      bankRoutingNumber: first("bankRoutingNumber"),
      monthlyIncomeCents: Number(first("monthlyIncomeCents")),
      cardOnFileNumber: first("cardOnFileNumber"),
    })
    .where(eq(customers.id, MARKED_CUSTOMER));
  await db.insert(loans).values({
    id: MARKED_LOAN,
    customerId: MARKED_CUSTOMER,
    orderId: null,
    kind: "direct_deposit",
    status: "active",
    principalCents: 250_000,
    aprBps: 2_499,
    termMonths: 12,
    paymentCents: 23_770,
    balanceCents: 190_000,
    nextDueDate: "2026-11-20",
    daysPastDue: 0,
    disbursementAccount: first("disbursementAccount"),
    collateralDescription: null,
    originatedOn: "2026-08-20",
  });
  await db.insert(customerDevices).values({
    id: MARKED_DEVICE,
    orgId: "org_northwind",
    customerId: MARKED_CUSTOMER,
    deviceId: first("deviceId"),
    platform: "android",
    model: "Pixel 8",
    osVersion: "Android 15",
    appVersion: "5.2.1",
    screen: "1080x2400",
    notifications: true,
    firstSeenAt: Date.UTC(2026, 5, 1),
    lastSeenAt: Date.UTC(2026, 10, 1),
  });
}
