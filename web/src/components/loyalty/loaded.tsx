// A section's three states in one place: its skeleton while loading, its error with a retry, and
// then its content (kept on screen while it reloads, so a live update never blanks it).
import { type Accessor, type JSX, Match, type Resource, Switch } from "solid-js";
import type { CustomerRoom } from "../../lib/room";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";

/** `children` gets the value as an accessor: a reload updates what is on screen in place (open details, a chosen store stay). */
export function Loaded<T>(props: { data: Resource<T>; what: string; onRetry: () => void; children: (value: Accessor<T>) => JSX.Element }) {
  return (
    <Switch>
      <Match when={props.data.error && !props.data.latest}>
        <ErrorPanel error={props.data.error} title={`${props.what} could not be loaded`} onRetry={props.onRetry} />
      </Match>
      <Match when={props.data.latest}>{(value) => props.children(value)}</Match>
      <Match when={true}>
        <SkeletonRows rows={3} label={`Loading ${props.what.toLowerCase()}`} />
      </Match>
    </Switch>
  );
}

/** A status as a badge whose colour says good, attention, or bad. */
export function StatusBadge(props: { tone: "success" | "warning" | "danger" | "neutral"; children: JSX.Element }) {
  return <span class={props.tone === "neutral" ? "badge badge-neutral" : `badge badge-${props.tone}`}>{props.children}</span>;
}

export const points = (n: number) => n.toLocaleString("en-US");

/** What every loyalty section is given: whose data, and the room that says when it changed. */
export interface SectionProps {
  customerId: string;
  room: CustomerRoom;
}
