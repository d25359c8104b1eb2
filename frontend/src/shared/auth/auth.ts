/** What the SPA needs from the identity provider. The Keycloak implementation lives in keycloak.ts. */
export interface AuthSession {
  readonly authenticated: boolean;
  /** Redirects to the login page. */
  login(): void;
  /** Logs out at the identity provider and returns to the landing page. */
  logout(): void;
  /**
   * A fresh access token (refreshed when it would expire within 30 s), or `undefined` when the
   * user is not logged in. When the refresh fails the user is sent to the login page.
   */
  getAccessToken(): Promise<string | undefined>;
}
