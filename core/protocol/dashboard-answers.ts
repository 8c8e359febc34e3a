// Answer of the lead's dashboard: floor statistics over ownership sessions, orders by status and
// the queues, for the teams the filters select (core/domain/dashboard.ts folds the statistics).
import * as v from "valibot";
import { ORDER_STATUSES } from "../domain/orders";

const MaybeMs = v.nullable(v.number());

export const FloorStatsSchema = v.object({
  handledPerHour: v.array(v.object({ hour: v.number(), accounts: v.number() })),
  averageHandleMs: MaybeMs,
  handleByRep: v.array(v.object({ staffId: v.string(), name: v.string(), sessions: v.number(), averageMs: MaybeMs })),
  handoffs: v.number(),
  takeovers: v.number(),
  averageHandoffWaitMs: MaybeMs,
});

/** GET /api/dashboard */
export const DashboardSchema = v.object({
  /** Whole days, `YYYY-MM-DD`, both inclusive. */
  range: v.object({ from: v.string(), to: v.string() }),
  /** Every team of the org, for the filters. */
  teams: v.array(v.object({ id: v.string(), name: v.string(), regionId: v.string(), regionName: v.string() })),
  selectedTeams: v.array(v.string()),
  stats: FloorStatsSchema,
  ordersByStatus: v.array(v.object({ status: v.picklist(ORDER_STATUSES), orders: v.number() })),
  queues: v.object({ callbacksDue: v.number(), ordersNeedingAttention: v.number(), pastDue: v.number() }),
});
export type Dashboard = v.InferOutput<typeof DashboardSchema>;
