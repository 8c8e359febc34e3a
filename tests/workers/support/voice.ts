// A voice provider for tests: signs webhook requests the way the common providers document it
// (HMAC-SHA1 under the auth token over the URL followed by each POST parameter's name and value,
// sorted by name; base64) and reads the TwiML the Worker answers. Written here from the scheme,
// not imported from the Worker, so a mistake there cannot hide in both.
import { SELF } from "cloudflare:test";
import { ORIGIN } from "./http";

/** The dev-mode token the Worker falls back to (published; tests and the local demo only). */
export const DEV_TOKEN = "tandem-dev-voice-token (not secret: local demo and tests only)";

export async function providerSignature(token: string, url: string, params: Record<string, string>): Promise<string> {
  const text =
    url +
    Object.keys(params)
      .sort()
      .map((k) => k + params[k])
      .join("");
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(token), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...mac));
}

export interface Sent {
  status: number;
  text: string;
}

/** POSTs form parameters to a webhook URL, signed unless `signature` says otherwise. */
export async function webhook(url: string, params: Record<string, string>, signature?: string | null, token = DEV_TOKEN): Promise<Sent> {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  const sig = signature === undefined ? await providerSignature(token, url, params) : signature;
  if (sig !== null) headers["X-Twilio-Signature"] = sig;
  const response = await SELF.fetch(url, { method: "POST", headers, body: new URLSearchParams(params).toString() });
  return { status: response.status, text: await response.text() };
}

/** The URL of the next <Gather>'s action in a TwiML reply (XML-escaped & read back). */
export function nextAction(twiml: string): string | null {
  const match = /<Gather[^>]*action="([^"]+)"/.exec(twiml);
  return match?.[1]?.replace(/&amp;/g, "&") ?? null;
}

/** What the assistant says in a reply, in order. */
export function spoken(twiml: string): string[] {
  return [...twiml.matchAll(/<Say[^>]*>([^<]*)<\/Say>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&"),
  );
}

/** One caller on the line: the call's id and number, and each step's reply. */
export class Caller {
  next: string | null = null;
  constructor(
    readonly callSid: string,
    readonly from: string,
    readonly org = "northwind",
  ) {}

  async dial(): Promise<Sent> {
    const reply = await webhook(`${ORIGIN}/api/voice/${this.org}/incoming`, {
      CallSid: this.callSid,
      From: this.from,
      To: "+18005550199",
      CallStatus: "ringing",
    });
    this.next = nextAction(reply.text);
    return reply;
  }

  /** Answers the current <Gather> with speech or keys. */
  async say(input: { speech?: string; digits?: string }): Promise<Sent> {
    if (!this.next) throw new Error("the assistant is not listening");
    const params: Record<string, string> = { CallSid: this.callSid, From: this.from };
    if (input.speech !== undefined) params.SpeechResult = input.speech;
    if (input.digits !== undefined) params.Digits = input.digits;
    const reply = await webhook(this.next, params);
    this.next = nextAction(reply.text);
    return reply;
  }

  async hangUp(): Promise<Sent> {
    return webhook(`${ORIGIN}/api/voice/${this.org}/status`, { CallSid: this.callSid, From: this.from, CallStatus: "completed" });
  }
}
