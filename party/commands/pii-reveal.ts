// pii.reveal: one masked field in full, for a role allowed to reveal it. The value goes back to
// the caller only (the plan's reply); the note, the feed item and the audit row name the field.
import type * as v from "valibot";
import type { CustomerRecord } from "../../core/domain/customer-view";
import { canReveal, type PiiField, REVEALS_PER_MINUTE } from "../../core/domain/pii";
import { PII_FIELD_LABELS, REVEAL_WINDOW_MS } from "../../core/domain/reveal";
import type { PiiRevealCommandSchema } from "../../core/protocol/compliance-commands";
import { AppError } from "../../core/protocol/errors";
import { findDevice } from "../../db/repositories/engagement";
import { REVEAL_QUOTA_CONSTRAINT, revealQuotaGuard } from "../../db/repositories/reveals";
import { loanDisbursementAccount } from "../../db/repositories/servicing";
import type { CommandContext, CommandHandler } from "./types";

type CustomerField = Exclude<PiiField, "disbursementAccount" | "deviceId">;
const FROM_CUSTOMER: Record<CustomerField, (c: CustomerRecord) => string | number | null> = {
  phone: (c) => c.phone,
  email: (c) => c.email,
  addressLine1: (c) => c.addressLine1,
  postalCode: (c) => c.postalCode,
  dateOfBirth: (c) => c.dateOfBirth,
  ssn: (c) => c.ssn,
  bankAccountNumber: (c) => c.bankAccountNumber,
  bankRoutingNumber: (c) => c.bankRoutingNumber,
  monthlyIncomeCents: (c) => c.monthlyIncomeCents,
  cardOnFileNumber: (c) => c.cardOnFileNumber,
};

async function storedValue(ctx: CommandContext, field: PiiField, recordId: string | undefined): Promise<string | null> {
  if (field === "deviceId") {
    if (!recordId)
      throw new AppError("VALIDATION", "Say which device", [{ path: "recordId", message: "a device id is required for this field" }]);
    const device = await findDevice(ctx.db, ctx.customer.id, recordId);
    if (!device) throw new AppError("NOT_FOUND", "No such device on this account");
    return device.deviceId;
  }
  if (field !== "disbursementAccount") {
    const raw = FROM_CUSTOMER[field](ctx.customer);
    return raw === null ? null : String(raw);
  }
  if (!recordId)
    throw new AppError("VALIDATION", "Say which loan", [{ path: "recordId", message: "a loan id is required for this field" }]);
  const loan = await loanDisbursementAccount(ctx.db, ctx.customer.id, recordId);
  if (!loan) throw new AppError("NOT_FOUND", "No such loan on this account");
  return loan.value;
}

export const piiReveal: CommandHandler<v.InferOutput<typeof PiiRevealCommandSchema>> = {
  permission: "customer.read",
  requiresOwnership: false,
  async plan(ctx, command) {
    const { field } = command;
    const label = PII_FIELD_LABELS[field];
    if (!canReveal(ctx.actor.role, field)) throw new AppError("FORBIDDEN", `Your role may not reveal the ${label}`, { field });
    const value = await storedValue(ctx, field, command.recordId);
    if (value === null) throw new AppError("NOT_FOUND", `There is no ${label} on file`);
    return {
      statements: [],
      guards: [
        {
          statement: revealQuotaGuard(
            ctx.db,
            { id: ctx.id("rvl"), orgId: ctx.actor.orgId, staffId: ctx.actor.id, customerId: ctx.customer.id, field, at: ctx.now },
            { perWindow: REVEALS_PER_MINUTE, windowMs: REVEAL_WINDOW_MS },
          ),
          constraint: REVEAL_QUOTA_CONSTRAINT,
          error: new AppError("RATE_LIMITED", "Too many reveals in the last minute; wait a moment", { field }),
        },
      ],
      note: { text: command.note, category: "identity", action: "pii.reveal" },
      activity: { kind: "system", summary: `${ctx.actor.name} revealed the ${label}`, data: { field } },
      audit: {
        action: "pii.reveal",
        targetType: "customer",
        targetId: ctx.customer.id,
        details: { field, ...(command.recordId ? { recordId: command.recordId } : {}) },
      },
      reply: { field, value },
    };
  },
};
