// The monitor's filters (process, team, days in the org's time zone), kept in the URL so a view can be shared.
import { For, Show } from "solid-js";
import type { Monitor } from "../../../../core/protocol/monitor-answers";

export interface FilterValues {
  process: string;
  team: string;
  from: string;
  to: string;
}

export function MonitorFilters(props: {
  data: Monitor | undefined;
  values: FilterValues;
  onChange: (change: Partial<FilterValues>) => void;
}) {
  return (
    <form class="filters monitor-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label class="field">
        <span class="label">Process</span>
        <select name="process" onChange={(e) => props.onChange({ process: e.currentTarget.value })}>
          <For each={props.data?.processes ?? []}>
            {(p) => (
              <option value={p.id} selected={p.id === (props.values.process || props.data?.process?.id)}>
                {p.name}
              </option>
            )}
          </For>
        </select>
      </label>
      <label class="field">
        <span class="label">Team</span>
        <select name="team" onChange={(e) => props.onChange({ team: e.currentTarget.value })}>
          <Show when={(props.data?.teams.length ?? 0) > 1}>
            <option value="" selected={!props.data?.selectedTeam}>
              All teams
            </option>
          </Show>
          <For each={props.data?.teams ?? []}>
            {(t) => (
              <option value={t.id} selected={t.id === props.data?.selectedTeam}>
                {t.name}
              </option>
            )}
          </For>
        </select>
      </label>
      <label class="field">
        <span class="label">From</span>
        <input
          type="date"
          name="from"
          value={props.values.from || props.data?.range.from || ""}
          onChange={(e) => props.onChange({ from: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span class="label">To</span>
        <input
          type="date"
          name="to"
          value={props.values.to || props.data?.range.to || ""}
          onChange={(e) => props.onChange({ to: e.currentTarget.value })}
        />
      </label>
    </form>
  );
}
