// The three-stage approval written again from seed 004 and issue 15, as a table a person can read,
// without looking at core/domain/plan-change.ts: who may do what at each stage, where it leads, and
// what it does to money and the plan. The model test holds the implementation to it.
//
//   "sales opens a request ... stage 1 engineering checks the decision models of the endpoints list;
//    stage 2 finance deposits or withdraws the money on the balance; stage 3 sales checks everything
//    is ready and sets the release date and time. Each stage only by its role ... any stage can send
//    it back with a reason; at the release time ... applies the change ... exactly once."
//   Bad input: out of order or by the wrong role, a release time in the past, a withdrawal beyond
//   the balance: each a typed error.

export type Stage = "engineering" | "finance" | "sales" | "scheduled" | "released" | "returned" | "cancelled";
export type Role = "rep" | "senior_rep" | "team_lead" | "director" | "compliance" | "finance" | "engineering" | "sales" | "admin";
export type Step = "approve" | "send-back" | "resubmit" | "cancel";

/** "<stage> <role> <step>" -> the stage it leads to. Anything not in the table is out of order. */
const MOVES: Record<string, Stage> = {
  "engineering engineering approve": "finance",
  "engineering engineering send-back": "returned",
  "finance finance approve": "sales",
  "finance finance send-back": "returned",
  "sales sales approve": "scheduled",
  "sales sales send-back": "returned",
  "scheduled sales send-back": "returned",
  "returned sales resubmit": "engineering",
  "returned sales cancel": "cancelled",
};

/** Whose turn it is at each stage (for steering generated runs forward). */
export function whoseTurn(stage: Stage): Role | null {
  const mover = Object.keys(MOVES).find((key) => key.startsWith(`${stage} `));
  return (mover?.split(" ")[1] as Role | undefined) ?? null;
}

/** Only these three take part at all; anyone else is forbidden, whatever the stage. */
const PARTICIPANTS: readonly Role[] = ["sales", "engineering", "finance"];
const YEAR_AND_A_DAY = 366 * 86_400_000;

export interface ReferenceState {
  stage: Stage;
  releaseAt: number | null;
  money: { direction: "deposit" | "withdraw"; cents: number } | null;
  /** Money finance moved for this request and nobody has moved back. */
  moneyOnLedger: number;
  /** How many times the plan was switched. */
  applied: number;
}

export type Outcome = { ok: true; effects: string[] } | { ok: false; code: string };

export class ReferenceApproval {
  state: ReferenceState;
  constructor(money: ReferenceState["money"]) {
    this.state = { stage: "engineering", releaseAt: null, money, moneyOnLedger: 0, applied: 0 };
  }

  step(role: Role, step: Step, now: number, extra: { releaseAt?: number; available?: number }): Outcome {
    if (!PARTICIPANTS.includes(role)) return { ok: false, code: "FORBIDDEN" };
    const next = MOVES[`${this.state.stage} ${role} ${step}`];
    if (!next) return { ok: false, code: "STAGE_OUT_OF_ORDER" };
    const effects: string[] = [];
    const s = this.state;
    if (s.stage === "finance" && step === "approve" && s.money) {
      if (s.money.direction === "withdraw" && s.money.cents > (extra.available ?? 0)) return { ok: false, code: "INSUFFICIENT_BALANCE" };
      s.moneyOnLedger += s.money.cents;
      effects.push("post-money");
    }
    if (s.stage === "sales" && step === "approve") {
      if (extra.releaseAt === undefined) return { ok: false, code: "VALIDATION" };
      if (extra.releaseAt <= now) return { ok: false, code: "RELEASE_IN_PAST" };
      if (extra.releaseAt - now > YEAR_AND_A_DAY) return { ok: false, code: "VALIDATION" };
      s.releaseAt = extra.releaseAt;
    }
    if (step === "send-back") {
      if (s.moneyOnLedger > 0) effects.push("reverse-money");
      s.moneyOnLedger = 0;
      s.releaseAt = null;
    }
    s.stage = next;
    return { ok: true, effects };
  }

  /** The system's release: only a scheduled request, only once its time has come. */
  release(now: number): Outcome {
    const s = this.state;
    if (s.stage !== "scheduled" || s.releaseAt === null || now < s.releaseAt) return { ok: false, code: "STAGE_OUT_OF_ORDER" };
    s.stage = "released";
    s.applied++;
    return { ok: true, effects: ["apply-plan"] };
  }
}
