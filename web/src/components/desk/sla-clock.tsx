// A ticket's SLA clock: time left (or how late), ticking every second on the server's clock; paused
// while the ticket waits on the client; nothing once it is resolved.
import { createSignal, onCleanup, Show } from "solid-js";
import { isActive, slaRemaining, type TicketStatus } from "../../../../core/domain/tickets";

const [tick, setTick] = createSignal(Date.now());
let timer: number | undefined;
let users = 0;
function useTick(): () => number {
  users++;
  timer ??= window.setInterval(() => setTick(Date.now()), 1_000);
  onCleanup(() => {
    users--;
    if (users === 0 && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
    }
  });
  return tick;
}

function span(ms: number): string {
  const abs = Math.abs(ms);
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  const s = Math.floor((abs % 60_000) / 1000);
  if (h >= 24) return `${Math.floor(h / 24)} d ${h % 24} h`;
  if (h > 0) return `${h} h ${m} min`;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/** `offset`: server time minus this browser's, from the answer that carried the ticket. */
export function SlaClock(props: { status: TicketStatus; slaDueAt: number; slaPausedAt: number | null; offset: number }) {
  const now = useTick();
  const left = () => slaRemaining({ status: props.status, slaDueAt: props.slaDueAt, slaPausedAt: props.slaPausedAt }, now() + props.offset);
  const state = () =>
    !isActive(props.status)
      ? "done"
      : left() <= 0
        ? "breached"
        : props.slaPausedAt !== null
          ? "paused"
          : left() < 3_600_000
            ? "soon"
            : "ok";
  return (
    <Show when={state() !== "done"} fallback={<span class="sla-clock sla-done">—</span>}>
      <span class={`sla-clock sla-${state()}`} role="timer" aria-label={`SLA ${state() === "breached" ? "breached" : "time left"}`}>
        {state() === "breached" ? `${span(left())} late` : state() === "paused" ? `Paused · ${span(left())} left` : `${span(left())} left`}
      </span>
    </Show>
  );
}
