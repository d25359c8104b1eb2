import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from '@/app/App';
import { BootErrorPage } from '@/app/pages/BootErrorPage';
import { anonymousRoutes, routes } from '@/app/routes';
import { createApiClient } from '@/shared/api/client';
import { createQueryClient } from '@/shared/api/queryClient';
import { initKeycloakSession } from '@/shared/auth/keycloak';
import { loadRuntimeConfig } from '@/shared/config/runtimeConfig';
import { i18n } from '@/shared/i18n/i18n';
import { I18nextProvider } from 'react-i18next';
import '@/app/styles.css';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('#root element missing in index.html');
const root = createRoot(rootElement);

function render(node: ReactNode): void {
  root.render(<StrictMode>{node}</StrictMode>);
}

function renderBootError(kind: 'config' | 'auth', details: string): void {
  render(
    <I18nextProvider i18n={i18n}>
      <BootErrorPage kind={kind} details={details} />
    </I18nextProvider>,
  );
}

/**
 * Start-up, once per page load and before React renders: load /config.json, initialise
 * Keycloak (check-sso), then render the application.
 */
async function bootstrap(): Promise<void> {
  const configResult = await loadRuntimeConfig();
  if (!configResult.ok) {
    renderBootError('config', configResult.reason);
    return;
  }

  let session;
  try {
    session = await initKeycloakSession(configResult.config);
  } catch (error) {
    const details = error instanceof Error ? error.message : JSON.stringify(error ?? 'unknown error');
    renderBootError('auth', `${configResult.config.keycloakUrl}: ${details}`);
    return;
  }

  const apiClient = createApiClient({ getAccessToken: session.getAccessToken });
  const queryClient = createQueryClient();
  const router = session.authenticated ? createBrowserRouter(routes) : null;
  const anonymousRouter = session.authenticated ? null : createBrowserRouter(anonymousRoutes);
  render(<App session={session} apiClient={apiClient} queryClient={queryClient} router={router} anonymousRouter={anonymousRouter} />);
}

void bootstrap();
