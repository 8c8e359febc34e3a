import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";
import { routeAssets } from "./route-assets";

const backend = `http://127.0.0.1:${process.env.PORT ?? "8787"}`;

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [solid(), routeAssets()],

  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Keeps CSP simple: no inline module preload polyfill script.
    modulePreload: { polyfill: false },
    // One stylesheet for every screen: all of it is 8.4 KB gzip, less than the four files a profile
    // needed when split by screen, and it arrives with the page instead of after the screen's code.
    cssCodeSplit: false,

    rolldownOptions: {
      output: {
        // App modules that three or more screens share go into one "common" chunk (with what they
        // import) instead of a dozen 1 KB chunks: a phone on HTTP/1.1 fetches six files at a time,
        // so a screen's file count, more than its bytes, decided how soon it painted (npm run bench).
        codeSplitting: {
          // Modules used only by their own screens stay out of "common": there they would weigh on
          // every customer screen (npm run size). The merchant screens share chunks of their own; the
          // loyalty module's code is used only by its lazy tab, its sheet and the campaign page.
          groups: [
            // What the merchant portal's screens share, and the service desk's, in a chunk each: in
            // "common" they were 4.5 KB gzip of every staff screen (search went over its 60 KB). Only
            // these modules move; what they import (solid, the shared libs) stays in "common".
            {
              name: "portal",
              test: /[\\/](web[\\/]src[\\/](components[\\/]portal[\\/]|lib[\\/]portal)|core[\\/]protocol[\\/]portal)/,
              minShareCount: 3,
              includeDependenciesRecursively: false,
            },
            {
              name: "desk",
              test: /[\\/](web[\\/]src[\\/](components[\\/]desk[\\/]|lib[\\/](desk|ticket))|core[\\/]protocol[\\/]ticket)/,
              minShareCount: 3,
              includeDependenciesRecursively: false,
            },
            {
              name: "common",
              test: /[\\/]web[\\/]src[\\/](lib[\\/](?!merchant|loyalty)|components[\\/](?!merchants[\\/]|loyalty[\\/]))/,
              minShareCount: 3,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      "/api": backend,
      "/parties": { target: backend, ws: true },
    },
  },
});
