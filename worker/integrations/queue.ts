// The Worker's queue handler: one Worker consumes the three integration queues, told apart by
// name (the dead letters) and by what their messages carry.
import { consumeDeadLetters } from "./dead-letters";
import { consumeInbound } from "./inbound-consumer";
import { consumeOutbox } from "./outbox-consumer";

export async function handleQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  if (batch.queue.endsWith("dead-letters")) return consumeDeadLetters(batch, env);
  if (batch.queue.endsWith("outbox")) return consumeOutbox(batch, env);
  return consumeInbound(batch, env);
}
