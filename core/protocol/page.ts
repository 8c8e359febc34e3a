// What the Worker puts into the web app's page for the browser to read (worker/web-app.ts).

/** The id of the page's JSON data block with the first screen's API answers, by API path. */
export const PRIMED_ANSWERS_ID = "primed-answers";

/**
 * A `<meta>` the page carries only where dev sign-in exists (local development on loopback), so the
 * sign-in screen asks for the seeded staff only there: elsewhere the request would be a 404 in the
 * console of every production sign-in page.
 */
export const DEV_SIGN_IN_META = "tandem-dev-sign-in";
