import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against an already running stack (scripts/e2e.sh starts it; there is no
 * webServer here). Uses Debian's Chromium: never run `npx playwright install`.
 * E2E_BASE_URL: the SPA (default http://localhost:14173); E2E_KEYCLOAK_URL: its Keycloak
 * (default http://localhost:18180, read in e2e/support.ts); E2E_CHROMIUM_PATH: the browser.
 */
const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:14173';

export default defineConfig({
  testDir: './e2e',
  outputDir: './e2e-artifacts/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { outputFolder: './e2e-artifacts/report', open: 'never' }]],
  use: {
    baseURL,
    locale: 'pl-PL',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: process.env.E2E_CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
