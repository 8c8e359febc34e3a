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

interface OutboxItem {
  to: string;
  text: string;
  purpose: string;
}

/** The newest message the dev outbox (the demo's stand-in for the customer's phone) holds for a purpose. */
export async function lastMessage(purpose: "agreement.link" | "agreement.code"): Promise<OutboxItem> {
  const outbox = await get<{ items: OutboxItem[] }>("/api/dev/outbox");
  const item = outbox.body.items.find((m) => m.purpose === purpose);
  if (!item) throw new Error(`no ${purpose} message in the outbox: ${JSON.stringify(outbox.body)}`);
  return item;
}

/** The token of the signing link the customer received last (the part after /sign/). */
export async function receivedLinkToken(): Promise<string> {
  const token = (await lastMessage("agreement.link")).text.match(/\/sign\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error("no signing link in the message");
  return token;
}

/** Sends the agreement (to the customer's phone) and returns the signing token the customer received. */
export async function sendAgreement(cookie: string, orderId: string, lockToken: number): Promise<string> {
  const res = await post(`/api/orders/${orderId}/agreement`, cookie, { lockToken, note: "Agreement sent by text" });
  if (res.status !== 201) throw new Error(`agreement failed: ${res.status} ${JSON.stringify(res.body)}`);
  return receivedLinkToken();
}

/** As the customer: asks for a code by text, reads it off the phone (the outbox), and answers the code. */
export async function requestCode(token: string): Promise<string> {
  const asked = await post(`/api/public/agreements/${token}/code`, undefined, { channel: "sms" });
  if (asked.status !== 201) throw new Error(`code request failed: ${asked.status} ${JSON.stringify(asked.body)}`);
  const code = (await lastMessage("agreement.code")).text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error("no code in the message");
  return code;
}

export async function signAsClient(token: string): Promise<void> {
  const page = await get<{ document: { preparedFor: string } }>(`/api/public/agreements/${token}`);
  const code = await requestCode(token);
  const res = await post(`/api/public/agreements/${token}/sign`, undefined, {
    typedName: page.body.document.preparedFor,
    consent: true,
    code,
  });
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
