// Builds the web app into web/dist, which the Fastify server serves (src/server/app.ts).
// `npm run dev:web` proxies /api to a server started with `PORT=3100 node bin/thucthi.js serve --demo`.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Officials' PCs run older Chromium-based browsers; ES2020 keeps them working.
    target: "es2020",
    chunkSizeWarningLimit: 700,
    rollupOptions: {
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
