import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { ApiClientProvider } from '@/shared/api/ApiClientContext';
import type { ApiClient } from '@/shared/api/client';
import type { AuthSession } from '@/shared/auth/auth';
import { AuthProvider } from '@/shared/auth/AuthContext';
import { i18n } from '@/shared/i18n/i18n';
import { LandingPage } from './pages/LandingPage';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

interface AppProps {
  session: AuthSession;
  apiClient: ApiClient;
  queryClient: QueryClient;
  /** the application router; only created for signed-in users */
  router: AppRouter | null;
  /**
   * the router of visitors who are not signed in (public pages, the landing page elsewhere);
   * without it they see the landing page at every URL
   */
  anonymousRouter?: AppRouter | null;
}

/** Providers and the top-level switch between the landing page and the signed-in application. */
export function App({ session, apiClient, queryClient, router, anonymousRouter = null }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <AuthProvider session={session}>
        <ApiClientProvider client={apiClient}>
          <QueryClientProvider client={queryClient}>
            {session.authenticated && router ? (
              <RouterProvider router={router} />
            ) : !session.authenticated && anonymousRouter ? (
              <RouterProvider router={anonymousRouter} />
            ) : (
              <LandingPage />
            )}
          </QueryClientProvider>
        </ApiClientProvider>
      </AuthProvider>
    </I18nextProvider>
  );
}
