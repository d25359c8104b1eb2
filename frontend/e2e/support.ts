import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

export const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:14173';
export const keycloakURL = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:18180';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'e2e-artifacts', 'screenshots');

let screenshotCounter = 0;

/**
 * Saves a full-page screenshot under e2e-artifacts/screenshots/ and runs axe (WCAG 2.1 A/AA)
 * on the page; any violation fails the test with the rule ids and the offending nodes.
 */
export async function checkPage(page: Page, name: string, testInfo: TestInfo): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  screenshotCounter += 1;
  const file = join(SCREENSHOT_DIR, `${String(screenshotCounter).padStart(2, '0')}-${name}.png`);
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
