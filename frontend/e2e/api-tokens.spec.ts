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

  test('a system client acts for its institution within its scopes, rate-limited', async ({ request }) => {
    const tokenFor = async (clientId: string, secret: string) => {
      const response = await request.post(TOKEN_ENDPOINT, {
        form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
      });
      expect(response.status()).toBe(200);
      return ((await response.json()) as TokenResponse).access_token;
    };
    const pup = await tokenFor('synergia-system-pup-legionowo', 'pup-legionowo-demo-secret');
    const claims = decodeJwtPayload(pup) as { institution_id?: string; scope?: string };
    expect(claims.institution_id).toBe('a1000000-0000-4000-8000-000000000002');
    expect(claims.scope?.split(' ')).toEqual(expect.arrayContaining(['directory:write', 'referrals', 'events:read']));
    const auth = { Authorization: `Bearer ${pup}` };

    const me = (await (await request.get('/api/v1/me', { headers: auth })).json()) as { institution: { id: string } };
    expect(me.institution.id).toBe('a1000000-0000-4000-8000-000000000002');

    const inbox = await request.get('/api/v1/referrals?box=in&updatedSince=2000-01-01T00:00:00Z', { headers: auth });
    expect(inbox.status()).toBe(200);
    expect(((await inbox.json()) as { nextCursor: string }).nextCursor).toBeTruthy();
    expect(inbox.headers()['ratelimit-limit']).toBe('120');

    const feed = await request.get('/api/v1/events?after=now', { headers: auth });
    expect(feed.status()).toBe(200);

    const own = await request.get('/api/v1/institutions/a1000000-0000-4000-8000-000000000002', { headers: auth });
    expect(((await own.json()) as { editable: boolean }).editable).toBe(true);
    const other = await request.get('/api/v1/institutions/a1000000-0000-4000-8000-000000000001', { headers: auth });
    expect(((await other.json()) as { editable: boolean }).editable).toBe(false);

    // the shared read-only client has none of these scopes
    const shared = await tokenFor('synergia-integration', 'synergia-integration-demo-secret');
    const refused = await request.get('/api/v1/referrals', { headers: { Authorization: `Bearer ${shared}` } });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { errors: { code: string }[] }).errors.map((e) => e.code)).toEqual(['missing-scope']);
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
