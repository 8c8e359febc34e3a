// One room per team: the live board of who owns and views which account.
import { Server } from "partyserver";
import type { Env } from "../worker/env";

export class FloorRoom extends Server<Env> {
  static override options = { hibernate: true };
}
