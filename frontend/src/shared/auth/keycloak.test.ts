import { beforeEach, describe, expect, it, vi } from 'vitest';

const adapter = vi.hoisted(() => ({
  config: undefined as unknown,
  init: vi.fn<(options: unknown) => Promise<boolean>>(),
  login: vi.fn<(options: unknown) => Promise<void>>(() => Promise.resolve()),
  logout: vi.fn<(options: unknown) => Promise<void>>(() => Promise.resolve()),
  updateToken: vi.fn<(minValidity: number) => Promise<boolean>>(),
  authenticated: false,
  token: undefined as string | undefined,
}));

vi.mock('keycloak-js', () => ({
  default: class {
    constructor(config: unknown) {
      adapter.config = config;
    }
    init(options: unknown) {
      return adapter.init(options);
    }
    login(options: unknown) {
      return adapter.login(options);
    }
    logout(options: unknown) {
      return adapter.logout(options);
    }
    updateToken(minValidity: number) {
      return adapter.updateToken(minValidity);
    }
    get authenticated() {
      return adapter.authenticated;
    }
    get token() {
      return adapter.token;
    }
  },
}));

const { initKeycloakSession } = await import('./keycloak');
const config = { keycloakUrl: 'http://kc.test', realm: 'synergia', clientId: 'synergia-spa' };

describe('initKeycloakSession', () => {
  beforeEach(() => {
    adapter.init.mockReset().mockImplementation(() => {
      adapter.authenticated = true;
      adapter.token = 'token-1';
      return Promise.resolve(true);
    });
    adapter.updateToken.mockReset().mockResolvedValue(false);
    adapter.login.mockClear();
    adapter.logout.mockClear();
  });

  it('initialises check-sso with PKCE S256, silent check page and no login iframe', async () => {
    const session = await initKeycloakSession(config);
    expect(adapter.config).toEqual({ url: 'http://kc.test', realm: 'synergia', clientId: 'synergia-spa' });
    expect(adapter.init).toHaveBeenCalledWith({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
      checkLoginIframe: false,
    });
    expect(session.authenticated).toBe(true);
  });

  it('refreshes the token when it expires within 30 seconds before handing it out', async () => {
    const session = await initKeycloakSession(config);
    adapter.updateToken.mockImplementation(() => {
      adapter.token = 'token-2';
      return Promise.resolve(true);
    });
    await expect(session.getAccessToken()).resolves.toBe('token-2');
    expect(adapter.updateToken).toHaveBeenCalledWith(30);
  });

  it('sends the user to the login page when the refresh fails', async () => {
    const session = await initKeycloakSession(config);
    adapter.updateToken.mockRejectedValue(new Error('refresh failed'));
    await expect(session.getAccessToken()).resolves.toBeUndefined();
    expect(adapter.login).toHaveBeenCalledWith({ locale: 'pl' });
  });

  it('logs out back to the landing page', async () => {
    const session = await initKeycloakSession(config);
    session.logout();
    expect(adapter.logout).toHaveBeenCalledWith({ redirectUri: `${window.location.origin}/` });
  });
});
