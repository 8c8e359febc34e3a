// The phone line for staff: GET /api/voice/waiting lists transferred callers nobody has taken yet
// (what they asked, what the assistant answered, how sure it was), and POST /api/voice/calls/:id/take
// lets one rep take a caller (audited; every call list drops it at once).
import { Hono } from "hono";
import * as v from "valibot";
import { maskValue } from "../../core/domain/pii";
import { AppError } from "../../core/protocol/errors";
import type { CallTaken, WaitingCallers } from "../../core/protocol/voice-answers";
import { VoiceCallIdSchema } from "../../core/protocol/voice-commands";
import { findCallById, takeCall, waitingCalls } from "../../db/repositories/voice";
import { actorAudit, recordAudit } from "../audit";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { announceCalls } from "../voice/call-records";

/** How long a transferred caller stays listed without a rep or a hang-up report. */
const WAITING_FOR_MS = 30 * 60_000;

export const voiceCallRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .get("/waiting", async (c) => {
    const rows = await waitingCalls(c.var.db, c.var.actor.orgId, Date.now() - WAITING_FOR_MS);
    return c.json<WaitingCallers>({
      items: rows.map((r) => ({
        id: r.id,
        customer: r.customerId && r.name ? { id: r.customerId, name: r.name } : null,
        // An unknown caller's number is someone's contact detail: the list shows its last 4 only.
        caller: maskValue("phone", r.fromDigits),
        verified: r.verified,
        question: r.question,
        answer: r.answer,
        article: r.articleId && r.articleVersion ? { id: r.articleId, version: r.articleVersion } : null,
        confidence: r.confidence,
        reason: r.reason,
        transferredAt: r.transferredAt ?? 0,
      })),
    });
  })
  .post("/calls/:id/take", validate("param", v.object({ id: VoiceCallIdSchema })), async (c) => {
    const { id } = c.req.valid("param");
    const { db, actor } = c.var;
    const call = await findCallById(db, actor.orgId, id);
    if (!call || call.transferredAt === null) throw new AppError("NOT_FOUND", "No such transferred call");
    if (!(await takeCall(db, actor.orgId, id, actor)))
      throw new AppError("CONFLICT", `${call.takenByName ?? "Someone"} already took this caller`);
    await recordAudit(c, actorAudit(c, { action: "voice.take", targetType: "voice_call", targetId: id, customerId: call.customerId }));
    await announceCalls(c.env, db, actor.orgId);
    return c.json<CallTaken>({ id, takenBy: actor.name });
  });
