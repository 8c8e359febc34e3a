// Notes on their way to the server, and the drafts reps are still writing. Memory only: notes
// are personal data and never go to browser storage. A note that cannot be sent (offline, network
// down) waits here and goes out when the connection is back, once: its clientId makes a resend
// of something the server already saved a no-op.
import { createRoot, createSignal } from "solid-js";
import { ApiError } from "./api";
import { customersApi } from "./customers-api";

export type OutboxState = "sending" | "queued" | "failed";

export interface OutboxNote {
  clientId: string;
  customerId: string;
  text: string;
  category: string;
  state: OutboxState;
  error?: { code: string; message: string };
  createdAt: number;
}

export interface NoteDraft {
  text: string;
  category: string;
}

const store = createRoot(() => {
  const [items, setItems] = createSignal<OutboxNote[]>([]);
  const [drafts, setDrafts] = createSignal<Record<string, NoteDraft>>({});
  return { items, setItems, drafts, setDrafts };
});

const inFlight = new Set<string>();
const update = (clientId: string, patch: Partial<OutboxNote>) =>
  store.setItems((items) => items.map((n) => (n.clientId === clientId ? { ...n, ...patch } : n)));

async function attempt(note: OutboxNote): Promise<void> {
  if (inFlight.has(note.clientId)) return;
  if (!navigator.onLine) {
    update(note.clientId, { state: "queued" });
    return;
  }
  inFlight.add(note.clientId);
  update(note.clientId, { state: "sending" });
  try {
    await customersApi.addNote(note.customerId, { text: note.text, category: note.category, clientId: note.clientId });
    store.setItems((items) => items.filter((n) => n.clientId !== note.clientId));
  } catch (error) {
    const offline = !(error instanceof ApiError) || error.code === "NETWORK" || error.status >= 500;
    update(note.clientId, offline ? { state: "queued" } : { state: "failed", error: { code: error.code, message: error.message } });
  } finally {
    inFlight.delete(note.clientId);
  }
}

export const noteOutbox = {
  items: store.items,
  forCustomer: (customerId: string) => store.items().filter((n) => n.customerId === customerId),
  /** Queues a note and tries to send it now. */
  add(customerId: string, text: string, category: string): void {
    const note: OutboxNote = { clientId: crypto.randomUUID(), customerId, text, category, state: "sending", createdAt: Date.now() };
    store.setItems((items) => [...items, note]);
    void attempt(note);
  },
  retry(clientId: string): void {
    const note = store.items().find((n) => n.clientId === clientId);
    if (note) void attempt(note);
  },
  discard(clientId: string): void {
    store.setItems((items) => items.filter((n) => n.clientId !== clientId));
  },
  /** Sends everything waiting (back online, or the room reconnected). */
  flush(): void {
    for (const note of store.items()) if (note.state === "queued") void attempt(note);
  },
};

export const noteDrafts = {
  get: (customerId: string): NoteDraft => store.drafts()[customerId] ?? { text: "", category: "general" },
  set(customerId: string, draft: NoteDraft): void {
    store.setDrafts((all) => ({ ...all, [customerId]: draft }));
  },
  clear(customerId: string): void {
    store.setDrafts(({ [customerId]: _gone, ...rest }) => rest);
  },
};

window.addEventListener("online", () => noteOutbox.flush());
