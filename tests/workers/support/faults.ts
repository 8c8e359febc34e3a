// Fault injection for room tests: the room's real database, with its next N batches failing as an
// unreachable D1 would. Swapped in through runInDurableObject; everything else is the real thing.
import { runInDurableObject } from "cloudflare:test";
import type { Database } from "../../../db/client";
import type { CustomerRoom } from "../../../party/customer-room";

type RoomInternals = { db: Database; dbInstance: Database | null };

export function failingBatches(db: Database, failures: { left: number }): Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === "batch")
        return (...args: Parameters<Database["batch"]>) => {
          if (failures.left > 0) {
            failures.left--;
            return Promise.reject(new Error("D1_ERROR: Network connection lost (injected)"));
          }
          return target.batch(...args);
        };
      return Reflect.get(target, property, receiver);
    },
  });
}

/** Makes the room's next `count` database batches fail; answers the counter (set `left` to 0 to heal). */
export async function breakRoomDatabase(stub: DurableObjectStub<CustomerRoom>, count: number): Promise<{ left: number }> {
  const failures = { left: count };
  await runInDurableObject(stub, (room: CustomerRoom) => {
    const internals = room as unknown as RoomInternals;
    internals.dbInstance = failingBatches(internals.db, failures);
  });
  return failures;
}
