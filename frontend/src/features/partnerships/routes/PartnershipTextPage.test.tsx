import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem } from '@/test/fetchMock';
import { diff12, meEwaStaff, partnership, partnershipHandlers, PARTNERSHIP_ID, readOnly, version, versionSummaries } from '@/test/partnershipFixtures';
import { renderApp } from '@/test/renderApp';

const base = `/api/v1/partnerships/${PARTNERSHIP_ID}`;
const signedSummaries: Schemas['PartnershipVersionSummary'][] = [
  { ...versionSummaries[1]!, signed: true, signedAt: '2025-04-01T09:00:00Z' },
];
const active = partnership({
  status: 'ACTIVE',
  allowedTransitions: [],
  signedVersion: 1,
  activatedAt: '2025-04-01T09:00:00Z',
  joinedSignatories: 3,
  permissions: { edit: false, addVersion: true, manage: true, transition: true },
});

function textHandlers(p = partnership(), summaries = versionSummaries) {
  return {
    ...partnershipHandlers(undefined, p),
    [`GET ${base}/versions`]: () => json(summaries),
    [`GET ${base}/versions/1`]: () => json(version(1, { signed: summaries.at(-1)!.signed, signedAt: summaries.at(-1)!.signedAt ?? null })),
    [`GET ${base}/versions/2`]: () => json(version(2)),
    [`GET ${base}/versions/2/diff`]: () => json(diff12),
  };
}

