// The live view of who is being measured in this room: the place in front of each, the step it is in
// the process their time so far points to, and how long they have been on it (for the floor board,
// amber at the reference and red past the maximum). Processes are read once a minute at most.
import { classifyProcess } from "../../core/domain/interaction-steps";
import { type ProcessVersion, STEP_LOCATIONS, type StepLocation, stepAt, versionsInEffect } from "../../core/domain/process-steps";
import { foldTimeline } from "../../core/domain/step-intervals";
import type { FloorServing } from "../../core/protocol/floor";
import type { Database } from "../../db/client";
import { processVersionsOf } from "../../db/repositories/processes";
import type { OpenInteraction } from "./open-interaction";

const REFRESH_MS = 60_000;

export class LiveSteps {
  private cache: { orgId: string; at: number; versions: ProcessVersion[] } | null = null;

  constructor(private readonly db: () => Database) {}

  private async versions(orgId: string, now: number): Promise<ProcessVersion[]> {
    if (this.cache?.orgId === orgId && now - this.cache.at < REFRESH_MS) return this.cache.versions;
    try {
      this.cache = { orgId, at: now, versions: await processVersionsOf(this.db(), orgId) };
    } catch {
      // The live view is best effort: the place still shows, without its step.
      return this.cache?.versions ?? [];
    }
    return this.cache.versions;
  }

  async forFloor(orgId: string, open: readonly OpenInteraction[], now: number): Promise<FloorServing[]> {
    if (open.length === 0) return [];
    const all = await this.versions(orgId, now);
    return open
      .filter((o) => o.current !== null || o.goneAt === null)
      .map((o) => {
        const perPlace = new Map<string, number>();
        for (const i of foldTimeline(o.intervals)) perPlace.set(i.at, (perPlace.get(i.at) ?? 0) + (i.to - i.from));
        const current = o.current;
        const since = current ? current.since - current.sentAt + current.receivedAt : null;
        const place = current?.at ?? [...perPlace.keys()].at(-1) ?? "profile.overview";
        const withNow = new Map(perPlace);
        if (since !== null) withNow.set(place, (withNow.get(place) ?? 0) + Math.max(0, now - since));
        const inEffect = versionsInEffect(all, o.startedAt);
        const process = classifyProcess(withNow, inEffect);
        const owner = process && stepAt(process, place) ? process : inEffect.find((p) => stepAt(p, place));
        const step = owner ? stepAt(owner, place) : undefined;
        return {
          staffId: o.staffId,
          name: o.name,
          teamId: o.teamId,
          place,
          placeLabel: STEP_LOCATIONS[place as StepLocation] ?? place,
          step:
            owner && step
              ? { processName: owner.name, label: step.label, referenceSeconds: step.referenceSeconds, maxSeconds: step.maxSeconds }
              : null,
          spentMs: perPlace.get(place) ?? 0,
          since,
        };
      });
  }
}
