import { expect, test } from '@playwright/test';
import { audiences, decodeJwtPayload, keycloakURL } from './support';

const TOKEN_ENDPOINT = `${keycloakURL}/realms/synergia/protocol/openid-connect/token`;

interface TokenResponse {
  access_token: string;
}

interface ProblemBody {
  status?: number;
  title?: string;
}

test.describe('real Keycloak tokens against the API (through the SPA proxy)', () => {
  test('a client-credentials token of synergia-integration is accepted', async ({ request }) => {
    const tokenResponse = await request.post(TOKEN_ENDPOINT, {
      form: {
        grant_type: 'client_credentials',
        client_id: 'synergia-integration',
        client_secret: 'synergia-integration-demo-secret',
      },
    });
    expect(tokenResponse.status()).toBe(200);
    const { access_token: token } = (await tokenResponse.json()) as TokenResponse;
    expect(audiences(decodeJwtPayload(token))).toContain('synergia-api');

    const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    const body = (await me.json()) as { roles: string[] };
    expect(body.roles).toContain('integration');

    const list = await request.get('/api/v1/institutions?size=100', { headers: { Authorization: `Bearer ${token}` } });
    expect(list.status()).toBe(200);
    // the seeded reference entries and the demo data are there; other tests may add more
    const page = (await list.json()) as { totalItems: number; items: { id: string }[] };
    expect(page.items).toHaveLength(page.totalItems);
    const ids = page.items.map((item) => item.id);
    for (let n = 1; n <= 7; n += 1) expect(ids).toContain(`a1000000-0000-4000-8000-00000000000${n}`);
  });

  test('no token answers 401 problem+json', async ({ request }) => {
    const response = await request.get('/api/v1/me');
    expect(response.status()).toBe(401);
    expect(response.headers()['content-type']).toContain('application/problem+json');
    expect(((await response.json()) as ProblemBody).status).toBe(401);
  });

  test('a garbage token answers 401', async ({ request }) => {
    const response = await request.get('/api/v1/me', { headers: { Authorization: 'Bearer not.a.jwt' } });
    expect(response.status()).toBe(401);
    expect(response.headers()['content-type']).toContain('application/problem+json');
  });
});
