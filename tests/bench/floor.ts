// Floor fan-in: many customer rooms report presence changes into one team's floor room; a lead's
// dashboard socket measures when each change shows up in a coalesced floor-delta.
import { FLOOR_COALESCE_MS } from "../../core/protocol/floor";
import type { BenchConfig } from "./config";
import { type Figure, figure, latencyTarget } from "./report";
import { openRoomSocket, type RoomContext } from "./rooms";
import { summarize, tail } from "./stats";
import { BENCH_TEAM, roomHeaders } from "./support/app";
import { sleep } from "./support/process";
import { BenchSocket, closeAll, type Frame, openMany } from "./support/socket";

/** Consecutive changes differ and a combination repeats only every sixth change, so a delta names one change. */
const COMBOS = [
  { state: "away", device: "phone" },
  { state: "viewing", device: "tablet" },
  { state: "away", device: "desktop" },
  { state: "viewing", device: "phone" },
  { state: "away", device: "tablet" },
  { state: "viewing", device: "desktop" },
] as const;

interface Sent {
  combo: number;
  at: number;
}

interface FloorViewer {
  staffId?: string;
  state?: string;
  device?: string;
}

export async function runFloor(
  ctx: RoomContext,
  config: BenchConfig,
  leadCookie: string,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const { rooms, perSecond, seconds } = config.floor;
  process.stdout.write(`  floor fan-in: ${rooms} rooms x ${perSecond} events/s into one floor room\n`);
  const lead = await BenchSocket.open(`${ctx.app.wsBase}/parties/floor-room/${BENCH_TEAM}`, roomHeaders(ctx.app, leadCookie), {
    until: (f) => f.type === "floor-state",
  });
  const customers = Array.from({ length: rooms }, () => ctx.takeCustomer());
  const reps = ctx.app.benchReps;
  const staffOf = (k: number) => ctx.app.benchStaffIds[k % reps.length] ?? "";
  const sockets = await openMany(rooms, (k) => openRoomSocket(ctx, customers[k] ?? "", reps[k % reps.length] ?? ""), 4);
  const pending = new Map<string, Sent[]>();
  const latencies: number[] = [];
  let deltas = 0;
  let upserts = 0;
  lead.onFrame((frame: Frame, at) => {
    if (frame.type !== "floor-delta" || !Array.isArray(frame.upserts)) return;
    deltas++;
    for (const entry of frame.upserts as { customerId?: string; viewers?: FloorViewer[] }[]) {
      upserts++;
      const k = customers.indexOf(entry.customerId ?? "");
      const sent = pending.get(entry.customerId ?? "");
      const viewer = entry.viewers?.find((v) => v.staffId === staffOf(k));
      if (!sent || !viewer) continue;
      const combo = COMBOS.findIndex((c) => c.state === viewer.state && c.device === viewer.device);
      // The newest change with this combination, and every earlier one it supersedes, are delivered.
      const last = sent.map((s) => s.combo).lastIndexOf(combo);
      if (last < 0) continue;
      for (const s of sent.splice(0, last + 1)) latencies.push(at - s.at);
    }
  });
  // For context: when each change comes back to its own socket as the room's presence frame, the
  // customer room's share of the delivery time (its coalescing window included).
  const echoPending = new Map<number, Sent[]>();
  const echoes: number[] = [];
  for (const [k, socket] of sockets.entries()) {
    socket.onFrame((frame: Frame, at) => {
      if (frame.type !== "presence-delta" || !Array.isArray(frame.upserts)) return;
      const mine = (frame.upserts as FloorViewer[]).find((v) => v.staffId === staffOf(k));
      const sent = echoPending.get(k);
      if (!mine || !sent) return;
      const last = sent.map((x) => x.combo).lastIndexOf(COMBOS.findIndex((c) => c.state === mine.state && c.device === mine.device));
      if (last >= 0) for (const x of sent.splice(0, last + 1)) echoes.push(at - x.at);
    });
  }
  await sleep(1_500); // joins reach the floor first; they are not measured
  const events = Math.round(rooms * perSecond * seconds);
  const interval = 1000 / (rooms * perSecond);
  const counters = customers.map(() => 0);
  const started = performance.now();
  for (let e = 0; e < events; e++) {
    const wait = started + e * interval - performance.now();
    if (wait > 0) await sleep(wait);
    const k = e % rooms;
    const socket = sockets[k];
    const customer = customers[k] ?? "";
    const count = (counters[k] ?? 0) + 1;
    counters[k] = count;
    const combo = count % COMBOS.length;
    const c = COMBOS[combo];
    if (!socket || !c) continue;
    const list = pending.get(customer) ?? [];
    const sentAt = performance.now();
    list.push({ combo, at: sentAt });
    pending.set(customer, list);
    echoPending.set(k, [...(echoPending.get(k) ?? []), { combo, at: sentAt }]);
    socket.send({ type: "presence-update", v: 1, state: c.state, device: c.device });
  }
  const elapsed = (performance.now() - started) / 1000;
  const drainUntil = performance.now() + 5_000;
  const open = () => [...pending.values()].reduce((sum, list) => sum + list.length, 0);
  while (open() > 0 && performance.now() < drainUntil) await sleep(20);
  const lost = open();
  await closeAll([...sockets, lead]);
  const delivery = summarize(latencies);
  const errors = { count: lost, of: events, ...(lost > 0 ? { kinds: { "not delivered within 5 s after the run": lost } } : {}) };
  const t = tail(delivery);
  const p99 = figure({
    family: "floor",
    name: `floor delivery ${t.label} (${rooms} rooms x ${perSecond}/s, lead subscribed)`,
    value: t.value,
    unit: "ms",
    errors,
    baseline: { name: "coalescing window (FLOOR_COALESCE_MS)", value: FLOOR_COALESCE_MS },
  });
  p99.target = latencyTarget(312, p99.value, lost, events);
  const p50 = figure({
    family: "floor",
    name: "floor delivery p50",
    value: delivery.p50,
    unit: "ms",
    errors,
    baseline: { name: "coalescing window (FLOOR_COALESCE_MS)", value: FLOOR_COALESCE_MS },
  });
  const rate = figure({
    family: "floor",
    name: "floor deltas per second at the lead",
    value: deltas / elapsed,
    unit: "deltas/s",
    errors,
    note: `${(upserts / Math.max(1, deltas)).toFixed(1)} upserts per delta; ${(events / elapsed).toFixed(0)} changes/s offered`,
  });
  const echo = summarize(echoes);
  const echoTail = tail(echo);
  const roomShare = figure({
    family: "floor",
    name: `room presence echo ${echoTail.label}, for context (change -> the room's frame at its own socket)`,
    value: echoTail.value,
    unit: "ms",
    errors: { count: events - echo.n, of: events },
    note: `p50 ${echo.p50.toFixed(0)} ms; a room with more than 10 sockets coalesces presence for 25 ms`,
  });
  return {
    figures: [p50, p99, rate, roomShare],
    details: { floor: { delivery, echo, lost, deltas, upserts, events, elapsedS: elapsed } },
  };
}
