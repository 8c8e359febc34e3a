// Every mutation command the customer room runs, by type.
import type { MutationCommand, MutationType } from "../../core/protocol/commands";
import { noteAdd } from "./note-add";
import { noteEdit } from "./note-edit";
import { piiReveal } from "./pii-reveal";
import { profileUpdate } from "./profile-update";
import { promptDismiss } from "./prompt-dismiss";
import type { CommandHandler } from "./types";

type HandlerMap = { [T in MutationType]: CommandHandler<Extract<MutationCommand, { type: T }>> };

export const COMMAND_HANDLERS: HandlerMap = {
  "note.add": noteAdd,
  "profile.update": profileUpdate,
  "pii.reveal": piiReveal,
  "note.edit": noteEdit,
  "prompt.dismiss": promptDismiss,
};

export function handlerFor<C extends MutationCommand>(command: C): CommandHandler<C> {
  return COMMAND_HANDLERS[command.type] as CommandHandler<C>;
}
