// Small pieces of servicing: the delinquency bucket, a schedule table, and promises to pay.
import { For, Show } from "solid-js";
import type { DelinquencyBucket } from "../../../../core/domain/servicing";
import type { LeaseScheduleLine, LoanScheduleLine, PromiseView } from "../../../../core/protocol/servicing-answers";
import { calendarDate, formatCents } from "../../lib/format";
import { SyncBadge } from "../integrations/sync-badge";

const BUCKET_TONE: Record<DelinquencyBucket, string> = {
  current: "success",
  "1-30": "warning",
  "31-60": "warning",
  "61-90": "danger",
  "90+": "danger",
};

export function DelinquencyBadge(props: { bucket: DelinquencyBucket; days: number }) {
  return (
    <span class={`badge badge-${BUCKET_TONE[props.bucket]}`} title={`${props.days} days past due`}>
      {props.bucket === "current" ? "Current" : `${props.bucket} days past due`}
    </span>
  );
}

/** A lease's line or a loan's, read by one table (a loan's adds the split and what was paid). */
type ScheduleLine = Pick<LeaseScheduleLine, "seq" | "dueDate" | "status"> &
  Partial<Omit<LeaseScheduleLine & LoanScheduleLine, "seq" | "dueDate" | "status">>;

const STATUS_LABEL: Record<ScheduleLine["status"], string> = { paid: "Paid", past_due: "Past due", upcoming: "Upcoming" };

/** Every payment, with the loan's split into principal and interest when there is one. */
export function ScheduleTable(props: { lines: ScheduleLine[]; split: boolean; caption: string }) {
  return (
    <details class="schedule">
      <summary>
        {props.caption} ({props.lines.length})
      </summary>
      <div class="schedule-scroll">
        <table class="doc-table">
          <thead>
            <tr>
              <th scope="col" class="num">
                #
              </th>
              <th scope="col">Due</th>
              <th scope="col" class="num">
                Payment
              </th>
              <Show when={props.split}>
                <th scope="col" class="num">
                  Principal
                </th>
                <th scope="col" class="num">
                  Interest
                </th>
              </Show>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.lines}>
              {(line) => (
                <tr classList={{ [`line-${line.status}`]: true }}>
                  <td class="num">{line.seq}</td>
                  <td>{calendarDate(line.dueDate)}</td>
                  <td class="num">{formatCents(line.paymentCents ?? line.amountCents ?? 0)}</td>
                  <Show when={props.split}>
                    <td class="num">{formatCents(line.principalCents ?? 0)}</td>
                    <td class="num">{formatCents(line.interestCents ?? 0)}</td>
                  </Show>
                  <td>
                    {STATUS_LABEL[line.status]}
                    <Show when={line.status !== "paid" && (line.paidCents ?? 0) > 0}> ({formatCents(line.paidCents ?? 0)} paid)</Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function PromiseList(props: { promises: PromiseView[]; canAct: boolean; onResolve: (promise: PromiseView) => void }) {
  return (
    <Show when={props.promises.length > 0}>
      <ul class="promise-list" aria-label="Promises to pay">
        <For each={props.promises}>
          {(promise) => (
            <li class="promise">
              <span>
                Promise: {formatCents(promise.amountCents)} by {calendarDate(promise.dueDate)}
              </span>
              <span class={`badge badge-${promise.status === "open" ? "warning" : promise.status === "kept" ? "success" : "neutral"}`}>
                {promise.status}
              </span>
              <SyncBadge recordType="promise" recordId={promise.id} />
              <Show when={promise.status === "open"}>
                <button type="button" class="btn btn-ghost" disabled={!props.canAct} onClick={() => props.onResolve(promise)}>
                  Resolve
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
