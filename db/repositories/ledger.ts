// A merchant's ledger: transactions and their postings (append-only), balances summed from the
// postings, and the guard that fails a batch when the available balance cannot cover a debit.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { isBalanced, type LedgerAccount, type Posting, type StatementEntry } from "../../core/domain/ledger";
import type { Database } from "../client";
import { balanceChecks, ledgerPostings, ledgerTransactions } from "../schema";
import type { Statement } from "./audit";

export type LedgerTransactionInsert = typeof ledgerTransactions.$inferInsert;

/** The transaction and its postings, as statements; refuses (throws) postings that do not sum to zero. */
export function postTransaction(
  db: Database,
  tx: LedgerTransactionInsert,
  postings: Posting[],
  newId: (prefix: string) => string,
): Statement[] {
  if (!isBalanced(postings)) throw new Error(`ledger transaction ${tx.id} does not balance`);
  return [
    db.insert(ledgerTransactions).values(tx),
    db.insert(ledgerPostings).values(
      postings.map((p) => ({
        id: newId("lpo"),
        transactionId: tx.id,
        merchantId: tx.merchantId,
        account: p.account,
        amountCents: p.amountCents,
        at: tx.at,
      })),
    ),
  ];
}

/** Balances per merchant and account, summed from the postings. */
export async function balancesOf(db: Database, merchantIds: string[]): Promise<Map<string, Partial<Record<LedgerAccount, number>>>> {
  const out = new Map<string, Partial<Record<LedgerAccount, number>>>();
  if (merchantIds.length === 0) return out;
  const rows = await db
    .select({
      merchantId: ledgerPostings.merchantId,
      account: ledgerPostings.account,
      cents: sql<number>`sum(${ledgerPostings.amountCents})`.mapWith(Number),
    })
    .from(ledgerPostings)
    .where(inArray(ledgerPostings.merchantId, merchantIds))
    .groupBy(ledgerPostings.merchantId, ledgerPostings.account);
  for (const row of rows) out.set(row.merchantId, { ...(out.get(row.merchantId) ?? {}), [row.account]: row.cents });
  return out;
}

export async function availableCents(db: Database, merchantId: string): Promise<number> {
  return (await balancesOf(db, [merchantId])).get(merchantId)?.available ?? 0;
}

/** Every transaction of the merchant with its postings, oldest first (statements replay them). */
export async function ledgerEntries(db: Database, merchantId: string, before?: number): Promise<StatementEntry[]> {
  const txs = await db
    .select({ id: ledgerTransactions.id, at: ledgerTransactions.at, kind: ledgerTransactions.kind, memo: ledgerTransactions.memo })
    .from(ledgerTransactions)
    .where(and(eq(ledgerTransactions.merchantId, merchantId), before === undefined ? undefined : sql`${ledgerTransactions.at} < ${before}`))
    .orderBy(asc(ledgerTransactions.at), asc(ledgerTransactions.id));
  const postings = await db
    .select({ transactionId: ledgerPostings.transactionId, account: ledgerPostings.account, amountCents: ledgerPostings.amountCents })
    .from(ledgerPostings)
    .where(eq(ledgerPostings.merchantId, merchantId));
  const byTx = new Map<string, Posting[]>();
  for (const p of postings)
    byTx.set(p.transactionId, [...(byTx.get(p.transactionId) ?? []), { account: p.account, amountCents: p.amountCents }]);
  return txs.map((t) => ({ ...t, postings: byTx.get(t.id) ?? [] }));
}

export async function transactionPostings(db: Database, merchantId: string, transactionId: string): Promise<Posting[]> {
  return db
    .select({ account: ledgerPostings.account, amountCents: ledgerPostings.amountCents })
    .from(ledgerPostings)
    .where(and(eq(ledgerPostings.transactionId, transactionId), eq(ledgerPostings.merchantId, merchantId)));
}

export const BALANCE_GUARD = "balance_checks_covered_check";

/**
 * Fails its batch (CHECK) unless the merchant's available balance, as the postings say inside the
 * same transaction, covers `cents`. Runs before the debit it guards.
 */
export function balanceGuard(db: Database, merchantId: string, cents: number): Statement {
  const covered = sql`(SELECT coalesce(sum(amount_cents), 0) >= ${cents} FROM ledger_postings WHERE merchant_id = ${merchantId} AND account = 'available')`;
  return db
    .insert(balanceChecks)
    .values({ merchantId, covered })
    .onConflictDoUpdate({ target: balanceChecks.merchantId, set: { covered: sql`excluded.covered` } });
}
