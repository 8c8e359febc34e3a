// The people's steps of a plan change, each only by its stage's role, each with a note: approve
// (engineering checks the endpoints' decision models; finance posts the money; sales sets the release
// time), send back to sales with a reason (finance's money reversed if it was posted), resubmit,
// cancel. The state machine (core/domain/plan-change.ts) decides; these write what it decided.
import type * as v from "valibot";
import { modelProblems } from "../../core/domain/decision-models";
import { withModelChoices } from "../../core/domain/endpoint-changes";
import { deposit, type Posting, reversal, withdrawal } from "../../core/domain/ledger";
import { decidePlanChange, STAGE_LABELS } from "../../core/domain/plan-change";
import { redactFreeText } from "../../core/domain/redaction";
import { AppError } from "../../core/protocol/errors";
import type {
  PlanChangeApproveSchema,
  PlanChangeCancelSchema,
  PlanChangeResubmitSchema,
  PlanChangeSendBackSchema,
} from "../../core/protocol/merchant-commands";
import { availableCents, postTransaction, transactionPostings } from "../../db/repositories/ledger";
import { modelVersionsByIds } from "../../db/repositories/merchant-endpoints";
import { findPlanVersion } from "../../db/repositories/merchants";
import type { CommandPlan } from "../commands/types";
import { coveredBy } from "./ledger-post";
import { accepted, endpointChangesOf, endpointsAfter, loadRequest, stateOf, stepWrites } from "./plan-change-support";
import type { MerchantContext, MerchantHandler } from "./types";

type Row = Awaited<ReturnType<typeof loadRequest>>;
const dollars = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function planOf(
  row: Row,
  action: string,
  summary: string,
  writes: Pick<CommandPlan, "statements" | "guards">,
  note: string,
  stage: string,
): CommandPlan {
  return {
    ...writes,
    note: { text: note, category: "general", action },
    activity: { kind: "system", summary, data: { requestId: row.id, stage } },
    audit: { action, targetType: "plan_change", targetId: row.id, details: { from: row.stage, to: stage } },
    reply: { requestId: row.id, stage },
    recordsChanged: [{ record: "plan-change", id: row.id }],
  };
}

/** Stage 1: every endpoint the request leaves must run a model the new plan allows (engineering may assign them now). */
async function engineeringCheck(ctx: MerchantContext, row: Row, models: { ref: string; modelVersionId: string }[]) {
  const to = await findPlanVersion(ctx.db, ctx.actor.orgId, row.toPlanVersionId);
  if (!to) throw new Error(`plan version ${row.toPlanVersionId} is gone`);
  const adds = endpointChangesOf(row).filter((c) => c.op === "add").length;
  const after = await endpointsAfter(ctx, []);
  for (const choice of models)
    if (choice.ref.startsWith("new-") ? !(Number(choice.ref.slice(4)) < adds) : !after.some((e) => e.ref === choice.ref))
      throw new AppError("NOT_FOUND", `No endpoint ${choice.ref} in this request`);
  const changes = withModelChoices(endpointChangesOf(row), models);
  const resulting = await endpointsAfter(ctx, changes);
  const versions = await modelVersionsByIds(
    ctx.db,
    resulting.flatMap((e) => (e.modelVersionId ? [e.modelVersionId] : [])),
  );
  const chosen = resulting.map((e) => {
    const model = e.modelVersionId ? versions.get(e.modelVersionId) : undefined;
    return { ref: e.ref, name: e.name, modelTier: model && model.orgId === ctx.actor.orgId ? model.tier : null, customised: e.customised };
  });
  const problems = modelProblems(to.modelTier, chosen);
  if (problems.length > 0)
    throw new AppError(
      "MODELS_NOT_READY",
      `Not every endpoint can run on ${to.name}: ${problems.map((p) => p.problem).join("; ")}`,
      problems,
    );
  return JSON.stringify(changes);
}

