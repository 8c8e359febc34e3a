// merchant.update: business details and contacts. Sales (and admins) own the account and leave a note.
import type * as v from "valibot";
import { AppError } from "../../core/protocol/errors";
import type { MerchantProfileUpdateSchema } from "../../core/protocol/merchant-commands";
import { type MerchantSet, merchantContactsOf, updateContact, updateMerchant } from "../../db/repositories/merchants";
import type { MerchantHandler } from "./types";

export const merchantUpdate: MerchantHandler<v.InferOutput<typeof MerchantProfileUpdateSchema>> = {
  permission: "merchant.edit",
  requiresOwnership: true,
  async plan(ctx, command) {
    const { contacts, ...fields } = command.changes;
    const set: MerchantSet = { updatedAt: ctx.now };
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(set, { [key]: value });
    const statements = [updateMerchant(ctx.db, ctx.merchant.id, set)];
    if (contacts && contacts.length > 0) {
      const known = new Set((await merchantContactsOf(ctx.db, ctx.merchant.id)).map((c) => c.id));
      for (const contact of contacts) {
        if (!known.has(contact.id)) throw new AppError("NOT_FOUND", "No such contact on this merchant");
        const { id, ...change } = contact;
        const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
        if (Object.keys(defined).length > 0) statements.push(updateContact(ctx.db, ctx.merchant.id, id, defined));
      }
    }
    const changed = [
      ...Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== undefined),
      ...(contacts?.length ? ["contacts"] : []),
    ];
    return {
      statements,
      note: { text: command.note, category: "general", action: "merchant.update" },
      activity: { kind: "system", summary: `Merchant details updated: ${changed.join(", ")}`, data: { fields: changed } },
      // Field names only: contacts' values are personal data and the audit log is read widely.
      audit: { action: "merchant.update", targetType: "merchant", targetId: ctx.merchant.id, details: { fields: changed } },
      accountChanged: true,
    };
  },
};
