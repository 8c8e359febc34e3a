// After a command moved a work queue: tell the floors of the teams concerned, whose call lists and
// dashboards fetch again. Best-effort like presence: a missed notice heals on the next fetch.
import type { CommandPlan } from "../commands/types";

export async function announceQueues(env: Env, customerId: string, queues: NonNullable<CommandPlan["queues"]>): Promise<void> {
  await Promise.all(
    queues.teamIds.map(async (teamId) => {
      try {
        await env.FloorRoom.get(env.FloorRoom.idFromName(teamId)).queueChanged({
          queue: queues.queue,
          customerId,
          staffIds: queues.staffIds,
        });
      } catch (error) {
        console.error(JSON.stringify({ level: "warn", msg: "queue notice failed", teamId, error: String(error) }));
      }
    }),
  );
}
