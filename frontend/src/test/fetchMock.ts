import { vi } from 'vitest';

export type Handler = (url: URL, request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, title: string, detail?: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Replaces the global `fetch` with a tiny router keyed by `"METHOD /path"`. Unmatched requests
 * answer 599 so a test never silently hits the network. Returns the recorded requests.
 */
export function mockFetch(handlers: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const url = new URL(request.url);
    const handler = handlers[`${request.method} ${url.pathname}`];
    if (!handler) return problem(599, `No mock for ${request.method} ${url.pathname}`);
    return handler(url, request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}
