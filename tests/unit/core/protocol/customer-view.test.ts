// The customer every role's screen receives (the profile, the room's customer-updated frame)
// passes the protocol's check, so no role's screen drops a profile change as malformed.
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { type CustomerRecord, presentCustomer } from "../../../../core/domain/customer-view";
import { ROLES } from "../../../../core/domain/roles";
import { CustomerViewSchema } from "../../../../core/protocol/customer-view";

const maya: CustomerRecord = {
  id: "cus_0001",
  orgId: "org_northwind",
  teamId: "team_east",
  firstName: "Maya",
  lastName: "Johnson",
  fullName: "Maya Johnson",
  status: "active",
  phone: "(555) 010-2233",
  email: "maya.johnson@example.com",
  addressLine1: "12 Elm Street",
  city: "Springfield",
  state: "IL",
  postalCode: "62701",
  dateOfBirth: "1988-04-12",
  ssn: "123-45-6789",
  identityVerified: true,
  bankName: "First Bank",
  bankAccountNumber: "000123456789",
  bankRoutingNumber: "071000013",
  monthlyIncomeCents: 420_000,
  cardOnFileNumber: "4111111111111111",
  loyaltyNumber: "LOY-000001",
  externalId: "EXT-000001",
  preferredContactTime: "Evenings after 6",
  preferredChannel: "sms",
  language: "en",
  smsOptIn: true,
  emailOptIn: false,
  tier: "gold",
  loyaltyPoints: 1_200,
  tags: '["vip"]',
  lockEpoch: 3,
  createdAt: 1_600_000_000_000,
  updatedAt: 1_700_000_000_000,
};

describe("the customer view schema", () => {
  it.each(ROLES)("accepts the customer as a %s receives it, over the wire", (role) => {
    const sent: unknown = JSON.parse(JSON.stringify(presentCustomer(maya, role)));
    const checked = v.safeParse(CustomerViewSchema, sent);
    expect(checked.issues?.[0]?.message).toBeUndefined();
    expect(checked.output).toEqual(sent);
  });

  it("refuses a customer whose masked field lost its shape", () => {
    const sent = { ...presentCustomer(maya, "rep"), pii: { ssn: "***-**-6789" } };
    expect(v.safeParse(CustomerViewSchema, sent).success).toBe(false);
  });
});
