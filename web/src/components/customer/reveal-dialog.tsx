// Reveal one masked field in full: the reason is required, saved as the rep's note and audited.
import { ReasonDialog } from "../common/reason-dialog";

export function RevealDialog(props: { label: string | null; onClose: () => void; onSubmit: (reason: string) => Promise<void> }) {
  return (
    <ReasonDialog
      open={props.label !== null}
      title={`Reveal ${props.label ?? ""}`}
      missing="Say why you need to see it; the reason is saved as your note and audited."
      submitLabel="Reveal"
      onClose={props.onClose}
      onSubmit={props.onSubmit}
    >
      <p>The full value shows on this screen for one minute. Every reveal is recorded with your reason.</p>
    </ReasonDialog>
  );
}
