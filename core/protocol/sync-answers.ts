// What reps see of their account's outbound changes: each item's sync state with each back end.
import * as v from "valibot";

/** GET /api/customers/:id/sync: each item's newest outbound state, per back end. */
export const CustomerSyncSchema = v.object({
  items: v.array(
    v.object({
      recordType: v.string(),
      recordId: v.string(),
      topic: v.string(),
      endpointName: v.string(),
      state: v.picklist(["syncing", "synced", "failed"]),
      at: v.number(),
    }),
  ),
});
export type CustomerSync = v.InferOutput<typeof CustomerSyncSchema>;
