// One turn of a phone call: what the caller's keypad or speech means at the call's step, what the
// assistant does (verify, answer from approved articles, ask which product, confirm, hand over) and
// what it says, as TwiML verbs and the call's next state. The webhook (routes/voice.ts) stores it.
import { fillTemplate } from "../../core/domain/faq/templates";
import { redactFreeText } from "../../core/domain/redaction";
import {
  countFailure,
  RETRIES,
  readProduct,
  readQuestion,
  readVerification,
  readYesNo,
  SAY,
  type Step,
  type TransferReason,
} from "../../core/domain/voice/conversation";
import type { Verb } from "../../core/domain/voice/twiml";
import type { Database } from "../../db/client";
import type { Statement } from "../../db/repositories/audit";
import { productFlags } from "../../db/repositories/customers";
import type { VoiceCallChanges, VoiceCallRow } from "../../db/repositories/voice";
import { customersWithPhone, lockoutOf, saveLockout } from "../../db/repositories/voice";
import { createAnswerEngine } from "../faq/answer-engine";
import { personalFigures } from "./figures";

export interface TurnInput {
  db: Database;
  env: Env;
  call: VoiceCallRow;
  speech?: string;
  digits?: string;
  now: number;
  /** The action URL of the next <Gather> for a step. */
  actionFor: (step: Step, turn: number) => string;
}

export interface TurnResult {
  verbs: Verb[];
  changes: VoiceCallChanges;
  /** What was said, in order (redacted before it is stored). */
  said: { speaker: "caller" | "assistant"; text: string }[];
  statements: Statement[];
  /** The call ended here (answered) or went to a person. */
  ended?: "answered" | "transferred";
}

const GATHER: Record<Step, { input: "speech dtmf" | "dtmf"; timeout: number; finishOnKey?: string; numDigits?: number; hints?: string }> = {
  verify: { input: "dtmf", timeout: 8, finishOnKey: "#" },
  ask: {
    input: "speech dtmf",
    timeout: 6,
    numDigits: 1,
    hints: "payment, due date, early purchase, payoff, return, address, autopay, late fee",
  },
  product: { input: "speech dtmf", timeout: 6, numDigits: 1, hints: "lease, loan" },
  confirm: { input: "speech dtmf", timeout: 6, numDigits: 1, hints: "yes, no" },
};

/** Says `lines`, then listens for the step's answer. */
export function listen(input: Pick<TurnInput, "actionFor">, step: Step, turn: number, lines: string[]): Verb[] {
  return [{ verb: "Gather", action: input.actionFor(step, turn), ...GATHER[step], say: lines }];
}

export function transferVerbs(env: Env, lines: string[]): Verb[] {
  const to: Verb = env.VOICE_TRANSFER_NUMBER
    ? { verb: "Dial", number: env.VOICE_TRANSFER_NUMBER }
    : { verb: "Enqueue", queue: env.VOICE_QUEUE || "reps" };
  return [...lines.map((text): Verb => ({ verb: "Say", text })), { verb: "Say", text: SAY.holding }, to];
}

function transfer(input: TurnInput, reason: TransferReason, line: string, changes: VoiceCallChanges = {}): TurnResult {
  const lines = [line];
  return {
    verbs: transferVerbs(input.env, lines),
    changes: { ...changes, step: "transferred", outcome: "transferred", transferReason: reason, transferredAt: input.now },
    said: lines.map((text) => ({ speaker: "assistant" as const, text })),
    statements: [],
    ended: "transferred",
  };
}

/** Asks again after silence or an unclear answer, until RETRIES, then hands over. */
function again(input: TurnInput, step: Step, line: string): TurnResult {
  const retries = input.call.retries + 1;
  if (retries >= RETRIES) return transfer(input, step === "ask" ? "no-question" : "unclear", SAY.notAnswered);
  const turn = input.call.turn + 1;
  return {
    verbs: listen(input, step, turn, [line]),
    changes: { retries, turn },
    said: [{ speaker: "assistant", text: line }],
    statements: [],
  };
}

const next = (input: TurnInput, step: Step, lines: string[], changes: VoiceCallChanges = {}, caller?: string): TurnResult => {
  const turn = input.call.turn + 1;
  return {
    verbs: listen(input, step, turn, lines),
    changes: { retries: 0, ...changes, step, turn },
    said: [
      ...(caller ? [{ speaker: "caller" as const, text: caller }] : []),
      ...lines.map((text) => ({ speaker: "assistant" as const, text })),
    ],
    statements: [],
  };
};

