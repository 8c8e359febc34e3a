// What the Worker puts into the web app's page for the browser to read (worker/web-app.ts).

/** The id of the page's JSON data block with the first screen's API answers, by API path. */
export const PRIMED_ANSWERS_ID = "primed-answers";
