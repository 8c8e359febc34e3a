// Devices (digital properties): what the customer uses the app on, so a rep can tell an unsupported
// phone, an old app or notifications turned off. The install id is identity PII: masked, and
// revealable (with a reason, audited) only by roles allowed to.
import { createSignal, For, Show } from "solid-js";
import type { DeviceList } from "../../../../core/protocol/engagement-answers";
import { loyaltyApi } from "../../lib/loyalty-api";
import { createLoyaltyResource } from "../../lib/loyalty-live";
import { EmptyState } from "../common/empty-state";
import { RelativeTime } from "../common/relative-time";
import { RevealDialog } from "../customer/reveal-dialog";
import { Loaded, type SectionProps, StatusBadge } from "./loaded";

type Device = DeviceList["items"][number];
const PLATFORMS = { ios: "iPhone app", android: "Android app", web: "Website" } as const;

export function DevicesSection(props: SectionProps) {
  const { data, reload } = createLoyaltyResource(props.room, () => loyaltyApi.devices(props.customerId));
  const [revealing, setRevealing] = createSignal<Device | null>(null);
  const [shown, setShown] = createSignal<Record<string, string>>({});
  const reveal = async (reason: string) => {
    const device = revealing();
    if (!device) return;
    const answer = await loyaltyApi.revealDevice(props.customerId, device.id, reason);
    setShown((s) => ({ ...s, [device.id]: answer.value }));
    setRevealing(null);
    // Shown for one minute, like every reveal.
    window.setTimeout(() => setShown(({ [device.id]: _gone, ...rest }) => rest), 60_000);
  };
  return (
    <Loaded data={data} what="Devices" onRetry={reload}>
      {(d) => (
        <Show
          when={d().items.length > 0}
          fallback={<EmptyState title="No devices">Phones and browsers the customer signs in from show here.</EmptyState>}
        >
          <ul class="loyalty-list" aria-label="Devices">
            <For each={d().items}>
              {(device) => (
                <li class="loyalty-row">
                  <div class="row-main">
                    <strong class="row-title">{device.model}</strong>
                    <span class="muted">{PLATFORMS[device.platform]}</span>
                    <StatusBadge tone={device.notifications ? "success" : "warning"}>
                      {device.notifications ? "Notifications on" : "Notifications off"}
                    </StatusBadge>
                  </div>
                  <dl class="facts device-facts">
                    <dt>OS</dt>
                    <dd>{device.osVersion}</dd>
                    <dt>App version</dt>
                    <dd>{device.appVersion ?? "— (browser)"}</dd>
                    <dt>Screen</dt>
                    <dd class="num">{device.screen.replace("x", " × ")}</dd>
                    <dt>Last seen</dt>
                    <dd>
                      <RelativeTime at={device.lastSeenAt} />
                    </dd>
                    <Show when={device.deviceId}>
                      {(id) => (
                        <>
                          <dt>Device id</dt>
                          <dd>
                            <span class="masked">{shown()[device.id] ?? id().value}</span>
                            <Show when={id().revealable && !shown()[device.id]}>
                              <button type="button" class="btn btn-ghost reveal-button" onClick={() => setRevealing(device)}>
                                Reveal
                              </button>
                            </Show>
                          </dd>
                        </>
                      )}
                    </Show>
                  </dl>
                </li>
              )}
            </For>
          </ul>
          <RevealDialog label={revealing() ? "the device id" : null} onClose={() => setRevealing(null)} onSubmit={reveal} />
        </Show>
      )}
    </Loaded>
  );
}
