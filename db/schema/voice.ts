// The phone line's records: each call the assistant took (who, what was asked and answered, how
// sure, where it ended), its turns, keypad-verification lockouts per number, and the signatures of
// webhook requests already served (a replay is refused).
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { orgs } from "./org";

export const voiceCalls = sqliteTable(
  "voice_calls",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    /** The provider's call id (CallSid). */
    callSid: text("call_sid").notNull().unique(),
    /** E.164 digits of the caller's number. */
    fromDigits: text("from_digits").notNull(),
    /** The customer the number identified (exactly one of the org's customers has it), else null. */
    customerId: text("customer_id").references(() => customers.id),
    verified: integer("verified", { mode: "boolean" }).notNull().default(false),
    /** Where the conversation stands: the step whose answer the next webhook carries. */
    step: text("step", { enum: ["verify", "ask", "product", "confirm", "transferred", "ended"] }).notNull(),
    /** Turn number the next webhook must carry (its action URL names it). */
    turn: integer("turn").notNull().default(1),
    /** Asking again after silence or a mismatch, within one step. */
    retries: integer("retries").notNull().default(0),
    /** The last question, redacted, and what the assistant did with it. */
    question: text("question"),
    answer: text("answer"),
    articleId: text("article_id"),
    articleVersion: integer("article_version"),
    confidence: real("confidence"),
    /** The caller chose lease or loan for a question that could be either. */
    product: text("product", { enum: ["lease", "loan"] }),
    questionsAnswered: integer("questions_answered").notNull().default(0),
    outcome: text("outcome", { enum: ["answered", "transferred", "abandoned"] }),
    /** Why it went to a person: "unsure", "asked-for-person", "not-answered", "verification-failed", ... */
    transferReason: text("transfer_reason"),
    startedAt: integer("started_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    transferredAt: integer("transferred_at"),
    /** A rep took the transferred caller (the call list shows it no more). */
    takenBy: text("taken_by"),
    takenByName: text("taken_by_name"),
    endedAt: integer("ended_at"),
    /** When the call went into the customer's activity log. */
    loggedAt: integer("logged_at"),
  },
  (t) => [
    index("voice_calls_org_transferred_idx").on(t.orgId, t.transferredAt),
    index("voice_calls_customer_idx").on(t.customerId, t.startedAt),
  ],
);

export const voiceTurns = sqliteTable(
  "voice_turns",
  {
    callId: text("call_id")
      .notNull()
      .references(() => voiceCalls.id),
    seq: integer("seq").notNull(),
    at: integer("at").notNull(),
    speaker: text("speaker", { enum: ["caller", "assistant"] }).notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.seq] })],
);

/** Keypad verification failures per calling number; three lock self-service for a while. */
export const voiceLockouts = sqliteTable(
  "voice_lockouts",
  {
    orgId: text("org_id").notNull(),
    fromDigits: text("from_digits").notNull(),
    failures: integer("failures").notNull(),
    firstFailureAt: integer("first_failure_at").notNull(),
    lockedUntil: integer("locked_until"),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.fromDigits] })],
);

/** SHA-256 of every signed webhook request served: the same request twice is a replay. */
export const voiceRequestsSeen = sqliteTable("voice_requests_seen", {
  signatureHash: text("signature_hash").primaryKey(),
  at: integer("at").notNull(),
});
