// What the account room keeps between mutations instead of reading it again each time:
// - the org's time zone, read again after a few minutes: every mutation needs it (its "today"), and
//   nothing in the app changes an org's zone (it is set when the org is created);
// - the account's row as a group's batchable commands last read it (back-end events: they take no
//   ownership, so its lock epoch is never read from here). The room is the only writer of its row:
//   any other command, a group's command that may not share a batch, and a plan that changed the
//   account drop it; it is read again after a minute whatever happens.
import type { Database } from "../../db/client";
import { orgTimeZone } from "../../db/repositories/org";

const ZONE_TTL_MS = 5 * 60_000;
const GROUP_ACCOUNT_TTL_MS = 60_000;

type Kept<T> = { orgId: string; value: T; until: number } | null;

export class KeptReads {
  private zone: Kept<string> = null;
  private account: Kept<unknown> = null;

  readonly timeZone = async (db: Database, orgId: string): Promise<string> => {
    const now = Date.now();
    if (this.zone?.orgId === orgId && this.zone.until > now) return this.zone.value;
    const value = await orgTimeZone(db, orgId);
    this.zone = { orgId, value, until: now + ZONE_TTL_MS };
    return value;
  };

  /** `find` answered from the kept row while it is fresh; a row it reads is kept. */
  accountFinder<A>(find: (db: Database, orgId: string, accountId: string) => Promise<A | null>) {
    return async (db: Database, orgId: string, accountId: string): Promise<A | null> => {
      const kept = this.account;
      if (kept && kept.orgId === orgId && kept.until > Date.now()) return kept.value as A;
      const value = await find(db, orgId, accountId);
      if (value) this.account = { orgId, value, until: Date.now() + GROUP_ACCOUNT_TTL_MS };
      return value;
    };
  }

  dropAccount(): void {
    this.account = null;
  }
}
