// A verified caller's own figures for personal answers: their active lease's and loan's next
// payment, due date, early purchase amount or balance, payments left, APR, and contact details (the
// templates' policy masks what it must). One lease and one loan: the one due soonest.
import type { PersonalFigures } from "../../core/domain/faq/templates";
import { localDate } from "../../core/domain/time-zone";
import type { Database } from "../../db/client";
import { findCustomer } from "../../db/repositories/customers";
import { orgTimeZone } from "../../db/repositories/org";
import { loadServicing } from "../../db/repositories/servicing";
import { presentLeases, presentLoans } from "../servicing-presenters";

const soonest = <T extends { nextDueDate: string | null }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.nextDueDate ?? "9999").localeCompare(b.nextDueDate ?? "9999"))[0];

export async function personalFigures(db: Database, orgId: string, customerId: string, now: number): Promise<PersonalFigures> {
  const [customer, data, zone] = await Promise.all([
    findCustomer(db, orgId, customerId),
    loadServicing(db, customerId),
    orgTimeZone(db, orgId),
  ]);
  // Past due and "next due" are decided on the org's calendar, as everywhere else.
  const today = localDate(now, zone);
  const figures: PersonalFigures = {};
  if (!customer) return figures;
  if (customer.phone) figures["account.phone"] = customer.phone;
  if (customer.email) figures["account.email"] = customer.email;
  const lease = soonest(presentLeases(data, today).filter((l) => l.status === "active"));
  if (lease) {
    figures["lease.nextPayment"] = lease.paymentCents;
    if (lease.nextDueDate) figures["lease.nextDueDate"] = lease.nextDueDate;
    figures["lease.earlyPurchase"] = lease.earlyPurchaseCents;
    figures["lease.paymentsLeft"] = lease.termPayments - lease.paymentsMade;
    figures["lease.item"] = lease.itemDescription;
  }
  // The self-service policy masks the deposit account itself; the raw value never leaves this function unmasked.
  const loan = soonest(presentLoans(data, "admin", today, now).filter((l) => l.status === "active"));
  const raw = data.loans.find((l) => l.id === loan?.id);
  if (loan) {
    const next = loan.schedule.find((row) => row.status !== "paid");
    if (next) figures["loan.nextPayment"] = next.paymentCents - next.paidCents;
    if (loan.nextDueDate) figures["loan.nextDueDate"] = loan.nextDueDate;
    figures["loan.payoff"] = loan.balanceCents;
    figures["loan.apr"] = loan.aprBps;
    figures["loan.paymentsLeft"] = loan.schedule.filter((row) => row.status !== "paid").length;
    if (raw?.disbursementAccount) figures["loan.depositAccount"] = raw.disbursementAccount;
  }
  return figures;
}
