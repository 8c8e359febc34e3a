// A real room socket opened inside a signed-in page (the browser sends its own cookie and Origin),
// driven directly, for tests that need someone else's live actions without their screen.
import type { Page } from "playwright-core";

type RoomWindow = { roomSocket: WebSocket; roomFrames: { type: string }[] };

export async function openRoomInPage(page: Page, customerId: string): Promise<void> {
  await page.goto("/account");
  await page.evaluate(async (id) => {
    const ws = new WebSocket(`${location.origin.replace("http", "ws")}/parties/customer-room/${id}?device=phone`);
    const frames: { type: string }[] = [];
    Object.assign(window, { roomSocket: ws, roomFrames: frames });
    ws.addEventListener("message", (e) => frames.push(JSON.parse(String(e.data))));
    await new Promise((resolve) => ws.addEventListener("open", resolve));
  }, customerId);
  await page.waitForFunction(() => (window as unknown as RoomWindow).roomFrames.some((f) => f.type === "room-state"));
}

/** Sends a frame and resolves (with the page's clock) once a frame of `replyType` arrives. */
export async function sendAndWait(page: Page, frame: object, replyType: string): Promise<number> {
  return page.evaluate(
    async ({ frame, replyType }) => {
      const w = window as unknown as RoomWindow;
      const before = w.roomFrames.length;
      w.roomSocket.send(JSON.stringify({ v: 1, ...frame }));
      while (!w.roomFrames.slice(before).some((f) => f.type === replyType)) await new Promise((r) => requestAnimationFrame(r));
      return Date.now();
    },
    { frame, replyType },
  );
}

export async function closeRoomInPage(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as RoomWindow).roomSocket.close());
}
