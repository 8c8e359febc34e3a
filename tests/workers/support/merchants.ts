// Working a merchant's account in tests as the console does: its room socket (presence, ownership),
// and the plan-change steps over HTTP with the owner's token.

import { type Answer, post } from "./json";
import { type Frame, openRoom, type RoomClient } from "./room-client";

export async function joinMerchant(cookie: string, merchantId: string): Promise<{ client: RoomClient; state: Frame }> {
  const client = await openRoom(cookie, merchantId, { party: "merchant-room" });
  const state = await client.nextOfType("room-state", 0);
  return { client, state };
}

export interface MerchantOwnership {
  client: RoomClient;
  token: number;
  release(): Promise<void>;
}

/** Joins the merchant's room and takes ownership; its token is what changes must carry. */
export async function ownMerchant(cookie: string, merchantId: string): Promise<MerchantOwnership> {
  const { client } = await joinMerchant(cookie, merchantId);
  const granted = await client.request({ type: "lock-request" }, ["lock-granted", "lock-denied", "error"]);
  if (granted.type !== "lock-granted") throw new Error(`no lock on ${merchantId}: ${JSON.stringify(granted)}`);
  // A heartbeat's ack to a reqId means the grant is recorded (the fence will see it).
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

type Step = "approve" | "send-back" | "resubmit" | "cancel";

/** Takes ownership, takes one step with a note, releases: one person's turn on a request. */
export async function stepAs(
  cookie: string,
  merchantId: string,
  requestId: string,
  step: Step,
  body: Record<string, unknown> = {},
): Promise<Answer<Record<string, unknown>>> {
  const owner = await ownMerchant(cookie, merchantId);
  try {
    return await post(`/api/merchants/${merchantId}/plan-changes/${requestId}/${step}`, cookie, {
      lockToken: owner.token,
      note: `${step} by test`,
      ...body,
    });
  } finally {
    await owner.release();
  }
}

export async function openPlanChange(cookie: string, merchantId: string, body: Record<string, unknown>): Promise<string> {
  const owner = await ownMerchant(cookie, merchantId);
  try {
    const answer = await post<{ requestId: string }>(`/api/merchants/${merchantId}/plan-changes`, cookie, {
      lockToken: owner.token,
      ...body,
    });
    if (answer.status !== 201) throw new Error(`open failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.requestId;
  } finally {
    await owner.release();
  }
}
