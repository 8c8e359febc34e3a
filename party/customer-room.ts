// One room per customer account (filled in by the Customer rooms work).
import { Server } from "partyserver";
import type { Env } from "../worker/env";

export class CustomerRoom extends Server<Env> {
  static override options = { hibernate: true };
}
