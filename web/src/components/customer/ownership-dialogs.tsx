// The two ownership flows that need words: a lead's takeover (reason required) and a handoff
// request (an optional message to the owner).
import type { ErrorCode } from "../../../../core/protocol/errors";
import { ApiError } from "../../lib/api";
import type { CommandResult } from "../../lib/room";
import { ReasonDialog } from "../common/reason-dialog";

/** A refused room command, as the dialog shows any refusal: message and code. */
async function settled(result: Promise<CommandResult>): Promise<void> {
  const answer = await result;
  if (!answer.ok) throw new ApiError(0, answer.code as ErrorCode, answer.message);
}

export function TakeoverDialog(props: {
  open: boolean;
  owner: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<CommandResult>;
}) {
  return (
    <ReasonDialog
      open={props.open}
      title={`Take over from ${props.owner}`}
      hint={`${props.owner} is told at once, with this reason. It is saved as your note.`}
      missing="A reason is required; it is saved as your note."
      submitLabel="Take over"
      onClose={props.onClose}
      onSubmit={async (reason) => {
        await settled(props.onSubmit(reason));
        props.onClose();
      }}
    />
  );
}

export function HandoffDialog(props: {
  open: boolean;
  owner: string;
  onClose: () => void;
  onSubmit: (message?: string) => Promise<CommandResult>;
}) {
  return (
    <ReasonDialog
      open={props.open}
      title={`Ask ${props.owner} for a handoff`}
      label="Message (optional)"
      hint="The owner can hand the account over or keep it."
      submitLabel="Ask"
      onClose={props.onClose}
      onSubmit={async (message) => {
        await settled(props.onSubmit(message || undefined));
        props.onClose();
      }}
    />
  );
}
