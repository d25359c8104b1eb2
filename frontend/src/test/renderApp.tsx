import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { vi, type Mock } from 'vitest';
import { App } from '@/app/App';
import { anonymousRoutes, routes } from '@/app/routes';
import { createApiClient } from '@/shared/api/client';
import type { AuthSession } from '@/shared/auth/auth';

export const TEST_TOKEN = 'test-access-token';

export type FakeSession = AuthSession & { login: Mock<() => void>; logout: Mock<() => void> };

export function fakeSession(authenticated = true): FakeSession {
  return {
    authenticated,
    login: vi.fn<() => void>(),
    logout: vi.fn<() => void>(),
    getAccessToken: () => Promise.resolve(authenticated ? TEST_TOKEN : undefined),
  };
}

/**
 * Renders the whole application (real providers, routes, API client and query hooks) at the
 * given URL. Only the network is fake: stub it with `mockFetch` before calling this.
 */
export function renderApp(url = '/', session = fakeSession()) {
  const router = createMemoryRouter(session.authenticated ? routes : anonymousRoutes, { initialEntries: [url] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const apiClient = createApiClient({ getAccessToken: session.getAccessToken, baseUrl: 'http://localhost' });
  const result = render(
    <App
      session={session}
      apiClient={apiClient}
      queryClient={queryClient}
      router={session.authenticated ? router : null}
      anonymousRouter={session.authenticated ? null : router}
    />,
  );
  return { ...result, router, session };
}
