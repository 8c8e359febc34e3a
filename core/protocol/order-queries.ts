// Order list queries and saved views: one URL shape for the API and the orders page, so a view
// with its filters can be shared as a link.
import * as v from "valibot";
import { OPEN_STATUSES, ORDER_CHANNELS, ORDER_STATUSES, type OrderChannel, type OrderStatus } from "../domain/orders";
import { dayBounds } from "../domain/time-zone";
import { CustomerIdSchema } from "./api";

export interface OrderViewFilter {
  statuses?: readonly OrderStatus[];
  channels?: readonly OrderChannel[];
  attention?: boolean;
}

/** Saved views: the questions a rep asks of the order book, each a preset of filters. */
export const ORDER_VIEWS = {
  "needs-attention": {
    label: "Needs attention before the client calls",
    filter: { attention: true, statuses: OPEN_STATUSES },
    sort: "oldest",
  },
  "awaiting-signature": { label: "Awaiting signature", filter: { statuses: ["awaiting_signature"] }, sort: "oldest" },
  "to-review": { label: "To review", filter: { statuses: ["submitted", "in_review"] }, sort: "oldest" },
  "to-order": { label: "Ready to order by hand", filter: { statuses: ["funded"] }, sort: "oldest" },
  "personal-shopper": { label: "Personal shopper", filter: { channels: ["personal_shopper"], statuses: OPEN_STATUSES }, sort: "newest" },
  all: { label: "All orders", filter: {}, sort: "newest" },
} as const satisfies Record<string, { label: string; filter: OrderViewFilter; sort: "newest" | "oldest" }>;
export type OrderViewName = keyof typeof ORDER_VIEWS;
export const ORDER_VIEW_NAMES = Object.keys(ORDER_VIEWS) as OrderViewName[];

const csvOf = <T extends string>(values: readonly T[]) =>
  v.pipe(
    v.string(),
    v.transform((s) => s.split(",").filter((part) => part.length > 0)),
    v.array(v.picklist(values as [T, ...T[]])),
  );
const isoDay = v.pipe(v.string(), v.isoDate("must be a date (YYYY-MM-DD)"));

export const OrderListQuerySchema = v.object({
  view: v.optional(v.picklist(ORDER_VIEW_NAMES)),
  status: v.optional(csvOf(ORDER_STATUSES)),
  channel: v.optional(csvOf(ORDER_CHANNELS)),
  attention: v.optional(v.picklist(["1", "0"])),
  customer: v.optional(CustomerIdSchema),
  from: v.optional(isoDay),
  to: v.optional(isoDay),
  /** Continue after this row: `<updatedAt>~<id>` of the last row seen. */
  cursor: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}~\w{1,60}$/, "is not a cursor"))),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d+$/, "must be a whole number"), v.transform(Number), v.minValue(1), v.maxValue(100)),
    "25",
  ),
});
export type OrderListQuery = v.InferOutput<typeof OrderListQuerySchema>;

export interface ResolvedOrderQuery {
  statuses: OrderStatus[];
  channels: OrderChannel[];
  attention: boolean;
  customerId?: string;
  createdFrom?: number;
  createdBefore?: number;
  sort: "newest" | "oldest";
  after?: { updatedAt: number; id: string };
  limit: number;
}

/** A view supplies defaults; filters given explicitly in the URL win. Dates are days of the org's zone. */
export function resolveOrderQuery(query: OrderListQuery, timeZone: string): ResolvedOrderQuery {
  const view = ORDER_VIEWS[query.view ?? "all"];
  const filter: OrderViewFilter = view.filter;
  const [updatedAt, id] = query.cursor?.split("~") ?? [];
  return {
    statuses: [...(query.status ?? filter.statuses ?? [])],
    channels: [...(query.channel ?? filter.channels ?? [])],
    attention: query.attention === undefined ? (filter.attention ?? false) : query.attention === "1",
    ...(query.customer ? { customerId: query.customer } : {}),
    ...(query.from ? { createdFrom: dayBounds(query.from, timeZone).start } : {}),
    ...(query.to ? { createdBefore: dayBounds(query.to, timeZone).end } : {}),
    sort: view.sort,
    ...(updatedAt && id ? { after: { updatedAt: Number(updatedAt), id } } : {}),
    limit: query.limit,
  };
}
