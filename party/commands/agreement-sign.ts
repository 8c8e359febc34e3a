// agreement.sign: the client signed from the public link. Runs as the system actor: it records
// the signature (time, IP, user agent, the document's SHA-256), funds the order, creates the lease
// or loan with the signed terms, and writes a system note the rep sees live.
import * as v from "valibot";
import { CONSENT_TEXT, decideSignature } from "../../core/domain/agreements";
import { AgreementDocumentSchema } from "../../core/protocol/agreements";
import { AppError } from "../../core/protocol/errors";
import type { AgreementSignCommandSchema } from "../../core/protocol/order-commands";
import { sha256Hex } from "../../db/crypto";
import { spendCode, verifiedCode } from "../../db/repositories/agreement-codes";
import { findCustomerAgreement, insertSignature, markAgreementSigned } from "../../db/repositories/agreements";
import { setOrderStatus } from "../../db/repositories/order-changes";
import { financingRecords } from "./financing-records";
import { loadOrder, requireTransition } from "./order-support";
import type { CommandHandler } from "./types";

export const agreementSign: CommandHandler<v.InferOutput<typeof AgreementSignCommandSchema>> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx, command) {
    const agreement = await findCustomerAgreement(ctx.db, ctx.customer.id, command.tokenHash);
    if (!agreement) throw new AppError("NOT_FOUND", "No such agreement");
    const documentSha256 = await sha256Hex(agreement.document);
    if (documentSha256 !== agreement.documentSha256) throw new AppError("CONFLICT", "The agreement no longer matches what was sent");
    const parsed = v.safeParse(AgreementDocumentSchema, JSON.parse(agreement.document));
    if (!parsed.success) throw new AppError("INTERNAL", "The stored agreement could not be read");
    const document = parsed.output;
    const decision = decideSignature({ ...agreement, preparedFor: document.preparedFor }, command, ctx.now);
    if (!decision.ok) throw new AppError(decision.code, decision.message);
    // The signer proved they hold the customer's phone or email: a code sent there, verified, unspent.
    const code = await verifiedCode(ctx.db, agreement.id, command.codeId);
    if (!code) throw new AppError("FORBIDDEN", "Confirm the code we sent you before signing");
    const { order, items } = await loadOrder(ctx, agreement.orderId);
    requireTransition(order.status, "funded", "signature", items);
    const financing = financingRecords(ctx, order.id, document);
    const signatureId = ctx.id("sig");
    const at = new Date(ctx.now).toISOString();
    return {
      statements: [
        insertSignature(ctx.db, {
          id: signatureId,
          agreementId: agreement.id,
          orgId: ctx.actor.orgId,
          customerId: ctx.customer.id,
          signedName: command.typedName,
          consentText: CONSENT_TEXT,
          ip: ctx.origin.ip,
          userAgent: ctx.origin.userAgent,
          documentSha256,
          signedAt: ctx.now,
        }),
        markAgreementSigned(ctx.db, agreement.id),
        spendCode(ctx.db, code.id, ctx.now),
        setOrderStatus(ctx.db, order.id, "funded", ctx.now),
        ...financing.statements,
      ],
      note: {
        kind: "system",
        category: "order",
        action: "agreement.sign",
        text: `${document.title} for order ${order.number} signed electronically by "${command.typedName}" at ${at}, confirmed by a code sent ${code.channel === "sms" ? "by text" : "by email"}; document SHA-256 ${documentSha256}. Order funded; ${financing.record.record} ${financing.record.id} opened.`,
      },
      activity: {
        kind: "order",
        summary: `${document.preparedFor} signed the ${document.product} agreement for order ${order.number}; order funded`,
        data: { orderId: order.id, agreementId: agreement.id, signatureId, product: document.product, status: "funded" },
      },
      audit: {
        action: "agreement.sign",
        targetType: "agreement",
        targetId: agreement.id,
        details: {
          orderId: order.id,
          signatureId,
          documentSha256,
          product: document.product,
          created: financing.record,
          codeChannel: code.channel,
        },
      },
      reply: { orderNumber: order.number, status: "funded", product: document.product, signedAt: ctx.now },
      recordsChanged: [{ record: "order", id: order.id }, financing.record],
    };
  },
};
