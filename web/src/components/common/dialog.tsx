// A modal task flow: a bottom sheet on phones, a dialog on larger screens (native <dialog>, so
// focus stays inside and Escape cancels). Closing keeps whatever the caller keeps (drafts).
import { createEffect, type JSX, onCleanup } from "solid-js";
import { uid } from "../../lib/ids";
import { CloseIcon } from "../customer-icons";
import "../../styles/common.css";

export function Dialog(props: { open: boolean; title: string; onClose: () => void; children: JSX.Element; labelId?: string }) {
  let ref: HTMLDialogElement | undefined;
  const titleId = props.labelId ?? uid("dialog");
  createEffect(() => {
    if (!ref) return;
    if (props.open && !ref.open) ref.showModal();
    if (!props.open && ref.open) ref.close();
  });
  onCleanup(() => ref?.open && ref.close());
  return (
    <dialog ref={ref} class="dialog" aria-labelledby={titleId} onClose={() => props.open && props.onClose()}>
      <div class="dialog-body">
        <header class="dialog-head">
          <h2 id={titleId}>{props.title}</h2>
          <button type="button" class="btn btn-ghost icon-btn" aria-label="Close" onClick={() => props.onClose()}>
            <CloseIcon />
          </button>
        </header>
        {props.children}
      </div>
    </dialog>
  );
}
