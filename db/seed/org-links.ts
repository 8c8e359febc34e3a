// Each demo org's links from a customer's profile to the back-office screens Tandem does not cover.
import type { Database } from "../client";
import { orgLinks } from "../schema";

type Statement = Parameters<Database["batch"]>[0][number];

/** Example hosts (`.example`: reserved, never resolves), so the demo links go nowhere real. */
export const DEMO_LINKS = [
  { orgId: "org_northwind", label: "Lease system", urlTemplate: "https://leases.northwind.example/accounts/{externalId}" },
  { orgId: "org_northwind", label: "Card issuer portal", urlTemplate: "https://cards.northwind.example/search?ref={customerId}" },
  { orgId: "org_northwind", label: "Loyalty", urlTemplate: "https://loyalty.northwind.example/members/{loyaltyNumber}" },
  { orgId: "org_harbor", label: "Loan servicing", urlTemplate: "https://servicing.harbor.example/borrowers/{externalId}" },
] as const;

export function orgLinkStatements(db: Database, createdAt: number): Statement[] {
  return DEMO_LINKS.map((link, position) =>
    db.insert(orgLinks).values({ id: `lnk_${String(position + 1).padStart(3, "0")}`, ...link, position, createdAt }),
  );
}
