// Prompts that guide the call, at the top of the profile. Dismissing one needs a reason, which is
// recorded as the rep's note; every open screen hides it.
import { createMemo, createSignal, For, Show } from "solid-js";
import { type PromptKind, promptsFor, visiblePrompts } from "../../../../core/domain/prompts";
import type { Profile } from "../../../../core/protocol/customer-answers";
import { customersApi } from "../../lib/customers-api";
import { orgToday } from "../../lib/format";
import { session } from "../../lib/session";
import { AlertIcon, InfoIcon, LeaseIcon, LoanIcon } from "../customer-icons";
import { DismissPromptDialog } from "./dismiss-prompt-dialog";

const ICONS = { danger: AlertIcon, warning: AlertIcon, info: InfoIcon, loan: LoanIcon, lease: LeaseIcon } as const;

/** Each prompt folds to its title (the most urgent one open), so the profile is not all prompts. */
export function PromptList(props: { profile: Profile; onDismissed: (promptId: PromptKind, at: number) => void }) {
  const [dismissing, setDismissing] = createSignal<PromptKind | null>(null);
  const prompts = createMemo(() =>
    visiblePrompts(
      promptsFor({
        identityVerified: props.profile.customer.identityVerified,
        leases: props.profile.leases,
        loans: props.profile.loans,
        promises: props.profile.promises,
        today: orgToday(),
      }),
      props.profile.dismissals,
      Date.now(),
    ),
  );
  const title = () => prompts().find((p) => p.id === dismissing())?.title ?? "";
  return (
    <Show when={prompts().length > 0}>
      <section class="prompts" aria-label="Call prompts">
        <ul class="prompt-list">
          <For each={prompts()}>
            {(prompt) => {
              const Icon = ICONS[prompt.tone];
              const first = prompts()[0]?.id === prompt.id;
              return (
                <li class={`prompt prompt-${prompt.tone}`}>
                  <Icon />
                  <details class="prompt-text" open={first}>
                    <summary>
                      <strong>{prompt.title}</strong>
                    </summary>
                    <p>{prompt.body}</p>
                  </details>
                  <Show when={session.can("prompt.dismiss")}>
                    <button
                      type="button"
                      class="btn btn-ghost prompt-dismiss"
                      aria-label={`Dismiss: ${prompt.title}`}
                      onClick={() => setDismissing(prompt.id)}
                    >
                      Dismiss
                    </button>
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
        <DismissPromptDialog
          open={dismissing() !== null}
          title={title()}
          onClose={() => setDismissing(null)}
          onSubmit={async (reason) => {
            const id = dismissing();
            if (!id) return;
            await customersApi.dismissPrompt(props.profile.customer.id, id, reason);
            props.onDismissed(id, Date.now());
            setDismissing(null);
          }}
        />
      </section>
    </Show>
  );
}
