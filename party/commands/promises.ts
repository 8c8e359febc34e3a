// promise.create and promise.resolve: a client's promise to pay on a date, and what became of it.
import type * as v from "valibot";
import { formatCents } from "../../core/domain/money";
import { checkPromise } from "../../core/domain/servicing";
import { AppError } from "../../core/protocol/errors";
import type { PromiseCreateCommandSchema, PromiseResolveCommandSchema } from "../../core/protocol/order-commands";
import { findPromise, insertPromise, openPromiseOf, setPromiseStatus } from "../../db/repositories/promises";
import { loadLease, loadLoan, requireProductMatch } from "./servicing-support";
import type { CommandHandler } from "./types";

export const promiseCreate: CommandHandler<v.InferOutput<typeof PromiseCreateCommandSchema>> = {
  permission: "loan.service",
  requiresOwnership: true,
  async plan(ctx, command) {
    requireProductMatch(command.product, command.productId);
    if (command.product === "lease") await loadLease(ctx, command.productId);
    else await loadLoan(ctx, command.productId);
    const check = checkPromise(command, ctx.today);
    if (!check.ok) throw new AppError("VALIDATION", check.message, [{ path: "dueDate", message: check.message }]);
    const open = await openPromiseOf(ctx.db, command.productId);
    if (open) throw new AppError("CONFLICT", "This account already has an open promise to pay; mark it kept, broken or cancelled first");
    const id = ctx.id("ptp");
    return {
      statements: [
        insertPromise(ctx.db, {
          id,
          customerId: ctx.customer.id,
          product: command.product,
          productId: command.productId,
          amountCents: command.amountCents,
          dueDate: command.dueDate,
          status: "open",
          createdBy: ctx.actor.id,
          createdAt: ctx.now,
        }),
      ],
      note: { text: command.note, category: "payment", action: "promise.create" },
      activity: {
        kind: "payment",
        summary: `Promise to pay ${formatCents(command.amountCents)} on ${command.dueDate} (${command.product})`,
        data: { promiseId: id, productId: command.productId },
      },
      audit: {
        action: "promise.create",
        targetType: "promise",
        targetId: id,
        details: { productId: command.productId, amountCents: command.amountCents, dueDate: command.dueDate },
      },
      reply: { promiseId: id },
      recordsChanged: [{ record: command.product, id: command.productId }],
      outbound: [
        {
          topic: "promise.created",
          record: { type: "promise", id },
          product: { type: command.product, id: command.productId },
          payload: { promiseId: id, amountCents: command.amountCents, dueDate: command.dueDate },
        },
      ],
    };
  },
};

export const promiseResolve: CommandHandler<v.InferOutput<typeof PromiseResolveCommandSchema>> = {
  permission: "loan.service",
  requiresOwnership: true,
  async plan(ctx, command) {
    const promise = await findPromise(ctx.db, ctx.customer.id, command.promiseId);
    if (!promise) throw new AppError("NOT_FOUND", "This customer has no such promise");
    if (promise.status !== "open") throw new AppError("CONFLICT", `This promise is already ${promise.status}`);
    return {
      statements: [setPromiseStatus(ctx.db, promise.id, command.outcome)],
      note: { text: command.note, category: "payment", action: "promise.resolve" },
      activity: {
        kind: "payment",
        summary: `Promise to pay ${formatCents(promise.amountCents)} due ${promise.dueDate} marked ${command.outcome}`,
        data: { promiseId: promise.id, outcome: command.outcome },
      },
      audit: { action: "promise.resolve", targetType: "promise", targetId: promise.id, details: { outcome: command.outcome } },
      reply: { promiseId: promise.id, status: command.outcome },
      recordsChanged: [{ record: promise.product, id: promise.productId }],
      outbound: [
        {
          topic: "promise.resolved",
          record: { type: "promise", id: promise.id },
          product: { type: promise.product, id: promise.productId },
          payload: { promiseId: promise.id, status: command.outcome },
        },
      ],
    };
  },
};
