import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { ApiClientProvider } from '@/shared/api/ApiClientContext';
import { createApiClient } from '@/shared/api/client';
import { i18n } from '@/shared/i18n/i18n';
import { TEST_TOKEN } from './renderApp';

/**
 * Renders one component with the real providers (translations, API client, query cache, a
 * router for its links). Only the network is fake: stub it with `mockFetch` first. For a
 * component's own logic; whole journeys go through `renderApp`.
 */
export function renderWithProviders(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const apiClient = createApiClient({ getAccessToken: () => Promise.resolve(TEST_TOKEN), baseUrl: 'http://localhost' });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <ApiClientProvider client={apiClient}>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter>{ui}</MemoryRouter>
        </QueryClientProvider>
      </ApiClientProvider>
    </I18nextProvider>,
  );
  return { ...result, queryClient };
}
