// The three-stage approval of a plan change (seed 004), as a pure state machine. Sales opens a
// request; stage 1, engineering checks the decision models of the endpoints list; stage 2, finance
// deposits or withdraws the money on the balance; stage 3, sales checks everything is ready and sets
// the release time; at that time the system releases it. Each stage only by its role; any open
// stage can be sent back to sales with a reason (finance's money, if posted, is reversed then);
// sales resubmits or cancels a returned request.
import type { Role } from "./roles";

export const PLAN_CHANGE_STAGE_NAMES = ["engineering", "finance", "sales", "scheduled", "released", "returned", "cancelled"] as const;
export type PlanChangeStage = (typeof PLAN_CHANGE_STAGE_NAMES)[number];

/** The stages a request waits in for someone (the board's columns), in order. */
export const OPEN_STAGES = ["engineering", "finance", "sales", "scheduled", "returned"] as const satisfies readonly PlanChangeStage[];

/** Who acts at each stage. Releasing is the system's; nobody else acts on a closed request. */
export const STAGE_ROLE: Record<PlanChangeStage, Role | "system" | null> = {
  engineering: "engineering",
  finance: "finance",
  sales: "sales",
  scheduled: "sales",
  returned: "sales",
  released: null,
  cancelled: null,
};

export const STAGE_LABELS: Record<PlanChangeStage, string> = {
  engineering: "Engineering check",
  finance: "Finance",
  sales: "Sales check",
  scheduled: "Scheduled",
  released: "Released",
  returned: "Returned to sales",
  cancelled: "Cancelled",
};

/** Roles that take part in plan changes at all; any other role is refused outright. */
export const PLAN_CHANGE_ROLES: readonly Role[] = ["sales", "engineering", "finance"];

/** Releases further ahead than this are refused (a typo, not a plan). */
export const MAX_RELEASE_AHEAD_MS = 366 * 86_400_000;

export interface PlanChangeState {
  stage: PlanChangeStage;
  releaseAt: number | null;
  money: { direction: "deposit" | "withdraw"; cents: number } | null;
  /** Finance's money movement is on the ledger (and not reversed). */
  posted: boolean;
}

export type PlanChangeAction =
  | { type: "approve"; role: Role; now: number; releaseAt?: number; availableCents?: number }
  | { type: "send-back"; role: Role; now: number }
  | { type: "resubmit"; role: Role; now: number }
  | { type: "cancel"; role: Role; now: number }
  | { type: "release"; now: number };

/** What a step does besides moving the request: money on the ledger, or the plan switched. */
export type PlanChangeEffect = "post-money" | "reverse-money" | "apply-plan";

export type PlanChangeRefusal = "FORBIDDEN" | "STAGE_OUT_OF_ORDER" | "RELEASE_IN_PAST" | "INSUFFICIENT_BALANCE" | "VALIDATION";

export type PlanChangeDecision =
  | {
      ok: true;
      state: PlanChangeState;
      effects: PlanChangeEffect[];
      event: "approve" | "schedule" | "send_back" | "resubmit" | "cancel" | "release";
    }
  | { ok: false; code: PlanChangeRefusal; message: string };

const refuse = (code: PlanChangeRefusal, message: string): PlanChangeDecision => ({ ok: false, code, message });

/** Who may act now, as words: "Waiting for engineering". */
function waitingFor(stage: PlanChangeStage): string {
  const role = STAGE_ROLE[stage];
  return role === null
    ? `This request is ${stage}; nothing more happens to it`
    : `This request is at "${STAGE_LABELS[stage]}", waiting for ${role}`;
}

export function decidePlanChange(state: PlanChangeState, action: PlanChangeAction): PlanChangeDecision {
  const { stage } = state;
  if (action.type === "release") {
    if (stage !== "scheduled" || state.releaseAt === null) return refuse("STAGE_OUT_OF_ORDER", waitingFor(stage));
    if (action.now < state.releaseAt) return refuse("STAGE_OUT_OF_ORDER", "The release time has not come yet");
    return { ok: true, state: { ...state, stage: "released" }, effects: ["apply-plan"], event: "release" };
  }
  if (!PLAN_CHANGE_ROLES.includes(action.role)) return refuse("FORBIDDEN", "Only sales, engineering and finance take part in plan changes");
  if (STAGE_ROLE[stage] !== action.role) return refuse("STAGE_OUT_OF_ORDER", waitingFor(stage));

  switch (action.type) {
    case "approve":
      if (stage === "engineering") return { ok: true, state: { ...state, stage: "finance" }, effects: [], event: "approve" };
      if (stage === "finance") {
        const money = state.money;
        if (money?.direction === "withdraw" && money.cents > (action.availableCents ?? 0))
          return refuse("INSUFFICIENT_BALANCE", "The withdrawal is more than the merchant's available balance");
        return {
          ok: true,
          state: { ...state, stage: "sales", posted: money !== null },
          effects: money ? ["post-money"] : [],
          event: "approve",
        };
      }
      if (stage === "sales") {
        if (action.releaseAt === undefined) return refuse("VALIDATION", "Set the release date and time");
        if (action.releaseAt <= action.now) return refuse("RELEASE_IN_PAST", "The release time must be in the future");
        if (action.releaseAt - action.now > MAX_RELEASE_AHEAD_MS) return refuse("VALIDATION", "The release time must be within a year");
        return { ok: true, state: { ...state, stage: "scheduled", releaseAt: action.releaseAt }, effects: [], event: "schedule" };
      }
      return refuse("STAGE_OUT_OF_ORDER", waitingFor(stage));
    case "send-back":
      if (stage === "returned") return refuse("STAGE_OUT_OF_ORDER", "This request is already with sales");
      return {
        ok: true,
        state: { ...state, stage: "returned", releaseAt: null, posted: false },
        effects: state.posted ? ["reverse-money"] : [],
        event: "send_back",
      };
    case "resubmit":
      if (stage !== "returned") return refuse("STAGE_OUT_OF_ORDER", "Only a returned request can be resubmitted");
      return { ok: true, state: { ...state, stage: "engineering" }, effects: [], event: "resubmit" };
    case "cancel":
      if (stage !== "returned") return refuse("STAGE_OUT_OF_ORDER", "Send the request back before cancelling it");
      return { ok: true, state: { ...state, stage: "cancelled" }, effects: [], event: "cancel" };
  }
}