describe('PartnershipTextPage', () => {
  it('shows the two versions compared section by section, insertions and deletions marked by <ins>/<del> with hidden labels', async () => {
    const { requests } = mockFetch(textHandlers());
    renderApp(`/partnerships/${PARTNERSHIP_ID}/text?from=1&to=2`);
    const diff = await screen.findByRole('region', { name: 'Zmiany od wersji 1 do wersji 2' });
    expect(await within(diff).findByText('Między wersją 1 a 2 zmieniły się 4 sekcje.')).toBeInTheDocument();
    const diffCall = requests.find((request) => request.url.includes('/diff'))!;
    expect(new URL(diffCall.url).searchParams.get('against')).toBe('1');

    const changed = within(diff).getByRole('heading', { name: /§ 1\. Zmieniona/ }).closest('li')!;
    const inserted = changed.querySelectorAll('ins');
    expect([...inserted].map((node) => node.textContent)).toEqual(['[dodano: i jednomyślnie ]']);
    expect(inserted[0]!.querySelector('.visually-hidden')).toHaveTextContent('[dodano:');
    expect(changed.querySelector('del')).toBeNull();
    expect(changed).toHaveTextContent('Sygnatariusze Paktu wspólnie [dodano: i jednomyślnie ]uzgadniają cel.');

    // a changed heading is shown as struck old and underlined new heading, even when the body is the same
    const renamed = within(diff).getByRole('heading', { name: /§ 2\. Zadania i zakres Zmieniona/ }).closest('li')!;
    expect(renamed).toHaveTextContent('Nagłówek: [usunięto: Zadania] [dodano: Zadania i zakres]');
    expect(renamed).toHaveTextContent('Strony realizują zadania.');

    const added = within(diff).getByRole('heading', { name: /§ 8\. Dodana/ }).closest('li')!;
    expect(added.querySelector('ins')).toHaveTextContent('Pakt wchodzi w życie z dniem podpisania.');
    const removed = within(diff).getByRole('heading', { name: /§ 7\. Usunięta/ }).closest('li')!;
    expect(removed.querySelector('del')).toHaveTextContent('[usunięto: Pakt sporządzono w egzemplarzach.]');
    // an unchanged section stays folded
    const unchanged = within(diff).getByRole('heading', { name: /Preambuła Bez zmian/ }).closest('li')!;
    expect(within(unchanged).getByText('Pokaż niezmieniony tekst sekcji')).toBeInTheDocument();
    expect(unchanged.querySelector('ins, del')).toBeNull();
  });

  it('compares the versions chosen in the form, through the URL', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(textHandlers());
    const { router } = renderApp(`/partnerships/${PARTNERSHIP_ID}/text`);
    const form = await screen.findByRole('form', { name: 'Porównaj wersje' });
    expect(within(form).getByLabelText('Wersja wcześniejsza')).toHaveValue('1');
    expect(within(form).getByLabelText('Wersja późniejsza')).toHaveValue('2');
    await user.click(within(form).getByRole('button', { name: 'Porównaj' }));
    await waitFor(() => expect(router.state.location.search).toBe('?from=1&to=2'));
    expect(await screen.findByRole('region', { name: 'Zmiany od wersji 1 do wersji 2' })).toBeInTheDocument();
  });

  it('marks the signed version frozen and offers an amendment, not a change of it', async () => {
    mockFetch(textHandlers(active, signedSummaries));
    renderApp(`/partnerships/${PARTNERSHIP_ID}/text`);
    const versions = await screen.findByRole('region', { name: 'Wersje tekstu' });
    const row = await within(versions).findByRole('row', { name: /Wersja 1/ });
    expect(within(row).getByText('Podpisana – zamrożona')).toBeInTheDocument();
    // the signed version can never be discarded
    expect(within(row).queryByRole('button', { name: /Odrzuć/ })).not.toBeInTheDocument();
    expect(await screen.findByText(/Ta wersja została podpisana .* i jest zamrożona/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zaproponuj aneks' })).toBeInTheDocument();
  });

  it('saves an amendment with a note and If-Match = the partnership version; a 412 keeps every section as typed', async () => {
    const user = userEvent.setup({ delay: null });
    let current = active;
    const posts: { ifMatch: string | null; body: Schemas['VersionRequest'] }[] = [];
    mockFetch({
      ...textHandlers(active, signedSummaries),
      [`GET ${base}`]: () => json(current),
      [`POST ${base}/versions`]: async (_url, request) => {
        posts.push({ ifMatch: request.headers.get('If-Match'), body: (await request.json()) as Schemas['VersionRequest'] });
        if (request.headers.get('If-Match') !== `"${current.version}"`) return problem(412, 'Precondition Failed');
        return json({ ...version(2), amendment: true }, 201);
      },
    });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/text`);
    await user.click(await screen.findByRole('button', { name: 'Zaproponuj aneks' }));
    const editor = await screen.findByRole('form', { name: 'Nowy aneks' });
    const section = within(editor).getByRole('group', { name: /^Sekcja 2 § 1\./ });
    const body = within(section).getByLabelText('Treść');
    expect(body).toHaveValue('Sygnatariusze Paktu wspólnie uzgadniają cel.');
    await user.type(body, ' Nowe zdanie.');

    // an amendment needs its reasons
    await user.click(within(editor).getByRole('button', { name: 'Zapisz aneks' }));
    const errors = await within(editor).findByRole('alert');
    expect(within(errors).getByRole('link', { name: 'Napisz, co zmienia aneks i dlaczego.' })).toBeInTheDocument();
    expect(posts).toHaveLength(0);
    await user.type(within(editor).getByLabelText('Co zmienia aneks i dlaczego'), 'Doprecyzowanie celu');

    current = { ...active, version: 6 };
    await user.click(within(editor).getByRole('button', { name: 'Zapisz aneks' }));
    const conflict = await within(editor).findByRole('alert');
    expect(conflict).toHaveTextContent('Ktoś inny zapisał zmiany w międzyczasie');
    expect(within(section).getByLabelText('Treść')).toHaveValue('Sygnatariusze Paktu wspólnie uzgadniają cel. Nowe zdanie.');
    await user.click(within(conflict).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));
    await within(editor).findByText('Wczytano aktualną wersję');
    await user.click(within(editor).getByRole('button', { name: 'Zapisz aneks' }));
    expect(await screen.findByText('Zapisano wersję 2.')).toBeInTheDocument();
    expect(posts.map((post) => post.ifMatch)).toEqual(['"5"', '"6"']);
    expect(posts[1]!.body.note).toBe('Doprecyzowanie celu');
    expect(posts[1]!.body.sections[1]).toEqual({ number: '§ 1.', heading: null, body: 'Sygnatariusze Paktu wspólnie uzgadniają cel. Nowe zdanie.' });
    expect(posts[1]!.body.sections).toHaveLength(3);
  });

  it('shows no editing controls to whom the API gives none', async () => {
    mockFetch({ ...textHandlers(readOnly(partnership())), 'GET /api/v1/me': () => json(meEwaStaff) });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/text`);
    await screen.findByRole('region', { name: 'Wersje tekstu' });
    await screen.findByRole('region', { name: 'Tekst wersji 2' });
    expect(screen.queryByRole('button', { name: /Zaproponuj/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Odrzuć/ })).not.toBeInTheDocument();
  });
});
