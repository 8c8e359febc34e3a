// The product's access rules written out by hand, so tests can hold the code to them: who holds
// each permission, what each role sees of personal data, and who may reveal a masked field.
// Sources: README "Identity, access and compliance" (permission table, PII policy, reveal rule) and
// /work/shared/architecture.md; the merchant rows from issue 15 (in words below the grid). Nothing
// here comes from core/: a row is changed by a person who changed the rule, never copied from the
// code it checks.

export const SPEC_ROLES = ["rep", "senior_rep", "team_lead", "director", "compliance", "finance", "engineering", "sales", "admin"] as const;
export type SpecRole = (typeof SPEC_ROLES)[number];

/**
 * One row per permission, one column per role, as in the README's table: ✓ holds it, · does not.
 *
 * One deliberate difference from the README's table: finance holds `lock.acquire`. The README gives
 * finance `loan.service`, and payments and promises are room commands that need ownership, so
 * finance must be able to take ownership to use it (commit a9f29f1, "Finance may take ownership to
 * post payments", made after the README's table, which still shows no ✓ there).
 *
 * Issue 13's rows: callbacks are the rep's tasks (finance calls back about payments too); leads
 * assign them; a direct-deposit loan is opened by service roles and paid out by someone else
 * (finance, director, admin); compliance signs off a quarterly review.
 * The process monitor (issue 18): directors and team leads watch it ("directors and team leads"),
 * directors edit the processes, either assigns training from a drawdown, and the reps it measures
 * (rep, senior rep) see their own figures and assignments. Admins manage staff, not this.
 */
const PERMISSION_GRID = `
  permission          rep  senior_rep  team_lead  director  compliance  finance  engineering  sales  admin
  customer.read        ✓       ✓           ✓         ✓          ✓          ✓          ·         ✓      ✓
  customer.note        ✓       ✓           ✓         ✓          ✓          ✓          ·         ✓      ✓
  customer.edit        ✓       ✓           ✓         ✓          ·          ·          ·         ·      ✓
  lock.acquire         ✓       ✓           ✓         ✓          ·          ✓          ·         ·      ✓
  lock.takeover        ·       ·           ✓         ✓          ·          ·          ·         ·      ✓
  order.manage         ✓       ✓           ✓         ✓          ·          ·          ·         ·      ✓
  order.review_item    ✓       ✓           ✓         ✓          ·          ·          ·         ·      ✓
  card.issue           ✓       ✓           ✓         ✓          ·          ·          ·         ·      ✓
  shopper.manage       ✓       ✓           ✓         ✓          ·          ·          ·         ·      ✓
  loan.service         ✓       ✓           ✓         ✓          ·          ✓          ·         ·      ✓
  loan.originate       ✓       ✓           ✓         ✓          ·          ·          ·         ·      ✓
  loan.disburse        ·       ·           ·         ✓          ·          ✓          ·         ·      ✓
  prompt.dismiss       ✓       ✓           ✓         ✓          ·          ·          ·         ·      ✓
  promo.reset          ✓       ✓           ✓         ✓          ·          ·          ·         ·      ✓
  callback.manage      ✓       ✓           ✓         ✓          ·          ✓          ·         ·      ✓
  callback.assign      ·       ·           ✓         ✓          ·          ·          ·         ·      ✓
  floor.watch          ·       ·           ✓         ✓          ·          ·          ·         ·      ✓
  dashboard.view       ✓       ✓           ✓         ✓          ✓          ✓          ✓         ✓      ✓
  monitor.view         ·       ·           ✓         ✓          ·          ·          ·         ·      ·
  process.manage       ·       ·           ·         ✓          ·          ·          ·         ·      ·
  training.assign      ·       ·           ✓         ✓          ·          ·          ·         ·      ·
  monitor.self         ✓       ✓           ·         ·          ·          ·          ·         ·      ·
  audit.read           ·       ·           ·         ✓          ✓          ·          ·         ·      ✓
  audit.export         ·       ·           ·         ·          ✓          ·          ·         ·      ✓
  review.sign_off      ·       ·           ·         ·          ✓          ·          ·         ·      ✓
  staff.manage         ·       ·           ·         ·          ·          ·          ·         ·      ✓
  integration.manage   ·       ·           ·         ·          ·          ·          ✓         ·      ✓
  faq.read             ✓       ✓           ✓         ✓          ✓          ✓          ·         ✓      ✓
  faq.write            ·       ✓           ✓         ✓          ·          ·          ·         ·      ✓
  faq.approve          ·       ·           ·         ·          ✓          ·          ·         ·      ·
  merchant.read        ·       ·           ·         ✓          ✓          ✓          ✓         ✓      ✓
  merchant.note        ·       ·           ·         ✓          ✓          ✓          ✓         ✓      ✓
  merchant.own         ·       ·           ·         ·          ·          ✓          ✓         ✓      ✓
  merchant.takeover    ·       ·           ·         ✓          ·          ·          ·         ·      ✓
  merchant.edit        ·       ·           ·         ·          ·          ·          ·         ✓      ✓
  plan.manage          ·       ·           ·         ·          ·          ·          ·         ·      ✓
  endpoint.manage      ·       ·           ·         ·          ·          ·          ✓         ·      ·
  ledger.post          ·       ·           ·         ·          ·          ✓          ·         ·      ·
  invoice.manage       ·       ·           ·         ·          ·          ✓          ·         ·      ·
  contract.manage      ·       ·           ·         ·          ·          ·          ·         ✓      ·
  plan_change.open     ·       ·           ·         ·          ·          ·          ·         ✓      ·
  plan_change.approve  ·       ·           ·         ·          ·          ✓          ✓         ✓      ·
  ticket.read          ✓       ✓           ✓         ✓          ·          ·          ·         ✓      ✓
  ticket.work          ✓       ✓           ✓         ✓          ·          ·          ·         ✓      ✓
  ticket.takeover      ·       ·           ✓         ✓          ·          ·          ·         ·      ✓
  ticket.open          ✓       ✓           ✓         ✓          ·          ·          ·         ·      ✓
`;

