// The client's signing link: public (no staff session), mounted before requireActor. The Origin
// check still guards the POST. The token is hashed at once and never logged or stored.
import { Hono } from "hono";
import * as v from "valibot";
import { CONSENT_TEXT, signingMessage, signingState } from "../../core/domain/agreements";
import { systemActor } from "../../core/domain/system-actor";
import { AgreementDocumentSchema, type PublicAgreement } from "../../core/protocol/agreements";
import { AppError, ERROR_STATUS, type ErrorCode } from "../../core/protocol/errors";
import { SignBodySchema, SigningTokenSchema } from "../../core/protocol/order-commands";
import { sha256Hex } from "../../db/crypto";
import { findAgreementByTokenHash } from "../../db/repositories/orders";
import type { AppEnv } from "../env";
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

export const publicAgreementRoutes = new Hono<AppEnv>()
  .get("/:token", validate("param", TokenParam), async (c) => {
    const { agreement } = await agreementFor(c, c.req.valid("param").token);
    const state = signingState(agreement, Date.now());
    // The document is shown only while the link can still be used.
    const parsed = state === "open" ? v.safeParse(AgreementDocumentSchema, JSON.parse(agreement.document)) : null;
    const body: PublicAgreement = {
      state,
      message: signingMessage(state),
      document: parsed?.success ? parsed.output : null,
      documentSha256: agreement.documentSha256,
      consentText: CONSENT_TEXT,
      signedAt: null,
    };
    return c.json(body);
  })
  .post("/:token/sign", validate("param", TokenParam), validate("json", SignBodySchema), async (c) => {
    const { agreement, tokenHash } = await agreementFor(c, c.req.valid("param").token);
    const room = await customerRoom(c.env, agreement.customerId);
    const actor = systemActor(agreement.orgId, "esign", "Client e-signature");
    const result = await room.mutate(actor, { type: "agreement.sign", tokenHash, ...c.req.valid("json") }, requestOrigin(c));
    if (!result.ok) {
      const code = (result.error.code in ERROR_STATUS ? result.error.code : "INTERNAL") as ErrorCode;
      throw new AppError(code, result.error.message);
    }
    return c.json(result.reply);
  });
