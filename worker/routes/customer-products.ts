// A customer's orders, leases and loans, and the commands that start a personal-shopper order, open
// and pay out a direct-deposit loan, or service a lease or loan (payments, promises to pay), each
// through the customer's room.
import { Hono } from "hono";
import * as v from "valibot";
import { CustomerParamSchema } from "../../core/protocol/api";
import { LoanIdSchema, LoanOpenCommandSchema, LoanPayoutCommandSchema } from "../../core/protocol/loan-commands";
import type { CustomerOrders } from "../../core/protocol/order-answers";
import {
  PaymentRecordCommandSchema,
  PromiseCreateCommandSchema,
  PromiseIdSchema,
  PromiseResolveCommandSchema,
  ShopperIntakeCommandSchema,
} from "../../core/protocol/order-commands";
import type { LeaseList, LoanList } from "../../core/protocol/servicing-answers";
import { itemCounts, listOrders } from "../../db/repositories/orders";
import { loadServicing } from "../../db/repositories/servicing";
import { readCustomer } from "../customer-access";
import type { AppEnv } from "../env";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { presentOrderSummary } from "../order-presenters";
import { orgToday } from "../org-clock";
import { mutateThroughRoom } from "../rooms";
import { presentLeases, presentLoans } from "../servicing-presenters";

const IntakeBody = v.omit(ShopperIntakeCommandSchema, ["type"]);
const PaymentBody = v.omit(PaymentRecordCommandSchema, ["type"]);
const PromiseBody = v.omit(PromiseCreateCommandSchema, ["type"]);
const ResolveBody = v.omit(PromiseResolveCommandSchema, ["type", "promiseId"]);
const PromiseParam = v.object({ id: CustomerParamSchema.entries.id, promiseId: PromiseIdSchema });
const LoanOpenBody = v.omit(LoanOpenCommandSchema, ["type"]);
const PayoutBody = v.omit(LoanPayoutCommandSchema, ["type", "loanId"]);
const LoanParam = v.object({ id: CustomerParamSchema.entries.id, loanId: LoanIdSchema });

export const customerProductRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .get("/:id/orders", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomer(c, c.req.valid("param").id);
    const now = Date.now();
    const rows = await listOrders(c.var.db, { orgId: c.var.actor.orgId, customerId: customer.id, sort: "newest", limit: 100, now });
    const counts = await itemCounts(
      c.var.db,
      rows.map((r) => r.id),
    );
    return c.json<CustomerOrders>({ items: rows.map((row) => ({ ...presentOrderSummary(row, now), itemCount: counts.get(row.id) ?? 0 })) });
  })
  .get("/:id/leases", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomer(c, c.req.valid("param").id);
    const [data, today] = await Promise.all([loadServicing(c.var.db, customer.id), orgToday(c)]);
    return c.json<LeaseList>({ items: presentLeases(data, today) });
  })
  .get("/:id/loans", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomer(c, c.req.valid("param").id);
    const [data, today] = await Promise.all([loadServicing(c.var.db, customer.id), orgToday(c)]);
    return c.json<LoanList>({ items: presentLoans(data, c.var.actor.role, today, Date.now()) });
  })
  .post(
    "/:id/shopper-orders",
    requirePermission("shopper.manage"),
    validate("param", CustomerParamSchema),
    validateNoted(IntakeBody, "note"),
    async (c) => {
      return mutateThroughRoom(c, c.req.valid("param").id, { type: "shopper.intake", ...c.req.valid("json") }, 201);
    },
  )
  .post(
    "/:id/payments",
    requirePermission("loan.service"),
    validate("param", CustomerParamSchema),
    validateNoted(PaymentBody, "note"),
    async (c) => {
      return mutateThroughRoom(c, c.req.valid("param").id, { type: "payment.record", ...c.req.valid("json") }, 201);
    },
  )
  .post(
    "/:id/loans",
    requirePermission("loan.originate"),
    validate("param", CustomerParamSchema),
    validateNoted(LoanOpenBody, "note"),
    async (c) => mutateThroughRoom(c, c.req.valid("param").id, { type: "loan.open", ...c.req.valid("json") }, 201),
  )
  .post(
    "/:id/loans/:loanId/payout",
    requirePermission("loan.disburse"),
    validate("param", LoanParam),
    validateNoted(PayoutBody, "note"),
    async (c) => {
      const { id, loanId } = c.req.valid("param");
      return mutateThroughRoom(c, id, { type: "loan.payout", loanId, ...c.req.valid("json") });
    },
  )
  .post(
    "/:id/promises",
    requirePermission("loan.service"),
    validate("param", CustomerParamSchema),
    validateNoted(PromiseBody, "note"),
    async (c) => {
      return mutateThroughRoom(c, c.req.valid("param").id, { type: "promise.create", ...c.req.valid("json") }, 201);
    },
  )
  .post(
    "/:id/promises/:promiseId/resolve",
    requirePermission("loan.service"),
    validate("param", PromiseParam),
    validateNoted(ResolveBody, "note"),
    async (c) => {
      const { id, promiseId } = c.req.valid("param");
      return mutateThroughRoom(c, id, { type: "promise.resolve", promiseId, ...c.req.valid("json") });
    },
  );
