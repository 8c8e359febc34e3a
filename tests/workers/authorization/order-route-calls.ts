// How the matrix calls the order, card, personal-shopper, signing and servicing routes.
// Commands on an order need one in the right state: `prepare` builds it through the API as the
// rival rep (who holds the lock), on the account the matrix gives each role.
import { get, post } from "../support/json";
import { fundedOrder, intake, SOFA } from "../support/orders";
import type { RouteCall, RouteCase } from "./route-calls";

type Prepared = Parameters<NonNullable<RouteCall["prepare"]>>[0];
const WASHER = { title: "Front-load washer", priceCents: 89_900, category: "appliances" };
/** Well-formed ids of the other org (or of nothing): what a swapped id looks like. */
const FOREIGN = {
  order: "ord_9001_1",
  item: "itm_9001_1_1",
  card: "vcd_foreign01",
  product: "lease",
  productId: "lea_9001",
  promise: "ptp_foreign01",
};
const made = (c: RouteCase, key: keyof typeof FOREIGN) => c.made?.[key] ?? FOREIGN[key];

async function newOrder(p: Prepared) {
  const { orderId } = await intake(p.cookie, p.customer, p.lockToken, [SOFA, WASHER]);
  const detail = await get<{ items: { id: string }[] }>(`/api/orders/${orderId}`, p.cookie);
  return { order: orderId, item: detail.body.items[0]?.id ?? "", second: detail.body.items[1]?.id ?? "" };
}

async function funded(p: Prepared) {
  return { order: await fundedOrder(p.cookie, p.customer, p.lockToken) };
}

async function withCard(p: Prepared) {
  const { order } = await funded(p);
  const issued = await post<{ card: { id: string } }>(`/api/orders/${order}/cards`, p.cookie, {
    lockToken: p.lockToken,
    note: "Placing by hand",
  });
  return { order, card: issued.body.card.id };
}

/** A funded order opens a lease (or a loan where leases are not offered): the product to service. */
async function product(p: Prepared) {
  const { order } = await funded(p);
  for (const kind of ["lease", "loan"] as const) {
    const list = await get<{ items: { id: string; orderId: string | null }[] }>(`/api/customers/${p.customer}/${kind}s`, p.cookie);
    const found = list.body.items.find((x) => x.orderId === order);
    if (found) return { product: kind, productId: found.id };
  }
  throw new Error(`no lease or loan for ${order}`);
}

async function promise(p: Prepared) {
  const target = await product(p);
  const dueDate = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const res = await post<{ promiseId: string }>(`/api/customers/${p.customer}/promises`, p.cookie, {
    lockToken: p.lockToken,
    note: "Client will pay Friday",
    ...target,
    amountCents: 1_000,
    dueDate,
  });
  return { ...target, promise: res.body.promiseId };
}

const noted = (c: RouteCase, body: Record<string, unknown>) => ({ lockToken: c.lockToken, note: `matrix ${c.unique}`, ...body });

export const ORDER_ROUTE_CALLS: Record<string, RouteCall> = {
  "GET /api/orders": { request: () => ({ path: "/api/orders?limit=100" }) },
  "GET /api/orders/:id": {
    request: (c) => ({ path: `/api/orders/${c.org === "own" ? "ord_0001_1" : FOREIGN.order}` }),
  },
  "GET /api/customers/:id/orders": {
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/orders` }),
  },
  "GET /api/customers/:id/leases": {
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/leases` }),
  },
  "GET /api/customers/:id/loans": {
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/loans` }),
  },
  // An unknown signing link (route-spec.ts says why it is not found for anyone).
  "GET /api/public/agreements/:token": {
    request: () => ({ path: `/api/public/agreements/${"Q".repeat(43)}` }),
  },
  "POST /api/public/agreements/:token/sign": {
    request: () => ({
      path: `/api/public/agreements/${"Q".repeat(43)}/sign`,
      body: { typedName: "Maya Johnson", consent: true, code: "123456" },
    }),
  },
  "POST /api/public/agreements/:token/code": {
    request: () => ({ path: `/api/public/agreements/${"Q".repeat(43)}/code`, body: { channel: "sms" } }),
  },

  "POST /api/customers/:id/shopper-orders": {
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/shopper-orders`,
      body: noted(c, { source: "call", merchant: "Appliance Barn", items: [WASHER] }),
    }),
  },
  "POST /api/orders/:id/items": {
    prepare: newOrder,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/items`, body: noted(c, { item: WASHER }) }),
  },
  "POST /api/orders/:id/items/:itemId/remove": {
    prepare: newOrder,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/items/${c.made?.second ?? FOREIGN.item}/remove`, body: noted(c, {}) }),
  },
  "POST /api/orders/:id/items/:itemId/review": {
    prepare: newOrder,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/items/${made(c, "item")}/review`, body: noted(c, { decision: "approve" }) }),
  },
  "POST /api/orders/:id/status": {
    prepare: newOrder,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/status`, body: noted(c, { status: "in_review" }) }),
  },
  "POST /api/orders/:id/attention": {
    prepare: newOrder,
    request: (c) => ({
      path: `/api/orders/${made(c, "order")}/attention`,
      body: noted(c, { needsAttention: true, reason: "Vendor backorder" }),
    }),
  },
  "POST /api/orders/:id/agreement": {
    prepare: newOrder,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/agreement`, body: noted(c, {}) }),
  },
  "POST /api/orders/:id/cards": {
    prepare: funded,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/cards`, body: noted(c, {}) }),
  },
  "POST /api/orders/:id/cards/:cardId/cancel": {
    prepare: withCard,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/cards/${made(c, "card")}/cancel`, body: noted(c, {}) }),
  },
  "POST /api/orders/:id/cards/:cardId/used": {
    prepare: withCard,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/cards/${made(c, "card")}/used`, body: noted(c, { confirmation: "BH-1" }) }),
  },
  "POST /api/customers/:id/payments": {
    prepare: product,
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/payments`,
      body: noted(c, { product: made(c, "product"), productId: made(c, "productId"), amountCents: 100, method: "card" }),
    }),
  },
  "POST /api/customers/:id/promises": {
    prepare: product,
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/promises`,
      body: noted(c, {
        product: made(c, "product"),
        productId: made(c, "productId"),
        amountCents: 1_000,
        dueDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
      }),
    }),
  },
  "POST /api/customers/:id/promises/:promiseId/resolve": {
    prepare: promise,
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/promises/${made(c, "promise")}/resolve`,
      body: noted(c, { outcome: "kept" }),
    }),
  },
};
