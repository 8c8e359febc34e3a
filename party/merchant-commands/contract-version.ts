// contract.version: sales records a new version of a merchant agreement; the active version of the
// same agreement is superseded the day before the new one takes effect.
import type * as v from "valibot";
import type { ContractVersionSchema } from "../../core/protocol/merchant-commands";
import { contractsOf, contractVersionStatements } from "../../db/repositories/merchant-billing";
import type { MerchantHandler } from "./types";

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export const contractVersion: MerchantHandler<v.InferOutput<typeof ContractVersionSchema>> = {
  permission: "contract.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const same = (await contractsOf(ctx.db, ctx.merchant.id)).filter((c) => c.title === command.title);
    const version = Math.max(0, ...same.map((c) => c.version)) + 1;
    const active = same.find((c) => c.status === "active");
    const contractId = ctx.id("mco");
    return {
      statements: contractVersionStatements(
        ctx.db,
        {
          id: contractId,
          orgId: ctx.actor.orgId,
          merchantId: ctx.merchant.id,
          title: command.title,
          version,
          status: "active",
          effectiveFrom: command.effectiveFrom,
          summary: command.summary,
          createdBy: ctx.actor.id,
          createdAt: ctx.now,
        },
        active ? { id: active.id, effectiveTo: dayBefore(command.effectiveFrom) } : null,
      ),
      note: { text: command.note, category: "general", action: "contract.version" },
      activity: { kind: "system", summary: `${command.title} v${version} in effect from ${command.effectiveFrom}`, data: { contractId } },
      audit: { action: "contract.version", targetType: "contract", targetId: contractId, details: { version } },
      reply: { contractId, version },
      recordsChanged: [{ record: "contract", id: contractId }],
    };
  },
};
