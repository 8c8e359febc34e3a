// "3 min ago", kept fresh, with the exact time on hover and for screen readers.
import { createRoot, createSignal } from "solid-js";
import { exactTime, relativeTime } from "../../lib/format";

// One shared ticker for every relative time on screen.
const tick = createRoot(() => {
  const [now, setNow] = createSignal(Date.now());
  window.setInterval(() => setNow(Date.now()), 30_000);
  return now;
});

export function RelativeTime(props: { at: number; class?: string }) {
  return (
    <time class={props.class ?? "time"} datetime={new Date(props.at).toISOString()} title={exactTime(props.at)}>
      {relativeTime(props.at, tick())}
    </time>
  );
}
