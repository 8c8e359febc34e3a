// JSON requests as the web app sends them (same Origin, session cookie), answering status and body.
import { call, ORIGIN } from "./http";

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export async function send<T = Record<string, unknown>>(
  method: string,
  path: string,
  cookie: string | undefined,
  body?: unknown,
): Promise<Answer<T>> {
  const response = await call(path, {
    method,
    cookie,
    headers: { Origin: ORIGIN },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // CSV, HTML: keep the text
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export const get = <T = Record<string, unknown>>(path: string, cookie?: string) => send<T>("GET", path, cookie);
export const post = <T = Record<string, unknown>>(path: string, cookie: string | undefined, body: unknown = {}) =>
  send<T>("POST", path, cookie, body);
export const patch = <T = Record<string, unknown>>(path: string, cookie: string | undefined, body: unknown) =>
  send<T>("PATCH", path, cookie, body);
