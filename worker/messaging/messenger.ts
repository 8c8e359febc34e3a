// Messages to customers (signing links, one-time codes) go through one interface; which provider
// sends them is configuration (MESSENGER). The dev outbox keeps them in the database for the demo.
import type { Database } from "../../db/client";
import { newId } from "../../db/crypto";
import { putInOutbox } from "../../db/repositories/messages";

export interface OutgoingMessage {
  orgId: string;
  customerId: string;
  channel: "sms" | "email";
  to: string;
  subject: string;
  text: string;
  purpose: "agreement.link" | "agreement.code";
}

export interface Messenger {
  readonly name: string;
  send(message: OutgoingMessage, now: number): Promise<void>;
}

export class MessagingUnavailable extends Error {}

/** Stores each message for the local demo to read at /api/dev/outbox (dev mode only). */
export function devOutbox(db: Database): Messenger {
  return {
    name: "dev-outbox",
    async send(message, now) {
      await putInOutbox(db, {
        id: newId("msg"),
        orgId: message.orgId,
        customerId: message.customerId,
        channel: message.channel,
        toAddress: message.to,
        subject: message.subject,
        body: message.text,
        purpose: message.purpose,
        createdAt: now,
      });
    },
  };
}

/**
 * The configured provider. The dev outbox only where dev sign-in is on; anywhere else a real
 * provider must be configured (see README "Messaging"), and sending fails clearly until it is.
 */
export function messengerFor(env: Env, db: Database): Messenger {
  const chosen = env.MESSENGER ?? (env.AUTH_MODE === "dev" ? "dev-outbox" : "none");
  if (chosen === "dev-outbox" && env.AUTH_MODE === "dev") return devOutbox(db);
  return {
    name: "none",
    send() {
      return Promise.reject(new MessagingUnavailable("No messaging provider is configured (MESSENGER); nothing was sent"));
    },
  };
}
