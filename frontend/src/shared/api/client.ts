import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';

export type ApiClient = Client<paths>;

/** Adds `Authorization: Bearer …` with a freshly refreshed token to every API request. */
export function bearerTokenMiddleware(getAccessToken: () => Promise<string | undefined>): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getAccessToken();
      if (token !== undefined) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      return request;
    },
  };
}

export function createApiClient(options: {
  getAccessToken: () => Promise<string | undefined>;
  baseUrl?: string;
}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? window.location.origin,
    // resolved on every call, so tests can stub the global fetch after the client exists
    fetch: (request: Request) => globalThis.fetch(request),
    headers: { Accept: 'application/json, application/problem+json' },
  });
  client.use(bearerTokenMiddleware(options.getAccessToken));
  return client;
}
