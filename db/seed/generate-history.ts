// A generated customer's history: notes, communications, callbacks and past ownership sessions.

import { activityRow as activity, type CustomerBundle, DAY, type GenerateOptions } from "./bundle";
import { STAFF } from "./fixtures";
import type { Random } from "./random";
import * as words from "./vocabulary";

export function addNotesAndActivity(b: CustomerBundle, rng: Random, o: GenerateOptions, isOne: boolean): void {
  const reps = STAFF.filter((s) => s.orgId === o.orgId && (s.role === "rep" || s.role === "senior_rep"));
  const noteCount = isOne ? 4 : rng.int(0, 5);
  for (let n = 0; n < noteCount; n++) {
    const author = rng.pick(reps);
    const at = o.anchor - rng.int(1, 700) * DAY - rng.int(0, DAY / 1000) * 1000;
    const kind = rng.pick(["manual", "manual", "automatic", "system"] as const);
    const text =
      kind === "manual"
        ? rng.pick(words.MANUAL_NOTES)
        : kind === "automatic"
          ? `Account viewed by ${author.name}`
          : "Autopay reminder scheduled";
    const noteId = `not_${b.customer.id.slice(4)}_${n + 1}`;
    b.notes.push({
      id: noteId,
      orgId: o.orgId,
      customerId: b.customer.id,
      authorId: kind === "system" ? null : author.id,
      authorName: kind === "system" ? "Tandem" : author.name,
      kind,
      category: kind === "manual" ? rng.pick(words.NOTE_CATEGORIES) : "system",
      action: kind === "automatic" ? "customer.view" : kind === "system" ? "system.reminder" : "note.add",
      text,
      immutable: kind !== "manual",
      createdAt: at,
      editedAt: null,
    });
    b.activity.push(activity(b, rng, "note", text, at, { noteId, kind }, kind === "system" ? null : author));
  }
  const comms = rng.int(0, 4);
  for (let n = 0; n < comms; n++) {
    const at = o.anchor - rng.int(1, 700) * DAY;
    b.activity.push(activity(b, rng, "communication", rng.pick(words.COMMUNICATIONS), at, {}));
  }
  b.activity.push(activity(b, rng, "system", "Account created", b.customer.createdAt, {}));
  if (isOne || rng.chance(0.12)) {
    const assignee = rng.pick(
      reps
        .filter((r) => r.teamId === b.customer.teamId)
        .concat(reps)
        .slice(0, 3),
    );
    b.callbacks.push({
      id: `cb_${b.customer.id.slice(4)}`,
      customerId: b.customer.id,
      assignedTo: isOne ? "stf_ana" : assignee.id,
      dueAt: o.anchor + rng.int(9, 17) * 3_600_000,
      reason: rng.pick(words.CALLBACK_REASONS),
      doneAt: null,
    });
  }
}

const HOUR = 3_600_000;

/** Past calls: reps took ownership, worked the account for minutes, and let go (for the floor charts). */
export function addOwnershipHistory(b: CustomerBundle, rng: Random, o: GenerateOptions): void {
  if (!rng.chance(0.45)) return;
  const reps = STAFF.filter((s) => s.orgId === o.orgId && s.teamId === b.customer.teamId && (s.role === "rep" || s.role === "senior_rep"));
  const people = reps.length > 0 ? reps : STAFF.filter((s) => s.orgId === o.orgId && s.role === "rep");
  const sessions = rng.int(1, 4);
  const starts = Array.from(
    { length: sessions },
    () => o.anchor - rng.int(0, 13) * DAY + rng.int(13, 22) * HOUR + rng.int(0, 59) * 60_000,
  ).sort((x, y) => x - y);
  starts.forEach((startedAt, i) => {
    const person = rng.pick(people);
    const token = i + 1;
    const startedBy = rng.chance(0.12) ? "handoff" : rng.chance(0.05) ? "takeover" : "request";
    const endedAt = startedAt + rng.int(2, 25) * 60_000 + rng.int(0, 59) * 1000;
    if (startedAt >= o.anchor || endedAt >= o.anchor) return;
    const endReason = rng.chance(0.85) ? "released" : rng.pick(["expired", "idle", "handed-off"] as const);
    b.ownership.push({
      id: `own_${b.customer.id}_${token}`,
      orgId: o.orgId,
      customerId: b.customer.id,
      staffId: person.id,
      teamId: person.teamId,
      token,
      startedAt,
      endedAt,
      startedBy,
      endReason,
      waitedMs: startedBy === "handoff" ? rng.int(15, 180) * 1000 : null,
    });
    b.activity.push(
      activity(b, rng, "lock", `${person.name} took ownership`, startedAt, { event: "granted", reason: startedBy, token }, person),
    );
    b.activity.push(
      activity(b, rng, "lock", `${person.name} released ownership`, endedAt, { event: "released", reason: endReason }, person),
    );
    b.customer.lockEpoch = token;
  });
}
