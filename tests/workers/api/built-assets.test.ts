// The built web app as the Worker serves it (web/dist, from `npm run build`): every file a screen's
// page preloads exists, and a file under /assets/ that does not exist is a 404, never the app's
// HTML with a 200 (which a browser reports as "Failed to load module script").
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http";

type RouteAssets = Record<string, { scripts: string[]; styles: string[] }>;
let routeAssets: RouteAssets;

beforeAll(async () => {
  const response = await call("/route-assets.json");
  expect(response.status, "route-assets.json: run `npm run build` first").toBe(200);
  routeAssets = await response.json();
});

describe("the screens' preloads", () => {
  it("name only files the build wrote, each served as what it is", async () => {
    // Screens a person opens by path (worker/web-app.ts screenFor), written out by hand.
    for (const screen of [
      "home",
      "dashboard",
      "search",
      "customer",
      "servicing",
      "orders",
      "order-new",
      "order-detail",
      "admin",
      "compliance",
    ]) {
      expect(Object.keys(routeAssets), screen).toContain(screen);
    }
    for (const [screen, files] of Object.entries(routeAssets)) {
      for (const href of files.scripts) {
        const response = await call(href);
        expect(response.status, `${screen}: ${href}`).toBe(200);
        expect(response.headers.get("Content-Type"), `${screen}: ${href}`).toMatch(/javascript/);
        await response.body?.cancel();
      }
      for (const href of files.styles) {
        const response = await call(href);
        expect(response.status, `${screen}: ${href}`).toBe(200);
        expect(response.headers.get("Content-Type"), `${screen}: ${href}`).toMatch(/text\/css/);
        await response.body?.cancel();
      }
    }
  });
});

describe("a file under /assets/ that does not exist", () => {
  it.each([
    ["a script fetch", { "Sec-Fetch-Dest": "script" }],
    ["a page load", { Accept: "text/html", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate" }],
  ])("is a 404 for %s", async (_, headers) => {
    for (const path of ["/assets/orders-00000000.js", "/assets/style-gone.css", "/assets/nested/missing.js"]) {
      const response = await call(path, { headers });
      expect(response.status, path).toBe(404);
      expect(response.headers.get("Content-Type") ?? "", path).not.toMatch(/text\/html/);
      expect(await response.text(), path).not.toContain("<html");
    }
  });

  it("leaves app routes to the app: an unknown screen path still gets the page", async () => {
    const response = await call("/no-such-screen", { headers: { Accept: "text/html", "Sec-Fetch-Dest": "document" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<html");
  });
});
