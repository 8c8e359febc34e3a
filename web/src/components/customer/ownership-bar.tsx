// The signature element: who owns this account, for how long, and the one tap to take, release,
// ask for a handoff or (leads) take over. Counts down when ownership is about to end.
import { createMemo, createSignal, type JSX, Match, onCleanup, Show, Switch } from "solid-js";
import type { Permission } from "../../../../core/domain/permissions";
import { countdown, duration, firstName } from "../../lib/format";
import type { AccountRoom } from "../../lib/room";
import { session } from "../../lib/session";
import { LockIcon } from "../customer-icons";
import { ViewerAvatars } from "../presence/viewer-avatars";
import { ConnectionState } from "./connection-status";
import { HandoffDialog, TakeoverDialog } from "./ownership-dialogs";

/** Who may take ownership of this kind of account, and who may take it over (a customer's by default). */
export interface OwnershipPermissions {
  acquire: Permission;
  takeover: Permission;
}
const CUSTOMER_OWNERSHIP: OwnershipPermissions = { acquire: "lock.acquire", takeover: "lock.takeover" };

/** `presence`: show the connection state and colleagues' avatars in the bar (wide screens, where the bar stays in view). */
export function OwnershipBar(props: { room: AccountRoom; extra?: JSX.Element; presence?: boolean; permissions?: OwnershipPermissions }) {
  const permissions = () => props.permissions ?? CUSTOMER_OWNERSHIP;
  const room = props.room;
  const [now, setNow] = createSignal(room.now());
  const timer = window.setInterval(() => setNow(room.now()), 1_000);
  onCleanup(() => window.clearInterval(timer));
  const [dialog, setDialog] = createSignal<"takeover" | "handoff" | null>(null);

  const owner = () => room.owner();
  const mine = () => !!owner() && owner()?.staffId === room.me();
  const live = () => room.status() === "open";
  const busy = () => room.pending() !== null;
  const held = () => duration(now() - (owner()?.since ?? now()));
  const endsIn = createMemo(() => {
    const expiring = room.expiring();
    return expiring && owner() ? { left: countdown(expiring.at - now()), reason: expiring.reason } : null;
  });
  const askedByMe = () => room.handoff()?.from.staffId === room.me();
  const offlineHint = () => (live() ? undefined : "Waiting for the connection");

  return (
    <section class="ownership-bar" classList={{ "is-mine": mine(), "is-other": !!owner() && !mine() }} aria-label="Ownership">
      <p class="ownership-text" aria-live="polite">
        <LockIcon />
        <Switch>
          <Match when={!owner()}>
            <span>
              <strong>Available</strong>
            </span>
          </Match>
          <Match when={mine()}>
            <span>
              <strong>You own this</strong> · {held()}
              <Show when={endsIn()}>
                {(e) => (
                  <span class="countdown">
                    {e().reason === "idle" ? " · idle, ends in " : " · ends in "}
                    {e().left}
                  </span>
                )}
              </Show>
            </span>
          </Match>
          <Match when={owner()}>
            {(o) => (
              <span>
                <strong>
                  Owned by {firstName(o().name)} ({o().device})
                </strong>{" "}
                · {held()}
                <Show when={endsIn()}>
                  {(e) => (
                    <span class="countdown">
                      {" "}
                      · {e().reason === "idle" ? "idle" : "disconnected"}, ends in {e().left}
                    </span>
                  )}
                </Show>
              </span>
            )}
          </Match>
        </Switch>
      </p>
      <Show when={props.presence}>
        <div class="ownership-presence">
          <ConnectionState status={room.status()} />
          <ViewerAvatars viewers={room.viewers()} me={room.me()} />
        </div>
      </Show>
      <div class="ownership-actions">
        <Switch>
          <Match when={!owner()}>
            <Show when={session.can(permissions().acquire)} fallback={<span class="muted">Your role reads only</span>}>
              <button
                type="button"
                class="btn btn-primary"
                disabled={!live() || busy()}
                title={offlineHint()}
                onClick={() => void room.requestLock()}
              >
                Take ownership
              </button>
            </Show>
          </Match>
          <Match when={mine()}>
            <Show when={endsIn()?.reason === "idle"}>
              <button type="button" class="btn" onClick={() => room.stillHere()}>
                Keep it
              </button>
            </Show>
            <button type="button" class="btn" disabled={!live() || busy()} title={offlineHint()} onClick={() => void room.release()}>
              Release
            </button>
          </Match>
          <Match when={owner()}>
            <Show when={session.can(permissions().acquire)}>
              <button
                type="button"
                class="btn"
                disabled={!live() || busy() || askedByMe()}
                title={offlineHint()}
                onClick={() => setDialog("handoff")}
              >
                {askedByMe() ? "Handoff asked…" : "Ask for handoff"}
              </button>
            </Show>
            <Show when={session.can(permissions().takeover)}>
              <button
                type="button"
                class="btn btn-danger"
                disabled={!live() || busy()}
                title={offlineHint()}
                onClick={() => setDialog("takeover")}
              >
                Take over
              </button>
            </Show>
          </Match>
        </Switch>
        {props.extra}
      </div>
      <TakeoverDialog open={dialog() === "takeover"} owner={owner()?.name ?? ""} onClose={() => setDialog(null)} onSubmit={room.takeover} />
      <HandoffDialog open={dialog() === "handoff"} owner={owner()?.name ?? ""} onClose={() => setDialog(null)} onSubmit={room.askHandoff} />
    </section>
  );
}
