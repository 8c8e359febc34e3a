// The client's signing page: public (no staff sign-in), reached from the link Tandem texted or
// emailed them. It shows the agreement, sends a one-time code to the phone or email on file (so only
// the holder of those can sign), takes the code, a typed name and consent, and says plainly when the
// link is spent.
import { useParams } from "@solidjs/router";
import { createResource, createSignal, For, Match, Show, Switch } from "solid-js";
import { errorParts } from "../components/common/error-panel";
import { AgreementDocument } from "../components/orders/agreement-document";
import { exactTime } from "../lib/format";
import { signingApi } from "../lib/signing-api";
import "../styles/customer.css";
import "../styles/common.css";
import "../styles/order-forms.css";
import "../styles/signing.css";
import { useTitle } from "../lib/title";

export default function Sign() {
  useTitle(() => "Your agreement");
  const params = useParams();
  const [agreement, { refetch }] = createResource(
    () => params.token,
    (token) => signingApi.load(token),
  );
  const [name, setName] = createSignal("");
  const [consent, setConsent] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [signed, setSigned] = createSignal<{ orderNumber: string; signedAt: number } | null>(null);
  const [code, setCode] = createSignal("");
  const [codeSent, setCodeSent] = createSignal<{ to: string } | null>(null);

  async function askForCode(channel: "sms" | "email") {
    setBusy(true);
    setError(null);
    try {
      setCodeSent(await signingApi.requestCode(params.token ?? "", channel));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSigned(await signingApi.sign(params.token ?? "", { typedName: name(), consent: consent(), code: code().trim() }));
    } catch (caught) {
      setError(caught);
      void refetch();
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="sign-page">
      <p class="sign-brand">
        <span class="brand-mark" aria-hidden="true">
          T
        </span>{" "}
        Secure signing
      </p>
      <Switch>
        <Match when={signed()}>
          {(done) => (
            <section class="panel sign-done" role="status">
              <h1>Thank you, it is signed</h1>
              <p>
                Order {done().orderNumber} was signed on {exactTime(done().signedAt)}. Your representative sees it now; you can close this
                page.
              </p>
            </section>
          )}
        </Match>
        <Match when={agreement.error}>
          <section class="panel" role="alert">
            <h1>This link does not work</h1>
            <p>{errorParts(agreement.error).message}</p>
          </section>
        </Match>
        <Match when={agreement()?.state !== "open" ? agreement() : null}>
          {(a) => (
            <section class="panel" role="alert">
              <h1>{a().state === "used" ? "Already signed" : "This link cannot be used"}</h1>
              <p>{a().message}</p>
            </section>
          )}
        </Match>
        <Match when={agreement()?.document}>
          {(doc) => (
            <>
              <AgreementDocument document={doc()} />
              <form class="panel sign-form" onSubmit={(e) => void submit(e)}>
                <fieldset class="field">
                  <legend>1. Get your signing code</legend>
                  <p class="hint">So only you can sign, we send a one-time code to the phone or email we have on file.</p>
                  <div class="code-channels">
                    <For each={agreement()?.contacts ?? []}>
                      {(contact) => (
                        <button type="button" class="btn" disabled={busy()} onClick={() => void askForCode(contact.channel)}>
                          {contact.channel === "sms" ? "Text" : "Email"} a code to {contact.to}
                        </button>
                      )}
                    </For>
                  </div>
                  <Show when={codeSent()}>{(sent) => <p role="status">Code sent to {sent().to}. It works for 10 minutes.</p>}</Show>
                </fieldset>
                <div class="field">
                  <label for="signing-code">2. Code from the message</label>
                  <input
                    id="signing-code"
                    inputmode="numeric"
                    autocomplete="one-time-code"
                    pattern="[0-9]{6}"
                    maxLength={6}
                    required
                    value={code()}
                    onInput={(e) => setCode(e.currentTarget.value)}
                  />
                </div>
                <div class="field">
                  <label for="typed-name">3. Type your full legal name to sign</label>
                  <input id="typed-name" autocomplete="name" required value={name()} onInput={(e) => setName(e.currentTarget.value)} />
                </div>
                <label class="choice consent">
                  <input type="checkbox" checked={consent()} onChange={(e) => setConsent(e.currentTarget.checked)} />
                  {agreement()?.consentText}
                </label>
                <Show when={error()}>
                  {(e) => (
                    <p class="notice notice-error" role="alert">
                      {errorParts(e()).message}
                    </p>
                  )}
                </Show>
                <button
                  type="submit"
                  class="btn btn-primary"
                  disabled={busy() || !consent() || name().trim().length < 2 || !/^\d{6}$/.test(code().trim())}
                >
                  {busy() ? "Signing…" : "Sign agreement"}
                </button>
                <p class="hash">
                  Document fingerprint (SHA-256) <code>{agreement()?.documentSha256}</code>
                </p>
              </form>
            </>
          )}
        </Match>
        <Match when={true}>
          <div class="skeleton skeleton-320" aria-busy="true" />
        </Match>
      </Switch>
    </main>
  );
}
