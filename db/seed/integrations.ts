// The demo's integration endpoints: Northwind's order platform, lease system and loan-management
// system, all played by the back-end simulator (tools/simulator, `npm start` runs it), and one
// endpoint of Harbor's (so another org's endpoint exists to be refused). Secrets are Worker
// secrets; in dev mode the simulator and Tandem share the published dev key.
import type { Database } from "../client";
import { insertIntegrationEndpoints } from "../repositories/integration-endpoints";

export const SIMULATOR_SECRET_REF = "INTEGRATION_SECRET_SIMULATOR";

export const DEMO_ENDPOINTS = {
  orders: "ie_northwind_orders",
  leases: "ie_northwind_leases",
  loans: "ie_northwind_loans",
  harbor: "ie_harbor_orders",
} as const;

export async function seedIntegrations(db: Database, createdAt: number): Promise<void> {
  const simulator = { connector: "simulator", secretRef: SIMULATOR_SECRET_REF, status: "active" as const, createdAt };
  await insertIntegrationEndpoints(db, [
    {
      id: DEMO_ENDPOINTS.orders,
      orgId: "org_northwind",
      kind: "order_platform",
      name: "Order platform",
      outboundUrl: "/order-platform/tandem",
      ...simulator,
    },
    {
      id: DEMO_ENDPOINTS.leases,
      orgId: "org_northwind",
      kind: "lease_system",
      name: "Lease system",
      outboundUrl: "/lease-system/tandem",
      ...simulator,
    },
    {
      id: DEMO_ENDPOINTS.loans,
      orgId: "org_northwind",
      kind: "loan_system",
      name: "Loan management",
      outboundUrl: "/loan-system/tandem",
      ...simulator,
    },
    {
      id: DEMO_ENDPOINTS.harbor,
      orgId: "org_harbor",
      kind: "order_platform",
      name: "Harbor orders",
      outboundUrl: "/order-platform/tandem",
      ...simulator,
    },
  ]);
}
