// One note: a rep's own words stand out; automatic and system notes read as records.
import { Show } from "solid-js";
import type { NoteItem } from "../../../../core/protocol/activity-answers";
import { titleCase } from "../../lib/format";
import { RelativeTime } from "../common/relative-time";
import { GearIcon } from "../customer-icons";

export function NoteRow(props: { note: NoteItem; fresh?: boolean }) {
  const automatic = () => props.note.kind !== "manual";
  return (
    <li class="note" classList={{ "note-auto": automatic(), "is-new": props.fresh }}>
      <div class="note-head">
        <Show when={automatic()} fallback={<strong>{props.note.author?.name ?? "Unknown"}</strong>}>
          <span class="note-auto-label">
            <GearIcon /> {props.note.kind === "automatic" ? "Automatic" : "System"}
          </span>
        </Show>
        <Show when={!automatic() && props.note.category !== "general"}>
          <span class="badge badge-neutral">{titleCase(props.note.category)}</span>
        </Show>
        <RelativeTime at={props.note.createdAt} class="time note-time" />
      </div>
      <p class="note-text">{props.note.text}</p>
      <Show when={props.note.editedAt}>
        <p class="note-meta muted">Edited</p>
      </Show>
    </li>
  );
}
