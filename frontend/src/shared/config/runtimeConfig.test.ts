import { describe, expect, it, vi } from 'vitest';
import { loadRuntimeConfig, parseRuntimeConfig } from './runtimeConfig';

describe('parseRuntimeConfig', () => {
  it('accepts a complete config and trims the trailing slash of the Keycloak URL', () => {
    expect(
      parseRuntimeConfig({ keycloakUrl: 'http://localhost:8180/', realm: 'synergia', clientId: 'synergia-spa' }),
    ).toEqual({
      ok: true,
      config: { keycloakUrl: 'http://localhost:8180', realm: 'synergia', clientId: 'synergia-spa' },
    });
  });

  it('names the missing keys', () => {
    const result = parseRuntimeConfig({ keycloakUrl: 'http://localhost:8180', realm: '' });
    expect(result).toEqual({ ok: false, reason: 'config.json lacks: realm, clientId' });
  });

  it('rejects a URL that is not http(s)', () => {
    expect(parseRuntimeConfig({ keycloakUrl: 'javascript:alert(1)', realm: 'r', clientId: 'c' }).ok).toBe(false);
  });
});

describe('loadRuntimeConfig', () => {
  it('fails when the server answers the SPA fallback page instead of JSON', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => Promise.resolve(new Response('<!doctype html><html></html>', { status: 200 })));
    await expect(loadRuntimeConfig(fetchImpl)).resolves.toEqual({ ok: false, reason: 'config.json is not valid JSON' });
  });

  it('fails on 404', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => Promise.resolve(new Response('', { status: 404 })));
    await expect(loadRuntimeConfig(fetchImpl)).resolves.toEqual({ ok: false, reason: 'config.json answered HTTP 404' });
  });
});
