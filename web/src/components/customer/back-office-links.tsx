// Links out of the profile to the org's back-office screens Tandem does not cover (configured per
// org: org_links), filled from the customer's ids; each opens in a new tab.
import { For, Show } from "solid-js";
import { fillLink } from "../../../../core/domain/org-links";
import type { CustomerView } from "../../../../core/protocol/customer-answers";
import { session } from "../../lib/session";

export function BackOfficeLinks(props: { customer: CustomerView }) {
  const links = () =>
    (session.me()?.links ?? []).flatMap((link) => {
      const href = fillLink(link.urlTemplate, {
        customerId: props.customer.id,
        externalId: props.customer.externalId,
        loyaltyNumber: props.customer.loyaltyNumber,
      });
      return href ? [{ id: link.id, label: link.label, href }] : [];
    });
  return (
    <Show when={links().length > 0}>
      <nav class="back-office" aria-label="Back office">
        <span class="muted">Open in:</span>
        <For each={links()}>
          {(link) => (
            <a class="btn btn-small btn-ghost" href={link.href} target="_blank" rel="noopener noreferrer external">
              {link.label} ↗
            </a>
          )}
        </For>
      </nav>
    </Show>
  );
}
