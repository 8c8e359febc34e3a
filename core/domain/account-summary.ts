// The questions a caller usually asks, answered from the profile's data: what do I owe, when is
// my next payment, where is my order, and what is still open on my account.
import { formatCents } from "./money";

export interface SummaryLease {
  id: string;
  status: string;
  itemDescription: string;
  paymentCents: number;
  termPayments: number;
  paymentsMade: number;
  nextDueDate: string | null;
  daysPastDue: number;
}
export interface SummaryLoan {
  id: string;
  status: string;
  balanceCents: number;
  paymentCents: number;
  nextDueDate: string | null;
  daysPastDue: number;
}
export interface SummaryOrder {
  id: string;
  number: string;
  status: string;
  merchant: string;
  totalCents: number;
  createdAt: number;
  needsAttention: boolean;
  attentionReason: string | null;
}
export interface SummaryPromise {
  id: string;
  product: "lease" | "loan";
  amountCents: number;
  dueDate: string;
  status: string;
}
export interface SummaryCallback {
  id: string;
  dueAt: number;
  reason: string;
  doneAt: number | null;
}

export interface AccountFacts {
  leases: SummaryLease[];
  loans: SummaryLoan[];
  orders: SummaryOrder[];
  promises: SummaryPromise[];
  callbacks: SummaryCallback[];
}

export interface OpenIssue {
  kind: "past-due" | "order" | "promise" | "callback";
  tone: "danger" | "warning" | "info";
  text: string;
}

export interface AccountSummary {
  /** Sum of active loan balances; null when there is no active loan. */
  loanBalanceCents: number | null;
  /** Scheduled lease payments still to come; null when there is no active lease. */
  leaseRemainingCents: number | null;
  nextPayment: { product: "lease" | "loan"; productId: string; dueDate: string; amountCents: number } | null;
  lastOrder: SummaryOrder | null;
  openIssues: OpenIssue[];
}

export function summarizeAccount(facts: AccountFacts): AccountSummary {
  const leases = facts.leases.filter((l) => l.status === "active");
  const loans = facts.loans.filter((l) => l.status === "active");
  const upcoming = [
    ...leases.map((l) => ({ product: "lease" as const, productId: l.id, dueDate: l.nextDueDate, amountCents: l.paymentCents })),
    ...loans.map((l) => ({ product: "loan" as const, productId: l.id, dueDate: l.nextDueDate, amountCents: l.paymentCents })),
  ]
    .filter((p): p is typeof p & { dueDate: string } => p.dueDate !== null)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const lastOrder = [...facts.orders].sort((a, b) => b.createdAt - a.createdAt)[0] ?? null;

  const openIssues: OpenIssue[] = [
    ...leases
      .filter((l) => l.daysPastDue > 0)
      .map((l) => ({
        kind: "past-due" as const,
        tone: "danger" as const,
        text: `Lease for ${l.itemDescription} is ${l.daysPastDue} days past due`,
      })),
    ...loans
      .filter((l) => l.daysPastDue > 0)
      .map((l) => ({ kind: "past-due" as const, tone: "danger" as const, text: `Loan is ${l.daysPastDue} days past due` })),
    ...facts.promises
      .filter((p) => p.status === "open")
      .map((p) => ({
        kind: "promise" as const,
        tone: "info" as const,
        text: `Promise to pay ${formatCents(p.amountCents)} on the ${p.product} by ${p.dueDate}`,
      })),
    ...facts.orders
      .filter((o) => o.needsAttention)
      .map((o) => ({
        kind: "order" as const,
        tone: "warning" as const,
        text: `Order ${o.number}: ${o.attentionReason ?? o.status.replace(/_/g, " ")}`,
      })),
    ...facts.callbacks
      .filter((c) => c.doneAt === null)
      .map((c) => ({ kind: "callback" as const, tone: "info" as const, text: `Callback: ${c.reason}` })),
  ];

  return {
    loanBalanceCents: loans.length > 0 ? loans.reduce((sum, l) => sum + l.balanceCents, 0) : null,
    leaseRemainingCents:
      leases.length > 0 ? leases.reduce((sum, l) => sum + l.paymentCents * Math.max(0, l.termPayments - l.paymentsMade), 0) : null,
    nextPayment: upcoming[0] ?? null,
    lastOrder,
    openIssues,
  };
}
