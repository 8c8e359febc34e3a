// The contract's fixed demo data: orgs, regions, teams, staff and the PII marker values.
import type { Role } from "../../core/domain/roles";

export interface OrgFixture {
  id: string;
  name: string;
  slug: string;
  ssoDomain: string;
  /** IANA zone of the org's days (core/domain/time-zone.ts). */
  timeZone: string;
  regions: { id: string; name: string; teams: { id: string; name: string }[] }[];
}

export const ORGS: OrgFixture[] = [
  {
    id: "org_northwind",
    name: "Northwind Lease & Loan",
    slug: "northwind",
    ssoDomain: "tandem.test",
    timeZone: "America/New_York",
    regions: [
      { id: "reg_atlantic", name: "Atlantic", teams: [{ id: "team_east", name: "East" }] },
      { id: "reg_pacific", name: "Pacific", teams: [{ id: "team_west", name: "West" }] },
    ],
  },
  {
    id: "org_harbor",
    name: "Harbor Home Finance",
    slug: "harbor",
    ssoDomain: "harbor.test",
    timeZone: "America/Los_Angeles",
    regions: [{ id: "reg_harbor", name: "Harbor", teams: [{ id: "team_harbor", name: "Harbor" }] }],
  },
];

export interface StaffFixture {
  id: string;
  orgId: string;
  teamId: string | null;
  email: string;
  name: string;
  role: Role;
}

export const STAFF: StaffFixture[] = [
  { id: "stf_admin", orgId: "org_northwind", teamId: null, email: "admin@tandem.test", name: "Avery Adams", role: "admin" },
  { id: "stf_director", orgId: "org_northwind", teamId: null, email: "director@tandem.test", name: "Dana Reyes", role: "director" },
  {
    id: "stf_lead_east",
    orgId: "org_northwind",
    teamId: "team_east",
    email: "lead.east@tandem.test",
    name: "Lena Okafor",
    role: "team_lead",
  },
  { id: "stf_lead_west", orgId: "org_northwind", teamId: "team_west", email: "lead.west@tandem.test", name: "Wes Hale", role: "team_lead" },
  { id: "stf_ana", orgId: "org_northwind", teamId: "team_east", email: "rep.ana@tandem.test", name: "Ana Alvarez", role: "rep" },
  { id: "stf_ben", orgId: "org_northwind", teamId: "team_east", email: "rep.ben@tandem.test", name: "Ben Brooks", role: "rep" },
  { id: "stf_sam", orgId: "org_northwind", teamId: "team_east", email: "senior.sam@tandem.test", name: "Sam Singh", role: "senior_rep" },
  { id: "stf_cruz", orgId: "org_northwind", teamId: "team_west", email: "rep.cruz@tandem.test", name: "Cruz Castillo", role: "rep" },
  { id: "stf_compliance", orgId: "org_northwind", teamId: null, email: "compliance@tandem.test", name: "Corinne Park", role: "compliance" },
  { id: "stf_finance", orgId: "org_northwind", teamId: null, email: "finance@tandem.test", name: "Felix Grant", role: "finance" },
  {
    id: "stf_engineering",
    orgId: "org_northwind",
    teamId: null,
    email: "engineering@tandem.test",
    name: "Erin Novak",
    role: "engineering",
  },
  { id: "stf_sales", orgId: "org_northwind", teamId: null, email: "sales@tandem.test", name: "Sofia Marsh", role: "sales" },
  // A second sales rep and a second finance person: merchants have two account managers, and two
  // finance people can race to approve the same stage (exactly one wins).
  { id: "stf_sales_kai", orgId: "org_northwind", teamId: null, email: "sales.kai@tandem.test", name: "Kai Moreno", role: "sales" },
  { id: "stf_finance_fay", orgId: "org_northwind", teamId: null, email: "finance.fay@tandem.test", name: "Fay Okoro", role: "finance" },
  { id: "stf_zoe", orgId: "org_harbor", teamId: "team_harbor", email: "rep.zoe@harbor.test", name: "Zoe Lindqvist", role: "rep" },
  {
    id: "stf_lead_harbor",
    orgId: "org_harbor",
    teamId: "team_harbor",
    email: "lead.harbor@harbor.test",
    name: "Hugo Marin",
    role: "team_lead",
  },
  { id: "stf_sales_harbor", orgId: "org_harbor", teamId: null, email: "sales.hana@harbor.test", name: "Hana Berg", role: "sales" },
];

/**
 * Values seeded on cus_0001 that restricted roles must never receive in full: the PII leak
 * crawl searches every response, frame and stored log for them.
 */
export const PII_MARKERS = {
  /** Luhn-valid test card number held by the legacy back office as the card on file. */
  cardNumber: "4000056655665556",
  ssn: "219-09-9999",
  bankAccount: "000123456789",
} as const;

/** The contract customer every test and demo starts from. */
export const CUSTOMER_ONE = {
  id: "cus_0001",
  firstName: "Maya",
  lastName: "Johnson",
  phone: "(555) 010-2233",
  email: "Maya.Johnson@example.com",
  loyaltyNumber: "LY10000001",
  externalId: "FX-0000001",
} as const;

/** Harbor's customers are cus_9001 ... cus_9000+N; Northwind's ids skip that block. */
export const HARBOR_FIRST_NUMBER = 9001;
export const HARBOR_CUSTOMERS = 40;

export function northwindCustomerId(index: number): string {
  const number = index >= HARBOR_FIRST_NUMBER ? index + 1000 : index;
  return `cus_${String(number).padStart(4, "0")}`;
}

export function harborCustomerId(index: number): string {
  return `cus_${HARBOR_FIRST_NUMBER + index - 1}`;
}
