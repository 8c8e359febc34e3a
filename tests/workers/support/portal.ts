// The merchant portal as a browser on the same origin uses it: dev sign-in of a seeded portal user,
// the code flow through the dev outbox, and the cookie to send back.
import { postJson } from "./http";
import { get } from "./json";

/** The portal cookie pair (`tandem_merchant=...`) from a response that signed in. */
export function portalCookieOf(response: Response): string {
  const pair = (response.headers.get("Set-Cookie") ?? "").split(";")[0] ?? "";
  if (!pair.startsWith("tandem_merchant=")) throw new Error(`no portal cookie (got "${pair}")`);
  return pair;
}

/** Signs a seeded portal user in (dev mode) and returns the portal cookie. */
export async function signInPortal(email: string): Promise<string> {
  const response = await postJson("/api/portal/auth/dev/sign-in", { email });
  if (response.status !== 200) throw new Error(`portal sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return portalCookieOf(response);
}

/** The newest mail in the dev outbox to an address, and the six-digit code and link token in it. */
export async function latestPortalMail(
  to: string,
): Promise<{ subject: string; text: string; purpose: string; code: string; link: string }> {
  const answer = await get<{ items: { subject: string; text: string; purpose: string }[] }>(`/api/dev/outbox?to=${encodeURIComponent(to)}`);
  const mail = answer.body.items[0];
  if (!mail) throw new Error(`no mail to ${to}`);
  const code = mail.text.match(/code: (\d{6})/)?.[1];
  const link = mail.text.match(/\/portal\/link\/([A-Za-z0-9_%-]+)/)?.[1];
  if (!code || !link) throw new Error(`no code or link in "${mail.text}"`);
  return { ...mail, code, link: decodeURIComponent(link) };
}
