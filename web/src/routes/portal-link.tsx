// A sign-in link from the portal's email: on open, it asks whether the link still signs in (a used
// or expired one is then a message, not a failed request), posts its single-use token (a mail
// scanner that only fetches the page spends nothing) and, signed in, goes to the portal's home.
import { useNavigate, useParams } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { PortalSignIn } from "../components/portal/portal-sign-in";
import { ApiError } from "../lib/api";
import { portalAuth, portalSession } from "../lib/portal-api";
import { useTitle } from "../lib/title";
import "../styles/sign-in.css";
import "../styles/portal.css";

/** What the page says of a link that will not sign in; the form to ask for a code is right below. */
const NOTICES = {
  used: "This sign-in link was already used. Ask for a new code below.",
  expired: "This sign-in link has expired. Ask for a new code below.",
  invalid: "This sign-in link is not valid. Ask for a new code below.",
} as const;

export default function PortalLink() {
  useTitle(() => "Signing in");
  const params = useParams<{ token: string }>();
  const navigate = useNavigate();
  const [failed, setFailed] = createSignal<string | null>(null);
  onMount(async () => {
    try {
      const state = await portalAuth.checkLink(params.token);
      if (!state.usable) {
        setFailed(NOTICES[state.reason]);
        return;
      }
      await portalAuth.openLink(params.token);
      await portalSession.reload();
      navigate("/portal", { replace: true });
    } catch (error) {
      setFailed(`${error instanceof ApiError ? error.message : "This sign-in link did not work"}. Ask for a new code below.`);
    }
  });
  return (
    <Show
      when={failed()}
      fallback={
        <main class="sign-in" aria-busy="true">
          <p class="card">Signing you in…</p>
        </main>
      }
    >
      {(notice) => <PortalSignIn notice={notice()} />}
    </Show>
  );
}
