// The signing link leaves Tandem only toward the customer: the Worker takes it out of the room's
// reply, sends it to the phone or email on file, and tells the rep where it went (never the link).
import type { Context } from "hono";
import { presentField } from "../../core/domain/pii";
import type { JsonValue } from "../../core/protocol/commands";
import { AppError } from "../../core/protocol/errors";
import { findCustomer } from "../../db/repositories/customers";
import type { AppEnv } from "../env";
import { MessagingUnavailable, messengerFor } from "./messenger";

export async function deliverSigningLink(
  c: Context<AppEnv>,
  customerId: string,
  reply: { [key: string]: JsonValue },
): Promise<{ [key: string]: JsonValue }> {
  const { signingPath, orderNumber, ...rest } = reply;
  const channel = reply.channel === "email" ? "email" : "sms";
  const customer = await findCustomer(c.var.db, c.var.actor.orgId, customerId);
  const to = channel === "sms" ? customer?.phone : customer?.email;
  if (typeof signingPath !== "string" || !customer || !to) throw new AppError("INTERNAL", "The signing link could not be addressed");
  const link = new URL(signingPath, c.req.url).toString();
  let delivered = true;
  try {
    await messengerFor(c.env, c.var.db).send(
      {
        orgId: customer.orgId,
        customerId: customer.id,
        channel,
        to,
        subject: `Your agreement for order ${String(orderNumber)}`,
        text: `Your agreement for order ${String(orderNumber)} is ready to sign: ${link} . When you sign, we send a code to this ${channel === "sms" ? "phone" : "address"}. The link works once and expires in 3 days.`,
        purpose: "agreement.link",
      },
      Date.now(),
    );
  } catch (error) {
    if (!(error instanceof MessagingUnavailable)) throw error;
    delivered = false;
  }
  const shown = presentField(c.var.actor.role, channel === "sms" ? "phone" : "email", to)?.value ?? null;
  return { ...rest, orderNumber: orderNumber ?? null, sentTo: shown, delivered };
}
