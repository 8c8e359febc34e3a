// Whether the room measures this rep on this account (its `serving` frames), and the capture's
// wiring: the capture code loads only once its person is measured, so viewers never pay for it.
import { createSignal } from "solid-js";
import type { ServerFrame } from "../../../core/protocol/room";

type Capture = typeof import("./capture");
let loading: Promise<Capture> | null = null;
let loaded: Capture | null = null;

export function createServing(customerId: string, send: (frame: Record<string, unknown>) => boolean) {
  const [serving, setServing] = createSignal<string | null>(null);
  let active: string | null = null;
  return {
    serving,
    frame(frame: ServerFrame): void {
      if (frame.type === "serving") {
        const id = frame.interaction?.id ?? null;
        active = id;
        setServing(id);
        if (id) {
          loading ??= import("./capture").then((module) => (loaded = module));
          void loading.then((capture) => active === id && capture.attach({ customerId, interactionId: id, send }));
        } else loaded?.detach(customerId);
      } else if ((frame.type === "ack" || frame.type === "error") && frame.reqId) loaded?.answered(customerId, frame);
    },
    /** Sends what was counted, over the socket, before a frame that ends the interaction (release, handoff). */
    beforeEnd(): void {
      if (active) loaded?.flushNow(customerId);
    },
  };
}
