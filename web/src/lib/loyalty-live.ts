// A loyalty tab's data, kept live: loaded once, and again whenever the room reports a loyalty event
// or change (a purchase, a check-in, a lockout reset) or reconnects after missing some.
import { createEffect, createResource, on, onCleanup } from "solid-js";
import { changesLoyalty } from "./loyalty-api";
import type { CustomerRoom } from "./room";

export type LiveRoom = Pick<CustomerRoom, "onFrame" | "resyncs">;

export function createLoyaltyResource<T>(room: LiveRoom, load: () => Promise<T>) {
  const [data, { refetch }] = createResource(load);
  const off = room.onFrame((frame) => {
    if (changesLoyalty(frame)) void refetch();
  });
  onCleanup(off);
  createEffect(on(room.resyncs, () => void refetch(), { defer: true }));
  return { data, reload: () => void refetch() };
}
