// What would be here, and how to get it.
import type { JSX } from "solid-js";
import "../../styles/common.css";

export function EmptyState(props: { title: string; children?: JSX.Element }) {
  return (
    <div class="empty-state">
      <p class="empty-title">{props.title}</p>
      {props.children}
    </div>
  );
}
