// Direct-deposit loans: a rep opens one for a client (the money goes to the client's bank account),
// and someone else pays it out. Both run in the customer's room with ownership, a note and audit.
import * as v from "valibot";
import { NoteTextSchema } from "./api";
import { CentsSchema, LockTokenSchema } from "./order-commands";

export const LoanIdSchema = v.pipe(v.string(), v.regex(/^loa_\w{1,60}$/, "is not a loan id"));

/** Opens a loan waiting for its payout; without `accountNumber` it pays out to the bank account on file. */
export const LoanOpenCommandSchema = v.object({
  type: v.literal("loan.open"),
  principalCents: v.pipe(CentsSchema, v.minValue(10_000, "a direct-deposit loan is at least $100.00")),
  accountNumber: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^\d{4,17}$/, "must be 4 to 17 digits"))),
  lockToken: LockTokenSchema,
  note: NoteTextSchema,
});

/** Pays an opened loan out to its account: the schedule starts from today. */
export const LoanPayoutCommandSchema = v.object({
  type: v.literal("loan.payout"),
  loanId: LoanIdSchema,
  lockToken: LockTokenSchema,
  note: NoteTextSchema,
});

export const LOAN_COMMAND_SCHEMAS = [LoanOpenCommandSchema, LoanPayoutCommandSchema] as const;
