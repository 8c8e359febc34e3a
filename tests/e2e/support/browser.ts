// Chromium for e2e tests: CHROMIUM_PATH, else a system chromium, else @sparticuz/chromium.
import { execFileSync } from "node:child_process";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Keeps Chromium off the (closed) network so it starts quickly and quietly. */
const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

function systemChromium(): string | null {
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const path = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (path) return path;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

/** Also used by the bench to start Chromium for Lighthouse. */
export async function resolveChromium(): Promise<{ executablePath: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: QUIET_FLAGS };
  const system = systemChromium();
  if (system) return { executablePath: system, args: QUIET_FLAGS };
  const sparticuz = (await import("@sparticuz/chromium")).default;
  // Its Lambda-oriented flags include --single-process (one context per browser) and
  // --disable-web-security (would hide CSP and CORS mistakes); keep only rendering flags.
  const rendering = sparticuz.args.filter((flag) =>
    /^--(use-gl|use-angle|enable-unsafe-swiftshader|in-process-gpu|ignore-gpu-blocklist|font-render-hinting)/.test(flag),
  );
  return { executablePath: await sparticuz.executablePath(), args: [...rendering, ...QUIET_FLAGS] };
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await resolveChromium();
  return chromium.launch({ executablePath, args: [...new Set(args)], headless: true });
}

export const VIEWPORTS = {
  phone: { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  tablet: { width: 820, height: 1180, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { width: 1440, height: 900, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** A browser context already signed in as `email` (dev sign-in through the real API). */
export async function signedInContext(
  browser: Browser,
  baseURL: string,
  email: string,
  viewport: ViewportName = "desktop",
): Promise<BrowserContext> {
  const { width, height, ...device } = VIEWPORTS[viewport];
  const context = await browser.newContext({ baseURL, viewport: { width, height }, ...device });
  const response = await context.request.post("/api/auth/dev/sign-in", { data: { email }, headers: { Origin: baseURL } });
  if (!response.ok()) throw new Error(`sign-in of ${email} failed: ${response.status()}`);
  return context;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: false });
}