/*
 * Service desk rows, from issue 16 in words: "reps see a queue in the console" and work a ticket
 * "like an account" (so leads take one over, as they do an account); a ticket "escalates to sales"
 * ("assigned to a sales rep"), so sales read and work tickets too; "reps can open a ticket on behalf
 * of a consumer customer from their profile" (the service roles that edit customers).
 */

/*
 * Merchant rows, from issue 15 in words:
 * - "Sales, finance and engineering run merchants": they read them, note them and take ownership of
 *   one to change it. Directors and compliance oversee (read and note, no changes); directors and
 *   admins may take a merchant account over. Reps serve consumers and see no merchant.
 * - Plans: "catalogue ... edited by admins, versioned" (admins own a merchant account to move it).
 * - Endpoints and decision models: "visible and changeable only by engineering" (admins included out).
 * - Balance: "finance posts deposits and withdrawals with a note"; invoices are finance's too.
 * - Contracts: the merchant's agreement, sales' to negotiate.
 * - Plan changes: "sales opens a request"; "each stage only by its role": engineering, finance, then
 *   sales (stage 3, the release time); SPEC_STAGE_ROLE below says whose stage is whose.
 */

/** Plan-change stages, who acts at each (issue 15), and what they may do there. */
export const SPEC_STAGE_ROLE = {
  engineering: "engineering",
  finance: "finance",
  sales: "sales",
  scheduled: "sales",
  returned: "sales",
  released: null,
  cancelled: null,
} as const;

export const SPEC_PERMISSIONS = [
  "customer.read",
  "customer.note",
  "customer.edit",
  "lock.acquire",
  "lock.takeover",
  "order.manage",
  "order.review_item",
  "card.issue",
  "shopper.manage",
  "loan.service",
  "loan.originate",
  "loan.disburse",
  "prompt.dismiss",
  "promo.reset",
  "callback.manage",
  "callback.assign",
  "floor.watch",
  "dashboard.view",
  "monitor.view",
  "process.manage",
  "training.assign",
  "monitor.self",
  "audit.read",
  "audit.export",
  "review.sign_off",
  "staff.manage",
  "integration.manage",
  "faq.read",
  "faq.write",
  "faq.approve",
  "merchant.read",
  "merchant.note",
  "merchant.own",
  "merchant.takeover",
  "merchant.edit",
  "plan.manage",
  "endpoint.manage",
  "ledger.post",
  "invoice.manage",
  "contract.manage",
  "plan_change.open",
  "plan_change.approve",
  "ticket.read",
  "ticket.work",
  "ticket.takeover",
  "ticket.open",
] as const;
export type SpecPermission = (typeof SPEC_PERMISSIONS)[number];

