// Promo code claims: whether a customer may claim a code now, and if not, why (the reasons a rep
// reads out on the call). Limiters restrict how a code is used: once per customer, N per day, or
// only on some days and hours, in the code's own time zone.

export const CLAIM_REFUSALS = ["expired", "not_eligible", "limit_reached", "invalid", "locked_out"] as const;
export type ClaimRefusal = (typeof CLAIM_REFUSALS)[number];

export const LIMITER_KINDS = ["once_per_customer", "per_day", "window"] as const;
export type LimiterKind = (typeof LIMITER_KINDS)[number];

export type Limiter =
  | { kind: "once_per_customer" }
  /** At most `max` claims per calendar day, in the code's time zone. */
  | { kind: "per_day"; max: number }
  /** Only on `days` (0 = Sunday) between `startMinute` and `endMinute` (minutes after midnight, end excluded). */
  | { kind: "window"; days: number[]; startMinute: number; endMinute: number };

export interface PromoRule {
  code: string;
  startsAt: number;
  endsAt: number;
  /** Tier keys that may claim it; null: everyone. */
  eligibleTiers: readonly string[] | null;
  limiters: readonly Limiter[];
  /** IANA zone the days and hours of the limiters are read in. */
  timeZone: string;
}

export type ClaimDecision = { ok: true } | { ok: false; reason: ClaimRefusal; limiter: LimiterKind | null; message: string };

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock day and time of `at` in `timeZone`. */
export function localTime(at: number, timeZone: string): { day: string; weekday: number; minute: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS.indexOf((parts.weekday ?? "Sun") as (typeof WEEKDAYS)[number]),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const clock = (minute: number) => {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  const suffix = h < 12 || h === 24 ? "am" : "pm";
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour} ${suffix}` : `${hour}:${String(m).padStart(2, "0")} ${suffix}`;
};

function dayList(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b).join(",");
  if (sorted === "1,2,3,4,5") return "Weekdays";
  if (sorted === "0,6") return "Weekends";
  if (sorted === "0,1,2,3,4,5,6") return "Every day";
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => WEEKDAYS[d])
    .join(", ");
}

/** How a limiter reads on screen: "Once per customer", "3 per day", "Weekends 9 am–5 pm". */
export function describeLimiter(limiter: Limiter): string {
  switch (limiter.kind) {
    case "once_per_customer":
      return "Once per customer";
    case "per_day":
      return `${limiter.max} per day`;
    case "window":
      return `${dayList(limiter.days)} ${clock(limiter.startMinute)}–${clock(limiter.endMinute)}`;
  }
}

/** Whether the limiter lets one more claim through at `at`, given this customer's earlier accepted claims. */
export function limiterAllows(limiter: Limiter, previous: readonly number[], at: number, timeZone: string): boolean {
  switch (limiter.kind) {
    case "once_per_customer":
      return previous.length === 0;
    case "per_day": {
      const today = localTime(at, timeZone).day;
      return previous.filter((p) => localTime(p, timeZone).day === today).length < limiter.max;
    }
    case "window": {
      const now = localTime(at, timeZone);
      return limiter.days.includes(now.weekday) && now.minute >= limiter.startMinute && now.minute < limiter.endMinute;
    }
  }
}

/**
 * The decision on one claim. Checked in the order a person would explain it: a locked-out customer
 * can claim nothing; then is it a code at all, is it in its dates, is this customer eligible, and
 * does every limiter let it through.
 */
export function decideClaim(input: {
  rule: PromoRule | null;
  tier: string;
  /** Times of this customer's earlier accepted claims of this code. */
  previous: readonly number[];
  at: number;
  lockedOut: boolean;
}): ClaimDecision {
  const { rule, at } = input;
  const refuse = (reason: ClaimRefusal, message: string, limiter: LimiterKind | null = null): ClaimDecision => ({
    ok: false,
    reason,
    limiter,
    message,
  });
  if (input.lockedOut) return refuse("locked_out", "Promo codes are locked for this customer after repeated failed claims");
  if (!rule) return refuse("invalid", "No such promo code");
  if (at < rule.startsAt) return refuse("invalid", `${rule.code} is not active yet`);
  if (at >= rule.endsAt) return refuse("expired", `${rule.code} has expired`);
  if (rule.eligibleTiers && !rule.eligibleTiers.includes(input.tier))
    return refuse("not_eligible", `${rule.code} is for ${rule.eligibleTiers.join(" and ")} members only`);
  for (const limiter of rule.limiters) {
    if (!limiterAllows(limiter, input.previous, at, rule.timeZone))
      return refuse("limit_reached", `${rule.code}: ${describeLimiter(limiter).toLowerCase()}`, limiter.kind);
  }
  return { ok: true };
}
