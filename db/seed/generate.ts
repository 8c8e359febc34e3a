// Generates one customer's whole story (profile, products, orders, notes, activity) from a seed.
// Each customer draws from its own random stream, so customer N is the same whatever the total.
import { normalizePhone } from "../../core/domain/phone";
import { type CustomerBundle, DAY, type GenerateOptions, isoDate } from "./bundle";
import { CUSTOMER_ONE, PII_MARKERS } from "./fixtures";
import { addNotesAndActivity, addOwnershipHistory } from "./generate-history";
import { addProducts } from "./generate-products";
import { createRandom, type Random } from "./random";
import * as words from "./vocabulary";

export type { CustomerBundle, GenerateOptions, Row } from "./bundle";
export { isoDate } from "./bundle";

function phoneInLegacyFormat(rng: Random, area: string, local: string): string {
  const a = area;
  const p = local.slice(0, 3);
  const s = local.slice(3);
  return rng.pick([`(${a}) ${p}-${s}`, `${a}.${p}.${s}`, `+1 ${a} ${p} ${s}`, `${a}${p}${s}`, `1-${a}-${p}-${s}`]);
}

export function generateCustomer(index: number, id: string, options: GenerateOptions): CustomerBundle {
  const rng = createRandom(`${options.seed}:${options.orgId}`, index);
  const { anchor } = options;
  const isOne = id === CUSTOMER_ONE.id;
  const first = isOne ? CUSTOMER_ONE.firstName : rng.pick(words.FIRST_NAMES);
  const last = isOne ? CUSTOMER_ONE.lastName : rng.pick(words.LAST_NAMES);
  const place = rng.pick(words.PLACES);
  const local = String((index * 7_919 + 1_234_567) % 10_000_000).padStart(7, "0");
  const phone = isOne ? CUSTOMER_ONE.phone : phoneInLegacyFormat(rng, place.area, local);
  const emailUser = `${first}.${last}${index}`.normalize("NFD").replace(/[^\w.]/g, "");
  const email = isOne ? CUSTOMER_ONE.email : rng.chance(0.9) ? `${emailUser}@example.com` : null;
  const createdAt = anchor - rng.int(30, 730) * DAY;
  const teamId = isOne ? "team_east" : rng.pick(options.teamIds);

  const bundle: CustomerBundle = {
    customer: {
      id,
      orgId: options.orgId,
      teamId,
      firstName: first,
      lastName: last,
      fullName: `${first} ${last}`,
      status: "active",
      phone,
      phoneDigits: normalizePhone(phone) ?? "",
      email,
      emailLower: email?.toLowerCase() ?? null,
      addressLine1: `${rng.int(10, 9999)} ${rng.pick(words.STREETS)}`,
      city: place.city,
      state: place.state,
      postalCode: rng.digits(5),
      dateOfBirth: isoDate(anchor - rng.int(21 * 365, 70 * 365) * DAY),
      ssn: isOne ? PII_MARKERS.ssn : `9${rng.digits(2)}-${rng.digits(2)}-${rng.digits(4)}`,
      identityVerified: isOne ? false : rng.chance(0.8),
      bankName: rng.pick(words.BANKS),
      bankAccountNumber: isOne ? PII_MARKERS.bankAccount : rng.digits(10),
      bankRoutingNumber: `0${rng.digits(8)}`,
      monthlyIncomeCents: rng.int(1_800, 9_000) * 100,
      cardOnFileNumber: isOne ? PII_MARKERS.cardNumber : null,
      loyaltyNumber: isOne ? CUSTOMER_ONE.loyaltyNumber : `LY${String(10_000_000 + index).slice(-8)}`,
      externalId: isOne ? CUSTOMER_ONE.externalId : `FX-${String(index).padStart(7, "0")}`,
      preferredContactTime: rng.chance(0.6) ? rng.pick(words.CONTACT_TIMES) : null,
      preferredChannel: rng.pick(["phone", "sms", "email"] as const),
      language: rng.chance(0.85) ? "en" : "es",
      smsOptIn: rng.chance(0.6),
      emailOptIn: rng.chance(0.7),
      tier: rng.pick(["bronze", "bronze", "silver", "silver", "gold", "platinum"] as const),
      loyaltyPoints: rng.int(0, 12_000),
      tags: JSON.stringify(rng.chance(0.3) ? [rng.pick(["vip", "spanish-speaking", "hardship", "autopay", "new"])] : []),
      lockEpoch: 0,
      createdAt,
      updatedAt: createdAt,
    },
    leases: [],
    loans: [],
    loanSchedule: [],
    payments: [],
    promises: [],
    orders: [],
    orderItems: [],
    notes: [],
    activity: [],
    callbacks: [],
    ownership: [],
  };
  if (options.detail === "lean") return bundle;
  addProducts(bundle, rng, options, index, isOne);
  addNotesAndActivity(bundle, rng, options, isOne);
  addOwnershipHistory(bundle, rng, options);
  return bundle;
}