/**
 * The PII policy, one row per role: what each field class looks like to it.
 * Whatever a row says, a card number never shows more than its last 4 (README).
 */
const PII_GRID = `
  role          contact   identity  financial  card
  rep           full      masked    masked     masked
  senior_rep    full      masked    masked     masked
  team_lead     full      masked    masked     masked
  director      full      masked    masked     masked
  compliance    full      masked    masked     masked
  finance       masked    hidden    full       masked
  engineering   hidden    hidden    hidden     hidden
  sales         full      hidden    hidden     hidden
  admin         full      masked    masked     masked
`;

export const SPEC_PII_CLASSES = ["contact", "identity", "financial", "card"] as const;
export type SpecPiiClass = (typeof SPEC_PII_CLASSES)[number];
export type SpecVisibility = "full" | "masked" | "hidden";

/** Which class each customer field belongs to: contact details, who the person is, their money, their card. */
export const SPEC_PII_FIELDS: Record<string, SpecPiiClass> = {
  phone: "contact",
  email: "contact",
  addressLine1: "contact",
  postalCode: "contact",
  dateOfBirth: "identity",
  ssn: "identity",
  bankAccountNumber: "financial",
  bankRoutingNumber: "financial",
  monthlyIncomeCents: "financial",
  disbursementAccount: "financial",
  cardOnFileNumber: "card",
  // Issue 17: a device's install id singles a person out across sessions, like an SSN does: identity.
  // What else the Devices tab shows (model, OS, app version, screen, notifications) is not PII, nor
  // are stores' addresses; the customer's geocoded home is their address (contact) and is never sent.
  deviceId: "identity",
};

/**
 * Who may reveal one masked field in full (audited, with a note, 5 a minute): team leads,
 * directors, compliance and admins, identity and financial fields only; a card never.
 */
const REVEALERS: readonly SpecRole[] = ["team_lead", "director", "compliance", "admin"];
const REVEALABLE: readonly SpecPiiClass[] = ["identity", "financial"];

/** Splits a grid into rows of cells, checking the header, so a shifted column cannot pass unnoticed. */
function parseGrid(grid: string, header: readonly string[], rowNames: readonly string[], cells: readonly string[]): Map<string, string[]> {
  const [head, ...rows] = grid
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/));
  if (head?.join(" ") !== header.join(" ")) throw new Error(`grid header is not ${header.join(" ")}`);
  const table = new Map<string, string[]>();
  for (const [name = "", ...marks] of rows) {
    if (marks.length !== header.length - 1 || marks.some((m) => !cells.includes(m))) throw new Error(`grid row ${name} is malformed`);
    table.set(name, marks);
  }
  if ([...table.keys()].join(" ") !== rowNames.join(" ")) throw new Error(`grid rows are not ${rowNames.join(" ")}`);
  return table;
}

const permissionRows = parseGrid(PERMISSION_GRID, ["permission", ...SPEC_ROLES], SPEC_PERMISSIONS, ["✓", "·"]);
const piiRows = parseGrid(PII_GRID, ["role", ...SPEC_PII_CLASSES], SPEC_ROLES, ["full", "masked", "hidden"]);

/** The roles that hold a permission, in the grid's column order. */
export function specRolesWith(permission: SpecPermission): SpecRole[] {
  const marks = permissionRows.get(permission) ?? [];
  return SPEC_ROLES.filter((_, column) => marks[column] === "✓");
}

export function specAllows(role: SpecRole, permission: SpecPermission): boolean {
  return specRolesWith(permission).includes(role);
}

export function specVisibility(role: SpecRole, piiClass: SpecPiiClass): SpecVisibility {
  const shown = (piiRows.get(role)?.[SPEC_PII_CLASSES.indexOf(piiClass)] ?? "hidden") as SpecVisibility;
  return piiClass === "card" && shown === "full" ? "masked" : shown;
}

/** A reveal needs a revealing role, a revealable class, and a value the role sees masked (not hidden, not already full). */
export function specMayReveal(role: SpecRole, piiClass: SpecPiiClass): boolean {
  return REVEALERS.includes(role) && REVEALABLE.includes(piiClass) && specVisibility(role, piiClass) === "masked";
}
