// ledger.post: finance moves money on a merchant's balance with a note: a deposit or a credit in, a
// withdrawal or a debit out. Money out must be covered by the available balance, checked inside the
// batch that posts it (a guard), so two debits at once cannot both overdraw it.
import type * as v from "valibot";
import { adjustment, deposit, merchantBalance, type Posting, withdrawal } from "../../core/domain/ledger";
import { AppError } from "../../core/protocol/errors";
import type { LedgerPostSchema } from "../../core/protocol/merchant-commands";
import { availableCents, BALANCE_GUARD, balanceGuard, balancesOf, postTransaction } from "../../db/repositories/ledger";
import type { MerchantContext, MerchantHandler } from "./types";

const WORDS = { deposit: "Deposit", withdrawal: "Withdrawal", credit: "Credit", debit: "Debit" } as const;
export const INSUFFICIENT = () =>
  new AppError("INSUFFICIENT_BALANCE", "That is more than the merchant's available balance; nothing was posted");

const dollars = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The guard that refuses a debit of `cents`, for any command that takes money out of the available balance. */
export function coveredBy(ctx: MerchantContext, cents: number) {
  return { statement: balanceGuard(ctx.db, ctx.merchant.id, cents), constraint: BALANCE_GUARD, error: INSUFFICIENT() };
}

export const ledgerPost: MerchantHandler<v.InferOutput<typeof LedgerPostSchema>> = {
  permission: "ledger.post",
  requiresOwnership: true,
  async plan(ctx, command) {
    const cents = command.amountCents;
    const postings: Posting[] =
      command.kind === "deposit"
        ? deposit(cents)
        : command.kind === "withdrawal"
          ? withdrawal(cents)
          : adjustment(command.kind === "credit" ? cents : -cents);
    const debit = command.kind === "withdrawal" || command.kind === "debit";
    // Said plainly before trying; the guard below holds it inside the batch.
    if (debit && (await availableCents(ctx.db, ctx.merchant.id)) < cents) throw INSUFFICIENT();
    const transactionId = ctx.id("ltx");
    const kind = command.kind === "deposit" || command.kind === "withdrawal" ? command.kind : "adjustment";
    const before = (await balancesOf(ctx.db, [ctx.merchant.id])).get(ctx.merchant.id) ?? {};
    const after = merchantBalance([
      { account: "available", amountCents: before.available ?? 0 },
      { account: "reserve", amountCents: before.reserve ?? 0 },
      ...postings,
    ]);
    return {
      statements: postTransaction(
        ctx.db,
        {
          id: transactionId,
          orgId: ctx.actor.orgId,
          merchantId: ctx.merchant.id,
          kind,
          memo: `${WORDS[command.kind]}: ${command.note}`.slice(0, 200),
          at: ctx.now,
          createdBy: ctx.actor.id,
        },
        postings,
        ctx.id,
      ),
      guards: debit ? [coveredBy(ctx, cents)] : [],
      note: { text: command.note, category: "payment", action: "ledger.post" },
      activity: {
        kind: "payment",
        summary: `${WORDS[command.kind]} of ${dollars(cents)} posted`,
        data: { transactionId, cents, kind: command.kind },
      },
      audit: { action: "ledger.post", targetType: "ledger_transaction", targetId: transactionId, details: { kind: command.kind, cents } },
      reply: { transactionId, balance: { ...after } },
      recordsChanged: [{ record: "ledger", id: transactionId }],
    };
  },
};
