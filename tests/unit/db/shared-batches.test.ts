// Group commit over a real libSQL database: writes that become ready while another is on its way go
// together in the next round, a bad write fails alone without holding back the others, and a
// round whose leader never answers does not strand the writes waiting behind it.
import { sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../../db/client";
import { batchAll, SharedBatches, type Statement } from "../../../db/shared-batches";
import { openTestDatabase } from "../support/libsql";

let db: Database;

afterEach(() => {
  vi.useRealTimers();
});

beforeAll(async () => {
  db = await openTestDatabase();
  await db.run(sql`create table shared_rows (id text primary key, batch text not null)`);
});

const row = (id: string, batch: string): Statement => db.run(sql`insert into shared_rows (id, batch) values (${id}, ${batch})`);

async function stored(batch: string): Promise<string[]> {
  const rows = await db.all<{ id: string }>(sql`select id from shared_rows where batch = ${batch} order by id`);
  return rows.map((r) => r.id);
}

/** A send that records each round's statement count; the first round waits until `release` is called. */
function heldSend(options: { holdFirst: boolean; neverAnswerFirst?: boolean }) {
  const rounds: number[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const send = async (statements: Statement[]) => {
    rounds.push(statements.length);
    if (rounds.length === 1 && options.neverAnswerFirst) return new Promise<never>(() => {});
    if (rounds.length === 1 && options.holdFirst) await held;
    const [first, ...rest] = statements;
    if (first) await db.batch([first, ...rest]);
  };
  return { rounds, release, send };
}

describe("shared batches", () => {
  it("sends the first write at once, and the writes that arrive meanwhile together in the next round", async () => {
    const { rounds, release, send } = heldSend({ holdFirst: true });
    const lane = new SharedBatches(send);
    const first = lane.run([row("a1", "a")]);
    const riders = ["a2", "a3", "a4", "a5", "a6"].map((id) => lane.run([row(id, "a")]));
    release();
    await Promise.all([first, ...riders]);
    // Round one: a1 alone; round two: the five that waited.
    expect(rounds).toEqual([1, 5]);
    expect(await stored("a")).toEqual(["a1", "a2", "a3", "a4", "a5", "a6"]);
  });

  it("fails only the bad write of a round, with nothing of it saved, and saves the others", async () => {
    await db.run(sql`insert into shared_rows (id, batch) values ('taken', 'seed')`);
    const { rounds, release, send } = heldSend({ holdFirst: true });
    const lane = new SharedBatches(send);
    const first = lane.run([row("b1", "b")]);
    const good = lane.run([row("b2", "b")]);
    // Its first row is fine, its second one breaks the primary key: the write is one, so neither is saved.
    const bad = lane.run([row("b3", "b"), row("taken", "b")]);
    const alsoGood = lane.run([row("b4", "b")]);
    release();
    await expect(bad).rejects.toThrow(/UNIQUE constraint failed/);
    await Promise.all([first, good, alsoGood]);
    // b1 alone; the shared round of three fails; then each of the three again, alone.
    expect(rounds).toEqual([1, 4, 1, 2, 1]);
    expect(await stored("b")).toEqual(["b1", "b2", "b4"]);
  });

  it("sends the waiting writes alone when their round's leader never answers, and frees the line", async () => {
    const { rounds, send } = heldSend({ holdFirst: false, neverAnswerFirst: true });
    const lane = new SharedBatches(send, { rideWaitMs: 20 });
    void lane.run([row("lost", "c")]);
    await Promise.all([lane.run([row("c1", "c")]), lane.run([row("c2", "c")])]);
    expect(rounds).toEqual([1, 1, 1]);
    // The line is free again: a write after that is sent at once (as it is called), not put in line.
    const later = lane.run([row("c3", "c")]);
    expect(rounds).toEqual([1, 1, 1, 1]);
    await later;
    expect(await stored("c")).toEqual(["c1", "c2", "c3"]);
  });

  it("does not take the line from a round that started after the stuck one: a rider behind it is handed over at once", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const lost = row("lost-e", "e");
    const held = row("e3", "e");
    let release = () => {};
    const hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const send = async (statements: Statement[]) => {
      if (statements[0] === lost) return new Promise<never>(() => {});
      if (statements[0] === held) await hold;
      await batchAll(db, statements);
    };
    const lane = new SharedBatches(send, { rideWaitMs: 5_000 });
    void lane.run([lost]);
    const early = lane.run([row("e1", "e")]);
    await vi.advanceTimersByTimeAsync(3_000);
    const late = lane.run([row("e2", "e")]);
    // The early rider gives up on the stuck round (5 s), frees the line and goes alone.
    await vi.advanceTimersByTimeAsync(2_100);
    await early;
    // A new round starts and is on its way; a rider gets in line behind it.
    const current = lane.run([held]);
    let behindDone = false;
    const behind = lane.run([row("e4", "e")]).then(() => {
      behindDone = true;
    });
    // The late rider gives up on the stuck round too (5 s after it joined), while the new round is on.
    await vi.advanceTimersByTimeAsync(3_000);
    await late;
    release();
    await current;
    // The new round hands over to the rider behind it: sent within its next look, not after its own 5 s.
    await vi.advanceTimersByTimeAsync(50);
    expect(behindDone).toBe(true);
    await behind;
    expect(await stored("e")).toEqual(["e1", "e2", "e3", "e4"]);
  });

  it("keeps a round within its statement limit; the rest go in the round after", async () => {
    const { rounds, release, send } = heldSend({ holdFirst: true });
    const lane = new SharedBatches(send, { maxStatements: 3 });
    const writes = ["d1", "d2", "d3", "d4", "d5"].map((id) => lane.run([row(id, "d")]));
    release();
    await Promise.all(writes);
    expect(rounds).toEqual([1, 3, 1]);
    expect(await stored("d")).toEqual(["d1", "d2", "d3", "d4", "d5"]);
  });
});
