// The promo lockout: whether the customer can use promo codes now, why not, until when, and the
// reset a rep makes on the call (ownership and a note, like every change; live on every screen).
import { createSignal, Show } from "solid-js";
import type { LockoutView } from "../../../../core/protocol/engagement-answers";
import { exactTime, firstName } from "../../lib/format";
import { loyaltyApi } from "../../lib/loyalty-api";
import { RelativeTime } from "../common/relative-time";
import { CommandSheet } from "../orders/command-sheet";
import { StatusBadge } from "./loaded";

export function LockoutCard(props: {
  customerId: string;
  lockout: LockoutView;
  lockToken: number | null;
  ownerName: string | null;
  onReset: () => void;
}) {
  const [open, setOpen] = createSignal(false);
  const l = () => props.lockout;
  const readOnly = () =>
    props.lockToken !== null
      ? null
      : props.ownerName
        ? `Owned by ${firstName(props.ownerName)}: ask for a handoff to reset the lockout.`
        : "Take ownership to reset the lockout.";
  return (
    <section class="fact-card lockout-card" classList={{ "is-locked": l().locked }} aria-labelledby="lockout-title" aria-live="polite">
      <h3 id="lockout-title">Promo lockout</h3>
      <Show
        when={l().locked}
        fallback={
          <>
            <p class="lockout-state">
              <StatusBadge tone="success">Not locked</StatusBadge> Promo codes work for this customer.
            </p>
            <Show when={l().resetAt !== null && l().resetBy}>
              <p class="fact-sub">
                Last lockout reset by {l().resetBy} <RelativeTime at={l().resetAt ?? 0} />.
              </p>
            </Show>
            <Show when={l().resetAt === null && l().lockedAt !== null}>
              <p class="fact-sub">
                Last locked <RelativeTime at={l().lockedAt ?? 0} />; it ended on its own.
              </p>
            </Show>
            <Show when={l().recentFailures > 0}>
              <p class="fact-sub">
                {l().recentFailures} failed {l().recentFailures === 1 ? "claim" : "claims"} in the last {l().rule.windowMinutes} minutes.
              </p>
            </Show>
          </>
        }
      >
        <p class="lockout-state">
          <StatusBadge tone="danger">Locked</StatusBadge> Promo codes are refused for this customer.
        </p>
        <p class="fact-sub">
          Locked <RelativeTime at={l().lockedAt ?? 0} /> after {l().rule.failures} failed claims within {l().rule.windowMinutes} minutes;
          unlocks on its own <span title={exactTime(l().lockedUntil ?? 0)}>{exactTime(l().lockedUntil ?? 0)}</span>.
        </p>
        <div class="lockout-actions">
          <button type="button" class="btn btn-primary" disabled={props.lockToken === null} onClick={() => setOpen(true)}>
            Reset lockout
          </button>
          <Show when={readOnly()}>{(text) => <p class="hint read-only-hint">{text()}</p>}</Show>
        </div>
      </Show>
      <p class="fact-sub">
        Rule: {l().rule.failures} failed claims within {l().rule.windowMinutes} minutes lock promo codes for {l().rule.lockHours} hours.
      </p>
      <CommandSheet
        open={open()}
        title="Reset the promo lockout"
        submitLabel="Reset lockout"
        lockToken={props.lockToken}
        onClose={() => setOpen(false)}
        notePlaceholder="Why: what the customer tried, how you verified them"
        run={(owned) => loyaltyApi.resetLockout(props.customerId, owned)}
        onDone={() => {
          props.onReset();
          return false;
        }}
      >
        <p>The customer can claim promo codes again at once. The reset is saved with your note and shows on every open screen.</p>
      </CommandSheet>
    </section>
  );
}
