// agreement.send: the rules choose lease or loan, the terms become a document, and the client
// gets a signing link (unguessable, expiring, single use). The link leaves the room only in the reply
// to the Worker, which sends it to the customer's phone or email on file and never to the rep;
// Tandem stores only the SHA-256 of its token.

import type * as v from "valibot";
import { agreementDocument, documentText } from "../../core/domain/agreements";
import { formatCents } from "../../core/domain/money";
import { offerFor } from "../../core/domain/offers";
import { chooseFinancing } from "../../core/domain/products";
import { AppError } from "../../core/protocol/errors";
import type { AgreementSendCommandSchema } from "../../core/protocol/order-commands";
import { newToken, sha256Hex } from "../../db/crypto";
import { insertAgreement, revokePendingAgreements } from "../../db/repositories/agreements";
import { setOrderTerms } from "../../db/repositories/order-changes";
import { itemInput, loadOrder, orderChanged, requireTransition } from "./order-support";
import type { CommandHandler } from "./types";

export const agreementSend: CommandHandler<v.InferOutput<typeof AgreementSendCommandSchema>> = {
  permission: "shopper.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const address = command.channel === "sms" ? ctx.customer.phone : ctx.customer.email;
    if (!address)
      throw new AppError(
        "VALIDATION",
        command.channel === "sms" ? "There is no phone on file; send it by email" : "There is no email on file; send it by text",
        [{ path: "channel", message: "no such contact on file" }],
      );
    const { order, items } = await loadOrder(ctx, command.orderId);
    requireTransition(order.status, "awaiting_signature", "agreement", items);
    const rejected = items.filter((i) => i.reviewStatus === "rejected");
    if (rejected.length > 0)
      throw new AppError("CONFLICT", `Remove the rejected item(s) first: ${rejected.map((i) => i.title).join(", ")}`);
    const choice = chooseFinancing(items.map(itemInput), ctx.customer.state);
    if (!choice.product) throw new AppError("CONFLICT", `${choice.why}: ${choice.blockers.join("; ")}`, { blockers: choice.blockers });
    const terms = offerFor(choice.product, order.totalCents, ctx.customer.state);
    const document = agreementDocument({
      orderNumber: order.number,
      preparedFor: ctx.customer.fullName,
      merchant: order.merchant,
      items: items.map((i) => ({ title: i.title, quantity: i.quantity, priceCents: i.priceCents })),
      terms,
      issuedAt: ctx.now,
    });
    const text = documentText(document);
    const token = newToken();
    const agreementId = ctx.id("agr");
    const documentSha256 = await sha256Hex(text);
    const resent = order.status === "awaiting_signature";
    return {
      statements: [
        revokePendingAgreements(ctx.db, order.id),
        insertAgreement(ctx.db, {
          id: agreementId,
          orgId: ctx.actor.orgId,
          customerId: ctx.customer.id,
          orderId: order.id,
          tokenHash: await sha256Hex(token),
          product: choice.product,
          document: text,
          documentSha256,
          status: "pending",
          expiresAt: document.expiresAt,
          createdBy: ctx.actor.id,
          createdAt: ctx.now,
        }),
        setOrderTerms(ctx.db, order.id, { status: "awaiting_signature", financing: choice.product }, ctx.now),
      ],
      note: { text: command.note, category: "order", action: "agreement.send" },
      activity: {
        kind: "order",
        summary: `${resent ? "New signing link" : "Agreement"} sent ${command.channel === "sms" ? "by text" : "by email"} for order ${order.number}: ${document.title.toLowerCase()}, ${formatCents(order.totalCents)}; ${choice.why}`,
        data: { orderId: order.id, agreementId, product: choice.product, channel: command.channel },
      },
      audit: {
        action: "agreement.send",
        targetType: "agreement",
        targetId: agreementId,
        details: { orderId: order.id, product: choice.product, documentSha256, expiresAt: document.expiresAt, channel: command.channel },
      },
      // The link is a bearer credential: the Worker takes it out of this reply and sends it to the customer.
      reply: {
        agreementId,
        signingPath: `/sign/${token}`,
        expiresAt: document.expiresAt,
        product: choice.product,
        why: choice.why,
        orderNumber: order.number,
        channel: command.channel,
      },
      recordsChanged: orderChanged(order.id),
    };
  },
};
