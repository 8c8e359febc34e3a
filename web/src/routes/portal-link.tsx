// A sign-in link from the portal's email: on open, it posts its single-use token (a mail scanner
// that only fetches the page spends nothing) and, signed in, goes to the portal's home.
import { useNavigate, useParams } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { PortalSignIn } from "../components/portal/portal-sign-in";
import { ApiError } from "../lib/api";
import { portalAuth, portalSession } from "../lib/portal-api";
import { useTitle } from "../lib/title";
import "../styles/sign-in.css";
import "../styles/portal.css";

export default function PortalLink() {
  useTitle(() => "Signing in");
  const params = useParams<{ token: string }>();
  const navigate = useNavigate();
  const [failed, setFailed] = createSignal<string | null>(null);
  onMount(async () => {
    try {
      await portalAuth.openLink(params.token);
      await portalSession.reload();
      navigate("/portal", { replace: true });
    } catch (error) {
      setFailed(error instanceof ApiError ? error.message : "This sign-in link did not work");
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
      {(reason) => <PortalSignIn notice={`${reason()}. Ask for a new code below.`} />}
    </Show>
  );
}
