// Seeded plan changes: every past plan switch as a released request with its whole history, and a
// few requests waiting at each stage (and one returned, one cancelled) so the board has something
// to show. No request is seeded "scheduled": a release belongs to the merchant room's alarm.
import type * as schema from "../schema";
import { DAY, type Row } from "./bundle";
import { STAFF } from "./fixtures";

type Rows = { requests: Row<typeof schema.planChangeRequests>[]; events: Row<typeof schema.planChangeEvents>[] };
type Stage = Row<typeof schema.planChangeRequests>["stage"];
type Action = Row<typeof schema.planChangeEvents>["action"];
interface Seeded {
  id: string;
  stem: string;
  status: string;
  current: string;
  switchedFrom: { older: string; switchedAt: number } | null;
  endpointIds: string[];
}

const person = (orgId: string, role: string) => STAFF.find((s) => s.orgId === orgId && s.role === role) ?? null;

/** Events from a list of steps: [role, action, from, to, note], an hour or more apart ending at `end`. */
function history(rows: Rows, requestId: string, orgId: string, end: number, steps: [string, Action, Stage | null, Stage, string][]): void {
  steps.forEach(([role, action, from, to, note], k) => {
    const who = role === "system" ? null : person(orgId, role);
    rows.events.push({
      id: `pce_${requestId.slice(4)}_${k + 1}`,
      requestId,
      at: end - (steps.length - 1 - k) * 5 * 3_600_000,
      actorId: who?.id ?? null,
      actorName: who?.name ?? "Scheduled release",
      role: who ? role : "system",
      action,
      fromStage: from,
      toStage: to,
      note,
    });
  });
}

export function addPlanChanges(
  rows: Rows,
  input: { orgId: string; anchor: number; merchants: Seeded[]; terms: Map<string, { monthlyFeeCents: number }> },
): void {
  const { orgId, anchor } = input;
  const sales = person(orgId, "sales");
  if (!sales) return;
  const base = (m: Seeded, n: number, to: string, openedAt: number) => ({
    id: `pcr_${m.stem}_${n}`,
    orgId,
    merchantId: m.id,
    fromPlanVersionId: m.current,
    toPlanVersionId: to,
    endpointChanges: "[]",
    moneyDirection: null,
    moneyCents: 0,
    openedBy: sales.id,
    openedAt,
    releaseAt: null,
    returnedReason: null,
    ledgerTransactionId: null,
    releasedAt: null,
  });
  for (const m of input.merchants) {
    if (!m.switchedFrom) continue;
    const { older, switchedAt } = m.switchedFrom;
    const id = `pcr_${m.stem}_0`;
    rows.requests.push({
      ...base(m, 0, m.current, switchedAt - 4 * DAY),
      fromPlanVersionId: older,
      reason: "Merchant asked for the plan that fits its volume",
      stage: "released",
      stageSince: switchedAt,
      releaseAt: switchedAt,
      releasedAt: switchedAt,
      version: 6,
    });
    history(rows, id, orgId, switchedAt, [
      ["sales", "open", null, "engineering", "Merchant asked for the plan that fits its volume"],
      ["engineering", "approve", "engineering", "finance", "Models on both endpoints are allowed on the new plan"],
      ["finance", "approve", "finance", "sales", "No money to move"],
      ["sales", "schedule", "sales", "scheduled", "Merchant confirmed; release at the start of the day"],
      ["system", "release", "scheduled", "released", "Released as scheduled"],
    ]);
  }
  const plans = [...input.terms.keys()];
  const up = (m: Seeded) =>
    plans.find((p) => (input.terms.get(p)?.monthlyFeeCents ?? 0) > (input.terms.get(m.current)?.monthlyFeeCents ?? 0)) ??
    plans[0] ??
    m.current;
  // Requests wait on merchants that are trading (not on the first: the demo opens its own there).
  const trading = input.merchants.filter((m) => m.status === "active").slice(1);
  const at = (index: number) => trading[index];
  const opened = (days: number) => anchor - days * DAY;
  const waiting: [number, Stage, number][] =
    orgId === "org_northwind"
      ? [
          [2, "engineering", 1],
          [4, "finance", 2],
          [7, "sales", 3],
          [11, "returned", 6],
          [19, "cancelled", 9],
        ]
      : [[1, "engineering", 2]];
  for (const [index, stage, days] of waiting) {
    const m = at(index);
    if (!m) continue;
    const to = up(m);
    if (to === m.current) continue;
    const id = `pcr_${m.stem}_1`;
    const openedAt = opened(days);
    const request = {
      ...base(m, 1, to, openedAt),
      reason: "Holiday season volume: the merchant wants more endpoints and lower per-transaction fees",
      stage,
      stageSince: openedAt + 3 * 3_600_000,
      version: 1,
    };
    const steps: [string, Action, Stage | null, Stage, string][] = [["sales", "open", null, "engineering", request.reason]];
    if (stage === "finance" || stage === "sales")
      steps.push(["engineering", "approve", "engineering", "finance", "Checkout model is allowed on the new plan"]);
    if (stage === "sales") steps.push(["finance", "approve", "finance", "sales", "No deposit needed"]);
    if (stage === "returned")
      steps.push(
        ["engineering", "approve", "engineering", "finance", "Models fine"],
        ["finance", "send_back", "finance", "returned", "The merchant has not confirmed the deposit amount"],
      );
    if (stage === "cancelled")
      steps.push(
        ["finance", "send_back", "engineering", "returned", "Duplicate of an earlier request"],
        ["sales", "cancel", "returned", "cancelled", "Merchant withdrew the request"],
      );
    if (stage === "finance") Object.assign(request, { moneyDirection: "deposit", moneyCents: 150_000 });
    if (stage === "engineering" && m.endpointIds.length < 3)
      Object.assign(request, {
        endpointChanges: JSON.stringify([
          { op: "add", kind: "settlement_webhook", name: "Settlement webhook", url: `https://hooks.${m.id}.example/settlements` },
        ]),
      });
    if (stage === "returned") Object.assign(request, { returnedReason: "The merchant has not confirmed the deposit amount" });
    rows.requests.push({ ...request, version: steps.length });
    history(rows, id, orgId, request.stageSince, steps);
  }
}
