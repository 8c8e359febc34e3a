// The cast and props of the authorization matrix: one seeded person per role, the ids of the
// caller's org and of another org, sessions kept per role, and a rig that sets who holds a lock.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { createDatabase } from "../../../db/client";
import { notes } from "../../../db/schema";
import type { SpecRole } from "../../shared/authorization-spec";
import { signIn } from "../support/http";
import { type Frame, joinRoom, type RoomClient } from "../support/room-client";
import type { Ids } from "./route-calls";
import type { LockHolder } from "./route-spec";

export const ROLE_USERS: Record<SpecRole, string> = {
  rep: "rep.ana@tandem.test",
  senior_rep: "senior.sam@tandem.test",
  team_lead: "lead.east@tandem.test",
  director: "director@tandem.test",
  compliance: "compliance@tandem.test",
  finance: "finance@tandem.test",
  engineering: "engineering@tandem.test",
  sales: "sales@tandem.test",
  admin: "admin@tandem.test",
};
/** Holds the lock when the matrix needs "someone else owns it"; never one of the role users. */
export const RIVAL = "rep.ben@tandem.test";
/** The same on a merchant account: a second sales rep (reps see no merchant). */
export const MERCHANT_RIVAL = "sales.kai@tandem.test";

/** The seed's merchant records of each org the matrix reads (Northwind's first month invoices close before the test anchor). */
const OWN_MERCHANT = {
  merchant: "mer_0003",
  endpoint: "mep_0003_1",
  invoice: "inv_0003_2026-10",
  planChange: "pcr_0004_1",
  plan: "pln_nw_growth",
  ticket: "tkt_0002",
};
const OTHER_MERCHANT = {
  merchant: "mer_9001",
  endpoint: "mep_9001_1",
  invoice: "inv_9001_2026-10",
  planChange: "pcr_9004_1",
  plan: "pln_hb_basic",
  ticket: "tkt_9001",
};

export const OWN: Omit<Ids, "note"> = {
  customer: "cus_0002",
  staff: "stf_lead_west",
  team: "team_west",
  region: "reg_pacific",
  ...OWN_MERCHANT,
};
export const OTHER_BASE: Omit<Ids, "note"> = {
  customer: "cus_9001",
  staff: "stf_zoe",
  team: "team_harbor",
  region: "reg_harbor",
  ...OTHER_MERCHANT,
};

/** Identifiers of the other org that must never appear in an answer to this org's staff. */
/** Names of Harbor's (the other org's) people, teams and plans: any answer naming one leaks. */
const FOREIGN_NAMES = [
  "stf_zoe",
  "stf_lead_harbor",
  "stf_sales_harbor",
  "team_harbor",
  "reg_harbor",
  "org_harbor",
  "harbor.test",
  "pln_hb",
  "plv_hb",
  "dmv_hb",
];
/**
 * Harbor's seeded records: four digits from 9000 (cus_9001, mer_9001, mep_9001_1, tkt_9001). A
 * record made during a test has 20 random hex characters after its prefix, which begin with 90 one
 * time in 256: those must not count, so the digits may not run on into hex.
 */
const FOREIGN_RECORD = /\b(?:cus|mer|mep|tkt)_90\d\d(?![0-9a-f])/g;

/** What of the other org a text names. */
export function foreignMentions(text: string): string[] {
  return [...FOREIGN_NAMES.filter((name) => text.includes(name)), ...(text.match(FOREIGN_RECORD) ?? [])];
}

export async function anyNoteOf(customerId: string): Promise<string> {
  const [row] = await createDatabase({ DB: env.DB }).select({ id: notes.id }).from(notes).where(eq(notes.customerId, customerId)).limit(1);
  if (!row) throw new Error(`no note on ${customerId}`);
  return row.id;
}

export class Sessions {
  private readonly cookies = new Map<string, string>();
  async cookie(email: string): Promise<string> {
    const known = this.cookies.get(email);
    if (known) return known;
    const fresh = await signIn(email);
    this.cookies.set(email, fresh);
    return fresh;
  }
  forget(email: string): void {
    this.cookies.delete(email);
  }
}

/** Sets who holds a customer's lock: the caller ("self"), the rival ("other") or nobody. */
export class LockRig {
  private constructor(
    private readonly self: RoomClient | null,
    private readonly rival: RoomClient,
    private token: number,
  ) {}

  static async open(customerId: string, selfCookie: string | null, rivalCookie: string, party?: string): Promise<LockRig> {
    const rival = await joinRoom(rivalCookie, customerId, undefined, party);
    const self = selfCookie ? await joinRoom(selfCookie, customerId, undefined, party) : null;
    const lock = rival.state.lock as { token: number } | null;
    return new LockRig(self?.client ?? null, rival.client, lock?.token ?? 0);
  }

  get currentToken(): number {
    return this.token;
  }

  private async ask(client: RoomClient, frame: Record<string, unknown>, replies: string[]): Promise<Frame> {
    const reply = await client.request(frame, replies);
    if (reply.type === "lock-granted") this.token = Number(reply.token);
    return reply;
  }

  async hold(holder: LockHolder): Promise<void> {
    for (const client of [this.self, this.rival])
      if (client) await this.ask(client, { type: "lock-release" }, ["lock-released", "lock-denied"]);
    if (holder === "nobody") return;
    const client = holder === "self" ? this.self : this.rival;
    if (!client) throw new Error("this role cannot hold a lock");
    const reply = await this.ask(client, { type: "lock-request" }, ["lock-granted", "lock-denied", "error"]);
    if (reply.type !== "lock-granted") throw new Error(`could not set the lock holder to ${holder}: ${JSON.stringify(reply)}`);
  }

  get selfClient(): RoomClient | null {
    return this.self;
  }

  close(): void {
    this.self?.close();
    this.rival.close();
  }
}
