// Orders across the org: the list (filters, saved views, keyset paging), one order with its items'
// lease/loan verdicts, and the order commands, each sent through the customer's room. Commands
// check the role first (as the room does again), so a role that may not act learns nothing of ids.
import { Hono } from "hono";
import * as v from "valibot";
import { AppError } from "../../core/protocol/errors";
import type { OrderDetail, OrderList } from "../../core/protocol/order-answers";
import {
  AgreementSendCommandSchema,
  CardCancelCommandSchema,
  CardIdSchema,
  CardIssueCommandSchema,
  CardMarkUsedCommandSchema,
  ItemIdSchema,
  OrderAttentionCommandSchema,
  OrderIdSchema,
  OrderItemReviewCommandSchema,
  OrderStatusCommandSchema,
  ShopperItemAddCommandSchema,
  ShopperItemRemoveCommandSchema,
} from "../../core/protocol/order-commands";
import { OrderListQuerySchema, resolveOrderQuery } from "../../core/protocol/order-queries";
import { findCustomer } from "../../db/repositories/customers";
import { agreementsOf, cardsOf, findOrder, itemCounts, listOrders, orderItemsOf } from "../../db/repositories/orders";
import { orgTimeZone } from "../../db/repositories/org";
import { recordVisit } from "../customer-access";
import type { AppEnv } from "../env";
import { deliverSigningLink } from "../messaging/signing-link";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { nextStatuses, presentAgreements, presentCards, presentItems, presentOrderSummary } from "../order-presenters";
import { commandThroughRoom, mutateThroughRoom } from "../rooms";

const OrderParam = v.object({ id: OrderIdSchema });
const ItemParam = v.object({ id: OrderIdSchema, itemId: ItemIdSchema });
const CardParam = v.object({ id: OrderIdSchema, cardId: CardIdSchema });
const StatusBody = v.omit(OrderStatusCommandSchema, ["type", "orderId"]);
const AttentionBody = v.omit(OrderAttentionCommandSchema, ["type", "orderId"]);
const ReviewBody = v.omit(OrderItemReviewCommandSchema, ["type", "orderId", "itemId"]);
const ItemAddBody = v.omit(ShopperItemAddCommandSchema, ["type", "orderId"]);
const ItemRemoveBody = v.omit(ShopperItemRemoveCommandSchema, ["type", "orderId", "itemId"]);
const AgreementBody = v.omit(AgreementSendCommandSchema, ["type", "orderId"]);
const CardIssueBody = v.omit(CardIssueCommandSchema, ["type", "orderId"]);
const CardCancelBody = v.omit(CardCancelCommandSchema, ["type", "cardId"]);
const CardUsedBody = v.omit(CardMarkUsedCommandSchema, ["type", "cardId"]);

