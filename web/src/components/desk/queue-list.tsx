// The queue's rows: subject, who it concerns, priority, status, team, assignee and the SLA clock;
// breached rows stand out; a row that just arrived is marked until the next page.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { TicketRow } from "../../../../core/protocol/ticket-answers";
import { PRIORITY_LABELS, STATUS_LABELS, TEAM_LABELS } from "./labels";
import { SlaClock } from "./sla-clock";

export function QueueList(props: {
  rows: TicketRow[];
  offset: number;
  selected: string | null;
  fresh: ReadonlySet<string>;
  href: (id: string) => string;
}) {
  return (
    <ul class="ticket-list" aria-label="Tickets by SLA due">
      <For each={props.rows}>
        {(row) => (
          <li
            class="ticket-row"
            classList={{ "is-breached": row.breached, "is-selected": props.selected === row.id, "is-fresh": props.fresh.has(row.id) }}
            data-ticket={row.id}
          >
            <A href={props.href(row.id)} class="ticket-link" aria-current={props.selected === row.id ? "page" : undefined}>
              <span class="ticket-subject">{row.subject}</span>
              <span class="ticket-client">
                {row.client.name}
                <span class="hint"> · {row.client.kind === "merchant" ? "merchant" : "customer"}</span>
              </span>
              <span class="ticket-meta">
                <span class={`badge prio-${row.priority}`}>{PRIORITY_LABELS[row.priority]}</span>
                <span class={`badge status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
                <span class="badge">{TEAM_LABELS[row.team]}</span>
                <Show when={row.escalated}>
                  <span class="badge badge-warning">Escalated</span>
                </Show>
              </span>
              <span class="ticket-assignee hint">{row.assignee ? row.assignee.name : "Unassigned"}</span>
              <span class="ticket-sla">
                <SlaClock status={row.status} slaDueAt={row.slaDueAt} slaPausedAt={row.slaPausedAt} offset={props.offset} />
              </span>
            </A>
          </li>
        )}
      </For>
    </ul>
  );
}
