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
