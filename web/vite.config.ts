import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

const backend = `http://127.0.0.1:${process.env.PORT ?? "8787"}`;

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [solid()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Keeps CSP simple: no inline module preload polyfill script.
    modulePreload: { polyfill: false },
  },
  server: {
    port: 5173,
    proxy: {
      "/api": backend,
      "/parties": { target: backend, ws: true },
    },
  },
});
