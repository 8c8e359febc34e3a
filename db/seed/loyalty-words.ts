// Word lists and fixed facts of the loyalty demo data: city centres, store names, hours, campaigns,
// incentives, rewards, achievements and devices.

/** Centres of the generator's cities (vocabulary.ts PLACES), for stores and geocoded homes. */
export const CITY_CENTRES: Record<string, { state: string; zip: string; lat: number; lon: number; phoneArea: string }> = {
  Atlanta: { state: "GA", zip: "303", lat: 33.749, lon: -84.388, phoneArea: "404" },
  Charlotte: { state: "NC", zip: "282", lat: 35.2271, lon: -80.8431, phoneArea: "704" },
  Orlando: { state: "FL", zip: "328", lat: 28.5383, lon: -81.3792, phoneArea: "407" },
  Richmond: { state: "VA", zip: "232", lat: 37.5407, lon: -77.436, phoneArea: "804" },
  Columbus: { state: "OH", zip: "432", lat: 39.9612, lon: -82.9988, phoneArea: "614" },
  Newark: { state: "NJ", zip: "071", lat: 40.7357, lon: -74.1724, phoneArea: "973" },
  Houston: { state: "TX", zip: "770", lat: 29.7604, lon: -95.3698, phoneArea: "713" },
  Phoenix: { state: "AZ", zip: "850", lat: 33.4484, lon: -112.074, phoneArea: "602" },
  Denver: { state: "CO", zip: "802", lat: 39.7392, lon: -104.9903, phoneArea: "303" },
  Sacramento: { state: "CA", zip: "958", lat: 38.5816, lon: -121.4944, phoneArea: "916" },
  Portland: { state: "OR", zip: "972", lat: 45.5152, lon: -122.6784, phoneArea: "503" },
  "Las Vegas": { state: "NV", zip: "891", lat: 36.1699, lon: -115.1398, phoneArea: "702" },
};

export const NEIGHBOURHOODS = ["Downtown", "Northside", "Eastgate", "Westfield", "Southpoint", "Lakeside", "Midtown", "Riverside"];
export const STORE_STREETS = ["Commerce Blvd", "Market St", "Gateway Dr", "Plaza Way", "Retail Pkwy", "Main St", "Crossroads Ave"];
export const MALLS = ["Fashion Square mall", "Town Center mall", "Arena district", "Airport retail park"];

export const HOURS = [
  "Mon–Sat 9 am–9 pm · Sun 11 am–6 pm",
  "Mon–Fri 10 am–8 pm · Sat–Sun 10 am–6 pm",
  "Every day 8 am–10 pm",
  "Mon–Sat 10 am–7 pm · Sun closed",
];
export const OPEN_24_HOURS = "Open 24 hours";

export const STORE_PROMOTIONS = ["Double points weekend", "Spring Home Refresh", "Holiday layaway event", "Trade-in days"];

