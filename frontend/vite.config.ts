/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const apiTarget = process.env.SYNERGIA_API_URL ?? 'http://localhost:8080';
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/q': { target: apiTarget, changeOrigin: false },
};
const previewPort = Number(process.env.SPA_PORT ?? '14173');

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: previewPort, strictPort: true, proxy },
  build: {
    rolldownOptions: {
      output: {
        // libraries change far less often than the app: a separate, long-cached chunk. The map's
        // and the charts' libraries get chunks of their own, loaded only by the pages that draw
        // a map or a chart (ADR 0028, 0029); the charts' chunk uses the map's (Plot uses d3-geo).
        codeSplitting: {
          groups: [
            { name: 'map-vendor', test: /[\\/]node_modules[\\/](d3-geo|d3-array|internmap|topojson-client)[\\/]/, priority: 3 },
            {
              name: 'chart-vendor',
              test: /[\\/]node_modules[\\/](@observablehq[\\/]plot|d3|d3-[a-z-]+|delaunator|robust-predicates|interval-tree-1d|binary-search-bounds|isoformat)[\\/]/,
              priority: 2,
            },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // whole-app renders on a busy 2-core CI machine: generous, a hung test still fails
    testTimeout: 20_000,
    pool: 'threads',
    maxWorkers: 2,
  },
});
