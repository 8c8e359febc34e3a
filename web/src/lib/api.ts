// All HTTP in one place: JSON in and out, every answer parsed with its route's schema from
// core/protocol, typed errors, cancellation. A malformed answer is an ApiError (BAD_ANSWER) that the
// screen's error panel shows, never a value that breaks a component later.
import * as v from "valibot";
import { describeIssues, ErrorBodySchema, type ErrorCode } from "../../../core/protocol/errors";
import { PRIMED_ANSWERS_ID } from "../../../core/protocol/page";

/** Codes the client adds to the server's: no connection, or an answer that does not match its schema. */
export type ClientErrorCode = "NETWORK" | "BAD_ANSWER";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** The schema of a route's success answer (core/protocol/*-answers.ts). */
export type AnswerSchema = v.GenericSchema;
export type Answer<S extends AnswerSchema> = v.InferOutput<S>;

async function send(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<{ status: number; payload: unknown }> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", "You appear to be offline; we will retry when you are back.");
  }
  let payload: unknown = null;
  if (response.headers.get("Content-Type")?.includes("application/json")) {
    try {
      payload = await response.json();
    } catch {
      // Unreadable JSON: the schema below names it as a bad answer.
      payload = undefined;
    }
  }
  if (!response.ok) {
    const parsed = v.safeParse(ErrorBodySchema, payload);
    const error = parsed.success ? parsed.output.error : undefined;
    throw new ApiError(response.status, error?.code ?? "INTERNAL", error?.message ?? `Request failed (${response.status})`, error?.details);
  }
  return { status: response.status, payload };
}

/** The answer as its schema reads it, or BAD_ANSWER naming the route and the first field that is wrong. */
export function parseAnswer<S extends AnswerSchema>(schema: S, payload: unknown, route: string, status = 200): Answer<S> {
  const parsed = v.safeParse(schema, payload);
  if (parsed.success) return parsed.output;
  const [first] = describeIssues(parsed.issues);
  // The route without its query: what was searched for stays out of the message.
  const where = `${route.split("?")[0]}${first?.path ? ` (${first.path})` : ""}`;
  throw new ApiError(
    status,
    "BAD_ANSWER",
    `The server's answer to ${where} is not what this screen expects: ${first?.message ?? "unreadable"}`,
    describeIssues(parsed.issues),
  );
}

async function request<S extends AnswerSchema>(
  method: string,
  path: string,
  schema: S,
  body?: unknown,
  signal?: AbortSignal,
): Promise<Answer<S>> {
  const { status, payload } = await send(method, path, body, signal);
  return parseAnswer(schema, payload, `${method} ${path}`, status);
}

/** GET answers started before the screen that needs them has loaded (see app.tsx); each is used once. */
const early = new Map<string, Promise<unknown>>();

// Answers the server put in the page for the screen it opened (worker/web-app.ts): used once, like
// a prefetch, then removed so nothing reads them twice. They are parsed like any other answer.
const primed = typeof document === "undefined" ? null : document.getElementById(PRIMED_ANSWERS_ID);
if (primed) {
  primed.remove();
  try {
    for (const [path, body] of Object.entries(v.parse(v.record(v.string(), v.unknown()), JSON.parse(primed.textContent ?? "{}"))))
      early.set(path, Promise.resolve(body));
  } catch {
    // A damaged block only costs the round trips it was meant to save.
  }
}

export function prefetch(path: string): void {
  if (early.has(path)) return;
  const pending = send("GET", path).then((answer) => answer.payload);
  pending.catch(() => undefined);
  early.set(path, pending);
}

async function takeEarly<S extends AnswerSchema>(path: string, schema: S): Promise<Answer<S> | undefined> {
  const pending = early.get(path);
  if (!pending) return undefined;
  early.delete(path);
  return parseAnswer(schema, await pending, `GET ${path}`);
}

/** Every call names the schema of its answer; what it resolves to is that schema's output. */
export const api = {
  get: async <S extends AnswerSchema>(path: string, schema: S, signal?: AbortSignal): Promise<Answer<S>> =>
    (await takeEarly(path, schema)) ?? request("GET", path, schema, undefined, signal),
  post: <S extends AnswerSchema>(path: string, body: unknown, schema: S, signal?: AbortSignal) =>
    request("POST", path, schema, body ?? {}, signal),
  patch: <S extends AnswerSchema>(path: string, body: unknown, schema: S) => request("PATCH", path, schema, body ?? {}),
  put: <S extends AnswerSchema>(path: string, body: unknown, schema: S) => request("PUT", path, schema, body ?? {}),
};
