// Taking ownership of an account over its room socket, as a rep's browser does, for command tests.
import { type Frame, joinRoom, type RoomClient } from "./room-client";

export interface Ownership {
  client: RoomClient;
  token: number;
  release(): Promise<void>;
}

/** Joins the room and takes the lock; the fencing token is what commands must carry. */
export async function own(cookie: string, customerId: string): Promise<Ownership> {
  const { client } = await joinRoom(cookie, customerId);
  const granted = await client.request({ type: "lock-request" }, ["lock-granted", "lock-denied", "error"]);
  if (granted.type !== "lock-granted") throw new Error(`no lock on ${customerId}: ${JSON.stringify(granted)}`);
  // The grant is announced first and recorded right after; a heartbeat's ack waits for the record.
  await client.request({ type: "heartbeat", active: true }, ["ack"]);
  return {
    client,
    token: Number(granted.token),
    async release() {
      await client.request({ type: "lock-release" }, ["lock-released", "lock-denied", "error"]);
      await client.request({ type: "heartbeat", active: false }, ["ack"]);
      client.close();
    },
  };
}

/** A token that was current once: taken, released, taken again (the fence moved on). */
export async function staleOwnership(cookie: string, customerId: string): Promise<Ownership & { stale: number }> {
  const first = await own(cookie, customerId);
  await first.release();
  const second = await own(cookie, customerId);
  return { ...second, stale: first.token };
}

export const recordChanged = (record: string, id?: string) => (f: Frame) =>
  f.type === "record-changed" && f.record === record && (id === undefined || f.id === id);
