// promo.lockout_reset: a rep lifts a customer's promo-code lockout on the call. Needs ownership and
// a note; resetting a lockout that is not in force is refused (CONFLICT), never a silent write.
import type * as v from "valibot";
import { lockoutView, resetLockout } from "../../core/domain/promo-lockout";
import { AppError } from "../../core/protocol/errors";
import type { PromoLockoutResetCommandSchema } from "../../core/protocol/loyalty-commands";
import { findLockout, lockoutState, saveLockout } from "../../db/repositories/promos";
import { retag } from "./loyalty-support";
import type { CommandHandler } from "./types";

export const promoLockoutReset: CommandHandler<v.InferOutput<typeof PromoLockoutResetCommandSchema>> = {
  permission: "promo.reset",
  requiresOwnership: true,
  async plan(ctx, command) {
    const { customer, actor, now } = ctx;
    const before = lockoutState(await findLockout(ctx.db, customer.id));
    const outcome = resetLockout(before, now);
    if (!outcome.ok) throw new AppError("CONFLICT", outcome.message, { reason: outcome.code });
    return {
      statements: [
        saveLockout(ctx.db, {
          customerId: customer.id,
          orgId: customer.orgId,
          state: outcome.state,
          resetBy: { id: actor.id, name: actor.name },
        }),
        ...(await retag(ctx, { lockedOut: false })),
      ],
      note: { text: command.note, category: "general", action: "promo.lockout_reset" },
      // Every open screen's promo panel refreshes on this item (data.loyalty names what changed).
      activity: { kind: "system", summary: `${actor.name} reset the promo code lockout`, data: { loyalty: "promo-lockout" } },
      audit: { action: "promo.lockout_reset", targetType: "promo_lockout", targetId: customer.id, details: { lockedAt: before.lockedAt } },
      reply: { lockout: lockoutView(outcome.state, actor.name, now) },
    };
  },
};
