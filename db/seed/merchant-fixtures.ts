// The merchant network's fixed demo data: each org's plan catalogue and decision models, and the
// merchants' names. mer_0001 (Lakeside Furniture Co.) is the merchant the portal's demo user belongs to.

export interface PlanFixture {
  code: string;
  name: string;
  /** Versions, oldest first: [monthly fee, per-transaction fee, discount bps, monthly minimum, endpoints, tier, notes]. */
  versions: [number, number, number, number, number, "standard" | "advanced" | "custom", string][];
}

export const PLAN_FIXTURES: Record<string, PlanFixture[]> = {
  org_northwind: [
    {
      code: "starter",
      name: "Starter",
      versions: [
        [4_900, 35, 350, 0, 1, "standard", "Launch pricing"],
        [7_900, 30, 325, 9_900, 2, "standard", "Second endpoint included; a monthly minimum"],
      ],
    },
    {
      code: "growth",
      name: "Growth",
      versions: [
        [19_900, 25, 295, 19_900, 3, "standard", "Launch pricing"],
        [24_900, 20, 275, 29_900, 3, "advanced", "Advanced decision models included"],
      ],
    },
    { code: "scale", name: "Scale", versions: [[59_900, 15, 240, 79_900, 5, "advanced", "For chains of stores"]] },
    { code: "enterprise", name: "Enterprise", versions: [[149_900, 10, 199, 199_900, 10, "custom", "Custom thresholds per merchant"]] },
  ],
  org_harbor: [
    { code: "basic", name: "Basic", versions: [[5_900, 30, 340, 0, 2, "standard", "Harbor's entry plan"]] },
    { code: "plus", name: "Plus", versions: [[29_900, 18, 260, 24_900, 4, "advanced", "Harbor's partner plan"]] },
  ],
};

export interface ModelFixture {
  key: string;
  name: string;
  product: "lease" | "loan";
  tier: "standard" | "advanced" | "custom";
  /** Versions, oldest first: [min score, max amount in cents, max term in months, notes]. */
  versions: [number, number, number, string][];
}

export const MODEL_FIXTURES: ModelFixture[] = [
  {
    key: "lease-std",
    name: "Lease Standard",
    product: "lease",
    tier: "standard",
    versions: [
      [600, 250_000, 12, "Initial model"],
      [590, 300_000, 18, "Recalibrated on 2025 repayments: slightly wider approvals"],
    ],
  },
  { key: "loan-std", name: "Loan Standard", product: "loan", tier: "standard", versions: [[640, 500_000, 24, "Initial model"]] },
  { key: "lease-adv", name: "Lease Advanced", product: "lease", tier: "advanced", versions: [[570, 600_000, 24, "Uses cash-flow data"]] },
  { key: "loan-adv", name: "Loan Advanced", product: "loan", tier: "advanced", versions: [[610, 1_000_000, 36, "Uses cash-flow data"]] },
  {
    key: "lease-custom",
    name: "Lease Custom",
    product: "lease",
    tier: "custom",
    versions: [[550, 1_500_000, 36, "Per-merchant thresholds allowed"]],
  },
];

