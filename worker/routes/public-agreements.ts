// The client's signing link: public (no staff session), mounted before requireActor. The Origin
// check still guards the POSTs. The token is hashed at once and never logged or stored. Signing needs
// more than the link: a one-time code sent to the phone or email on file, so whoever sent or saw the
// link (a rep included) cannot sign in the customer's place.
import { Hono } from "hono";
import * as v from "valibot";
import { CONSENT_TEXT, signingMessage, signingState } from "../../core/domain/agreements";
import { maskValue } from "../../core/domain/pii";
import { systemActor } from "../../core/domain/system-actor";
import { AgreementDocumentSchema, type PublicAgreement, type SigningCodeSent } from "../../core/protocol/agreements";
import { AppError, ERROR_STATUS, type ErrorCode } from "../../core/protocol/errors";
import { SignBodySchema, SigningCodeBodySchema, SigningTokenSchema } from "../../core/protocol/order-commands";
import { sha256Hex } from "../../db/crypto";
import {
  CODE_RESEND_MS,
  CODE_TRIES,
  CODES_PER_AGREEMENT,
  checkCode,
  codesOf,
  issueCode,
  newSigningCode,
} from "../../db/repositories/agreement-codes";
import { type CustomerRow, findCustomer } from "../../db/repositories/customers";
import { findAgreementByTokenHash } from "../../db/repositories/orders";
import type { AppEnv } from "../env";
import { MessagingUnavailable, messengerFor } from "../messaging/messenger";
import { requestOrigin } from "../middleware/session";
import { validate } from "../middleware/validate";
import { customerRoom } from "../rooms";

const TokenParam = v.object({ token: SigningTokenSchema });

async function agreementFor(c: { var: AppEnv["Variables"] }, token: string) {
  const tokenHash = await sha256Hex(token);
  const agreement = await findAgreementByTokenHash(c.var.db, tokenHash);
  // One answer for "never existed" and "wrong token", so links cannot be probed.
  if (!agreement) throw new AppError("NOT_FOUND", "This signing link is not valid. Check the link your representative sent.");
  return { agreement, tokenHash };
}

/** Where a code can go, as the signer sees it: masked, so the page itself discloses nothing. */
function contactsOf(customer: CustomerRow | null): PublicAgreement["contacts"] {
  if (!customer) return [];
  return [
    ...(customer.phone ? [{ channel: "sms" as const, to: maskValue("phone", customer.phone) }] : []),
    ...(customer.email ? [{ channel: "email" as const, to: maskValue("email", customer.email) }] : []),
  ];
}

const CODE_REFUSALS = {
  none: "Ask for a code first: we send it to the phone or email on file",
  expired: "That code has expired; ask for a new one",
  tries: `That code was entered wrong ${CODE_TRIES} times; ask for a new one`,
  wrong: "That code is not right",
} as const;

export const publicAgreementRoutes = new Hono<AppEnv>()
  .get("/:token", validate("param", TokenParam), async (c) => {
    const { agreement } = await agreementFor(c, c.req.valid("param").token);
    const state = signingState(agreement, Date.now());
    // The document is shown only while the link can still be used.
    const parsed = state === "open" ? v.safeParse(AgreementDocumentSchema, JSON.parse(agreement.document)) : null;
    const customer = state === "open" ? await findCustomer(c.var.db, agreement.orgId, agreement.customerId) : null;
    const body: PublicAgreement = {
      state,
      message: signingMessage(state),
      document: parsed?.success ? parsed.output : null,
      documentSha256: agreement.documentSha256,
      consentText: CONSENT_TEXT,
      signedAt: null,
      contacts: contactsOf(customer),
    };
    return c.json(body);
  })
  .post("/:token/code", validate("param", TokenParam), validate("json", SigningCodeBodySchema), async (c) => {
    const { agreement } = await agreementFor(c, c.req.valid("param").token);
    const now = Date.now();
    const state = signingState(agreement, now);
    if (state !== "open") throw new AppError("GONE", signingMessage(state) ?? "This link cannot be used");
    const { channel } = c.req.valid("json");
    const customer = await findCustomer(c.var.db, agreement.orgId, agreement.customerId);
    const to = channel === "sms" ? customer?.phone : customer?.email;
    if (!customer || !to) throw new AppError("VALIDATION", channel === "sms" ? "There is no phone on file" : "There is no email on file");
    const sent = await codesOf(c.var.db, agreement.id);
    if (sent.length >= CODES_PER_AGREEMENT)
      throw new AppError("RATE_LIMITED", "Too many codes for this link; ask your representative for a new link");
    if (sent[0] && now - sent[0].sentAt < CODE_RESEND_MS)
      throw new AppError("RATE_LIMITED", "A code was just sent; wait half a minute before asking again");
    const code = newSigningCode();
    const row = await issueCode(c.var.db, agreement.id, channel, code, now);
    try {
      await messengerFor(c.env, c.var.db).send(
        {
          orgId: agreement.orgId,
          customerId: customer.id,
          channel,
          to,
          subject: "Your signing code",
          text: `${code} is your code to sign your agreement. It works for 10 minutes. Nobody from the store will ask you for it.`,
          purpose: "agreement.code",
        },
        now,
      );
    } catch (error) {
      if (error instanceof MessagingUnavailable) throw new AppError("UNAVAILABLE", "We could not send a code right now; try again later");
      throw error;
    }
    return c.json<SigningCodeSent>({ channel, to: maskValue(channel === "sms" ? "phone" : "email", to), expiresAt: row.expiresAt }, 201);
  })
  .post("/:token/sign", validate("param", TokenParam), validate("json", SignBodySchema), async (c) => {
    const { agreement, tokenHash } = await agreementFor(c, c.req.valid("param").token);
    const { code, ...signature } = c.req.valid("json");
    const now = Date.now();
    const state = signingState(agreement, now);
    if (state !== "open") throw new AppError("GONE", signingMessage(state) ?? "This link cannot be used");
    const checked = await checkCode(c.var.db, agreement.id, code, now);
    if (!checked.ok) {
      const details = checked.triesLeft === undefined ? undefined : { triesLeft: checked.triesLeft };
      throw new AppError(checked.reason === "tries" ? "RATE_LIMITED" : "VALIDATION", CODE_REFUSALS[checked.reason], details);
    }
    const room = await customerRoom(c.env, agreement.customerId);
    const actor = systemActor(agreement.orgId, "esign", "Client e-signature");
    const result = await room.mutate(actor, { type: "agreement.sign", tokenHash, codeId: checked.codeId, ...signature }, requestOrigin(c));
    if (!result.ok) {
      const errorCode = (result.error.code in ERROR_STATUS ? result.error.code : "INTERNAL") as ErrorCode;
      throw new AppError(errorCode, result.error.message);
    }
    return c.json(result.reply);
  });
