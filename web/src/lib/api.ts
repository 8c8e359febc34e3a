// All HTTP in one place: JSON in and out, typed errors, cancellation.
import type { PromptKind } from "../../../core/domain/prompts";
import type { ProfileChanges } from "../../../core/protocol/commands";
import type { ErrorCode } from "../../../core/protocol/errors";
import { PRIMED_ANSWERS_ID } from "../../../core/protocol/page";
import type { ActivityPage, CallList, NotesPage, Profile, SearchPage } from "./customer-types";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "NETWORK",
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
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
  const payload: unknown = response.headers.get("Content-Type")?.includes("application/json") ? await response.json() : null;
  if (!response.ok) {
    const error = (payload as { error?: { code?: ErrorCode; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? "INTERNAL", error?.message ?? `Request failed (${response.status})`, error?.details);
  }
  return payload as T;
}

/** GETs started before the screen that needs them has loaded (see app.tsx); each is used once. */
const early = new Map<string, Promise<unknown>>();

// Answers the server put in the page for the screen it opened (worker/web-app.ts): used once, like
// a prefetch, then removed so nothing reads them twice.
const primed = typeof document === "undefined" ? null : document.getElementById(PRIMED_ANSWERS_ID);
if (primed) {
  primed.remove();
  try {
    for (const [path, body] of Object.entries(JSON.parse(primed.textContent ?? "{}") as Record<string, unknown>))
      early.set(path, Promise.resolve(body));
  } catch {
    // A damaged block only costs the round trips it was meant to save.
  }
}

export function prefetch(path: string): void {
  if (early.has(path)) return;
  const pending = request("GET", path);
  pending.catch(() => undefined);
  early.set(path, pending);
}

function takeEarly<T>(path: string): Promise<T> | undefined {
  const pending = early.get(path);
  early.delete(path);
  return pending as Promise<T> | undefined;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => takeEarly<T>(path) ?? request<T>("GET", path, undefined, signal),
  post: <T>(path: string, body?: unknown, signal?: AbortSignal) => request<T>("POST", path, body ?? {}, signal),
  patch: <T>(path: string, body?: unknown) => request<T>("PATCH", path, body ?? {}),
  del: <T>(path: string) => request<T>("DELETE", path),
};

export interface Me {
  id: string;
  name: string;
  email: string;
  role: string;
  org: { id: string; name: string };
  team: { id: string; name: string } | null;
  region: { id: string; name: string } | null;
  permissions: string[];
}

const enc = encodeURIComponent;

/** The customer screens' calls: search, profile, activity, notes, changes and the call list. */
export const customersApi = {
  search: (q: string, offset: number, signal?: AbortSignal) =>
    api.get<SearchPage>(`/api/customers?q=${enc(q)}&limit=20&offset=${offset}`, signal),
  profile: (id: string) => api.get<Profile>(`/api/customers/${enc(id)}`),
  activity: (id: string, page: { before?: number; beforeId?: string; kinds?: readonly string[] }, signal?: AbortSignal) => {
    const query = new URLSearchParams({ limit: "30" });
    if (page.before !== undefined) query.set("before", String(page.before));
    if (page.beforeId) query.set("beforeId", page.beforeId);
    if (page.kinds && page.kinds.length > 0) query.set("kinds", page.kinds.join(","));
    return api.get<ActivityPage>(`/api/customers/${enc(id)}/activity?${query}`, signal);
  },
  notes: (id: string, offset: number, signal?: AbortSignal) =>
    api.get<NotesPage>(`/api/customers/${enc(id)}/notes?limit=30&offset=${offset}`, signal),
  addNote: (id: string, body: { text: string; category: string; clientId: string }) =>
    api.post<{ noteId: string; duplicate?: boolean }>(`/api/customers/${enc(id)}/notes`, body),
  updateProfile: (id: string, body: { lockToken: number; note: string; changes: ProfileChanges }) =>
    api.patch<{ noteId: string }>(`/api/customers/${enc(id)}/profile`, body),
  dismissPrompt: (id: string, promptId: PromptKind, reason: string) =>
    api.post<{ promptId: string }>(`/api/customers/${enc(id)}/prompts/${enc(promptId)}/dismiss`, { reason }),
  callList: (until: number, signal?: AbortSignal) => api.get<CallList>(`/api/call-list?until=${until}`, signal),
  /** One masked field in full, for roles allowed to: audited, noted, rate-limited. Kept in memory only. */
  reveal: (id: string, field: string, note: string) =>
    api.post<{ field: string; value: string }>(`/api/customers/${enc(id)}/reveal`, { field, note }),
};
