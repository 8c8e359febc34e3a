// Add a person, or change one: name, role, team, and whether they may sign in. Changing access
// signs the person out everywhere at once, and the form says so before saving.
import { createEffect, createSignal, For, Show } from "solid-js";
import { ROLE_LABELS, ROLES } from "../../../../core/domain/roles";
import type { Region, StaffMember } from "../../../../core/protocol/admin-answers";
import { adminApi } from "../../lib/admin-api";
import { ApiError } from "../../lib/api";
import { Dialog } from "../common/dialog";
import { ErrorPanel } from "../common/error-panel";

export function StaffDialog(props: {
  open: boolean;
  person: StaffMember | null;
  self: boolean;
  regions: Region[];
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const [email, setEmail] = createSignal("");
  const [name, setName] = createSignal("");
  const [role, setRole] = createSignal("rep");
  const [teamId, setTeamId] = createSignal("");
  const [active, setActive] = createSignal(true);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);

  createEffect(() => {
    if (!props.open) return;
    const p = props.person;
    setEmail(p?.email ?? "");
    setName(p?.name ?? "");
    setRole(p?.role ?? "rep");
    setTeamId(p?.teamId ?? "");
    setActive(p ? p.status === "active" : true);
    setError(null);
  });

  const accessChanges = () => {
    const p = props.person;
    return !!p && (p.role !== role() || (p.teamId ?? "") !== teamId() || (p.status === "active") !== active());
  };
  const fieldError = (path: string) =>
    error() instanceof ApiError
      ? ((error() as ApiError).details as { path: string; message: string }[] | undefined)?.find((d) => d.path === path)?.message
      : undefined;

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const team = teamId() || null;
      if (props.person) {
        const result = await adminApi.updateStaff(props.person.id, {
          name: name(),
          role: role(),
          teamId: team,
          status: active() ? "active" : "disabled",
        });
        props.onSaved(
          result.changed.length
            ? `Saved ${name()}${result.socketsClosed ? `; ${result.socketsClosed} open screen(s) closed` : ""}`
            : "Nothing to change",
        );
      } else {
        await adminApi.createStaff({ email: email(), name: name(), role: role(), teamId: team });
        props.onSaved(`Added ${name()}`);
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={props.open} title={props.person ? `Edit ${props.person.name}` : "Add a person"} onClose={props.onClose}>
      <form class="admin-form" onSubmit={save}>
        <div class="field">
          <label for="staff-email">Work email</label>
          <input
            id="staff-email"
            type="email"
            required
            autocomplete="off"
            value={email()}
            disabled={!!props.person}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
          <Show when={fieldError("email")}>{(m) => <span class="field-error">{m()}</span>}</Show>
        </div>
        <div class="field">
          <label for="staff-name">Name</label>
          <input id="staff-name" required maxLength={100} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="staff-role">Role</label>
          <select id="staff-role" value={role()} disabled={props.self} onChange={(e) => setRole(e.currentTarget.value)}>
            <For each={ROLES}>{(r) => <option value={r}>{ROLE_LABELS[r]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="staff-team">Team</label>
          <select id="staff-team" value={teamId()} onChange={(e) => setTeamId(e.currentTarget.value)}>
            <option value="">No team</option>
            <For each={props.regions}>
              {(region) => (
                <optgroup label={region.name}>
                  <For each={region.teams}>{(team) => <option value={team.id}>{team.name}</option>}</For>
                </optgroup>
              )}
            </For>
          </select>
        </div>
        <Show when={props.person}>
          <label class="admin-check">
            <input type="checkbox" checked={active()} disabled={props.self} onChange={(e) => setActive(e.currentTarget.checked)} />
            May sign in (active)
          </label>
        </Show>
        <Show when={props.self}>
          <p class="hint">You cannot change your own role or disable yourself; another admin can.</p>
        </Show>
        <Show when={accessChanges()}>
          <p class="notice notice-warning" role="status">
            Saving signs {props.person?.name} out on every device and closes their open accounts, so the new access applies at once.
          </p>
        </Show>
        <Show when={error()}>{(e) => <ErrorPanel error={e()} title="Not saved" />}</Show>
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={busy()}>
            {props.person ? "Save changes" : "Add person"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
