// Where a customer's outbound changes stand with the back ends, for the sync badges on payments,
// promises, orders and the profile. One load per screen, again when the room says a sync state
// moved (a burst of them is one reload), shared with the badges through a context.
import { createContext, createResource, onCleanup, useContext } from "solid-js";
import { type CustomerSync, CustomerSyncSchema } from "../../../core/protocol/sync-answers";
import { api } from "./api";
import type { CustomerRoom } from "./room";

export type SyncItem = CustomerSync["items"][number];

export interface SyncStatus {
  /** The newest state per back end of one item (a payment, a promise, an order, the customer). */
  of(recordType: string, recordId: string): SyncItem[];
}

export const SyncContext = createContext<SyncStatus | null>(null);
export const useSync = () => useContext(SyncContext);

export function createSyncStatus(customerId: () => string, room?: Pick<CustomerRoom, "onFrame">): SyncStatus {
  const [sync, { refetch }] = createResource(customerId, (id) =>
    api.get(`/api/customers/${encodeURIComponent(id)}/sync`, CustomerSyncSchema),
  );
  let timer: number | undefined;
  const off = room?.onFrame((frame) => {
    if (frame.type !== "record-changed" || frame.record !== "sync") return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void refetch(), 200);
  });
  onCleanup(() => {
    off?.();
    window.clearTimeout(timer);
  });
  return {
    of: (recordType, recordId) => (sync.latest?.items ?? []).filter((item) => item.recordType === recordType && item.recordId === recordId),
  };
}