export const orderRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .get("/", validate("query", OrderListQuerySchema), async (c) => {
    const query = resolveOrderQuery(c.req.valid("query"), await orgTimeZone(c.var.db, c.var.actor.orgId));
    const now = Date.now();
    const rows = await listOrders(c.var.db, { ...query, orgId: c.var.actor.orgId, limit: query.limit + 1, now });
    const page = rows.slice(0, query.limit);
    const counts = await itemCounts(
      c.var.db,
      page.map((r) => r.id),
    );
    const last = page.at(-1);
    return c.json<OrderList>({
      items: page.map((row) => ({
        ...presentOrderSummary(row, now),
        customer: { id: row.customerId, name: row.customerName },
        itemCount: counts.get(row.id) ?? 0,
      })),
      nextCursor: rows.length > query.limit && last ? `${last.updatedAt}~${last.id}` : null,
    });
  })
  .get("/:id", validate("param", OrderParam), async (c) => {
    const { orgId, role } = c.var.actor;
    const order = await findOrder(c.var.db, orgId, c.req.valid("param").id);
    const customer = order ? await findCustomer(c.var.db, orgId, order.customerId) : null;
    if (!order || !customer) throw new AppError("NOT_FOUND", "No such order");
    await recordVisit(c, customer.id);
    const now = Date.now();
    const [items, cards, agreements] = await Promise.all([
      orderItemsOf(c.var.db, order.id),
      cardsOf(c.var.db, { orderId: order.id }),
      agreementsOf(c.var.db, order.id),
    ]);
    const presented = presentItems(items, order, customer.state);
    return c.json<OrderDetail>({
      order: presentOrderSummary(order, now),
      customer: { id: customer.id, name: customer.fullName, state: customer.state },
      items: presented.items,
      financing: { product: order.financing, choice: presented.choice },
      nextStatuses: nextStatuses(order),
      cards: presentCards(cards, role, now),
      agreements: presentAgreements(agreements, now, role),
    });
  })
  .post("/:id/status", requirePermission("order.manage"), validate("param", OrderParam), validateNoted(StatusBody, "note"), async (c) => {
    const order = await orderOf(c, c.req.valid("param").id);
    return mutateThroughRoom(c, order.customerId, { type: "order.status", orderId: order.id, ...c.req.valid("json") });
  })
  .post(
    "/:id/attention",
    requirePermission("order.manage"),
    validate("param", OrderParam),
    validateNoted(AttentionBody, "note"),
    async (c) => {
      const order = await orderOf(c, c.req.valid("param").id);
      return mutateThroughRoom(c, order.customerId, { type: "order.attention", orderId: order.id, ...c.req.valid("json") });
    },
  )
  .post(
    "/:id/items/:itemId/review",
    requirePermission("order.review_item"),
    validate("param", ItemParam),
    validateNoted(ReviewBody, "note"),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const order = await orderOf(c, id);
      return mutateThroughRoom(c, order.customerId, { type: "order.item_review", orderId: order.id, itemId, ...c.req.valid("json") });
    },
  )
  .post("/:id/items", requirePermission("shopper.manage"), validate("param", OrderParam), validateNoted(ItemAddBody, "note"), async (c) => {
    const order = await orderOf(c, c.req.valid("param").id);
    return mutateThroughRoom(c, order.customerId, { type: "shopper.item_add", orderId: order.id, ...c.req.valid("json") }, 201);
  })
  .post(
    "/:id/items/:itemId/remove",
    requirePermission("shopper.manage"),
    validate("param", ItemParam),
    validateNoted(ItemRemoveBody, "note"),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const order = await orderOf(c, id);
      return mutateThroughRoom(c, order.customerId, { type: "shopper.item_remove", orderId: order.id, itemId, ...c.req.valid("json") });
    },
  )
  .post(
    "/:id/agreement",
    requirePermission("shopper.manage"),
    validate("param", OrderParam),
    validateNoted(AgreementBody, "note"),
    async (c) => {
      const order = await orderOf(c, c.req.valid("param").id);
      const reply = await commandThroughRoom(c, order.customerId, { type: "agreement.send", orderId: order.id, ...c.req.valid("json") });
      return c.json(await deliverSigningLink(c, order.customerId, reply), 201);
    },
  )
  .post("/:id/cards", requirePermission("card.issue"), validate("param", OrderParam), validateNoted(CardIssueBody, "note"), async (c) => {
    const order = await orderOf(c, c.req.valid("param").id);
    return mutateThroughRoom(c, order.customerId, { type: "card.issue", orderId: order.id, ...c.req.valid("json") }, 201);
  })
  .post(
    "/:id/cards/:cardId/cancel",
    requirePermission("card.issue"),
    validate("param", CardParam),
    validateNoted(CardCancelBody, "note"),
    async (c) => {
      const { id, cardId } = c.req.valid("param");
      const order = await orderOf(c, id);
      return mutateThroughRoom(c, order.customerId, { type: "card.cancel", cardId, ...c.req.valid("json") });
    },
  )
  .post(
    "/:id/cards/:cardId/used",
    requirePermission("card.issue"),
    validate("param", CardParam),
    validateNoted(CardUsedBody, "note"),
    async (c) => {
      const { id, cardId } = c.req.valid("param");
      const order = await orderOf(c, id);
      return mutateThroughRoom(c, order.customerId, { type: "card.mark_used", cardId, ...c.req.valid("json") });
    },
  );

async function orderOf(c: { var: AppEnv["Variables"] }, id: string) {
  const order = await findOrder(c.var.db, c.var.actor.orgId, id);
  if (!order) throw new AppError("NOT_FOUND", "No such order");
  return order;
}
