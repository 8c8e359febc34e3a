// customer.upserted: a back end's customer. A new one becomes a Tandem account (the room's
// customer did not exist; `provisionalCustomer` stands in for it while planning); a known one gets
// the contact details the back end holds now, when its snapshot is newer than the last applied.
import type * as v from "valibot";
import type { CustomerRecord } from "../../../core/domain/customer-view";
import { normalizePhone } from "../../../core/domain/phone";
import { AppError } from "../../../core/protocol/errors";
import type { IntegrationApplyCommand } from "../../../core/protocol/integration-commands";
import type { CustomerSnapshotSchema } from "../../../core/protocol/integration-events";
import { updateCustomer } from "../../../db/repositories/customers";
import { insertCustomer } from "../../../db/repositories/integration-records";
import type { CommandContext, CommandPlan, SkipPlan } from "../types";
import { eventAudit, ledgerStatements, resolveEntity, skipFor } from "./support";

type Snapshot = v.InferOutput<typeof CustomerSnapshotSchema>;
type Event = Extract<IntegrationApplyCommand["event"], { type: "customer.upserted" }>;

const provisional = new WeakSet<CustomerRecord>();

/** The account a customer.upserted event creates, as the planner sees it before it exists. */
export function provisionalCustomer(event: Event, ids: { customerId: string; orgId: string }, now: number): CustomerRecord {
  const d = event.data;
  const record: CustomerRecord = {
    id: ids.customerId,
    orgId: ids.orgId,
    teamId: null,
    firstName: d.firstName,
    lastName: d.lastName,
    fullName: `${d.firstName} ${d.lastName}`,
    status: "active",
    phone: d.phone,
    email: d.email ?? null,
    addressLine1: d.addressLine1 ?? null,
    city: d.city ?? null,
    state: d.state ?? null,
    postalCode: d.postalCode ?? null,
    dateOfBirth: null,
    ssn: null,
    identityVerified: false,
    bankName: null,
    bankAccountNumber: null,
    bankRoutingNumber: null,
    monthlyIncomeCents: null,
    cardOnFileNumber: null,
    loyaltyNumber: null,
    externalId: event.entity.id,
    preferredContactTime: null,
    preferredChannel: null,
    language: d.language ?? "en",
    smsOptIn: false,
    emailOptIn: false,
    tier: "bronze",
    loyaltyPoints: 0,
    tags: "[]",
    lockEpoch: 0,
    createdAt: now,
    updatedAt: now,
  };
  provisional.add(record);
  return record;
}

function phoneDigitsOf(phone: string): string {
  const digits = normalizePhone(phone);
  if (!digits)
    throw new AppError("VALIDATION", "The back end's phone number is not valid", [{ path: "data.phone", message: "not a phone number" }]);
  return digits;
}

/** The contact fields the snapshot states, as columns. */
function contactColumns(d: Snapshot) {
  return {
    firstName: d.firstName,
    lastName: d.lastName,
    fullName: `${d.firstName} ${d.lastName}`,
    phone: d.phone,
    phoneDigits: phoneDigitsOf(d.phone),
    email: d.email ?? null,
    emailLower: d.email?.toLowerCase() ?? null,
    addressLine1: d.addressLine1 ?? null,
    city: d.city ?? null,
    state: d.state ?? null,
    postalCode: d.postalCode ?? null,
    ...(d.language ? { language: d.language } : {}),
  };
}

const FIELD_LABELS = {
  fullName: "name",
  phone: "phone",
  email: "email",
  addressLine1: "address",
  city: "city",
  state: "state",
  postalCode: "ZIP code",
} as const;

export async function planCustomer(ctx: CommandContext, command: IntegrationApplyCommand, event: Event): Promise<CommandPlan | SkipPlan> {
  const ref = await resolveEntity(ctx, "customer", event.entity.id);
  const skip = skipFor(ref, event.entity.version);
  if (skip) return skip;
  const columns = contactColumns(event.data);
  const created = provisional.has(ctx.customer);
  const changed = (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).filter((key) => columns[key] !== ctx.customer[key]);
  const change = created
    ? insertCustomer(ctx.db, {
        id: ctx.customer.id,
        orgId: ctx.customer.orgId,
        externalId: event.entity.id,
        ...columns,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
    : updateCustomer(ctx.db, ctx.customer.id, { ...columns, updatedAt: ctx.now });
  const what = created
    ? `Account opened from ${command.endpointName} (their customer ${event.entity.id})`
    : changed.length > 0
      ? `Contact details updated from ${command.endpointName}: ${changed.map((key) => FIELD_LABELS[key]).join(", ")}`
      : `Contact details confirmed by ${command.endpointName}, nothing changed`;
  return {
    statements: [change, ...ledgerStatements(ctx, command, "customer", ctx.customer.id, event.entity.version)],
    note: { kind: "system", category: "general", action: command.event.type, text: `${what} (version ${event.entity.version}).` },
    activity: { kind: "system", summary: what, data: { fields: created ? ["created"] : changed } },
    audit: eventAudit(command, "customer", ctx.customer.id, { created, fields: changed }),
    accountChanged: true,
  };
}
