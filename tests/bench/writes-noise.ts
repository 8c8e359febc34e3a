// Notes while the app is flooded with unauthenticated requests (dev sign-in with unknown emails, the
// OIDC callback without its flow cookie): the note tail with and without the flood, the notes that
// failed, and the flood's own answers (each must be the expected refusal: 401 or 400 while the
// address is under its cap of recorded refusals, 429 past it; a 500 means it could not be recorded).
import type { BenchConfig } from "./config";
import { type Figure, figure } from "./report";
import { tails } from "./stats";
import { type HttpAnswer, type LoadResult, runLoad, statusKind } from "./support/http-load";
import { appLogNote, type NoteStep, postNotes, type WritesContext } from "./writes-notes";

/** What the app must answer each flood request: the refusal (recorded as a security event), or 429 past the cap. */
function floodVerdict(answer: HttpAnswer, i: number): true | string {
  if (answer.status === 429) return true;
  if (i % 2 === 0) return answer.status === 401 && statusKind(answer) === "401 UNAUTHENTICATED" ? true : `sign-in: ${statusKind(answer)}`;
  // 400 is the "sign-in expired" page; a redirect would mean OIDC is not configured (no audit row).
  return answer.status === 400 ? true : `oidc callback: ${statusKind(answer)}`;
}

export async function runNoise(
  ctx: WritesContext,
  config: BenchConfig,
  calm: NoteStep,
): Promise<{ step: NoteStep; figures: Figure[]; details: Record<string, unknown> }> {
  const { noise, notes } = config.writes;
  const base = ctx.app.baseURL;
  process.stdout.write(`  ${notes} notes, ${noise.writers} writers, beside ${noise.flooders} flooders\n`);
  let writersDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    writersDone = resolve;
  });
  const floodRun: Promise<LoadResult> = runLoad({
    requests: Number.POSITIVE_INFINITY,
    concurrency: noise.flooders,
    until: done,
    request: (i) =>
      i % 2 === 0
        ? { url: `${base}/api/auth/dev/sign-in`, method: "POST", body: JSON.stringify({ email: `flood.${i}@nobody.test` }) }
        : { url: `${base}/api/auth/oidc/callback?code=flood&state=flood-${i}` },
    check: floodVerdict,
  });
  const step = await postNotes(ctx, "noise", noise.writers, notes).finally(writersDone);
  const flood = await floodRun;

  const t = tails(step.load.latency, calm.load.latency);
  const rate = figure({
    family: "writes",
    name: `notes/s, ${noise.writers} writers during an unauthenticated flood`,
    value: step.load.rps,
    unit: "notes/s",
    errors: step.load.errors,
    baseline: { name: "the same without the flood", value: calm.load.rps },
    note: `${step.load.ok} notes in ${step.load.seconds.toFixed(1)} s${appLogNote(step.serverErrors)}`,
  });
  rate.target = { text: "0 errors", met: step.load.errors.count === 0 };
  const latency = figure({
    family: "writes",
    name: `note ${t.label}, ${noise.writers} writers during the flood`,
    value: t.value,
    unit: "ms",
    errors: step.load.errors,
    baseline: { name: `the same without the flood ${t.label}`, value: t.baseline },
    note: `p50 ${step.load.latency.p50.toFixed(1)} ms (without ${calm.load.latency.p50.toFixed(1)} ms)`,
  });
  const refusals = figure({
    family: "writes",
    name: `flood: refusals/s (${noise.flooders} concurrent; unknown-email sign-ins, OIDC callbacks without a flow)`,
    value: flood.rps,
    unit: "req/s",
    errors: flood.errors,
    note: `${flood.requests} flood requests`,
  });
  refusals.target = { text: "0 errors", met: flood.errors.count === 0 };
  return { step, figures: [rate, latency, refusals], details: { notes: step.load, flood, serverErrors: step.serverErrors } };
}