async function verifyTurn(input: TurnInput): Promise<TurnResult> {
  const { call, db, now } = input;
  const entry = readVerification(input.digits);
  if (entry.kind === "skip") return next(input, "ask", [SAY.ask], {}, "(skipped verification)");
  const [customer] = call.customerId
    ? (await customersWithPhone(db, call.orgId, call.fromDigits)).filter((r) => r.id === call.customerId)
    : [];
  const matches =
    !!customer &&
    ((entry.kind === "ssn4" && !!customer.ssn && customer.ssn.replace(/\D/g, "").slice(-4) === entry.digits) ||
      (entry.kind === "zip5" && !!customer.postalCode && customer.postalCode.slice(0, 5) === entry.digits));
  if (matches) return next(input, "ask", [SAY.verified, SAY.ask], { verified: true }, "(keypad verification: matched)");
  const counted = countFailure(await lockoutOf(db, call.orgId, call.fromDigits), now);
  const lockout = saveLockout(db, { orgId: call.orgId, fromDigits: call.fromDigits, ...counted });
  if (counted.lockedUntil) return { ...transfer(input, "verification-failed", SAY.verifyFailed), statements: [lockout] };
  return {
    ...next(input, "verify", [SAY.verifyRetry], { retries: call.retries + 1 }, "(keypad verification: no match)"),
    statements: [lockout],
  };
}

/** Answers a question from approved articles, or asks which product, or hands over. */
async function answer(input: TurnInput, question: string, chosen: "lease" | "loan" | null): Promise<TurnResult> {
  const { call, db, now } = input;
  const holdings = call.customerId ? ((await productFlags(db, [call.customerId])).get(call.customerId) ?? null) : null;
  const result = await createAnswerEngine(db).answer({ orgId: call.orgId, question, holdings, chosen });
  const d = result.decision;
  const asked = { question: redactFreeText(question, now), product: chosen };
  if (d.kind === "choose-product") return next(input, "product", [SAY.product], { ...asked, confidence: d.confidence }, question);
  if (d.kind === "hand-over")
    return {
      ...transfer(input, "unsure", SAY.unsure, { ...asked, answer: null, articleId: null, articleVersion: null, confidence: d.confidence }),
      said: [
        { speaker: "caller", text: question },
        { speaker: "assistant", text: SAY.unsure },
      ],
    };
  const best = d.best.candidate;
  let spoken = best.answer;
  if (best.template) {
    const personal =
      call.verified && call.customerId
        ? fillTemplate(best.template, await personalFigures(db, call.orgId, call.customerId, now), true)
        : null;
    spoken = personal ?? `${best.answer} ${call.verified ? "" : SAY.personalOnlyAfterVerifying}`.trim();
  }
  return next(
    input,
    "confirm",
    [spoken, SAY.confirm],
    { ...asked, answer: spoken, articleId: best.articleId, articleVersion: best.version, confidence: d.confidence },
    question,
  );
}

async function askTurn(input: TurnInput): Promise<TurnResult> {
  const asked = readQuestion(input.speech, input.digits, input.call.questionsAnswered > 0);
  switch (asked.kind) {
    case "person":
      return transfer(input, "asked-for-person", SAY.person);
    case "silence":
      return again(input, "ask", SAY.askAgain);
    case "too-long":
      return transfer(input, "too-long", SAY.tooLong, { question: redactFreeText(asked.text, input.now), answer: null, confidence: null });
    case "done":
      return {
        verbs: [{ verb: "Say", text: SAY.goodbye }, { verb: "Hangup" }],
        changes: { step: "ended", outcome: "answered" },
        said: [{ speaker: "assistant", text: SAY.goodbye }],
        statements: [],
        ended: "answered",
      };
    case "question":
      return answer(input, asked.text, input.call.product ?? null);
  }
}

export async function takeTurn(input: TurnInput): Promise<TurnResult> {
  const { call } = input;
  switch (call.step) {
    case "verify":
      return verifyTurn(input);
    case "ask":
      return askTurn(input);
    case "product": {
      const product = readProduct(input.speech, input.digits);
      if (!product) return again(input, "product", SAY.product);
      return answer(input, call.question ?? "", product);
    }
    case "confirm": {
      const said = readYesNo(input.speech, input.digits);
      if (said === "yes")
        return next(input, "ask", [SAY.askAnother], { questionsAnswered: call.questionsAnswered + 1, product: null }, "yes");
      if (said === "no") return transfer(input, "not-answered", SAY.notAnswered);
      return again(input, "confirm", SAY.confirm);
    }
    default:
      return { verbs: [{ verb: "Hangup" }], changes: {}, said: [], statements: [] };
  }
}
