// plan_change.release: the merchant's room runs it on its alarm, as the system, when a scheduled
// request's time comes: the plan switched (and its period), endpoints added, removed or customised,
// the rest of the month prorated on an invoice. Exactly once: the state machine refuses a request
// that is no longer scheduled, the fence refuses a second run decided on the same version, and the
// proration invoice's dedupe key is unique.
import type * as v from "valibot";
import { invoiceTotal, monthKey, prorationLine } from "../../core/domain/billing";
import { decidePlanChange } from "../../core/domain/plan-change";
import type { PlanChangeReleaseSchema } from "../../core/protocol/merchant-commands";
import { insertInvoice, nextInvoiceNumber, switchPlanPeriod } from "../../db/repositories/merchant-billing";
import { insertEndpoint, revokeKeys, updateEndpoint } from "../../db/repositories/merchant-endpoints";
import { findPlanVersion, updateMerchant } from "../../db/repositories/merchants";
import type { Statement } from "../commands/types";
import { PAYMENT_TERMS_DAYS } from "./invoices";
import { accepted, endpointChangesOf, loadRequest, stateOf, stepWrites } from "./plan-change-support";
import type { MerchantContext, MerchantHandler } from "./types";

type Row = Awaited<ReturnType<typeof loadRequest>>;

function endpointStatements(ctx: MerchantContext, row: Row): Statement[] {
  const out: Statement[] = [];
  for (const change of endpointChangesOf(row)) {
    if (change.op === "add")
      // Nobody is here to be shown a key at release time: engineering issues it (rotate) afterwards.
      out.push(
        insertEndpoint(ctx.db, {
          id: ctx.id("mep"),
          orgId: ctx.actor.orgId,
          merchantId: ctx.merchant.id,
          kind: change.kind,
          name: change.name,
          url: change.url,
          status: "pending_key",
          modelVersionId: change.modelVersionId ?? "",
          customThresholds: null,
          createdAt: ctx.now,
        }),
      );
    else if (change.op === "remove")
      out.push(
        updateEndpoint(ctx.db, change.endpointId, { status: "removed", removedAt: ctx.now }),
        revokeKeys(ctx.db, change.endpointId, ctx.now),
      );
    else {
      const set: Parameters<typeof updateEndpoint>[2] = {};
      if (change.modelVersionId) set.modelVersionId = change.modelVersionId;
      if (change.thresholds !== undefined) set.customThresholds = change.thresholds ? JSON.stringify(change.thresholds) : null;
      if (Object.keys(set).length > 0) out.push(updateEndpoint(ctx.db, change.endpointId, set));
    }
  }
  return out;
}

export const planChangeRelease: MerchantHandler<v.InferOutput<typeof PlanChangeReleaseSchema>> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx, command) {
    const row = await loadRequest(ctx, command.requestId);
    accepted(decidePlanChange(stateOf(row), { type: "release", now: ctx.now }));
    const [from, to] = await Promise.all([
      findPlanVersion(ctx.db, ctx.actor.orgId, row.fromPlanVersionId),
      findPlanVersion(ctx.db, ctx.actor.orgId, row.toPlanVersionId),
    ]);
    if (!from || !to) throw new Error(`plan change ${row.id} names a missing plan version`);
    // The agreed time, not the moment the alarm ran: the merchant was promised that time.
    const releaseAt = row.releaseAt ?? ctx.now;
    const writes = stepWrites(ctx, row, {
      stage: "released",
      action: "release",
      note: "Released as scheduled",
      set: { releasedAt: ctx.now },
    });
    writes.statements.push(
      updateMerchant(ctx.db, ctx.merchant.id, { planVersionId: to.id, updatedAt: ctx.now }),
      ...switchPlanPeriod(ctx.db, {
        id: ctx.id("mpp"),
        merchantId: ctx.merchant.id,
        planVersionId: to.id,
        at: releaseAt,
        requestId: row.id,
      }),
      ...endpointStatements(ctx, row),
    );
    const line = prorationLine(from, to, releaseAt);
    let invoiceId: string | null = null;
    if (line) {
      invoiceId = ctx.id("inv");
      const period = monthKey(releaseAt);
      writes.statements.push(
        ...insertInvoice(
          ctx.db,
          {
            id: invoiceId,
            orgId: ctx.actor.orgId,
            merchantId: ctx.merchant.id,
            number: await nextInvoiceNumber(ctx.db, ctx.actor.orgId, period),
            period,
            kind: "proration",
            status: "open",
            issuedAt: ctx.now,
            dueAt: ctx.now + PAYMENT_TERMS_DAYS * 86_400_000,
            totalCents: invoiceTotal([line]),
            dedupeKey: `proration:${row.id}`,
          },
          [line],
          ctx.id,
        ),
      );
    }
    const summary = `Plan changed from ${from.name} v${from.version} to ${to.name} v${to.version}, as scheduled`;
    return {
      ...writes,
      note: { text: summary, category: "general", action: "plan_change.release", kind: "system" },
      activity: { kind: "system", summary, data: { requestId: row.id, invoiceId } },
      audit: {
        action: "plan_change.release",
        targetType: "plan_change",
        targetId: row.id,
        details: { from: from.id, to: to.id, invoiceId },
      },
      reply: { requestId: row.id, stage: "released" },
      accountChanged: true,
      recordsChanged: [
        { record: "plan-change", id: row.id },
        { record: "endpoint", id: row.id },
        ...(invoiceId ? [{ record: "invoice" as const, id: invoiceId }] : []),
      ],
    };
  },
};
