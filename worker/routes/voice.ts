// The phone line's webhooks (public, mounted before the session check): POST /api/voice/:org/incoming
// when a call comes in, …/gather with each answer the caller gives, …/status when it ends. Every
// request must carry the provider's signature over its URL and parameters, and may be served once:
// an unsigned, forged or replayed request is refused (403) and audited in the org's voice stream.
import { type Context, Hono } from "hono";
import * as v from "valibot";
import { normalizePhone } from "../../core/domain/phone";
import { redactFreeText } from "../../core/domain/redaction";
import { isLocked, SAY, type Step } from "../../core/domain/voice/conversation";
import { twiml, type Verb } from "../../core/domain/voice/twiml";
import { AppError } from "../../core/protocol/errors";
import { newId, sha256Hex } from "../../db/crypto";
import { type AuditEntry, appendAudit, auditSignerFor, commitWithAudit } from "../../db/repositories/audit";
import {
  customersWithPhone,
  findCall,
  firstSighting,
  insertCall,
  insertTurns,
  lockoutOf,
  orgBySlug,
  updateCall,
  type VoiceCallRow,
} from "../../db/repositories/voice";
import type { AppEnv } from "../env";
import { requestOrigin } from "../middleware/session";
import { announceCalls, logCall } from "../voice/call-records";
import { checkSignature } from "../voice/signature";
import { listen, type TurnResult, takeTurn } from "../voice/turns";

