// Calls the Worker in-process and signs staff in, as a browser on the same origin would.
import { env, SELF } from "cloudflare:test";
import { createDatabase } from "../../../db/client";
import { seedDatabase } from "../../../db/seed/seed";
import { TEST_ANCHOR } from "../../shared/repository-contract";

export const ORIGIN = "http://localhost";

export function call(path: string, init: RequestInit & { cookie?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("Cookie", init.cookie);
  if (init.body !== undefined && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  return SELF.fetch(`${ORIGIN}${path}`, { ...init, headers });
}

export function postJson(path: string, body: unknown, cookie?: string, headers: Record<string, string> = {}): Promise<Response> {
  return call(path, { method: "POST", body: JSON.stringify(body), cookie, headers: { Origin: ORIGIN, ...headers } });
}

/** Signs a seeded staff member in and returns the session cookie to send back. */
export async function signIn(email: string): Promise<string> {
  const response = await postJson("/api/auth/dev/sign-in", { email });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const setCookie = response.headers.get("Set-Cookie") ?? "";
  const pair = setCookie.split(";")[0];
  if (!pair) throw new Error("no session cookie");
  return pair;
}

export async function seedSmall(customers = 40): Promise<void> {
  await seedDatabase(createDatabase({ DB: env.DB }), { customers, anchor: TEST_ANCHOR });
}
