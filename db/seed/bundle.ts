// One generated customer's rows, the generator's options, and small row helpers.
import type * as schema from "../schema";
import type { Random } from "./random";

export type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export interface CustomerBundle {
  customer: Row<typeof schema.customers>;
  leases: Row<typeof schema.leases>[];
  loans: Row<typeof schema.loans>[];
  loanSchedule: Row<typeof schema.loanSchedule>[];
  payments: Row<typeof schema.payments>[];
  promises: Row<typeof schema.promisesToPay>[];
  orders: Row<typeof schema.orders>[];
  orderItems: Row<typeof schema.orderItems>[];
  notes: Row<typeof schema.notes>[];
  activity: Row<typeof schema.activityEvents>[];
  callbacks: Row<typeof schema.callbacks>[];
  ownership: Row<typeof schema.ownershipSessions>[];
}

export interface GenerateOptions {
  seed: string;
  /** Start of the demo's "today" (ms): dates are spread over the two years before it. */
  anchor: number;
  orgId: string;
  teamIds: string[];
  /** "lean" makes the profile only, for million-row benchmarks. */
  detail: "full" | "lean";
}

export const DAY = 86_400_000;

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function activityRow(
  b: CustomerBundle,
  rng: Random,
  kind: "payment" | "order" | "note" | "communication" | "system" | "lock",
  summary: string,
  at: number,
  data: Record<string, unknown>,
  actor?: { id: string; name: string } | null,
): Row<typeof schema.activityEvents> {
  return {
    id: `act_${b.customer.id.slice(4)}_${b.activity.length + 1}_${rng.digits(4)}`,
    orgId: b.customer.orgId,
    customerId: b.customer.id,
    kind,
    summary,
    data: JSON.stringify(data),
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    at,
  };
}