const ParamsSchema = v.looseObject({
  CallSid: v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{10,64}$/, "is not a call id")),
  From: v.optional(v.pipe(v.string(), v.maxLength(40))),
  SpeechResult: v.optional(v.string()),
  Digits: v.optional(v.pipe(v.string(), v.regex(/^[0-9*#]{0,20}$/, "are not keypad digits"))),
  CallStatus: v.optional(v.pipe(v.string(), v.maxLength(30))),
});
type Params = v.InferOutput<typeof ParamsSchema>;
const ENDED = new Set(["completed", "busy", "failed", "no-answer", "canceled"]);

/** Refusals audited per address and minute (per isolate); past it a flood is refused without a record. */
const REFUSALS_PER_MINUTE = 30;
const refusals = new Map<string, { minute: number; count: number }>();
function mayAuditRefusal(ip: string | null, now: number): boolean {
  const key = ip ?? "unknown";
  const minute = Math.floor(now / 60_000);
  const seen = refusals.get(key);
  const count = seen && seen.minute === minute ? seen.count + 1 : 1;
  if (refusals.size > 10_000) refusals.clear();
  refusals.set(key, { minute, count });
  return count <= REFUSALS_PER_MINUTE;
}

const voiceStream = (orgId: string) => `voice:${orgId}`;

function entry(
  c: Context<AppEnv>,
  orgId: string,
  action: string,
  outcome: AuditEntry["outcome"],
  targetId: string | null,
  details: Record<string, unknown>,
): AuditEntry {
  return {
    orgId,
    at: Date.now(),
    actorId: null,
    actorRole: "caller",
    action,
    targetType: "voice_call",
    targetId,
    customerId: null,
    outcome,
    ...requestOrigin(c),
    details,
  };
}

async function refuse(c: Context<AppEnv>, orgId: string, reason: string): Promise<never> {
  if (mayAuditRefusal(requestOrigin(c).ip, Date.now()))
    await appendAudit(
      c.var.db,
      await auditSignerFor(c.env),
      entry(c, orgId, "voice.webhook", "denied", null, { reason, path: c.req.path }),
      voiceStream(orgId),
    );
  throw new AppError("FORBIDDEN", "This request is not signed by the voice provider, or was already served");
}

/** The org, its signed and first-seen parameters: everything a webhook needs before it acts. */
async function signedRequest(c: Context<AppEnv>): Promise<{ org: { id: string; name: string; slug: string }; params: Params }> {
  const slug = c.req.param("org") ?? "";
  const org = await orgBySlug(c.var.db, slug);
  if (!org) throw new AppError("NOT_FOUND", "No such phone line");
  const pairs = [...new URLSearchParams(new TextDecoder().decode(await c.req.arrayBuffer()))];
  const check = await checkSignature(c, pairs);
  if (!check.ok) return refuse(c, org.id, check.reason);
  if (!(await firstSightingOf(c, check.signature))) return refuse(c, org.id, "replayed");
  const parsed = v.safeParse(ParamsSchema, Object.fromEntries(pairs));
  if (!parsed.success) throw new AppError("VALIDATION", "Unexpected webhook parameters");
  return { org: { ...org, slug }, params: parsed.output };
}

/** The same signed request a second time is a replay (a legitimate provider retry carries a new turn URL). */
async function firstSightingOf(c: Context<AppEnv>, signature: string): Promise<boolean> {
  return firstSighting(c.var.db, await sha256Hex(`${c.req.url}|${signature}`), Date.now());
}

const xml = (c: Context<AppEnv>, verbs: Verb[]) =>
  c.body(twiml(verbs), 200, { "Content-Type": "text/xml; charset=utf-8", "Cache-Control": "no-store" });

function actionFor(c: Context<AppEnv>, slug: string) {
  const origin = c.env.VOICE_PUBLIC_URL?.replace(/\/$/, "") || new URL(c.req.url).origin;
  return (step: Step, turn: number) => `${origin}/api/voice/${slug}/gather?step=${step}&turn=${turn}`;
}

const PROMPT: Record<Step, string> = { verify: SAY.verify, ask: SAY.ask, product: SAY.product, confirm: SAY.confirm };

/** Writes the turn's outcome in one batch, then tells the account and the call lists when it ended. */
async function store(c: Context<AppEnv>, call: VoiceCallRow, result: TurnResult, now: number): Promise<void> {
  const { db } = c.var;
  const said = result.said.map((s, i) => ({
    callId: call.id,
    seq: call.turn * 10 + i,
    at: now,
    speaker: s.speaker,
    text: redactFreeText(s.text, now).slice(0, 2_000),
  }));
  await db.batch([updateCall(db, call.id, { ...result.changes, updatedAt: now }), ...insertTurns(db, said), ...result.statements]);
  if (!result.ended) return;
  if (call.customerId)
    await logCall(c.env, {
      orgId: call.orgId,
      customerId: call.customerId,
      callId: call.id,
      outcome: result.ended,
      origin: requestOrigin(c),
    });
  if (result.ended === "transferred") await announceCalls(c.env, db, call.orgId);
}

export const voiceWebhookRoutes = new Hono<AppEnv>()
  .post("/:org/incoming", async (c) => {
    const { org, params } = await signedRequest(c);
    const { db } = c.var;
    const act = actionFor(c, org.slug);
    const known = await findCall(db, org.id, params.CallSid);
    if (known)
      return xml(
        c,
        known.step === "transferred" || known.step === "ended"
          ? [{ verb: "Hangup" }]
          : listen({ actionFor: act }, known.step, known.turn, [PROMPT[known.step]]),
      );
    const now = Date.now();
    const fromDigits = normalizePhone(params.From ?? "") ?? (params.From ?? "").replace(/\D/g, "");
    const matches = fromDigits ? await customersWithPhone(db, org.id, fromDigits) : [];
    const customer = matches.length === 1 ? matches[0] : undefined;
    const locked = isLocked(await lockoutOf(db, org.id, fromDigits), now);
    const step: Step = customer && !locked ? "verify" : "ask";
    const lines = [SAY.greeting(org.name), ...(customer && locked ? [SAY.locked] : []), PROMPT[step]];
    const id = newId("vcl");
    const call = {
      id,
      orgId: org.id,
      callSid: params.CallSid,
      fromDigits,
      customerId: customer?.id ?? null,
      step,
      turn: 1,
      startedAt: now,
      updatedAt: now,
    };
    const audit = entry(c, org.id, "voice.call", "success", id, { identified: !!customer, locked, customerId: customer?.id ?? null });
    await commitWithAudit(
      db,
      await auditSignerFor(c.env),
      [audit],
      () => [
        insertCall(db, call),
        ...insertTurns(
          db,
          lines.map((text, seq) => ({ callId: id, seq, at: now, speaker: "assistant" as const, text })),
        ),
      ],
      voiceStream(org.id),
    );
    return xml(c, listen({ actionFor: act }, step, 1, lines));
  })
  .post("/:org/gather", async (c) => {
    const { org, params } = await signedRequest(c);
    const call = await findCall(c.var.db, org.id, params.CallSid);
    if (!call || call.step === "transferred" || call.step === "ended")
      return xml(c, [{ verb: "Say", text: SAY.goodbye }, { verb: "Hangup" }]);
    const act = actionFor(c, org.slug);
    // An answer to an earlier question (the provider retried, or the caller was slow): ask the current one again.
    if (c.req.query("step") !== call.step || Number(c.req.query("turn")) !== call.turn)
      return xml(c, listen({ actionFor: act }, call.step, call.turn, [PROMPT[call.step]]));
    const now = Date.now();
    const result = await takeTurn({
      db: c.var.db,
      env: c.env,
      call,
      speech: params.SpeechResult,
      digits: params.Digits,
      now,
      actionFor: act,
    });
    await store(c, call, result, now);
    return xml(c, result.verbs);
  })
  .post("/:org/status", async (c) => {
    const { org, params } = await signedRequest(c);
    const { db } = c.var;
    const call = await findCall(db, org.id, params.CallSid);
    if (!call || !ENDED.has(params.CallStatus ?? "") || call.endedAt !== null) return xml(c, []);
    const now = Date.now();
    const outcome = call.outcome ?? "abandoned";
    await db.batch([updateCall(db, call.id, { endedAt: now, outcome, step: "ended", updatedAt: now })]);
    // Every call reaches the account's activity log, however it ended (a hang-up included).
    if (call.customerId && call.loggedAt === null)
      await logCall(c.env, { orgId: org.id, customerId: call.customerId, callId: call.id, outcome, origin: requestOrigin(c) });
    if (call.transferredAt !== null && call.takenBy === null) await announceCalls(c.env, db, org.id);
    return xml(c, []);
  });
