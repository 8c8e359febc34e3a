// POST /api/email/inbound: the mail provider hands Tandem an email someone sent to the desk. Public
// (the HMAC is the credential), mounted before the app's body limit with its own. Checks, in order:
// the body's size (413), the timestamp's window and the signature over timestamp + "." + body with
// the Worker secret INBOUND_EMAIL_SECRET (401), a delivery not taken before (401: a replay), the
// body's shape (400). Then the reply token (in the To address, `desk+<token>@`, or the subject,
// `[#tkt:<token>]`) threads the email onto its ticket: a message from the client (a ticket waiting
// on the client comes back to the desk; a resolved one is reopened, which escalates it). Without a
// token, an email from a merchant's portal user (or contact) opens a ticket. Nothing is written on any refusal.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import * as v from "valibot";
import { systemActor } from "../../core/domain/system-actor";
import { replyTokenFrom } from "../../core/domain/tickets";
import { AppError, describeIssues } from "../../core/protocol/errors";
import type { InboundEmailAnswerSchema } from "../../core/protocol/ticket-answers";
import { InboundEmailSchema } from "../../core/protocol/tickets";
import { createDatabase } from "../../db/client";
import { newId } from "../../db/crypto";
import { merchantByContactEmail, rememberInboundEmail, ticketByReplyToken } from "../../db/repositories/tickets";
import type { AppEnv } from "../env";
import { checkSigned } from "../integrations/signing";
import { errorResponse } from "../middleware/errors";
import { ticketRoom } from "../rooms";

/** An email's text is a note's size; with headers and JSON around it, 128 KB is plenty. */
export const MAX_EMAIL_BYTES = 128 * 1024;
/** The dev-mode secret (published: the tests and the demo sign with it); production needs the Worker secret. */
export const DEV_INBOUND_EMAIL_SECRET = "dev-inbound-email-secret";

function inboundSecret(env: Env): string | null {
  return env.INBOUND_EMAIL_SECRET || (env.AUTH_MODE === "dev" ? DEV_INBOUND_EMAIL_SECRET : null);
}

const NO_ORIGIN = { ip: null, userAgent: null };

export const emailInboundRoutes = new Hono<AppEnv>().post(
  "/inbound",
  bodyLimit({
    maxSize: MAX_EMAIL_BYTES,
    onError: (c) => errorResponse(c, new AppError("PAYLOAD_TOO_LARGE", `An inbound email is limited to ${MAX_EMAIL_BYTES / 1024} KB`)),
  }),
  async (c) => {
    const now = Date.now();
    const secret = inboundSecret(c.env);
    if (!secret) return errorResponse(c, new AppError("UNAVAILABLE", "Inbound email is not configured"));
    const body = await c.req.raw.text();
    if (new TextEncoder().encode(body).length > MAX_EMAIL_BYTES)
      return errorResponse(c, new AppError("PAYLOAD_TOO_LARGE", `An inbound email is limited to ${MAX_EMAIL_BYTES / 1024} KB`));
    const unsigned = await checkSigned(c.req.raw.headers, body, secret, now);
    if (unsigned === "missing_timestamp")
      return errorResponse(
        c,
        new AppError("UNAUTHENTICATED", "Sign the request: Tandem-Timestamp is missing or not Unix seconds", { reason: unsigned }),
      );
    if (unsigned === "stale_timestamp")
      return errorResponse(
        c,
        new AppError("UNAUTHENTICATED", "The request's timestamp is outside the 5-minute window", { reason: unsigned }),
      );
    if (unsigned === "bad_signature")
      return errorResponse(c, new AppError("UNAUTHENTICATED", "The signature does not match", { reason: unsigned }));
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      return errorResponse(c, new AppError("VALIDATION", "The body is not JSON"));
    }
    const parsed = v.safeParse(InboundEmailSchema, raw);
    if (!parsed.success) return errorResponse(c, new AppError("VALIDATION", "Not an inbound email", describeIssues(parsed.issues)));
    const email = parsed.output;
    const db = createDatabase(c.env);
    const token = replyTokenFrom(email.to) ?? replyTokenFrom(email.subject);
    const ticket = token ? await ticketByReplyToken(db, token) : null;
    const sender = ticket ? null : await merchantByContactEmail(db, email.from);
    if (!ticket && !sender)
      return errorResponse(c, new AppError("NOT_FOUND", "No ticket with this reference, and the sender is not a known contact"));
    // A signed delivery is taken once: the same signature again is a replay.
    const signature = c.req.raw.headers.get("Tandem-Signature") ?? "";
    if (!(await rememberInboundEmail(db, signature, ticket?.id ?? null, now)))
      return errorResponse(c, new AppError("UNAUTHENTICATED", "This delivery was taken already (replayed)", { reason: "replayed" }));
    const authorName = email.fromName || ticket?.contactName || sender?.contactName || email.from;
    if (ticket) {
      const actor = systemActor(ticket.orgId, "email", authorName);
      const room = await ticketRoom(c.env, ticket.id);
      const command =
        ticket.status === "resolved"
          ? { type: "ticket.client_reopen" as const, body: email.text, authorName }
          : { type: "ticket.client_message" as const, body: email.text, authorName, via: "email" as const };
      const result = await room.mutate(actor, command, NO_ORIGIN);
      if (!result.ok) return errorResponse(c, new AppError(result.error.code as "TICKET_STATE", result.error.message));
      return c.json<v.InferOutput<typeof InboundEmailAnswerSchema>>({ ticketId: ticket.id, threaded: true }, 202);
    }
    const from = sender as NonNullable<typeof sender>;
    const ticketId = newId("tkt");
    const actor = systemActor(from.orgId, "email", authorName);
    const subject = email.subject.trim().slice(0, 200) || "(no subject)";
    const result = await (await ticketRoom(c.env, ticketId)).mutate(
      actor,
      {
        type: "ticket.client_open",
        merchantId: from.merchantId,
        customerId: null,
        subject,
        priority: "normal",
        team: "support",
        body: email.text,
        contactEmail: email.from,
        contactName: authorName,
        channel: "email",
        replyToken: newId("rt"),
      },
      NO_ORIGIN,
    );
    if (!result.ok) return errorResponse(c, new AppError(result.error.code as "VALIDATION", result.error.message));
    return c.json<v.InferOutput<typeof InboundEmailAnswerSchema>>({ ticketId, threaded: false }, 202);
  },
);
