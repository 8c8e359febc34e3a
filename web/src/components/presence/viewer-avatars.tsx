// Who else is here: one avatar per colleague; tap one for name, role, state, device and since when.
import { createSignal, For, Show } from "solid-js";
import { ROLE_LABELS } from "../../../../core/domain/roles";
import type { ViewerView } from "../../../../core/protocol/room";
import { exactTime } from "../../lib/format";
import { Avatar } from "./avatar";

const STATE_LABEL = { viewing: "viewing", editing: "editing", away: "away" } as const;

export function ViewerAvatars(props: { viewers: ViewerView[]; me: string | null }) {
  const [open, setOpen] = createSignal<string | null>(null);
  const others = () => props.viewers.filter((v) => v.staffId !== props.me);
  const describe = (v: ViewerView) => `${v.name}, ${ROLE_LABELS[v.role]}, ${STATE_LABEL[v.state]} on ${v.device}`;
  return (
    <div class="viewers">
      <Show when={others().length > 0} fallback={<span class="viewers-alone">Only you</span>}>
        <ul class="viewer-list" aria-label="Also on this account" onKeyDown={(event) => event.key === "Escape" && setOpen(null)}>
          <For each={others()}>
            {(viewer) => (
              <li class="viewer">
                <button
                  type="button"
                  class="viewer-button"
                  aria-expanded={open() === viewer.staffId}
                  aria-label={describe(viewer)}
                  onClick={() => setOpen((id) => (id === viewer.staffId ? null : viewer.staffId))}
                >
                  <Avatar staffId={viewer.staffId} name={viewer.name} state={viewer.state} device={viewer.device} />
                </button>
                <Show when={open() === viewer.staffId}>
                  <div class="viewer-card" role="status">
                    <strong>{viewer.name}</strong>
                    <span>
                      {ROLE_LABELS[viewer.role]} · {STATE_LABEL[viewer.state]} on {viewer.device}
                    </span>
                    <span class="muted">Here since {exactTime(viewer.since)}</span>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