/** Campaigns: start and end are days from the seed's anchor (negative: in the past). */
export const CAMPAIGNS = [
  {
    key: "spring",
    name: "Spring Home Refresh",
    channel: "email",
    start: -40,
    end: 20,
    audience: "Members who bought furniture or appliances in the last two years",
    goal: "Second purchase within 60 days",
    summary: "20% off home accessories with SPRING20, and double points on furniture.",
    owner: "Priya Natarajan",
  },
  {
    key: "gold",
    name: "Gold Weekend Double Points",
    channel: "push",
    start: -10,
    end: 30,
    audience: "Gold and Platinum members with the app",
    goal: "Weekend store visits",
    summary: "Weekends only: WEEKEND2X doubles the points on any purchase.",
    owner: "Marcus Lee",
  },
  {
    key: "tech",
    name: "Back to School Tech",
    channel: "sms",
    start: -120,
    end: -60,
    audience: "Members with children in the household",
    goal: "Laptop and tablet sales",
    summary: "TECH10 for $10 off electronics, twice a day.",
    owner: "Marcus Lee",
  },
  {
    key: "layaway",
    name: "Holiday Layaway Early Access",
    channel: "email",
    start: -400,
    end: -330,
    audience: "All members",
    goal: "Early holiday layaway starts",
    summary: "LAYAWAY5: $5 off the first layaway payment.",
    owner: "Priya Natarajan",
  },
  {
    key: "winback",
    name: "We Miss You",
    channel: "email",
    start: -30,
    end: 60,
    audience: "Members without a purchase in 120 days",
    goal: "Win back lapsed members",
    summary: "WELCOME15 and 500 bonus points on the next visit.",
    owner: "Dana Wu",
  },
  {
    key: "app",
    name: "Check In & Earn",
    channel: "push",
    start: -90,
    end: 90,
    audience: "Members with the app",
    goal: "Weekly check-ins",
    summary: "50 points per check-in, APPCHECKIN once a day for a surprise reward.",
    owner: "Dana Wu",
  },
  {
    key: "tires",
    name: "Tire Safety Month",
    channel: "in_store",
    start: 10,
    end: 40,
    audience: "Members with a vehicle on file",
    goal: "Tire and alignment sales",
    summary: "TIRES50: $50 off a set of four, starting next week.",
    owner: "Marcus Lee",
  },
] as const;

export const INCENTIVES = [
  {
    key: "double-furniture",
    campaign: "spring",
    name: "Double points on furniture",
    kind: "multiplier",
    value: "2x points",
    requirement: "Buy furniture during the campaign",
    target: 1,
  },
  {
    key: "three-visits",
    campaign: "app",
    name: "Visit three times",
    kind: "bonus_points",
    value: "500 points",
    requirement: "3 check-ins in 30 days",
    target: 3,
  },
  {
    key: "spend-250",
    campaign: "winback",
    name: "$25 off $250",
    kind: "discount",
    value: "$25 off",
    requirement: "Spend $250 in one purchase",
    target: 1,
  },
  {
    key: "free-delivery",
    campaign: "gold",
    name: "Free delivery",
    kind: "free_item",
    value: "Free delivery",
    requirement: "Any purchase over $100 on a weekend",
    target: 1,
  },
  {
    key: "review",
    campaign: null,
    name: "Review a purchase",
    kind: "bonus_points",
    value: "100 points",
    requirement: "Review 2 purchases in the app",
    target: 2,
  },
  {
    key: "tech-bonus",
    campaign: "tech",
    name: "Tech bundle bonus",
    kind: "bonus_points",
    value: "750 points",
    requirement: "Buy a laptop and a tablet",
    target: 2,
  },
] as const;

export const REWARDS = [
  { name: "$10 off your next purchase", kind: "discount", valueCents: 1_000, points: 1_000 },
  { name: "$25 gift card", kind: "gift_card", valueCents: 2_500, points: 2_500 },
  { name: "Free delivery and setup", kind: "free_item", valueCents: 7_900, points: 1_500 },
  { name: "Birthday bonus", kind: "points", valueCents: null, points: 0 },
  { name: "$5 off accessories", kind: "discount", valueCents: 500, points: 500 },
] as const;

export const ACHIEVEMENTS = ["First purchase", "Five visits in a month", "App explorer", "Reviewer", "Tier up", "Early bird"];
export const CHECKIN_METHODS = ["geofence", "app", "QR code at the till"];

export const DEVICES = [
  { platform: "ios", model: "iPhone 15", os: ["17.6", "18.1"], screen: "1179x2556" },
  { platform: "ios", model: "iPhone 12", os: ["16.7", "17.5"], screen: "1170x2532" },
  { platform: "android", model: "Pixel 8", os: ["14", "15"], screen: "1080x2400" },
  { platform: "android", model: "Galaxy A54", os: ["13", "14"], screen: "1080x2340" },
  { platform: "web", model: "Chrome on Windows", os: ["Windows 11"], screen: "1920x1080" },
  { platform: "web", model: "Safari on macOS", os: ["macOS 14"], screen: "1512x982" },
] as const;
export const APP_VERSIONS = ["5.2.1", "5.1.0", "4.9.3", "5.3.0"];
