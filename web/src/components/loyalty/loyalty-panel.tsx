// The Loyalty tab of the customer screen (seed 002's customers module): one row of sections, each
// loaded when opened and kept live by the room. The section is in the URL (`?tab=loyalty&section=`).
import { useSearchParams } from "@solidjs/router";
import { createMemo, type JSX, Match, Switch } from "solid-js";
import type { CustomerView } from "../../../../core/protocol/customer-answers";
import type { CustomerRoom } from "../../lib/room";
import { type TabSpec, Tabs } from "../common/tabs";
import { CampaignsSection } from "./campaigns-section";
import { DevicesSection } from "./devices-section";
import { IncentivesSection } from "./incentives-section";
import { LocationsSection } from "./locations-section";
import { PromosSection } from "./promos-section";
import { RewardsSection } from "./rewards-section";
import { TagsSection } from "./tags-section";
import { TierSection } from "./tier-section";
import "../../styles/loyalty.css";

export type SectionId = "tier" | "campaigns" | "incentives" | "rewards" | "promos" | "tags" | "devices" | "locations";
export const SECTIONS: TabSpec<SectionId>[] = [
  { id: "tier", label: "Tier & metrics" },
  { id: "campaigns", label: "Campaigns" },
  { id: "incentives", label: "Incentives" },
  { id: "rewards", label: "Rewards" },
  { id: "promos", label: "Promo codes" },
  { id: "tags", label: "Tags" },
  { id: "devices", label: "Devices" },
  { id: "locations", label: "Locations" },
];

export function LoyaltyPanel(props: { customer: CustomerView; room: CustomerRoom; lockToken: number | null; ownerName: string | null }) {
  const [params, setParams] = useSearchParams();
  const section = createMemo<SectionId>(() => SECTIONS.find((s) => s.id === params.section)?.id ?? "tier");
  const select = (id: SectionId) => setParams({ section: id === "tier" ? undefined : id }, { replace: true });
  const base = { customerId: props.customer.id, room: props.room };
  const body = (id: SectionId): JSX.Element => (
    <Switch>
      <Match when={id === "tier"}>
        <TierSection {...base} />
      </Match>
      <Match when={id === "campaigns"}>
        <CampaignsSection {...base} />
      </Match>
      <Match when={id === "incentives"}>
        <IncentivesSection {...base} />
      </Match>
      <Match when={id === "rewards"}>
        <RewardsSection {...base} />
      </Match>
      <Match when={id === "promos"}>
        <PromosSection {...base} lockToken={props.lockToken} ownerName={props.ownerName} />
      </Match>
      <Match when={id === "tags"}>
        <TagsSection {...base} />
      </Match>
      <Match when={id === "devices"}>
        <DevicesSection {...base} />
      </Match>
      <Match when={id === "locations"}>
        <LocationsSection {...base} />
      </Match>
    </Switch>
  );
  return (
    <div class="loyalty">
      <Tabs label="Loyalty sections" tabs={SECTIONS} selected={section()} onSelect={select}>
        {body(section())}
      </Tabs>
    </div>
  );
}
