// What is waiting for the team right now; each counter opens the matching list.
import { A } from "@solidjs/router";
import { For } from "solid-js";
import type { Dashboard } from "../../../../core/protocol/dashboard-answers";

/** The dashboard's queues, plus the handoff requests the live floor counts. */
export type QueueCounts = Dashboard["queues"] & { handoffRequests: number };

export function QueueCounters(props: { counts: QueueCounts | undefined }) {
  const items = () => [
    { key: "callbacks", label: "Callbacks due today", value: props.counts?.callbacksDue, href: "/search?list=callbacks" },
    { key: "attention", label: "Orders needing attention", value: props.counts?.ordersNeedingAttention, href: "/orders?view=attention" },
    { key: "pastdue", label: "Past-due accounts", value: props.counts?.pastDue, href: "/search?list=past-due" },
    { key: "handoffs", label: "Handoff requests", value: props.counts?.handoffRequests, href: "#floor-title" },
  ];
  return (
    <ul class="queue-counters" aria-label="Queues">
      <For each={items()}>
        {(item) => (
          <li>
            <A class="counter card" href={item.href} data-queue={item.key}>
              <span class="counter-value num">{item.value ?? "–"}</span>
              <span class="counter-label">{item.label}</span>
            </A>
          </li>
        )}
      </For>
    </ul>
  );
}
