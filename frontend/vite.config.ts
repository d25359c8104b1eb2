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
        // libraries change far less often than the app: a separate, long-cached chunk
        codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/ }] },
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
