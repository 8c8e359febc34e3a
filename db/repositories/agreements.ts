// Agreements as the send and sign commands read and change them: the pending link, the signature
// record, and withdrawing links (the order screen's reads sit with the order in orders.ts; the
// one-time codes in agreement-codes.ts).
import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { agreementSignatures, agreements } from "../schema";
import type { Statement } from "./audit";
import type { AgreementRow } from "./orders";

export type AgreementInsert = typeof agreements.$inferInsert;
export type SignatureInsert = typeof agreementSignatures.$inferInsert;

/** The agreement a signing link's token hash names, if it is this customer's. */
export async function findCustomerAgreement(db: Database, customerId: string, tokenHash: string): Promise<AgreementRow | null> {
  const [row] = await db
    .select()
    .from(agreements)
    .where(and(eq(agreements.tokenHash, tokenHash), eq(agreements.customerId, customerId)))
    .limit(1);
  return row ?? null;
}

export function insertAgreement(db: Database, row: AgreementInsert): Statement {
  return db.insert(agreements).values(row);
}

/** Pending signing links of an order stop working (sent again, withdrawn or cancelled). */
export function revokePendingAgreements(db: Database, orderId: string): Statement {
  return db
    .update(agreements)
    .set({ status: "revoked" })
    .where(and(eq(agreements.orderId, orderId), eq(agreements.status, "pending")));
}

/** Signed, only while still pending: a link revoked meanwhile stays revoked. */
export function markAgreementSigned(db: Database, agreementId: string): Statement {
  return db
    .update(agreements)
    .set({ status: "signed" })
    .where(and(eq(agreements.id, agreementId), eq(agreements.status, "pending")));
}

export function insertSignature(db: Database, row: SignatureInsert): Statement {
  return db.insert(agreementSignatures).values(row);
}
