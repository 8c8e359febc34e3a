// Demo mode: the back offices at work while Tandem is open. Every few seconds one of: a new order
// at a partner checkout (often for Maya Johnson, cus_0001, so her profile shows it), an order
// moving along the platform's pipeline, or a payment posted to a lease or loan.
import type { BackOffice } from "./back-office";

const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

export async function oneActivity(office: BackOffice): Promise<string> {
  const world = office.world;
  const roll = Math.random();
  if (roll < 0.4) {
    const customer = Math.random() < 0.4 ? "FX-0000001" : (pick(world.tandemCustomers())?.id ?? "FX-0000001");
    const order = await office.createOrder(customer);
    return `new order ${order.number} for ${customer}`;
  }
  if (roll < 0.7) {
    const open = [...world.orders.values()].filter(
      (o) => o.id.startsWith("PO-") && !["delivered", "returned", "cancelled"].includes(o.status),
    );
    const order = pick(open);
    if (order) {
      const moved = await office.advanceOrder(order.id);
      if (moved) return `order ${moved.number} is ${moved.status}`;
    }
  }
  const products = [
    ...[...world.loans.values()].filter((l) => l.status === "active").map((l) => ({ product: "loan" as const, id: l.id })),
    ...[...world.leases.values()].filter((l) => l.status === "active").map((l) => ({ product: "lease" as const, id: l.id })),
  ];
  const target = pick(products);
  if (!target) return "nothing to do";
  await office.postPayment(target.product, target.id);
  return `payment posted to ${target.product} ${target.id}`;
}

export function startActivity(office: BackOffice, everyMs: () => number): () => void {
  let timer: NodeJS.Timeout | null = null;
  const tick = async () => {
    const ms = everyMs();
    if (ms > 0) {
      try {
        console.log(`[simulator] ${await oneActivity(office)}`);
      } catch (error) {
        console.error(`[simulator] activity failed: ${String(error)}`);
      }
    }
    timer = setTimeout(() => void tick(), Math.max(ms, 1_000));
  };
  timer = setTimeout(() => void tick(), Math.max(everyMs(), 1_000));
  return () => {
    if (timer) clearTimeout(timer);
  };
}
