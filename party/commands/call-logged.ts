// call.logged: the phone assistant's call goes into the customer's activity log, as the system. A
// transferred call says what the caller asked, what the assistant answered and how sure it was, so
// the rep who picks up starts where the assistant stopped; every open screen sees it at once.
import type * as v from "valibot";
import { redactFreeText } from "../../core/domain/redaction";
import { AppError } from "../../core/protocol/errors";
import type { CallLoggedCommandSchema } from "../../core/protocol/voice-commands";
import { findCallById, updateCall } from "../../db/repositories/voice";
import type { CommandHandler } from "./types";

const percent = (confidence: number | null) => (confidence === null ? "none" : `${Math.round(confidence * 100)}%`);
const quoted = (text: string | null, max: number) => (text ? `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"` : "nothing");

const REASONS: Record<string, string> = {
  unsure: "the assistant was not sure of the answer",
  "asked-for-person": "the caller asked for a person",
  "not-answered": "the caller said the answer did not help",
  "verification-failed": "keypad verification failed three times; self-service is paused for this number",
  "too-long": "the caller's request was too long to follow",
  "no-question": "the caller did not ask a question",
  unclear: "the assistant could not understand the caller",
};

export const callLogged: CommandHandler<v.InferOutput<typeof CallLoggedCommandSchema>> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx, command) {
    const call = await findCallById(ctx.db, ctx.actor.orgId, command.callId);
    if (!call || call.customerId !== ctx.customer.id) throw new AppError("NOT_FOUND", "No such call");
    const asked = call.question ? redactFreeText(call.question, ctx.now) : null;
    const answered = call.answer ? redactFreeText(call.answer, ctx.now) : null;
    const article = call.articleId ? ` (article ${call.articleId} v${call.articleVersion})` : "";
    const who = call.verified ? "verified caller" : "caller (not verified)";
    const summary =
      command.outcome === "transferred"
        ? `Phone assistant transferred the ${who} to a rep. Caller asked: ${quoted(asked, 200)}; assistant answered: ${quoted(answered, 200)}${article}; confidence ${percent(call.confidence)}.`
        : command.outcome === "answered"
          ? `Phone assistant answered the ${who} (${call.questionsAnswered} question${call.questionsAnswered === 1 ? "" : "s"}). Last asked: ${quoted(asked, 200)}; answered: ${quoted(answered, 200)}${article}; confidence ${percent(call.confidence)}.`
          : `Call to the phone assistant ended before an answer. Caller asked: ${quoted(asked, 200)}.`;
    const why =
      command.outcome === "transferred" && call.transferReason ? ` Why: ${REASONS[call.transferReason] ?? call.transferReason}.` : "";
    return {
      statements: [updateCall(ctx.db, call.id, { loggedAt: ctx.now })],
      note: {
        kind: "system",
        category: "general",
        action: "call.logged",
        text: `${summary}${why}`,
        id: `not_${call.id}_${command.outcome}`,
      },
      activity: {
        kind: "communication",
        summary,
        data: {
          call: command.outcome,
          callId: call.id,
          question: asked,
          answer: answered,
          articleId: call.articleId,
          version: call.articleVersion,
          confidence: call.confidence,
          verified: call.verified,
          reason: call.transferReason,
        },
      },
      audit: {
        action: "call.logged",
        targetType: "voice_call",
        targetId: call.id,
        details: {
          outcome: command.outcome,
          articleId: call.articleId,
          version: call.articleVersion,
          confidence: call.confidence,
          verified: call.verified,
          reason: call.transferReason,
        },
      },
      reply: { callId: call.id, outcome: command.outcome },
    };
  },
};
