// Admin: the org's people (roles, teams, who may sign in) and its regions and teams. Every
// change is audited on the server; this screen only asks and shows.
import { createResource, createSignal, Show } from "solid-js";
import type { StaffMember } from "../../../core/protocol/admin-answers";
import { OrgStructure } from "../components/admin/org-structure";
import { StaffDialog } from "../components/admin/staff-dialog";
import { StaffList } from "../components/admin/staff-list";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { adminApi } from "../lib/admin-api";
import { session } from "../lib/session";
import "../styles/admin.css";
import { useTitle } from "../lib/title";

export default function Admin() {
  useTitle(() => "Admin");
  const allowed = () => session.can("staff.manage");
  const [staff, { refetch: reloadStaff }] = createResource(allowed, () => adminApi.staff());
  const [regions, { refetch: reloadOrg }] = createResource(allowed, () => adminApi.org());
  const [editing, setEditing] = createSignal<StaffMember | null>(null);
  const [adding, setAdding] = createSignal(false);
  const [message, setMessage] = createSignal<string | null>(null);

  const saved = (text: string) => {
    setEditing(null);
    setAdding(false);
    setMessage(text);
    void reloadStaff();
    void reloadOrg();
  };

  return (
    <Show
      when={allowed()}
      fallback={
        <EmptyState title="Admins only">
          <p class="muted">Managing staff, roles and teams needs the admin role. Ask an admin if something needs changing.</p>
        </EmptyState>
      }
    >
      <div class="admin-page">
        <header class="admin-head">
          <div>
            <h1>Staff and teams</h1>
            <p class="muted">{session.me()?.org.name}. Every change here is recorded in the audit log.</p>
          </div>
          <button type="button" class="btn btn-primary" onClick={() => setAdding(true)}>
            Add person
          </button>
        </header>
        <p class="notice admin-message" role="status" aria-live="polite" hidden={!message()}>
          {message()}
        </p>
        <section class="panel" aria-labelledby="people-heading">
          <h2 id="people-heading">People</h2>
          <Show when={!staff.error} fallback={<ErrorPanel error={staff.error} onRetry={() => void reloadStaff()} />}>
            <Show when={staff()} fallback={<SkeletonRows rows={6} label="Loading staff" />}>
              {(list) => <StaffList staff={list()} meId={session.me()?.id ?? ""} onEdit={setEditing} />}
            </Show>
          </Show>
        </section>
        <Show when={regions()} fallback={<SkeletonRows rows={3} label="Loading teams" />}>
          {(list) => <OrgStructure regions={list()} onChanged={saved} />}
        </Show>
        <StaffDialog
          open={adding() || editing() !== null}
          person={editing()}
          self={editing()?.id === session.me()?.id}
          regions={regions() ?? []}
          onClose={() => {
            setEditing(null);
            setAdding(false);
          }}
          onSaved={saved}
        />
      </div>
    </Show>
  );
}
