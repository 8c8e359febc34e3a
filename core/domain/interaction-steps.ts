// What an interaction's captured time means once it ends: which process it was (the one whose own
// places took the rep's time), and how many seconds each of its steps took. Time spent in places the
// process has no step for is kept apart as "elsewhere".
import { type ProcessVersion, stepAt } from "./process-steps";

export interface FinalStep {
  key: string;
  label: string;
  position: number;
  seconds: number;
}

export interface FinalSteps {
  processId: string;
  version: number;
  steps: FinalStep[];
  /** Seconds in places this process has no step for. */
  elsewhereSeconds: number;
  activeSeconds: number;
}

const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * The process an interaction followed: most time in places only some processes use (a payment
 * dialog, the shopper intake), then most time in any of its places, then the first in the org's order.
 */
export function classifyProcess(perPlace: ReadonlyMap<string, number>, processes: readonly ProcessVersion[]): ProcessVersion | null {
  const everywhere = new Set(
    [...perPlace.keys()].filter((place) => processes.length > 0 && processes.every((p) => stepAt(p, place) !== undefined)),
  );
  let best: { process: ProcessVersion; own: number; covered: number } | null = null;
  for (const process of processes) {
    let own = 0;
    let covered = 0;
    for (const [place, ms] of perPlace) {
      if (!stepAt(process, place)) continue;
      covered += ms;
      if (!everywhere.has(place)) own += ms;
    }
    const better =
      !best ||
      own > best.own ||
      (own === best.own && covered > best.covered) ||
      (own === best.own && covered === best.covered && process.position < best.process.position);
    if (better) best = { process, own, covered };
  }
  return best?.process ?? null;
}

/** The steps of an interaction, in whole seconds (a step the rep never reached has no row). */
export function finalSteps(perPlace: ReadonlyMap<string, number>, processes: readonly ProcessVersion[]): FinalSteps | null {
  const process = classifyProcess(perPlace, processes);
  if (!process) return null;
  let total = 0;
  let elsewhere = 0;
  for (const [place, ms] of perPlace) {
    total += ms;
    if (!stepAt(process, place)) elsewhere += ms;
  }
  const steps = process.steps
    .map((step, position) => ({ key: step.key, label: step.label, position, seconds: seconds(perPlace.get(step.location) ?? 0) }))
    .filter((step) => step.seconds > 0);
  return {
    processId: process.processId,
    version: process.version,
    steps,
    elsewhereSeconds: seconds(elsewhere),
    activeSeconds: seconds(total),
  };
}
