// Commands that change a customer's data. Each goes through that customer's room (`mutate`),
// which checks ownership and writes the change, the rep's note and the audit row together.
import * as v from "valibot";
import { PROMPT_KINDS } from "../domain/prompts";
import { NoteTextSchema } from "./api";
import { CALLBACK_COMMAND_SCHEMAS } from "./callback-commands";
import { NoteEditCommandSchema, PiiRevealCommandSchema } from "./compliance-commands";
import { IntegrationApplyCommandSchema } from "./integration-commands";
import { LOAN_COMMAND_SCHEMAS } from "./loan-commands";
import { LOYALTY_COMMAND_SCHEMAS } from "./loyalty-commands";
import { ORDER_COMMAND_SCHEMAS } from "./order-commands";
import { CallLoggedCommandSchema } from "./voice-commands";

export const NOTE_CATEGORIES = ["general", "payment", "order", "identity", "complaint", "callback", "compliance"] as const;
export const NoteCategorySchema = v.picklist(NOTE_CATEGORIES);

/** Adds a note; needs no ownership (it records the contact). */
export const NoteAddCommandSchema = v.object({
  type: v.literal("note.add"),
  text: NoteTextSchema,
  category: v.optional(NoteCategorySchema, "general"),
  /** Lets a client resend after a dropped connection without adding the note twice. */
  clientId: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{8,64}$/))),
});

const optionalText = (max: number) => v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(max))));

/** Profile fields a rep may change: contact details, preferences and attributes. */
export const ProfileChangesSchema = v.pipe(
  v.strictObject({
    preferredContactTime: optionalText(100),
    preferredChannel: v.optional(v.nullable(v.picklist(["phone", "sms", "email"]))),
    language: v.optional(v.picklist(["en", "es"])),
    smsOptIn: v.optional(v.boolean()),
    emailOptIn: v.optional(v.boolean()),
    email: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.email(), v.maxLength(200)))),
    phone: v.optional(v.pipe(v.string(), v.trim(), v.minLength(7), v.maxLength(30))),
    addressLine1: optionalText(200),
    city: optionalText(100),
    state: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, "must be a 2-letter state code")))),
    postalCode: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^\d{5}(-\d{4})?$/, "must be a ZIP code")))),
    tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40))), v.maxLength(20))),
  }),
  v.check((changes) => Object.values(changes).some((value) => value !== undefined), "change at least one field"),
);
export type ProfileChanges = v.InferOutput<typeof ProfileChangesSchema>;

export const ProfileUpdateCommandSchema = v.object({
  type: v.literal("profile.update"),
  lockToken: v.pipe(v.number(), v.integer(), v.minValue(1)),
  note: NoteTextSchema,
  changes: ProfileChangesSchema,
});

/** Hides a call prompt for a working day; the reason is the rep's note. Needs no ownership. */
export const PromptDismissCommandSchema = v.object({
  type: v.literal("prompt.dismiss"),
  promptId: v.picklist(PROMPT_KINDS),
  reason: NoteTextSchema,
});

export const MutationCommandSchema = v.variant("type", [
  NoteAddCommandSchema,
  ProfileUpdateCommandSchema,
  PiiRevealCommandSchema,
  NoteEditCommandSchema,
  PromptDismissCommandSchema,
  ...ORDER_COMMAND_SCHEMAS,
  ...LOYALTY_COMMAND_SCHEMAS,
  IntegrationApplyCommandSchema,
  ...CALLBACK_COMMAND_SCHEMAS,
  ...LOAN_COMMAND_SCHEMAS,
  CallLoggedCommandSchema,
]);
export type MutationCommand = v.InferOutput<typeof MutationCommandSchema>;
export type MutationType = MutationCommand["type"];

/**
 * JSON a command answers with, nested at most six levels: finite, unlike a recursive JSON type, so the
 * Durable Object RPC stub's types (which map every nested value) stay finite and the Worker's calls
 * are typed from the room class itself.
 */
type Json0 = string | number | boolean | null;
type JsonIn<T> = T | T[] | { [key: string]: T };
export type JsonValue = JsonIn<JsonIn<JsonIn<JsonIn<JsonIn<JsonIn<Json0>>>>>>;

/** What `mutate` answers: a value, never a thrown error, so it crosses the RPC boundary intact. */
export type MutationResult =
  | { ok: true; reply: { [key: string]: JsonValue } }
  | { ok: false; error: { code: string; message: string; details?: JsonValue } };
