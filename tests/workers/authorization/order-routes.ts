// The matrix's expectations for the order, card, personal-shopper, signing and servicing routes.
// Commands on an order need one in the right state: `prepare` builds it through the API as the
// rival rep (who holds the lock), on the account the matrix gives each role.
import { get, post } from "../support/json";
import { fundedOrder, intake, SOFA } from "../support/orders";
import type { RouteCase, RouteExpectation } from "./routes";

type Prepared = Parameters<NonNullable<RouteExpectation["prepare"]>>[0];
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
const read = ["customer.read"] as const;

export const ORDER_ROUTES: Record<string, RouteExpectation> = {
  "GET /api/orders": { access: [...read], request: () => ({ path: "/api/orders?limit=100" }), otherOrg: "filtered", success: 200 },
  "GET /api/orders/:id": {
    access: [...read],
    request: (c) => ({ path: `/api/orders/${c.org === "own" ? "ord_0001_1" : FOREIGN.order}` }),
    otherOrg: "404",
    success: 200,
  },
  "GET /api/customers/:id/orders": {
    access: [...read],
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/orders` }),
    otherOrg: "404",
    success: 200,
  },
  "GET /api/customers/:id/leases": {
    access: [...read],
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/leases` }),
    otherOrg: "404",
    success: 200,
  },
  "GET /api/customers/:id/loans": {
    access: [...read],
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/loans` }),
    otherOrg: "404",
    success: 200,
  },
  // The signing link is the credential: a session adds nothing, and an unknown link is not found for everyone.
  "GET /api/public/agreements/:token": {
    access: "public",
    request: () => ({ path: `/api/public/agreements/${"Q".repeat(43)}` }),
    otherOrg: "filtered",
    success: 404,
  },
  "POST /api/public/agreements/:token/sign": {
    access: "public",
    request: () => ({ path: `/api/public/agreements/${"Q".repeat(43)}/sign`, body: { typedName: "Maya Johnson", consent: true } }),
    otherOrg: "filtered",
    success: 404,
  },

  "POST /api/customers/:id/shopper-orders": {
    access: [...read, "shopper.manage"],
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/shopper-orders`,
      body: noted(c, { source: "call", merchant: "Appliance Barn", items: [WASHER] }),
    }),
    otherOrg: "404",
    ownership: true,
    success: 201,
  },
  "POST /api/orders/:id/items": {
    access: [...read, "shopper.manage"],
    prepare: newOrder,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/items`, body: noted(c, { item: WASHER }) }),
    otherOrg: "404",
    ownership: true,
    success: 201,
  },
  "POST /api/orders/:id/items/:itemId/remove": {
    access: [...read, "shopper.manage"],
    prepare: newOrder,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/items/${c.made?.second ?? FOREIGN.item}/remove`, body: noted(c, {}) }),
    otherOrg: "404",
    ownership: true,
    success: 200,
  },
  "POST /api/orders/:id/items/:itemId/review": {
    access: [...read, "order.review_item"],
    prepare: newOrder,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/items/${made(c, "item")}/review`, body: noted(c, { decision: "approve" }) }),
    otherOrg: "404",
    ownership: true,
    success: 200,
  },
  "POST /api/orders/:id/status": {
    access: [...read, "order.manage"],
    prepare: newOrder,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/status`, body: noted(c, { status: "in_review" }) }),
    otherOrg: "404",
    ownership: true,
    success: 200,
  },
  "POST /api/orders/:id/attention": {
    access: [...read, "order.manage"],
    prepare: newOrder,
    request: (c) => ({
      path: `/api/orders/${made(c, "order")}/attention`,
      body: noted(c, { needsAttention: true, reason: "Vendor backorder" }),
    }),
    otherOrg: "404",
    ownership: true,
    success: 200,
  },
  "POST /api/orders/:id/agreement": {
    access: [...read, "shopper.manage"],
    prepare: newOrder,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/agreement`, body: noted(c, {}) }),
    otherOrg: "404",
    ownership: true,
    success: 201,
  },
  "POST /api/orders/:id/cards": {
    access: [...read, "card.issue"],
    prepare: funded,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/cards`, body: noted(c, {}) }),
    otherOrg: "404",
    ownership: true,
    success: 201,
  },
  "POST /api/orders/:id/cards/:cardId/cancel": {
    access: [...read, "card.issue"],
    prepare: withCard,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/cards/${made(c, "card")}/cancel`, body: noted(c, {}) }),
    otherOrg: "404",
    ownership: true,
    success: 200,
  },
  "POST /api/orders/:id/cards/:cardId/used": {
    access: [...read, "card.issue"],
    prepare: withCard,
    request: (c) => ({ path: `/api/orders/${made(c, "order")}/cards/${made(c, "card")}/used`, body: noted(c, { confirmation: "BH-1" }) }),
    otherOrg: "404",
    ownership: true,
    success: 200,
  },
  "POST /api/customers/:id/payments": {
    access: [...read, "loan.service"],
    prepare: product,
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/payments`,
      body: noted(c, { product: made(c, "product"), productId: made(c, "productId"), amountCents: 100, method: "card" }),
    }),
    otherOrg: "404",
    ownership: true,
    success: 201,
  },
  "POST /api/customers/:id/promises": {
    access: [...read, "loan.service"],
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
    otherOrg: "404",
    ownership: true,
    success: 201,
  },
  "POST /api/customers/:id/promises/:promiseId/resolve": {
    access: [...read, "loan.service"],
    prepare: promise,
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/promises/${made(c, "promise")}/resolve`,
      body: noted(c, { outcome: "kept" }),
    }),
    otherOrg: "404",
    ownership: true,
    success: 200,
  },
};
