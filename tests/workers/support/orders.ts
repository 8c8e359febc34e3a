// Building orders through the API as a rep would, for the order, card and servicing tests.
import { env } from "cloudflare:test";
import { eq, inArray, sql } from "drizzle-orm";
import { createDatabase } from "../../../db/client";
import { activityEvents, leases, loans, notes, orderItems, orders, payments, promisesToPay, virtualCards } from "../../../db/schema";
import { get, post } from "./json";

export const db = () => createDatabase({ DB: env.DB });

export const SOFA = {
  title: "Sectional sofa",
  priceCents: 129_900,
  quantity: 1,
  category: "furniture",
  url: "https://brighthome.example/sofa",
};
export const PLAN = { title: "2-year protection plan", priceCents: 12_900, category: "service_plan" };

export async function intake(
  cookie: string,
  customerId: string,
  lockToken: number,
  items: unknown[] = [SOFA],
): Promise<{ orderId: string; number: string }> {
  const res = await post<{ orderId: string; number: string }>(`/api/customers/${customerId}/shopper-orders`, cookie, {
    lockToken,
    note: "Client asked for the items she linked",
    source: "link",
    merchant: "BrightHome Outlet",
    items,
  });
  if (res.status !== 201) throw new Error(`intake failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Sends the agreement and returns the signing token (the part after /sign/). */
export async function sendAgreement(cookie: string, orderId: string, lockToken: number): Promise<string> {
  const res = await post<{ signingPath: string }>(`/api/orders/${orderId}/agreement`, cookie, {
    lockToken,
    note: "Agreement sent by text",
  });
  if (res.status !== 201) throw new Error(`agreement failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.signingPath.replace("/sign/", "");
}

export async function signAsClient(token: string): Promise<void> {
  const page = await get<{ document: { preparedFor: string } }>(`/api/public/agreements/${token}`);
  const res = await post(`/api/public/agreements/${token}/sign`, undefined, { typedName: page.body.document.preparedFor, consent: true });
  if (res.status !== 200) throw new Error(`signing failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A personal-shopper order taken all the way to funded (signed by the client). */
export async function fundedOrder(cookie: string, customerId: string, lockToken: number, items: unknown[] = [SOFA]): Promise<string> {
  const { orderId } = await intake(cookie, customerId, lockToken, items);
  await signAsClient(await sendAgreement(cookie, orderId, lockToken));
  return orderId;
}

/** Everything a command could change about one customer, to prove a refusal changed nothing. */
export async function customerSnapshot(customerId: string): Promise<string> {
  const d = db();
  const orderRows = await d.select().from(orders).where(eq(orders.customerId, customerId));
  const ids = orderRows.map((o) => o.id);
  const [items, cards, leaseRows, loanRows, paymentRows, promiseRows, noteCount, activityCount] = await Promise.all([
    ids.length ? d.select().from(orderItems).where(inArray(orderItems.orderId, ids)) : [],
    d.select().from(virtualCards).where(eq(virtualCards.customerId, customerId)),
    d.select().from(leases).where(eq(leases.customerId, customerId)),
    d.select().from(loans).where(eq(loans.customerId, customerId)),
    d.select().from(payments).where(eq(payments.customerId, customerId)),
    d.select().from(promisesToPay).where(eq(promisesToPay.customerId, customerId)),
    d.select({ n: sql<number>`count(*)` }).from(notes).where(eq(notes.customerId, customerId)),
    d.select({ n: sql<number>`count(*)` }).from(activityEvents).where(eq(activityEvents.customerId, customerId)),
  ]);
  return JSON.stringify({ orderRows, items, cards, leaseRows, loanRows, paymentRows, promiseRows, noteCount, activityCount });
}
