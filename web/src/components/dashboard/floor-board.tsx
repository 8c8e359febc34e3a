// The live floor board: one row per active account, grouped by the rep who owns or views it.
import { A } from "@solidjs/router";
import { createMemo, For, type JSX, Show } from "solid-js";
import type { FloorEntry } from "../../../../core/protocol/floor";
import { exactTime } from "../../lib/format";
import { agoLabel, createClock, durationLabel } from "../../lib/time";
import { DesktopIcon, PhoneIcon, TabletIcon } from "../icons";

interface BoardRow {
  customerId: string;
  customerName: string;
  role: "owner" | "viewer";
  since: number;
  idleSince: number | null;
  device: "phone" | "tablet" | "desktop";
  state: string;
  handoffPending: boolean;
}

const DEVICE_ICON: Record<BoardRow["device"], () => JSX.Element> = { phone: PhoneIcon, tablet: TabletIcon, desktop: DesktopIcon };

/** Rows per person of this team: owned accounts first, then accounts they only view. */
function groupByRep(entries: readonly FloorEntry[], teamId: string) {
  const reps = new Map<string, { name: string; rows: BoardRow[] }>();
  const add = (staffId: string, name: string, row: BoardRow) => {
    const rep = reps.get(staffId) ?? { name, rows: [] };
    rep.rows.push(row);
    reps.set(staffId, rep);
  };
  for (const e of entries) {
    const base = { customerId: e.customerId, customerName: e.customerName, handoffPending: e.handoffPending };
    if (e.owner && e.owner.teamId === teamId) {
      const live = e.viewers.find((v) => v.staffId === e.owner?.staffId);
      add(e.owner.staffId, e.owner.name, {
        ...base,
        role: "owner",
        since: e.owner.since,
        idleSince: e.owner.lastActivityAt,
        device: e.owner.device,
        state: live ? live.state : "disconnected",
      });
    }
    for (const viewer of e.viewers) {
      if (viewer.teamId !== teamId || viewer.staffId === e.owner?.staffId) continue;
      add(viewer.staffId, viewer.name, {
        ...base,
        role: "viewer",
        since: viewer.since,
        idleSince: null,
        device: viewer.device,
        state: viewer.state,
      });
    }
  }
  return [...reps.entries()]
    .map(([staffId, rep]) => ({
      staffId,
      name: rep.name,
      rows: rep.rows.sort((a, b) => (a.role === b.role ? a.since - b.since : a.role === "owner" ? -1 : 1)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function FloorBoard(props: { entries: FloorEntry[]; teamId: string; status: string }) {
  const now = createClock(5_000);
  const groups = createMemo(() => groupByRep(props.entries, props.teamId));
  return (
    <section class="card floor-board" aria-labelledby="floor-title">
      <header class="section-head">
        <h2 id="floor-title">Who is on which account</h2>
        <span class={`live-dot live-${props.status}`} role="status">
          {props.status === "live" ? "Live" : props.status === "refused" ? "Not allowed" : "Reconnecting…"}
        </span>
      </header>
      <Show
        when={groups().length > 0}
        fallback={<p class="empty">Nobody on this team has an account open right now. Accounts appear here the moment a rep opens one.</p>}
      >
        <div class="table-scroll">
          <table class="board-table" data-testid="floor-board">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">Account</th>
                <th scope="col">Since</th>
                <th scope="col">Idle</th>
                <th scope="col">Device</th>
              </tr>
            </thead>
            <tbody>
              <For each={groups()}>
                {(group) => (
                  <For each={group.rows}>
                    {(row, i) => (
                      <tr class={row.role === "owner" ? "row-owner" : "row-viewer"} data-customer={row.customerId} data-rep={group.staffId}>
                        <th scope="row">{i() === 0 ? group.name : <span class="visually-hidden">{group.name}</span>}</th>
                        <td>
                          <A href={`/customers/${row.customerId}`}>{row.customerName}</A>{" "}
                          <span class={`badge ${row.role === "owner" ? "badge-success" : ""}`}>
                            {row.role === "owner" ? "Owns" : row.state}
                          </span>
                          <Show when={row.handoffPending}>
                            {" "}
                            <span class="badge badge-warning">Handoff asked</span>
                          </Show>
                        </td>
                        <td class="num" title={exactTime(row.since)}>
                          {durationLabel(now() - row.since)}
                        </td>
                        <td class="num">{row.idleSince !== null ? agoLabel(row.idleSince, now()) : "—"}</td>
                        <td>
                          <span class="device" title={row.device}>
                            {DEVICE_ICON[row.device]()}
                            <span class="visually-hidden">{row.device}</span>
                          </span>
                        </td>
                      </tr>
                    )}
                  </For>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
