// The mail interface: the provider chosen by MAILER, each provider's request as the provider expects
// it, and every misconfiguration failing the send with a reason (nothing silently dropped).
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import {
  cloudflareEmailMailer,
  httpMailer,
  MailUnavailable,
  mailerFor,
  type OutgoingMail,
  replyAddress,
} from "../../../worker/messaging/mailer";

const db = () => createDatabase({ DB: env.DB });
const mail: OutgoingMail = {
  orgId: "org_northwind",
  to: "owner@merchant.test",
  subject: "Your ticket T-1 has a reply",
  text: "We fixed it.",
  purpose: "ticket.reply",
  replyToken: "rt_abc123",
  merchantId: "mer_0001",
};
const config = (vars: Partial<Env>) =>
  ({ ...env, MAILER: undefined, MAIL_API_URL: undefined, MAIL_API_KEY: undefined, SEND_EMAIL: undefined, ...vars }) as Env;

describe("mailerFor", () => {
  it("keeps mail in the dev outbox in dev mode, with the merchant and the reply token", async () => {
    const mailer = mailerFor(config({ AUTH_MODE: "dev" }), db());
    expect(mailer.name).toBe("dev-outbox");
    await mailer.send(mail, 1_000);
    const row = await env.DB.prepare(
      "SELECT channel, to_address, subject, body, purpose, merchant_id, reply_token, customer_id FROM message_outbox WHERE purpose = 'ticket.reply'",
    ).first();
    expect(row).toEqual({
      channel: "email",
      to_address: "owner@merchant.test",
      subject: "Your ticket T-1 has a reply",
      body: "We fixed it.",
      purpose: "ticket.reply",
      merchant_id: "mer_0001",
      reply_token: "rt_abc123",
      customer_id: null,
    });
  });

  it("fails every send, saying why, when nothing (or a half-configured provider) is set", async () => {
    const cases: [Partial<Env>, string][] = [
      [{ AUTH_MODE: "oidc" }, "No mail provider is configured (MAILER=none); nothing was sent"],
      [{ AUTH_MODE: "oidc", MAILER: "dev-outbox" }, "The dev outbox sends nothing outside local development (MAILER)"],
      [
        { AUTH_MODE: "oidc", MAILER: "http", MAIL_API_URL: "https://mail.example/send" },
        "MAILER is http but MAIL_API_URL or the secret MAIL_API_KEY is missing",
      ],
      [
        { AUTH_MODE: "oidc", MAILER: "cloudflare-email" },
        "MAILER is cloudflare-email but no send_email binding named SEND_EMAIL is configured",
      ],
      [{ AUTH_MODE: "oidc", MAILER: "pigeon" }, "No mail provider is configured (MAILER=pigeon); nothing was sent"],
    ];
    for (const [vars, reason] of cases) {
      const error = await mailerFor(config(vars), db())
        .send(mail, 1)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailUnavailable);
      expect((error as Error).message).toBe(reason);
    }
  });
});

describe("the providers", () => {
  it("http: one JSON POST with the key as a bearer token; replies go to the plus-addressed sender; non-2xx fails", async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const ok = httpMailer("https://mail.example/send", "key-1", "Tandem <help@tandem.example>", async (url, init) => {
      seen.push({ url: String(url), init: init ?? {} });
      return new Response("{}", { status: 202 });
    });
    await ok.send(mail, 1);
    expect(seen[0]?.url).toBe("https://mail.example/send");
    expect(new Headers(seen[0]?.init.headers).get("Authorization")).toBe("Bearer key-1");
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({
      from: "Tandem <help@tandem.example>",
      to: "owner@merchant.test",
      subject: "Your ticket T-1 has a reply",
      text: "We fixed it.",
      replyTo: "Tandem <help+rt_abc123@tandem.example>",
      tag: "ticket.reply",
    });
    const refused = httpMailer(
      "https://mail.example/send",
      "key-1",
      "help@tandem.example",
      async () => new Response("no", { status: 500 }),
    );
    await expect(refused.send(mail, 1)).rejects.toThrow("The mail API refused the mail (HTTP 500)");
  });

  it("cloudflare-email: the binding gets a structured message (no hand-built MIME)", async () => {
    const sent: unknown[] = [];
    const binding = { send: async (message: unknown) => void sent.push(message) } as unknown as SendEmail;
    await cloudflareEmailMailer(binding, "help@tandem.example").send({ ...mail, replyToken: undefined }, 1);
    expect(sent).toEqual([
      {
        from: "help@tandem.example",
        to: "owner@merchant.test",
        subject: "Your ticket T-1 has a reply",
        text: "We fixed it.",
        headers: { "X-Tandem-Purpose": "ticket.reply" },
      },
    ]);
  });

  it("plus-addresses the reply token into the sender's local part", () => {
    expect(replyAddress("help@tandem.example", "rt_1")).toBe("help+rt_1@tandem.example");
    expect(replyAddress("help@tandem.example", undefined)).toBeUndefined();
  });
});
