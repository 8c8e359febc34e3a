// A ticket's emails until the mail provider takes them. A committed change's mails are kept in the
// room's storage first, then sent; one the provider refuses (or cannot be reached for) is tried
// again on the room's alarm with backoff (core/domain/tickets.ts `nextMailTry`), surviving eviction.
// After the last try it is given up: kept, marked so, until the room has recorded that on the ticket
// (`settleGivenUp`, on the alarm), so a person learns of it even if the room stops in between. The
// change itself is never undone by its mail.
import { nextMailTry } from "../../core/domain/tickets";

/** One email as the ticket room's mailer takes it (party/ticket-room.ts `TicketMail`). */
export interface PendingMail<M> {
  id: string;
  mail: M;
  attempts: number;
  /** When it is due (now, when first kept). */
  dueAt: number;
  lastError: string | null;
  /** Every try failed: not sent again; waits only to be recorded on the ticket. */
  givenUp?: true;
}

/** A given-up mail whose record failed is recorded again after this long. */
const RECORD_AGAIN_MS = 60_000;

const KEY = "pendingMails";

export class PendingMails<M extends { purpose: string }> {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly send: (mail: M, now: number) => Promise<void>,
    /** The room's name, for the logs (read when logging: a room learns its name after it is made). */
    private readonly room: () => string,
  ) {}

  /** Work on the kept mails, one piece after another; a failed piece does not stop the next. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work);
    this.chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  async list(): Promise<PendingMail<M>[]> {
    return (await this.storage.get<PendingMail<M>[]>(KEY)) ?? [];
  }

  /** When the next kept mail is due, for the room's alarm. */
  async nextDue(): Promise<number | null> {
    const pending = await this.list();
    return pending.length === 0 ? null : Math.min(...pending.map((p) => p.dueAt));
  }

  /** Keeps mails of a committed change, due now (before any is sent, so a stopped room still sends them). */
  async keep(mails: readonly M[], now: number): Promise<void> {
    if (mails.length === 0) return;
    const fresh = mails.map((mail) => ({ id: crypto.randomUUID(), mail, attempts: 0, dueAt: now, lastError: null }));
    await this.serially(async () => this.storage.put(KEY, [...(await this.list()), ...fresh]));
  }

  /** Sends every due mail once, one after another with any other delivery of this room. */
  deliver(now: number): Promise<void> {
    return this.serially(() => this.deliverDue(now)).catch((error: unknown) => {
      console.error(JSON.stringify({ level: "error", msg: "ticket mails not delivered", room: this.room(), error: String(error) }));
    });
  }

  private async deliverDue(now: number): Promise<void> {
    const pending = await this.list();
    if (!pending.some((p) => p.dueAt <= now)) return;
    const kept: PendingMail<M>[] = [];
    for (const item of pending) {
      if (item.dueAt > now || item.givenUp) {
        kept.push(item);
        continue;
      }
      try {
        await this.send(item.mail, now);
      } catch (error) {
        const attempts = item.attempts + 1;
        const dueAt = nextMailTry(attempts, now);
        const lastError = String(error).slice(0, 300);
        if (dueAt === null) {
          console.error(
            JSON.stringify({
              level: "error",
              msg: "ticket mail given up",
              room: this.room(),
              purpose: item.mail.purpose,
              attempts,
              error: lastError,
            }),
          );
          kept.push({ ...item, attempts, dueAt: now, lastError, givenUp: true });
        } else {
          console.error(
            JSON.stringify({ level: "warn", msg: "ticket mail failed; tried again later", room: this.room(), attempts, error: lastError }),
          );
          kept.push({ ...item, attempts, dueAt, lastError });
        }
      }
    }
    await this.store(kept);
  }

  /**
   * Records each given-up mail (`record`: the room's note on the ticket), then forgets it; one whose
   * record fails is kept and recorded again on a later alarm.
   */
  settleGivenUp(record: (mail: M, attempts: number) => Promise<void>, now: number): Promise<void> {
    return this.serially(async () => {
      const pending = await this.list();
      if (!pending.some((p) => p.givenUp)) return;
      const kept: PendingMail<M>[] = [];
      for (const item of pending) {
        if (!item.givenUp) {
          kept.push(item);
          continue;
        }
        try {
          await record(item.mail, item.attempts);
        } catch (error) {
          console.error(JSON.stringify({ level: "warn", msg: "given-up mail not recorded yet", room: this.room(), error: String(error) }));
          kept.push({ ...item, dueAt: now + RECORD_AGAIN_MS });
        }
      }
      await this.store(kept);
    });
  }

  private async store(kept: PendingMail<M>[]): Promise<void> {
    if (kept.length === 0) await this.storage.delete(KEY);
    else await this.storage.put(KEY, kept);
  }
}
