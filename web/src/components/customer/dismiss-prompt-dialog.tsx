// Why a prompt does not apply to this call: the reason is saved as the rep's note.
import { ReasonDialog } from "../common/reason-dialog";

export function DismissPromptDialog(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  return (
    <ReasonDialog
      open={props.open}
      title="Dismiss prompt"
      missing="Say why this prompt does not apply; it is saved as your note."
      submitLabel="Dismiss prompt"
      onClose={props.onClose}
      onSubmit={props.onSubmit}
    >
      <p>
        <strong>{props.title}</strong>
      </p>
    </ReasonDialog>
  );
}