export const planChangeApprove: MerchantHandler<v.InferOutput<typeof PlanChangeApproveSchema>> = {
  permission: "plan_change.approve",
  requiresOwnership: true,
  async plan(ctx, command) {
    const row = await loadRequest(ctx, command.requestId);
    const state = stateOf(row);
    const available = state.stage === "finance" ? await availableCents(ctx.db, ctx.merchant.id) : undefined;
    const decision = accepted(
      decidePlanChange(state, {
        type: "approve",
        role: ctx.actor.role,
        now: ctx.now,
        releaseAt: command.releaseAt,
        availableCents: available,
      }),
    );
    const next = decision.state.stage;
    if (row.stage === "engineering") {
      const endpointChanges = await engineeringCheck(ctx, row, command.models);
      const writes = stepWrites(ctx, row, { stage: next, action: "approve", note: command.note, set: { endpointChanges } });
      return planOf(
        row,
        "plan_change.approve",
        "Engineering approved the decision models; waiting for finance",
        writes,
        command.note,
        next,
      );
    }
    if (row.stage === "finance") {
      const money = decision.effects.includes("post-money") ? state.money : null;
      const transactionId = money ? ctx.id("ltx") : null;
      const writes = stepWrites(ctx, row, {
        stage: next,
        action: "approve",
        note: command.note,
        set: transactionId ? { ledgerTransactionId: transactionId } : {},
      });
      let said = "Finance approved; waiting for sales to set the release";
      if (money && transactionId) {
        const postings: Posting[] = money.direction === "deposit" ? deposit(money.cents) : withdrawal(money.cents);
        const kind = money.direction === "deposit" ? ("deposit" as const) : ("withdrawal" as const);
        const tx = {
          id: transactionId,
          orgId: ctx.actor.orgId,
          merchantId: ctx.merchant.id,
          kind,
          memo: `Plan change: ${kind}`,
          at: ctx.now,
          createdBy: ctx.actor.id,
          reference: row.id,
        };
        writes.statements.push(...postTransaction(ctx.db, tx, postings, ctx.id));
        if (money.direction === "withdraw") writes.guards = [...(writes.guards ?? []), coveredBy(ctx, money.cents)];
        said = `Finance ${money.direction === "deposit" ? "deposited" : "withdrew"} ${dollars(money.cents)}; waiting for sales to set the release`;
      }
      return {
        ...planOf(row, "plan_change.approve", said, writes, command.note, next),
        recordsChanged: [
          { record: "plan-change", id: row.id },
          { record: "ledger", id: row.id },
        ],
      };
    }
    const releaseAt = decision.state.releaseAt ?? 0;
    const writes = stepWrites(ctx, row, { stage: next, action: "schedule", note: command.note, set: { releaseAt } });
    return planOf(
      row,
      "plan_change.schedule",
      `Sales scheduled the release for ${new Date(releaseAt).toISOString().replace("T", " ").slice(0, 16)} UTC`,
      writes,
      command.note,
      next,
    );
  },
};

export const planChangeSendBack: MerchantHandler<v.InferOutput<typeof PlanChangeSendBackSchema>> = {
  permission: "plan_change.approve",
  requiresOwnership: true,
  async plan(ctx, command) {
    const row = await loadRequest(ctx, command.requestId);
    const decision = accepted(decidePlanChange(stateOf(row), { type: "send-back", role: ctx.actor.role, now: ctx.now }));
    const writes = stepWrites(ctx, row, {
      stage: "returned",
      action: "send_back",
      note: command.note,
      set: { returnedReason: redactFreeText(command.note.trim(), ctx.now).slice(0, 2_000), releaseAt: null, ledgerTransactionId: null },
    });
    if (decision.effects.includes("reverse-money") && row.ledgerTransactionId) {
      // The money finance moved for this request goes back: the opposite postings, never an edit.
      const postings = reversal(await transactionPostings(ctx.db, ctx.merchant.id, row.ledgerTransactionId));
      const tx = {
        id: ctx.id("ltx"),
        orgId: ctx.actor.orgId,
        merchantId: ctx.merchant.id,
        kind: "reversal" as const,
        memo: "Plan change sent back: money returned",
        at: ctx.now,
        createdBy: ctx.actor.id,
        reversesId: row.ledgerTransactionId,
        reference: row.id,
      };
      writes.statements.push(...postTransaction(ctx.db, tx, postings, ctx.id));
      const out = -postings.filter((p) => p.account === "available").reduce((s, p) => s + p.amountCents, 0);
      if (out > 0) writes.guards = [...(writes.guards ?? []), coveredBy(ctx, out)];
    }
    const from = STAGE_LABELS[row.stage];
    return planOf(row, "plan_change.send_back", `Sent back to sales from ${from}`, writes, command.note, "returned");
  },
};

export const planChangeResubmit: MerchantHandler<v.InferOutput<typeof PlanChangeResubmitSchema>> = {
  permission: "plan_change.open",
  requiresOwnership: true,
  async plan(ctx, command) {
    const row = await loadRequest(ctx, command.requestId);
    const decision = accepted(decidePlanChange(stateOf(row), { type: "resubmit", role: ctx.actor.role, now: ctx.now }));
    const writes = stepWrites(ctx, row, {
      stage: decision.state.stage,
      action: "resubmit",
      note: command.note,
      set: { returnedReason: null },
    });
    return planOf(row, "plan_change.resubmit", "Resubmitted; waiting for engineering", writes, command.note, decision.state.stage);
  },
};

export const planChangeCancel: MerchantHandler<v.InferOutput<typeof PlanChangeCancelSchema>> = {
  permission: "plan_change.open",
  requiresOwnership: true,
  async plan(ctx, command) {
    const row = await loadRequest(ctx, command.requestId);
    const decision = accepted(decidePlanChange(stateOf(row), { type: "cancel", role: ctx.actor.role, now: ctx.now }));
    const writes = stepWrites(ctx, row, { stage: decision.state.stage, action: "cancel", note: command.note });
    return planOf(row, "plan_change.cancel", "Plan change cancelled", writes, command.note, decision.state.stage);
  },
};
