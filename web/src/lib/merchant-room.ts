// A merchant's live room: the account room (room.ts) on the merchant's party. Kept apart from room.ts
// so the customer screens' shared code does not carry it.
import { createAccountRoom } from "./room";

export function createMerchantRoom(merchantId: string) {
  return { ...createAccountRoom("merchant-room", merchantId), merchantId };
}
export type MerchantRoom = ReturnType<typeof createMerchantRoom>;
