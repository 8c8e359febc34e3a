// Who is in a customer's room: per connection, folded into one entry per person.
import type { DeviceClass, Role } from "./roles";

export type PresenceState = "viewing" | "editing" | "away";

export interface ConnectionPresence {
  connectionId: string;
  staffId: string;
  name: string;
  role: Role;
  teamId: string | null;
  device: DeviceClass;
  state: PresenceState;
  /** When this connection joined. */
  since: number;
  /** When this connection last changed state. */
  changedAt: number;
}

export interface Viewer {
  staffId: string;
  name: string;
  role: Role;
  teamId: string | null;
  device: DeviceClass;
  state: PresenceState;
  since: number;
  connections: number;
}

const ENGAGEMENT: Record<PresenceState, number> = { editing: 2, viewing: 1, away: 0 };

/**
 * One entry per person, however many tabs or devices: the most engaged state wins, the device
 * is the one they touched last, and "since" is when they first arrived.
 */
export function foldViewers(connections: readonly ConnectionPresence[]): Viewer[] {
  const byStaff = new Map<string, { viewer: Viewer; lastChange: number }>();
  for (const c of connections) {
    const seen = byStaff.get(c.staffId);
    if (!seen) {
      byStaff.set(c.staffId, {
        viewer: {
          staffId: c.staffId,
          name: c.name,
          role: c.role,
          teamId: c.teamId,
          device: c.device,
          state: c.state,
          since: c.since,
          connections: 1,
        },
        lastChange: c.changedAt,
      });
      continue;
    }
    const v = seen.viewer;
    v.connections += 1;
    v.since = Math.min(v.since, c.since);
    if (ENGAGEMENT[c.state] > ENGAGEMENT[v.state]) v.state = c.state;
    if (c.changedAt > seen.lastChange) {
      v.device = c.device;
      seen.lastChange = c.changedAt;
    }
  }
  return [...byStaff.values()].map((s) => s.viewer).sort((a, b) => a.since - b.since || a.staffId.localeCompare(b.staffId));
}

/** Whether two folded lists differ in anything a viewer would see. */
export function viewersChanged(before: readonly Viewer[], after: readonly Viewer[]): boolean {
  if (before.length !== after.length) return true;
  return before.some((b, i) => {
    const a = after[i];
    return !a || a.staffId !== b.staffId || a.state !== b.state || a.device !== b.device;
  });
}

export function applyPresenceState(
  c: ConnectionPresence,
  state: PresenceState,
  device: DeviceClass | undefined,
  now: number,
): ConnectionPresence {
  return { ...c, state, device: device ?? c.device, changedAt: now };
}

/** One person as the room's sockets see them; compared whole, keyed by `staffId`. */
interface ShownPerson {
  staffId: string;
  since: number;
}

export interface PresenceDelta<T extends ShownPerson> {
  /** People who arrived or changed (state, device), in full. */
  upserts: T[];
  /** People who left, by staffId. */
  removals: string[];
}

/** What changed between two lists of people: a crowd's join costs one entry, not the whole room. */
export function presenceDelta<T extends ShownPerson>(before: readonly T[], after: readonly T[]): PresenceDelta<T> {
  const was = new Map(before.map((p) => [p.staffId, JSON.stringify(p)]));
  const upserts = after.filter((p) => was.get(p.staffId) !== JSON.stringify(p));
  const staying = new Set(after.map((p) => p.staffId));
  const removals = before.filter((p) => !staying.has(p.staffId)).map((p) => p.staffId);
  return { upserts, removals };
}

/**
 * The list after a delta, in the room's order (earliest arrival first). Applying a delta twice, or
 * one that a fresher full list already contains, changes nothing: a socket may get both.
 */
export function applyPresenceDelta<T extends ShownPerson>(current: readonly T[], delta: PresenceDelta<T>): T[] {
  const byStaff = new Map(current.map((p) => [p.staffId, p]));
  for (const staffId of delta.removals) byStaff.delete(staffId);
  for (const person of delta.upserts) byStaff.set(person.staffId, person);
  return [...byStaff.values()].sort((a, b) => a.since - b.since || a.staffId.localeCompare(b.staffId));
}
