// A merchant's account: its profile and its live room (who is here, who owns it, every change as it
// happens), worked exactly like a customer's.
import { useParams } from "@solidjs/router";
import { createEffect, Match, on, onCleanup, Show, Switch } from "solid-js";
import * as v from "valibot";
import { MerchantViewSchema } from "../../../core/protocol/merchant-view";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { MerchantWorkspace } from "../components/merchants/merchant-workspace";
import { ApiError } from "../lib/api";
import { createMerchantRoom } from "../lib/merchant-room";
import { createMerchantStore } from "../lib/merchant-store";
import { useTitle } from "../lib/title";
import "../styles/customer.css";
import "../styles/customer-panels.css";
import "../styles/customer-layouts.css";
import "../styles/order-forms.css";
import "../styles/merchants.css";

function MerchantScreen(props: { id: string }) {
  const room = createMerchantRoom(props.id);
  const store = createMerchantStore(props.id);
  // The tab names the merchant, as a customer's names the customer.
  useTitle(() => store.profile()?.merchant.name ?? "Merchant");
  let reloadTimer: number | undefined;
  // Several changes in a burst become one reload; the merchant's own row arrives whole and needs none.
  const reloadSoon = () => {
    window.clearTimeout(reloadTimer);
    reloadTimer = window.setTimeout(() => void store.reload(), 150);
  };
  const off = room.onFrame((frame) => {
    if (frame.type === "merchant-updated") {
      const merchant = v.safeParse(MerchantViewSchema, frame.merchant);
      // A merchant in a shape this screen does not know: read the profile again rather than trust it.
      if (merchant.success) store.updated(merchant.output);
      else reloadSoon();
    }
    if (frame.type === "record-changed" && frame.record !== "note") reloadSoon();
  });
  createEffect(on(room.resyncs, (n) => n > 0 && reloadSoon(), { defer: true }));
  onCleanup(() => {
    off();
    window.clearTimeout(reloadTimer);
    room.close();
  });
  const notFound = () => {
    const error = store.error();
    return error instanceof ApiError && error.code === "NOT_FOUND";
  };
  return (
    <Switch>
      <Match when={store.profile()}>{(profile) => <MerchantWorkspace profile={profile()} store={store} room={room} />}</Match>
      <Match when={store.error()}>
        <ErrorPanel
          error={store.error()}
          title={notFound() ? "No such merchant" : "The merchant could not be loaded"}
          onRetry={() => void store.reload()}
        />
      </Match>
      <Match when={true}>
        <SkeletonRows rows={4} label="Loading the merchant" />
      </Match>
    </Switch>
  );
}

export default function Merchant() {
  const params = useParams();
  return (
    <Show when={params.id} keyed>
      {(id) => <MerchantScreen id={id} />}
    </Show>
  );
}
