// What every panel of a merchant's account is given.
import type { MerchantProfile } from "../../../../core/protocol/merchant-answers";
import type { MerchantRoom } from "../../lib/merchant-room";
import type { MerchantStore } from "../../lib/merchant-store";

export interface MerchantPanelProps {
  profile: MerchantProfile;
  store: MerchantStore;
  room: MerchantRoom;
  /** The owner's fencing token when it is this person, else null (changes need it). */
  token: number | null;
}
