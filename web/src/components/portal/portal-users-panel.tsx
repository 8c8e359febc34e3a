// The merchant profile's "Portal" tab in the console: who of the merchant's people use the merchant
// portal, inviting one (sales and admins: the invitation emails a one-time code and a sign-in link),
// and taking a person's access away or giving it back (portal-access.tsx).
import { createResource, createSignal, For, Show } from "solid-js";
import { ApiError } from "../../lib/api";
import { relativeTime } from "../../lib/format";
import { portalUsersApi } from "../../lib/portal-api";
import { session } from "../../lib/session";
import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { PortalAccess } from "./portal-access";
import "../../styles/portal.css";

const STATUS: Record<string, string> = { active: "badge-success", invited: "badge-warning", disabled: "" };

export function PortalUsersPanel(props: { merchantId: string }) {
  const [users, { refetch }] = createResource(
    () => props.merchantId,
    (id) => portalUsersApi.list(id),
  );
  const [email, setEmail] = createSignal("");
  const [name, setName] = createSignal("");
  const [role, setRole] = createSignal<"owner" | "staff">("staff");
  const [error, setError] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [changed, setChanged] = createSignal<string | null>(null);

  async function invite(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      const answer = await portalUsersApi.invite(props.merchantId, { email: email(), name: name(), role: role() });
      setSent(answer.user.email);
      setEmail("");
      setName("");
      await refetch();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The invitation could not be sent");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="merchant-panel portal-users-panel">
      <div class="panel-head">
        <h2>Merchant portal</h2>
      </div>
      <Show when={!users.error} fallback={<ErrorPanel error={users.error} onRetry={() => void refetch()} />}>
        <Show when={users()} fallback={<SkeletonRows rows={2} label="Loading portal users" />}>
          <Show when={changed()}>
            <p class="notice" role="status">
              {changed()}
            </p>
          </Show>
          <Show when={(users()?.items.length ?? 0) > 0} fallback={<EmptyState title="Nobody uses the portal yet" />}>
            <ul class="request-list" aria-label="Portal users">
              <For each={users()?.items}>
                {(u) => (
                  <li class="card">
                    <div class="request-head">
                      <strong>{u.name}</strong>
                      <span class={`badge ${STATUS[u.status] ?? ""}`}>{u.status}</span>
                    </div>
                    <p class="muted">
                      {u.role} · {u.email} · {u.lastSignInAt ? `signed in ${relativeTime(u.lastSignInAt)}` : "never signed in"}
                    </p>
                    <Show when={session.can("merchant.edit")}>
                      <PortalAccess
                        merchantId={props.merchantId}
                        user={u}
                        onChanged={(message) => {
                          setChanged(message);
                          void refetch();
                        }}
                      />
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </Show>
      <Show when={session.can("merchant.edit")}>
        <form class="card portal-invite" onSubmit={(e) => void invite(e)} aria-label="Invite to the portal">
          <h3>Invite someone</h3>
          <div class="field">
            <label for="invite-name">Name</label>
            <input id="invite-name" required maxLength={120} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="invite-email">Email</label>
            <input id="invite-email" type="email" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="invite-role">Role</label>
            <select id="invite-role" value={role()} onChange={(e) => setRole(e.currentTarget.value === "owner" ? "owner" : "staff")}>
              <option value="staff">Staff</option>
              <option value="owner">Owner</option>
            </select>
          </div>
          <Show when={error()}>
            <p class="notice notice-error" role="alert">
              {error()}
            </p>
          </Show>
          <Show when={sent()}>
            <p class="notice" role="status">
              Invitation sent to {sent()}: a one-time code and a sign-in link.
            </p>
          </Show>
          <button type="submit" class="btn btn-primary" disabled={busy()}>
            Send the invitation
          </button>
        </form>
      </Show>
    </div>
  );
}
