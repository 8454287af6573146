// Builds the web app into web/dist, which the Fastify server serves (src/server/app.ts).
// `npm run dev:web` proxies /api to a server started with `PORT=3100 node bin/thucthi.js serve --demo`.
// The web imports pure code from ../src/core and types from ../src/modules/*/contract.ts: Vite bundles
// the first like its own files (the dev server may read them: its allowed root is the repository's,
// the folder of the nearest package.json), and type-only imports vanish from the bundle.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * Writes .br and .gz beside each text asset, so a server that serves precompressed files
 * (@fastify/static `preCompressed: true`) sends a third of the bytes without compressing per request.
 */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "thucthi-precompress",
    apply: "build",
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file) || statSync(file).size < 1024) continue;
        const bytes = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

/**
 * Prints the citizens' portal's initial JavaScript (its entry chunk and what it imports
 * statically), gzipped: the portal must stay under 100 KB on a cheap phone (issue 15).
 */
function portalSize(): Plugin {
  return {
    name: "thucthi-portal-size",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === "chunk" ? [[c.fileName, c] as const] : [])),
      );
      const entry = [...chunks.values()].find((c) => c.isEntry && c.name === "portal");
      if (!entry) return;
      const seen = new Set<string>();
      const walk = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        for (const i of chunks.get(name)?.imports ?? []) walk(i);
      };
      walk(entry.fileName);
      const bytes = [...seen].reduce((sum, name) => sum + gzipSync(chunks.get(name)?.code ?? "").length, 0);
      console.info(
        `Cổng công dân (/cong-dan): JS ban đầu ${(bytes / 1024).toFixed(1)} KB gzip (${seen.size} tệp)`,
      );
    },
  };
}

export default defineConfig({
  root,
  base: "/",
  plugins: [react(), precompress(), portalSize()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Officials' PCs run older Chromium-based browsers; ES2020 keeps them working.
    target: "es2020",
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      // The officials' app, and the citizens' portal with its own light bundle (no React, no antd).
      input: { main: join(root, "index.html"), portal: join(root, "cong-dan/index.html") },
      output: {
        // React and the router change rarely: a chunk of their own stays cached across releases.
        manualChunks: (id) =>
          /node_modules\/(react|react-dom|react-router|scheduler)\//.test(id) ? "react" : undefined,
      },
    },
  },
  server: {
    port: 5173,
    proxy: { "/api": { target: process.env.API_URL ?? "http://127.0.0.1:3100", changeOrigin: false } },
  },
});
