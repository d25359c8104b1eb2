import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '@/shared/config/runtimeConfig';
import { currentLanguage } from '@/shared/i18n/i18n';
import type { AuthSession } from './auth';

const MIN_TOKEN_VALIDITY_SECONDS = 30;

/**
 * Creates the Keycloak adapter and runs its `init` exactly once. Called at module level by
 * `main.tsx` before React renders, so StrictMode double effects cannot initialise it twice.
 */
export async function initKeycloakSession(config: RuntimeConfig): Promise<AuthSession> {
  const keycloak = new Keycloak({
    url: config.keycloakUrl,
    realm: config.realm,
    clientId: config.clientId,
  });
  const origin = window.location.origin;
  const authenticated = await keycloak.init({
    onLoad: 'check-sso',
    pkceMethod: 'S256',
    silentCheckSsoRedirectUri: `${origin}/silent-check-sso.html`,
    checkLoginIframe: false,
  });

  // the Keycloak login page is shown in the language chosen in the SPA
  const login = (): void => {
    void keycloak.login({ locale: currentLanguage() });
  };

  return {
    authenticated,
    login,
    logout: () => {
      void keycloak.logout({ redirectUri: `${origin}/` });
    },
    getAccessToken: async () => {
      if (!keycloak.authenticated) return undefined;
      try {
        await keycloak.updateToken(MIN_TOKEN_VALIDITY_SECONDS);
      } catch {
        login();
        return undefined;
      }
      return keycloak.token;
    },
  };
}
