// Notes per second across customer rooms through the real API (POST /api/customers/:id/notes with
// a session cookie and Origin, as a rep's browser sends them) at several writer counts, beside a
// bare D1 INSERT behind a Worker route driven the same way over HTTP (baseline Worker, same run).
// A note counts when it is answered 201 with the note id its clientId asks for; after the run
// every acknowledged note must be in its customer's notes.
import type { BenchConfig } from "./config";
import { atMost, type Figure, figure, ratioAtMost, withoutErrors } from "./report";
import { tails } from "./stats";
import { jsonOf, type LoadResult, runLoad, statusKind } from "./support/http-load";
import { runNoise } from "./writes-noise";
import { appLogNote, NOTE_TEXT, type NoteStep, postNotes, storedBenchNotes, type WritesContext } from "./writes-notes";

/** One D1 INSERT per request, `writers` concurrent, as many as the notes of one step. */
export async function runWritesBaseline(baseURL: string, config: BenchConfig): Promise<Map<number, LoadResult>> {
  const results = new Map<number, LoadResult>();
  for (const writers of new Set([...config.writes.writers, config.writes.noise.writers])) {
    const insert = (id: string, i: number) => ({
      url: `${baseURL}/d1/insert`,
      method: "POST" as const,
      body: JSON.stringify({ id, customerId: `cus_${String((i % config.writes.rooms) + 1).padStart(4, "0")}`, text: NOTE_TEXT }),
    });
    const idOf = (i: number) => `bare-${writers}-${i}`;
    process.stdout.write(`  bare D1 insert x ${config.writes.notes}, ${writers} concurrent\n`);
    const load = await runLoad({
      requests: config.writes.notes,
      concurrency: writers,
      request: (i) => insert(idOf(i), i),
      warmup: (i) => insert(`bare-${writers}-warm-${i}`, i),
      check: (answer, i) => (answer.status !== 201 ? statusKind(answer) : jsonOf(answer)?.noteId === idOf(i) ? true : "201 but another id"),
    });
    results.set(writers, load);
  }
  return results;
}

function stepFigures(step: NoteStep, writers: number, bare: LoadResult | undefined, rooms: number): Figure[] {
  const { load } = step;
  const rate = figure({
    family: "writes",
    name: `notes/s, ${writers} writers over ${rooms} rooms`,
    value: load.rps,
    unit: "notes/s",
    errors: load.errors,
    baseline: { name: `bare D1 insert/s, ${writers} concurrent`, value: bare?.rps ?? null },
    note: `${load.ok} notes in ${load.seconds.toFixed(1)} s${appLogNote(step.serverErrors)}`,
  });
  rate.target = { text: "0 errors", met: load.errors.count === 0 };
  const t = tails(load.latency, bare?.latency);
  const latency = figure({
    family: "writes",
    name: `note ${t.label}, ${writers} writers`,
    value: t.value,
    unit: "ms",
    errors: load.errors,
    baseline: { name: `bare D1 insert ${t.label}, ${writers} concurrent`, value: t.baseline },
    note: `p50 ${load.latency.p50.toFixed(1)} ms (bare ${bare?.latency.p50.toFixed(1) ?? "n/a"} ms)`,
  });
  latency.target = withoutErrors(ratioAtMost(3)(latency.ratio ?? null), load.errors);
  return [rate, latency];
}

export async function runWrites(
  ctx: WritesContext,
  config: BenchConfig,
  bare: Map<number, LoadResult> | null,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const { writers, notes, noise } = config.writes;
  // The first note opens each room (a Durable Object start): not what a busy floor pays.
  const warm = await postNotes(ctx, "warm", 16, ctx.rooms.length);
  const figures: Figure[] = [];
  const steps = new Map<number, NoteStep>();
  for (const count of writers) {
    await ctx.settle();
    process.stdout.write(`  ${notes} notes, ${count} writers over ${ctx.rooms.length} rooms\n`);
    const step = await postNotes(ctx, `w${count}`, count, notes);
    steps.set(count, step);
    figures.push(...stepFigures(step, count, bare?.get(count), ctx.rooms.length));
  }
  await ctx.settle();
  const calm = steps.get(noise.writers) ?? (await postNotes(ctx, `w${noise.writers}`, noise.writers, notes));
  const noisy = await runNoise(ctx, config, calm);
  figures.push(...noisy.figures);

  const all = [warm, ...steps.values(), ...(steps.has(noise.writers) ? [] : [calm]), noisy.step];
  const acknowledged = new Map(all.flatMap((s) => [...s.acknowledged]));
  const stored = await storedBenchNotes(ctx);
  const missing = [...acknowledged.keys()].filter((id) => !stored.has(id));
  const unacknowledged = [...stored].filter((id) => !acknowledged.has(id)).length;
  const kept = figure({
    family: "writes",
    name: "acknowledged notes missing from their customer's notes afterwards",
    value: missing.length,
    unit: "",
    note: `${acknowledged.size} acknowledged; ${unacknowledged} notes refused or unanswered were stored anyway`,
  });
  kept.target = atMost(0, "")(kept.value);
  figures.push(kept);
  const brief = (s: NoteStep) => ({ ...s.load, acknowledged: s.acknowledged.size, serverErrors: s.serverErrors });
  return {
    figures,
    details: {
      writes: {
        warmup: brief(warm),
        steps: Object.fromEntries([...steps].map(([n, s]) => [n, brief(s)])),
        noise: noisy.details,
        missing: missing.slice(0, 20),
        unacknowledgedStored: unacknowledged,
        bare: bare && Object.fromEntries(bare),
      },
    },
  };
}
