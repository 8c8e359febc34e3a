// Posting notes the way a rep's browser does (POST /api/customers/:id/notes, session cookie,
// Origin), checked: a note counts when answered 201 with the id its clientId asks for. And reading
// back which bench notes each customer holds, to find acknowledged notes that were not kept.
import type { BenchApp } from "./support/app";
import { jsonOf, type LoadResult, runLoad, statusKind } from "./support/http-load";
import type { ServerErrorTap } from "./support/server-errors";

export const NOTE_TEXT = "Client called to confirm the next payment date; no change requested.";

export interface WritesContext {
  app: BenchApp;
  /** Cookies of the people who write (bench reps), used round-robin. */
  cookies: string[];
  rooms: string[];
  serverErrors: ServerErrorTap;
  settle: () => Promise<number>;
}

export interface NoteStep {
  load: LoadResult;
  /** note id -> customer, for every note answered 201 with its id. */
  acknowledged: Map<string, string>;
  serverErrors: Record<string, number>;
}

/** `notes` notes by `writers` concurrent writers, spread evenly over the rooms. */
export async function postNotes(ctx: WritesContext, label: string, writers: number, notes: number): Promise<NoteStep> {
  const clientId = (i: number) => `bench-${label}-${String(i).padStart(5, "0")}`;
  const customerOf = (i: number) => ctx.rooms[i % ctx.rooms.length] ?? "";
  const acknowledged = new Map<string, string>();
  ctx.serverErrors.take();
  const load = await runLoad({
    requests: notes,
    concurrency: writers,
    request: (i) => ({
      url: `${ctx.app.baseURL}/api/customers/${customerOf(i)}/notes`,
      method: "POST",
      headers: { Cookie: ctx.cookies[i % ctx.cookies.length] ?? "", Origin: ctx.app.baseURL },
      body: JSON.stringify({ text: `${NOTE_TEXT} (${label} ${i})`, clientId: clientId(i) }),
    }),
    check: (answer, i) => {
      if (answer.status !== 201) return statusKind(answer);
      const noteId = `not_c_${clientId(i)}`;
      if (jsonOf(answer)?.noteId !== noteId) return "201 but another note id";
      acknowledged.set(noteId, customerOf(i));
      return true;
    },
  });
  return { load, acknowledged, serverErrors: ctx.serverErrors.take() };
}

/** Bench notes (ids `not_c_bench-...`) each room holds now, read back through the API. */
export async function storedBenchNotes(ctx: WritesContext): Promise<Set<string>> {
  const stored = new Set<string>();
  const headers = { Cookie: ctx.cookies[0] ?? "" };
  let next = 0;
  const reader = async () => {
    while (next < ctx.rooms.length) {
      const customer = ctx.rooms[next++];
      for (let offset: number | null = 0; offset !== null; ) {
        const url = `${ctx.app.baseURL}/api/customers/${customer}/notes?kind=manual&limit=100&offset=${offset}`;
        const response = await fetch(url, { headers });
        if (!response.ok) throw new Error(`reading ${customer}'s notes answered ${response.status}`);
        const page = (await response.json()) as { items: { id: string }[]; nextOffset: number | null };
        for (const item of page.items) if (item.id.startsWith("not_c_bench-")) stored.add(item.id);
        offset = page.nextOffset;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, reader));
  return stored;
}

/** The app's logged errors during a step, for a figure's note. */
export function appLogNote(errors: Record<string, number>): string {
  const kinds = Object.entries(errors).sort((a, b) => b[1] - a[1]);
  return kinds.length === 0 ? "" : `; app log lines: ${kinds.map(([kind, n]) => `${kind} x${n}`).join(", ")}`;
}
