// Tabs with the keyboard behaviour people expect: arrows move between tabs, Home/End jump, the
// panel follows. On phones the tab row scrolls sideways.
import { createEffect, For, type JSX, onCleanup } from "solid-js";
import { uid } from "../../lib/ids";

export interface TabSpec<T extends string> {
  id: T;
  label: string;
}

export function Tabs<T extends string>(props: {
  label: string;
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect: (id: T) => void;
  children: JSX.Element;
}) {
  const prefix = uid("tabs");
  let list: HTMLDivElement | undefined;
  const focusTab = (index: number) => {
    const tabs = props.tabs;
    const next = tabs[(index + tabs.length) % tabs.length];
    if (!next) return;
    props.onSelect(next.id);
    list?.querySelector<HTMLButtonElement>(`#${prefix}-${next.id}`)?.focus();
  };
  // The selected tab is always in view, also when the page opens on one far along a scrolling row.
  // Measured in the next frame, when the browser lays the page out anyway: measuring now would
  // force an extra layout of a page still being built.
  let opening = true;
  createEffect(() => {
    const selected = props.selected;
    const first = props.tabs[0]?.id === selected;
    if (opening && first) return; // a new tab list starts scrolled to its first tab
    opening = false;
    const frame = requestAnimationFrame(() => {
      const tab = list?.querySelector<HTMLElement>(`#${prefix}-${selected}`);
      if (!list || !tab) return;
      const left = tab.offsetLeft - list.offsetLeft;
      if (left < list.scrollLeft || left + tab.offsetWidth > list.scrollLeft + list.clientWidth) list.scrollLeft = left - 16;
    });
    onCleanup(() => cancelAnimationFrame(frame));
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const index = props.tabs.findIndex((t) => t.id === props.selected);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: props.tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  };
  return (
    <div class="tabs">
      <div ref={list} class="tab-list" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
        <For each={props.tabs}>
          {(tab) => (
            <button
              type="button"
              role="tab"
              id={`${prefix}-${tab.id}`}
              class="tab"
              aria-selected={tab.id === props.selected}
              aria-controls={`${prefix}-panel`}
              tabindex={tab.id === props.selected ? 0 : -1}
              onClick={() => props.onSelect(tab.id)}
            >
              {tab.label}
            </button>
          )}
        </For>
      </div>
      <div class="tab-panel" role="tabpanel" id={`${prefix}-panel`} aria-labelledby={`${prefix}-${props.selected}`} tabindex={0}>
        {props.children}
      </div>
    </div>
  );
}
