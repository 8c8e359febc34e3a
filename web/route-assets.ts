// Build step: writes `route-assets.json` beside index.html, naming for each lazily loaded screen
// (web/src/routes/<name>.tsx) the scripts and styles it needs beyond the app shell. The Worker reads
// it to put those files in the page's <head> as preloads, so a phone fetches the screen's code
// alongside the shell instead of after it (worker/web-app.ts). It runs after every other plugin's
// generateBundle: Vite's CSS plugin deletes the JS chunks that only carried CSS (with cssCodeSplit
// off, a screen's own stylesheet import leaves such an empty chunk) and drops them from the other
// chunks' imports, so only files the build writes are named.
import type { Plugin } from "vite";

export type RouteAssets = Record<string, { scripts: string[]; styles: string[] }>;

interface ChunkLike {
  type: "chunk";
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

export function routeAssets(): Plugin {
  return {
    name: "tandem-route-assets",
    apply: "build",
    enforce: "post",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const chunks = new Map<string, ChunkLike>();
        for (const output of Object.values(bundle))
          if (output.type === "chunk") chunks.set(output.fileName, output as unknown as ChunkLike);
        const closure = (start: string, into = new Set<string>()) => {
          if (into.has(start) || !chunks.has(start)) return into;
          into.add(start);
          for (const next of chunks.get(start)?.imports ?? []) closure(next, into);
          return into;
        };
        const shell = new Set<string>();
        for (const chunk of chunks.values()) if (chunk.isEntry) closure(chunk.fileName, shell);
        const routes: RouteAssets = {};
        for (const chunk of chunks.values()) {
          const name = chunk.isDynamicEntry ? chunk.facadeModuleId?.match(/\/src\/routes\/([\w-]+)\.tsx$/)?.[1] : undefined;
          if (!name) continue;
          const files = [...closure(chunk.fileName)].filter((file) => !shell.has(file));
          routes[name] = {
            scripts: files.map((file) => `/${file}`),
            styles: [...new Set(files.flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])]))].map(
              (file) => `/${file}`,
            ),
          };
        }
        this.emitFile({ type: "asset", fileName: "route-assets.json", source: `${JSON.stringify(routes, null, 1)}\n` });
      },
    },
  };
}
