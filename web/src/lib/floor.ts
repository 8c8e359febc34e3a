// A team's live floor as Solid signals: the floor room's snapshot, then its coalesced deltas; and its
// notices: a work queue moved (call lists and counters fetch again), callbacks fell due.
import PartySocket from "partysocket";
import { createEffect, createSignal, on, onCleanup } from "solid-js";
import * as v from "valibot";
import { type DueCallback, type FloorEntry, FloorFrameSchema, type QueueChange } from "../../../core/protocol/floor";

export type FloorStatus = "connecting" | "live" | "reconnecting" | "refused";

/** Who wants to hear that transferred phone callers changed (the call list's waiting callers). */
const callListeners = new Set<() => void>();
export function onCallsChanged(listener: () => void): () => void {
  callListeners.add(listener);
  return () => callListeners.delete(listener);
}

export function createFloor(teamId: () => string | null) {
  const [entries, setEntries] = createSignal<FloorEntry[]>([]);
  const [status, setStatus] = createSignal<FloorStatus>("connecting");
  const [lastUpdate, setLastUpdate] = createSignal<number | null>(null);
  // New objects each time, so an effect reading them runs on every notice.
  const [queueChange, setQueueChange] = createSignal<QueueChange | null>(null, { equals: false });
  const [dueCallbacks, setDueCallbacks] = createSignal<DueCallback[]>([], { equals: false });
  let socket: PartySocket | null = null;

  const connect = (team: string) => {
    socket?.close();
    setEntries([]);
    setStatus("connecting");
    const ws = new PartySocket({ host: location.host, party: "floor-room", room: team });
    ws.addEventListener("open", () => setStatus("live"));
    ws.addEventListener("close", (event) => {
      if (event.code === 4403 || event.code === 4401) {
        setStatus("refused");
        ws.close();
      } else setStatus("reconnecting");
    });
    ws.addEventListener("message", (event) => {
      let json: unknown;
      try {
        json = JSON.parse(String(event.data));
      } catch {
        return;
      }
      const parsed = v.safeParse(FloorFrameSchema, json);
      if (!parsed.success) return;
      const frame = parsed.output;
      if (frame.type === "queue-changed") setQueueChange({ queue: frame.queue, customerId: frame.customerId, staffIds: frame.staffIds });
      if (frame.type === "callbacks-due") setDueCallbacks(frame.callbacks);
      if (frame.type === "calls-changed") for (const listener of callListeners) listener();
      if (frame.type === "floor-state") setEntries(frame.entries);
      else if (frame.type === "floor-delta") {
        const changed = new Map(frame.upserts.map((e) => [e.customerId, e]));
        const removed = new Set(frame.removals);
        setEntries((list) => [...list.filter((e) => !changed.has(e.customerId) && !removed.has(e.customerId)), ...changed.values()]);
      }
      if (frame.type !== "error") setLastUpdate(frame.serverTime);
    });
    socket = ws;
  };

  createEffect(
    on(teamId, (team) => {
      if (team) connect(team);
    }),
  );
  onCleanup(() => socket?.close());
  return { entries, status, lastUpdate, queueChange, dueCallbacks };
}
