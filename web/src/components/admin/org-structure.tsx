// Regions and their teams (org -> region -> team): add, rename, move a team to another region.
import { createEffect, createSignal, For, Show } from "solid-js";
import type { Region, Team } from "../../../../core/protocol/admin-answers";
import { adminApi } from "../../lib/admin-api";
import { Dialog } from "../common/dialog";
import { ErrorPanel } from "../common/error-panel";

type Editing = { kind: "region"; region: Region | null } | { kind: "team"; team: Team | null; regionId: string } | null;

export function OrgStructure(props: { regions: Region[]; onChanged: (message: string) => void }) {
  const [editing, setEditing] = createSignal<Editing>(null);
  const [name, setName] = createSignal("");
  const [regionId, setRegionId] = createSignal("");
  const [error, setError] = createSignal<unknown>(null);

  createEffect(() => {
    const e = editing();
    if (!e) return;
    setError(null);
    setName(e.kind === "region" ? (e.region?.name ?? "") : (e.team?.name ?? ""));
    setRegionId(e.kind === "team" ? e.regionId : "");
  });

  async function save(event: SubmitEvent) {
    event.preventDefault();
    const e = editing();
    if (!e) return;
    try {
      if (e.kind === "region") await (e.region ? adminApi.renameRegion(e.region.id, name()) : adminApi.createRegion(name()));
      else
        await (e.team ? adminApi.updateTeam(e.team.id, { name: name(), regionId: regionId() }) : adminApi.createTeam(name(), regionId()));
      setEditing(null);
      props.onChanged(`Saved ${e.kind} ${name()}`);
    } catch (err) {
      setError(err);
    }
  }

  const title = () => {
    const e = editing();
    if (!e) return "";
    if (e.kind === "region") return e.region ? `Rename ${e.region.name}` : "Add a region";
    return e.team ? `Edit team ${e.team.name}` : "Add a team";
  };

  return (
    <section class="panel admin-org" aria-labelledby="org-heading">
      <div class="admin-section-head">
        <h2 id="org-heading">Regions and teams</h2>
        <button type="button" class="btn" onClick={() => setEditing({ kind: "region", region: null })}>
          Add region
        </button>
      </div>
      <ul class="admin-regions">
        <For each={props.regions}>
          {(region) => (
            <li class="admin-region">
              <div class="admin-region-head">
                <h3>{region.name}</h3>
                <button
                  type="button"
                  class="btn btn-ghost"
                  onClick={() => setEditing({ kind: "region", region })}
                  aria-label={`Rename region ${region.name}`}
                >
                  Rename
                </button>
                <button
                  type="button"
                  class="btn btn-ghost"
                  onClick={() => setEditing({ kind: "team", team: null, regionId: region.id })}
                  aria-label={`Add a team to ${region.name}`}
                >
                  Add team
                </button>
              </div>
              <Show when={region.teams.length > 0} fallback={<p class="muted">No teams yet.</p>}>
                <ul class="admin-teams">
                  <For each={region.teams}>
                    {(team) => (
                      <li>
                        <span>{team.name}</span>
                        <button
                          type="button"
                          class="btn btn-ghost"
                          onClick={() => setEditing({ kind: "team", team, regionId: team.regionId })}
                          aria-label={`Edit team ${team.name}`}
                        >
                          Edit
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Dialog open={editing() !== null} title={title()} onClose={() => setEditing(null)}>
        <form class="admin-form" onSubmit={save}>
          <div class="field">
            <label for="org-name">Name</label>
            <input id="org-name" required maxLength={100} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <Show when={editing()?.kind === "team"}>
            <div class="field">
              <label for="org-region">Region</label>
              <select id="org-region" value={regionId()} onChange={(e) => setRegionId(e.currentTarget.value)}>
                <For each={props.regions}>{(r) => <option value={r.id}>{r.name}</option>}</For>
              </select>
            </div>
          </Show>
          <Show when={error()}>{(e) => <ErrorPanel error={e()} title="Not saved" />}</Show>
          <div class="dialog-actions">
            <button type="button" class="btn" onClick={() => setEditing(null)}>
              Cancel
            </button>
            <button type="submit" class="btn btn-primary">
              Save
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
