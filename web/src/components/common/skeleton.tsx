// Placeholders in the shape of what is loading (never a spinner over a blank page).
import { For } from "solid-js";
import "../../styles/common.css";

export function SkeletonRows(props: { rows?: number; label?: string }) {
  return (
    <div class="skeleton-rows" aria-busy="true">
      <span class="visually-hidden">{props.label ?? "Loading"}</span>
      <For each={Array.from({ length: props.rows ?? 3 })}>
        {() => (
          <div class="skeleton-row">
            <div class="skeleton skeleton-line-lg" />
            <div class="skeleton skeleton-line-sm" />
          </div>
        )}
      </For>
    </div>
  );
}
