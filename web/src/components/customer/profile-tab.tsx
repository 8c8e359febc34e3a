// Profile: basic info, attributes and communication preferences. Empty fields stay out of the way
// until edit mode; editing needs ownership, and saving carries the rep's note.
import { createSignal, For, Match, onCleanup, Show, Switch } from "solid-js";
import type { CustomerView } from "../../../../core/protocol/customer-answers";
import { customersApi } from "../../lib/customers-api";
import { firstName, formatCents } from "../../lib/format";

import type { CustomerRoom } from "../../lib/room";
import { session } from "../../lib/session";
import { LockIcon } from "../customer-icons";
import { SyncBadge } from "../integrations/sync-badge";
import { ProfileEditForm } from "./profile-edit-form";
import { type FieldSpec, SECTIONS } from "./profile-fields";
import { RevealDialog } from "./reveal-dialog";

const REVEAL_SHOWN_MS = 60_000;

/** A saved change comes back through the room (`customer-updated`) to this screen and every other one. */
export function ProfileTab(props: { customer: CustomerView; room: CustomerRoom }) {
  const [editing, setEditing] = createSignal(false);
  const room = props.room;
  const mine = () => !!room.myLock();
  const owner = () => room.owner();
  const enterEdit = (on: boolean) => {
    setEditing(on);
    room.setEditing("profile", on);
  };
  onCleanup(() => room.setEditing("profile", false));

  // Revealed values live in this component only, and only for a minute.
  const [revealed, setRevealed] = createSignal<Partial<Record<string, string>>>({});
  const [revealing, setRevealing] = createSignal<FieldSpec | null>(null);
  const timers: ReturnType<typeof setTimeout>[] = [];
  onCleanup(() => timers.forEach(clearTimeout));
  const reveal = async (reason: string) => {
    const field = revealing()?.pii;
    if (!field) return;
    const { value } = await customersApi.reveal(props.customer.id, field, reason);
    const text = field === "monthlyIncomeCents" ? `${formatCents(Number(value))} a month` : value;
    setRevealed((all) => ({ ...all, [field]: text }));
    setRevealing(null);
    timers.push(setTimeout(() => setRevealed(({ [field]: _gone, ...rest }) => rest), REVEAL_SHOWN_MS));
  };

  return (
    <div class="profile">
      <div class="edit-gate">
        <Show when={!editing()}>
          <button type="button" class="btn btn-primary" disabled={!mine()} aria-describedby="edit-gate-why" onClick={() => enterEdit(true)}>
            Edit profile
          </button>
        </Show>
        <Switch>
          <Match when={mine()}>
            <p id="edit-gate-why" class="gate-text">
              You own this account{editing() ? ": changes are saved with your note." : "."}
            </p>
          </Match>
          <Match when={owner()}>
            {(o) => (
              <p id="edit-gate-why" class="gate-text gate-locked">
                <LockIcon /> Read only: owned by {firstName(o().name)}. Ask for a handoff to edit.
              </p>
            )}
          </Match>
          <Match when={!owner()}>
            <p id="edit-gate-why" class="gate-text gate-locked">
              <LockIcon /> Read only until you take ownership.
              <Show when={session.can("lock.acquire")}>
                {" "}
                <button type="button" class="btn" disabled={room.status() !== "open"} onClick={() => void room.requestLock()}>
                  Take ownership
                </button>
              </Show>
            </p>
          </Match>
        </Switch>
        {/* Where the profile's changes stand with the back ends. Here, not in the header: it loads
            after the profile, and a badge arriving in the header moved the first screen. */}
        <SyncBadge recordType="customer" recordId={props.customer.id} />
      </div>
      <Show
        when={editing()}
        fallback={
          <For each={SECTIONS}>
            {(section) => (
              <section class="profile-section">
                <h3>{section.title}</h3>
                <dl class="facts">
                  <For each={section.fields.filter((f) => f.read(props.customer))}>
                    {(field) => {
                      const shown = () => (field.pii ? revealed()[field.pii] : undefined);
                      return (
                        <>
                          <dt>{field.label}</dt>
                          <dd>
                            <span classList={{ masked: field.masked?.(props.customer) && shown() === undefined }}>
                              {shown() ?? field.read(props.customer)}
                            </span>
                            <Show when={field.pii && props.customer.pii[field.pii]?.revealable && shown() === undefined}>
                              {" "}
                              <button type="button" class="btn btn-ghost reveal-button" onClick={() => setRevealing(field)}>
                                Reveal<span class="visually-hidden"> {field.label}</span>
                              </button>
                            </Show>
                          </dd>
                        </>
                      );
                    }}
                  </For>
                </dl>
              </section>
            )}
          </For>
        }
      >
        <ProfileEditForm customer={props.customer} room={room} onDone={() => enterEdit(false)} />
      </Show>
      <RevealDialog label={revealing()?.label ?? null} onClose={() => setRevealing(null)} onSubmit={reveal} />
    </div>
  );
}
