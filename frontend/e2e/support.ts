import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

export const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:14173';
export const keycloakURL = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:18180';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'e2e-artifacts', 'screenshots');

/** screenshots are numbered per spec file, in the order the journey takes them */
const screenshotCounters = new Map<string, number>();

/**
 * Saves a full-page screenshot under e2e-artifacts/screenshots/ and runs axe (WCAG 2.1 A/AA)
 * on the page; any violation fails the test with the rule ids and the offending nodes.
 */
export async function checkPage(page: Page, name: string, testInfo: TestInfo): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const spec = basename(testInfo.file, '.spec.ts');
  const counter = (screenshotCounters.get(spec) ?? 0) + 1;
  screenshotCounters.set(spec, counter);
  const file = join(SCREENSHOT_DIR, `${spec}-${String(counter).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });

  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
  if (summary.length > 0) {
    await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(summary, null, 2), contentType: 'application/json' });
  }
  expect(summary, `axe violations on "${name}" (${page.url()})`).toEqual([]);
}

export interface AccessTokenClaims {
  aud?: string | string[];
  azp?: string;
  institution_id?: string;
  realm_access?: { roles?: string[] };
  preferred_username?: string;
}

/** Test-side only: the SPA itself never decodes tokens. */
export function decodeJwtPayload(token: string): AccessTokenClaims {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessTokenClaims;
}

export function audiences(claims: AccessTokenClaims): string[] {
  if (claims.aud === undefined) return [];
  return Array.isArray(claims.aud) ? claims.aud : [claims.aud];
}

export const DEMO_PASSWORD = 'synergia';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A control named "<action>: <subject>", the subject in visually hidden text: browsers may put a
 * space before the colon (the hidden text is a box of its own), jsdom does not.
 */
export const named = (action: string, subject: string) => new RegExp(`^${escapeRegExp(action)}\\s*:\\s*${escapeRegExp(subject)}$`);

/** the step of the plan page whose heading names it */
export const stepItem = (page: Page, title: string) =>
  page.locator('li.step').filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(title) }) });

/**
 * Logs in through the real Keycloak login page, starting from the landing page of the SPA,
 * and waits until the SPA greets the user. Answers the bearer token the SPA then sends to the
 * API (read from its own request), for test-side set-up and cross-checks.
 */
export async function logIn(page: Page, username: string, testInfo?: TestInfo): Promise<string> {
  const tokens: string[] = [];
  const onRequest = (request: { url(): string; headers(): Record<string, string> }) => {
    const authorization = request.headers()['authorization'];
    if (new URL(request.url()).pathname.startsWith('/api/v1/') && authorization?.startsWith('Bearer ')) {
      tokens.push(authorization.slice('Bearer '.length));
    }
  };
  page.on('request', onRequest);
  await page.goto('/');
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await page.waitForURL((url) => url.href.startsWith(`${keycloakURL}/realms/synergia/`));
  await expect(page.locator('#username')).toBeVisible();
  if (testInfo) await checkPage(page, 'keycloak-login', testInfo);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(baseURL));
  await expect(page.getByRole('heading', { level: 1, name: /^Dzień dobry/ })).toBeVisible();
  await expect.poll(() => tokens.length).toBeGreaterThan(0);
  page.off('request', onRequest);
  return tokens.at(-1)!;
}

export interface InstitutionPageBody {
  totalItems: number;
  items: { id: string; name: string }[];
}

/**
 * Issue #16: no page scrolls sideways on a small phone. Sets the viewport to 360 px wide, waits
 * for the layout, checks that nothing is wider than the window, and restores the viewport.
 * Every journey page can call it after its own checks.
 */
export async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: before?.height ?? 800 });
  try {
    await expect
      .poll(
        () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        { message: `"${name}" scrolls sideways at 360 px (${page.url()})` },
      )
      .toBeLessThanOrEqual(0);
  } finally {
    if (before) await page.setViewportSize(before);
  }
}
