// prompt.dismiss: a rep hides a call prompt, giving a reason. It is a note, so it needs no ownership.
import type * as v from "valibot";
import { PROMPT_TITLES } from "../../core/domain/prompts";
import type { PromptDismissCommandSchema } from "../../core/protocol/commands";
import type { CommandHandler } from "./types";

export const promptDismiss: CommandHandler<v.InferOutput<typeof PromptDismissCommandSchema>> = {
  permission: "prompt.dismiss",
  requiresOwnership: false,
  async plan(_ctx, command) {
    const title = PROMPT_TITLES[command.promptId];
    return {
      statements: [],
      note: { text: `Dismissed the prompt "${title}": ${command.reason}`, category: "compliance", action: "prompt.dismiss" },
      // The feed says which prompt; the reason lives in the note, which compliance reviews.
      activity: { kind: "system", summary: `Prompt dismissed: ${title}`, data: { promptId: command.promptId } },
      audit: { action: "prompt.dismiss", targetType: "prompt", targetId: command.promptId },
      reply: { promptId: command.promptId },
      recordsChanged: [{ record: "prompt", id: command.promptId }],
    };
  },
};
