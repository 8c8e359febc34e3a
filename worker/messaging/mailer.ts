// Email to merchants and customers (portal sign-in codes and links, invitations, ticket replies)
// goes through one interface; which provider sends it is configuration (MAILER):
//   dev-outbox        rows in message_outbox, readable at /api/dev/outbox (only when AUTH_MODE is dev)
//   cloudflare-email  Cloudflare's send_email binding (SEND_EMAIL), from MAIL_FROM
//   http              an HTTP mail API: POST MAIL_API_URL with the secret MAIL_API_KEY as a bearer token
// Anything else (or a provider missing its settings) fails every send with MailUnavailable.
import type { Database } from "../../db/client";
import { newId } from "../../db/crypto";
import { putInOutbox } from "../../db/repositories/messages";

export interface OutgoingMail {
  orgId: string;
  to: string;
  subject: string;
  text: string;
  /** What the mail is for: "portal.sign_in", "portal.invite", "ticket.reply", ... */
  purpose: string;
  /** Threads a reply to this mail back to what it is about (inbound email webhook). */
  replyToken?: string;
  merchantId?: string;
  customerId?: string;
}

export interface Mailer {
  name: string;
  send(mail: OutgoingMail, now: number): Promise<void>;
}

/** Sending failed: no provider, a provider without its settings, or the provider refused. */
export class MailUnavailable extends Error {}

/** The address replies to a mail carrying `replyToken` go to: the local part is plus-addressed. */
export function replyAddress(from: string, replyToken: string | undefined): string | undefined {
  if (!replyToken) return undefined;
  const at = from.lastIndexOf("@");
  if (at <= 0) return undefined;
  return `${from.slice(0, at)}+${replyToken}${from.slice(at)}`;
}

/** Stores each mail for the local demo (and the tests) to read at /api/dev/outbox. */
export function devOutboxMailer(db: Database): Mailer {
  return {
    name: "dev-outbox",
    async send(mail, now) {
      await putInOutbox(db, {
        id: newId("msg"),
        orgId: mail.orgId,
        customerId: mail.customerId ?? null,
        merchantId: mail.merchantId ?? null,
        replyToken: mail.replyToken ?? null,
        channel: "email",
        toAddress: mail.to,
        subject: mail.subject,
        body: mail.text,
        purpose: mail.purpose,
        createdAt: now,
      });
    },
  };
}

/** Cloudflare Email Routing's send_email binding (structured message: no MIME built by hand). */
export function cloudflareEmailMailer(binding: SendEmail, from: string): Mailer {
  return {
    name: "cloudflare-email",
    async send(mail) {
      const replyTo = replyAddress(from, mail.replyToken);
      try {
        await binding.send({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(replyTo ? { replyTo } : {}),
          headers: { "X-Tandem-Purpose": mail.purpose },
        });
      } catch (error) {
        throw new MailUnavailable(`The email binding refused the mail: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}

/** A generic HTTP mail API: one JSON POST per mail, bearer-authenticated; any non-2xx is a failure. */
export function httpMailer(url: string, apiKey: string, from: string, fetcher: typeof fetch = fetch): Mailer {
  return {
    name: "http",
    async send(mail) {
      const replyTo = replyAddress(from, mail.replyToken);
      let response: Response;
      try {
        response = await fetcher(url, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey}` },
          body: JSON.stringify({
            from,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            ...(replyTo ? { replyTo } : {}),
            tag: mail.purpose,
          }),
        });
      } catch (error) {
        throw new MailUnavailable(`The mail API could not be reached: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!response.ok) throw new MailUnavailable(`The mail API refused the mail (HTTP ${response.status})`);
    },
  };
}

function unavailable(reason: string): Mailer {
  return {
    name: "none",
    send() {
      return Promise.reject(new MailUnavailable(reason));
    },
  };
}

export const DEFAULT_MAIL_FROM = "Tandem <no-reply@tandem.invalid>";

/**
 * The configured provider. The dev outbox only where dev sign-in is on (its default there); anywhere
 * else a real provider must be configured (README "Merchant portal"), and sending fails clearly until it is.
 */
export function mailerFor(env: Env, db: Database): Mailer {
  const chosen = env.MAILER ?? (env.AUTH_MODE === "dev" ? "dev-outbox" : "none");
  const from = env.MAIL_FROM ?? DEFAULT_MAIL_FROM;
  switch (chosen) {
    case "dev-outbox":
      return env.AUTH_MODE === "dev" ? devOutboxMailer(db) : unavailable("The dev outbox sends nothing outside local development (MAILER)");
    case "cloudflare-email":
      return env.SEND_EMAIL
        ? cloudflareEmailMailer(env.SEND_EMAIL, from)
        : unavailable("MAILER is cloudflare-email but no send_email binding named SEND_EMAIL is configured");
    case "http":
      return env.MAIL_API_URL && env.MAIL_API_KEY
        ? httpMailer(env.MAIL_API_URL, env.MAIL_API_KEY, from)
        : unavailable("MAILER is http but MAIL_API_URL or the secret MAIL_API_KEY is missing");
    default:
      return unavailable(`No mail provider is configured (MAILER=${chosen}); nothing was sent`);
  }
}
