// The customer's context beside the work on wide screens: how to reach them and what they prefer.
import { For, Show } from "solid-js";
import type { CustomerView } from "../../../../core/protocol/customer-answers";
import { SECTIONS } from "./profile-fields";

const CONTEXT = new Set(["Phone", "Email", "Address", "City", "State", "Preferred channel", "Preferred contact time", "Language"]);

export function ContactCard(props: { customer: CustomerView }) {
  const fields = () => SECTIONS.flatMap((s) => s.fields).filter((f) => CONTEXT.has(f.label) && f.read(props.customer));
  return (
    <section class="panel contact-card" aria-labelledby="contact-title">
      <h2 id="contact-title">Contact</h2>
      <Show when={fields().length > 0} fallback={<p class="muted">No contact details on file.</p>}>
        <dl class="facts facts-stacked">
          <For each={fields()}>
            {(field) => (
              <>
                <dt>{field.label}</dt>
                <dd classList={{ masked: field.masked?.(props.customer) }}>{field.read(props.customer)}</dd>
              </>
            )}
          </For>
        </dl>
      </Show>
    </section>
  );
}
