// The service desk's live room as Solid signals: every ticket opened or changed anywhere in the org
// arrives as a notice; the queue and the counters fetch again (their order is the database's).
import PartySocket from "partysocket";
import { createSignal, onCleanup } from "solid-js";
import * as v from "valibot";
import { DeskFrameSchema } from "../../../core/protocol/desk";

export type DeskStatus = "connecting" | "live" | "reconnecting" | "refused";

export function createDeskLive(orgId: string) {
  const [status, setStatus] = createSignal<DeskStatus>("connecting");
  // A new object each time, so an effect reading it runs on every notice.
  const [notice, setNotice] = createSignal<{ ticketId: string; change: "opened" | "changed" } | null>(null, { equals: false });
  const ws = new PartySocket({ host: location.host, party: "desk-room", room: orgId });
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
    const parsed = v.safeParse(DeskFrameSchema, json);
    if (!parsed.success) return;
    const frame = parsed.output;
    if (frame.type === "desk-changed") setNotice({ ticketId: frame.ticketId, change: frame.change });
    // A reconnect may have missed notices: fetch again.
    if (frame.type === "desk-state") setNotice({ ticketId: "", change: "changed" });
  });
  onCleanup(() => ws.close());
  return { status, notice };
}
