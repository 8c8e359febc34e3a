// The org's people at a glance: who, role, team, whether they can sign in. A table on wide
// screens, stacked rows on phones; each row opens the edit flow.
import { For, Show } from "solid-js";
import { ROLE_LABELS, type Role } from "../../../../core/domain/roles";
import type { StaffMember } from "../../../../core/protocol/admin-answers";

const roleLabel = (role: string) => ROLE_LABELS[role as Role] ?? role;

export function StaffList(props: { staff: StaffMember[]; meId: string; onEdit: (person: StaffMember) => void }) {
  return (
    <table class="admin-table">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Role</th>
          <th scope="col">Team</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.staff}>
          {(person) => (
            <tr classList={{ "is-disabled": person.status === "disabled" }}>
              <th scope="row" data-label="Person">
                <span class="admin-name">{person.name}</span>
                <span class="muted admin-email">{person.email}</span>
              </th>
              <td data-label="Role">{roleLabel(person.role)}</td>
              <td data-label="Team">{person.teamName ?? <span class="muted">No team</span>}</td>
              <td data-label="Status">
                <span class={`badge ${person.status === "active" ? "badge-success" : "badge-danger"}`}>
                  {person.status === "active" ? "Active" : "Disabled"}
                </span>
                <Show when={person.sso}>
                  <span class="badge admin-sso" title="Has signed in with single sign-on">
                    SSO
                  </span>
                </Show>
              </td>
              <td class="admin-actions">
                <button type="button" class="btn" onClick={() => props.onEdit(person)} aria-label={`Edit ${person.name}`}>
                  {person.id === props.meId ? "Edit (you)" : "Edit"}
                </button>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