/** Northwind's merchants in order: mer_0001 is the first. [name, category, segment, city, state] */
export const NORTHWIND_MERCHANTS: [string, string, "partner_store" | "shopper_vendor", string, string][] = [
  ["Lakeside Furniture Co.", "Furniture", "partner_store", "Cleveland", "OH"],
  ["Brightline Electronics", "Electronics", "partner_store", "Columbus", "OH"],
  ["Summit Appliance Center", "Appliances", "partner_store", "Pittsburgh", "PA"],
  ["Dreamwell Mattress Outlet", "Mattresses", "partner_store", "Charlotte", "NC"],
  ["Roadway Tire & Wheel", "Tires & auto", "partner_store", "Atlanta", "GA"],
  ["Harmony Music Supply", "Musical instruments", "partner_store", "Nashville", "TN"],
  ["Crown Jewelers", "Jewelry", "partner_store", "Richmond", "VA"],
  ["Northgate Home Goods", "Home goods", "partner_store", "Buffalo", "NY"],
  ["Peak Outdoor Gear", "Sporting goods", "partner_store", "Denver", "CO"],
  ["Cedar & Oak Interiors", "Furniture", "partner_store", "Portland", "OR"],
  ["Pixel Point Computers", "Electronics", "partner_store", "Austin", "TX"],
  ["FreshAir HVAC Supply", "Appliances", "partner_store", "Phoenix", "AZ"],
  ["Cozy Nest Bedding", "Mattresses", "partner_store", "Tampa", "FL"],
  ["Gearhead Auto Parts", "Tires & auto", "partner_store", "Detroit", "MI"],
  ["Bayview Pianos", "Musical instruments", "partner_store", "San Diego", "CA"],
  ["Silverline Watches", "Jewelry", "partner_store", "Seattle", "WA"],
  ["Maple Street Living", "Home goods", "partner_store", "Minneapolis", "MN"],
  ["Trailhead Bikes", "Sporting goods", "partner_store", "Boulder", "CO"],
  ["Urban Loft Furnishings", "Furniture", "partner_store", "Chicago", "IL"],
  ["SoundWave Audio", "Electronics", "partner_store", "Los Angeles", "CA"],
  ["Kitchen Craft Depot", "Appliances", "partner_store", "Sacramento", "CA"],
  ["RestWell Sleep Shop", "Mattresses", "partner_store", "Salt Lake City", "UT"],
  ["Valley Tire Pros", "Tires & auto", "partner_store", "Fresno", "CA"],
  ["Encore Guitars", "Musical instruments", "partner_store", "Memphis", "TN"],
  ["Gemstone Gallery", "Jewelry", "partner_store", "Las Vegas", "NV"],
  ["Hearth & Home Market", "Home goods", "partner_store", "Boise", "ID"],
  ["Fairway Golf Supply", "Sporting goods", "partner_store", "Scottsdale", "AZ"],
  ["Oakridge Recliners", "Furniture", "partner_store", "Louisville", "KY"],
  ["Circuit City Outlet", "Electronics", "partner_store", "Baltimore", "MD"],
  ["Evergreen Appliance Repair & Sales", "Appliances", "partner_store", "Spokane", "WA"],
  ["ShopRight Personal Shopping", "Personal shopper", "shopper_vendor", "Newark", "NJ"],
  ["Marketplace Direct", "Personal shopper", "shopper_vendor", "Philadelphia", "PA"],
  ["GoodBuy Sourcing", "Personal shopper", "shopper_vendor", "Hartford", "CT"],
  ["Everyday Essentials Supply", "Personal shopper", "shopper_vendor", "Raleigh", "NC"],
  ["Prime Parcel Vendors", "Personal shopper", "shopper_vendor", "Oakland", "CA"],
  ["Westside Mobility", "Medical equipment", "partner_store", "Tucson", "AZ"],
  ["Little Sprouts Nursery Furniture", "Furniture", "partner_store", "Kansas City", "MO"],
  ["TechTown Phones", "Electronics", "partner_store", "Houston", "TX"],
  ["Coastal Kayak & Paddle", "Sporting goods", "partner_store", "Charleston", "SC"],
  ["Heritage Sewing Machines", "Appliances", "partner_store", "Milwaukee", "WI"],
];

export const HARBOR_MERCHANTS: [string, string, "partner_store" | "shopper_vendor", string, string][] = [
  ["Harbor Light Furniture", "Furniture", "partner_store", "Portland", "ME"],
  ["Seaside Electronics", "Electronics", "partner_store", "Providence", "RI"],
  ["Anchor Appliance", "Appliances", "partner_store", "New Haven", "CT"],
  ["Tidewater Mattress", "Mattresses", "partner_store", "Norfolk", "VA"],
  ["Lighthouse Sourcing", "Personal shopper", "shopper_vendor", "Boston", "MA"],
  ["Pier 9 Music", "Musical instruments", "partner_store", "Baltimore", "MD"],
];

export const NORTHWIND_FIRST_MERCHANT = 1;
export const HARBOR_FIRST_MERCHANT = 9001;
export const merchantId = (n: number) => `mer_${String(n).padStart(4, "0")}`;

export const CONTACT_FIRST = ["Jordan", "Priya", "Marcus", "Elena", "Tom", "Aisha", "Diego", "Hannah", "Kenji", "Rosa", "Sam", "Nora"];
export const CONTACT_LAST = ["Hale", "Patel", "Okafor", "Rossi", "Nguyen", "Brennan", "Silva", "Kim", "Walsh", "Moreau", "Adler", "Quinn"];

export const MERCHANT_NOTES = [
  "Asked about adding a second checkout for their new location",
  "Billing contact changed; new invoices go to accounts payable",
  "Webhook retries spiked on Monday; their host had an outage",
  "Discussed moving to the next plan after the holiday season",
  "Confirmed settlement bank details by phone with the owner",
  "Requested a copy of last quarter's invoices",
  "Approval rates dropped after their price increase; reviewed thresholds with them",
  "Store manager training on the checkout flow scheduled",
];
