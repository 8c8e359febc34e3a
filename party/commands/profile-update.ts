// profile.update: contact details, preferences and attributes. Needs ownership and a note.
import type * as v from "valibot";
import { normalizePhone } from "../../core/domain/phone";
import { normalizeTag } from "../../core/domain/tag-rules";
import type { ProfileChanges, ProfileUpdateCommandSchema } from "../../core/protocol/commands";
import { AppError } from "../../core/protocol/errors";
import { type CustomerChanges, updateCustomer } from "../../db/repositories/customers";
import { replaceTags } from "../../db/repositories/engagement";
import type { CommandHandler } from "./types";

const LABELS: Record<keyof ProfileChanges, string> = {
  preferredContactTime: "preferred contact time",
  preferredChannel: "preferred channel",
  language: "language",
  smsOptIn: "SMS consent",
  emailOptIn: "email consent",
  email: "email",
  phone: "phone",
  addressLine1: "address",
  city: "city",
  state: "state",
  postalCode: "ZIP code",
  tags: "tags",
};

export const profileUpdate: CommandHandler<v.InferOutput<typeof ProfileUpdateCommandSchema>> = {
  permission: "customer.edit",
  requiresOwnership: true,
  async plan(ctx, command) {
    const { tags, phone, email, ...rest } = command.changes;
    const set: CustomerChanges = { ...rest, updatedAt: ctx.now };
    if (tags !== undefined) set.tags = JSON.stringify(tags);
    if (email !== undefined) {
      set.email = email;
      set.emailLower = email?.toLowerCase() ?? null;
    }
    if (phone !== undefined) {
      const digits = normalizePhone(phone);
      if (!digits)
        throw new AppError("VALIDATION", "That phone number is not valid", [{ path: "changes.phone", message: "not a phone number" }]);
      set.phone = phone;
      set.phoneDigits = digits;
    }
    const fields = (Object.keys(command.changes) as (keyof ProfileChanges)[]).filter((key) => command.changes[key] !== undefined);
    // Manual tags are searchable by tag (customer_tags), so they change there in the same batch.
    const manualTags =
      tags === undefined
        ? []
        : replaceTags(
            ctx.db,
            ctx.customer,
            "manual",
            tags.map((label) => ({ tag: normalizeTag(label), label, rule: null })),
            ctx.now,
          );
    return {
      statements: [updateCustomer(ctx.db, ctx.customer.id, set), ...manualTags],
      note: { text: command.note, category: "general", action: "profile.update" },
      activity: { kind: "system", summary: `Profile updated: ${fields.map((f) => LABELS[f]).join(", ")}`, data: { fields } },
      // Field names only: values may be personal data and the audit log is read widely.
      audit: { action: "profile.update", targetType: "customer", targetId: ctx.customer.id, details: { fields } },
      // The back ends keep their own copy of contact details: they get the changed fields' new values.
      outbound: [
        { topic: "customer.updated", record: { type: "customer", id: ctx.customer.id }, payload: { fields, changes: command.changes } },
      ],
      accountChanged: true,
    };
  },
};
