import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch } from '@/test/fetchMock';
import { legionowo } from '@/test/fixtures';
import { meJanPartnerships, pageOf, PARTNERSHIP_ID, PUP_NAME, version } from '@/test/partnershipFixtures';
import { fakeSession, renderApp } from '@/test/renderApp';

const pact: Schemas['PublicPartnership'] = {
  id: PARTNERSHIP_ID,
  gmina: legionowo,
  kind: 'PACT',
  title: 'Pakt na rzecz MLW w Legionowie',
  goals: 'Synergia działań instytucji.',
  legalCharacter: 'Bez zobowiązań finansowych.',
  activatedAt: '2025-04-01T09:00:00Z',
  signatories: [
    { name: PUP_NAME, institutionType: 'PUP', function: null, joinedOn: '2025-03-04' },
    { name: 'Maria Sołtysiak', institutionType: null, function: 'Sołtys sołectwa Michałów', joinedOn: '2025-03-05' },
  ],
  signedText: null,
};

describe('public partnership pages', () => {
  it('shows active partnerships and their signatories to a visitor who is not logged in, without a token or /me', async () => {
    const { requests } = mockFetch({ 'GET /api/v1/public/partnerships': () => json(pageOf([pact])) });
    const { session } = renderApp('/public/partnerships', fakeSession(false));
    expect(await screen.findByRole('heading', { level: 1, name: 'Partnerstwa lokalne' })).toBeInTheDocument();
    expect(await screen.findByText('1 obowiązujące partnerstwo')).toBeInTheDocument();
    const card = screen.getByRole('heading', { level: 2, name: 'Pakt na rzecz MLW w Legionowie' }).closest('li')!;
    expect(card).toHaveTextContent('gmina Legionowo, powiat legionowski, województwo mazowieckie');
    expect(within(card).getByRole('heading', { level: 3, name: '2 sygnatariusze' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Powiatowy Urząd Pracy w Legionowie – Powiatowy Urząd Pracy (PUP)');
    expect(card).toHaveTextContent('Maria Sołtysiak – Sołtys sołectwa Michałów, przystąpił(a) 5 marca 2025');
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(['/api/v1/public/partnerships']);
    expect(requests[0]!.headers.get('Authorization')).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Menu główne' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Zaloguj się' }));
    expect(session.login).toHaveBeenCalledTimes(1);
  });

  it('opens the signed text of one partnership', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch({
      'GET /api/v1/public/partnerships': () => json(pageOf([pact])),
      [`GET /api/v1/public/partnerships/${PARTNERSHIP_ID}`]: () => json({ ...pact, signedText: version(1, { signed: true, signedAt: '2025-04-01T09:00:00Z' }) }),
    });
    renderApp('/public/partnerships', fakeSession(false));
    await user.click(await screen.findByRole('link', { name: 'Pakt na rzecz MLW w Legionowie' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pakt na rzecz MLW w Legionowie' })).toBeInTheDocument();
    const text = screen.getByRole('region', { name: 'Podpisany tekst (wersja 1)' });
    expect(within(text).getByText('PAKT NA RZECZ MODELU LOKALNEJ WSPÓŁPRACY')).toBeInTheDocument();
    expect(within(text).getByRole('heading', { name: '§ 5.' })).toBeInTheDocument();
  });

  it('keeps every other URL behind the login for a visitor', () => {
    const { fetchMock } = mockFetch({});
    renderApp(`/partnerships/${PARTNERSHIP_ID}`, fakeSession(false));
    expect(screen.getByRole('heading', { level: 1, name: 'Witamy w Synergii' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'zobacz partnerstwa lokalne' })).toHaveAttribute('href', '/public/partnerships');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is also reachable inside the application for signed-in users', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meJanPartnerships), 'GET /api/v1/public/partnerships': () => json(pageOf([pact])) });
    renderApp('/public/partnerships');
    expect(await screen.findByRole('heading', { level: 1, name: 'Partnerstwa lokalne' })).toBeInTheDocument();
    expect(await within(screen.getByRole('navigation', { name: 'Menu główne' })).findByRole('link', { name: 'Partnerstwa' })).toBeInTheDocument();
  });

  it('filters by kind and by gmina through the URL, keeping the filters when paging', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch({
      'GET /api/v1/public/partnerships': () => json(pageOf([pact], { totalItems: 45, totalPages: 3 })),
    });
    const { router } = renderApp('/public/partnerships', fakeSession(false));
    await screen.findByText('45 obowiązujących partnerstw');
    expect(new URL(requests[0]!.url).searchParams.get('gmina')).toBeNull();

    await user.selectOptions(screen.getByLabelText('Rodzaj'), 'PACT');
    await user.click(screen.getByRole('button', { name: 'Pokaż partnerstwa' }));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=PACT'));
    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.get('kind')).toBe('PACT'));

    await user.click(screen.getByRole('link', { name: 'Tylko gmina Legionowo' }));
    await waitFor(() => expect(router.state.location.search).toBe('?gmina=1408011&kind=PACT'));
    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.get('gmina')).toBe('1408011'));
    expect(await screen.findByText(/Pokazano tylko gminę Legionowo\./)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tylko gmina Legionowo' })).not.toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation', { name: 'Stronicowanie' })).getByRole('link', { name: /Następna/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?gmina=1408011&kind=PACT&page=2'));
    const last = new URL(requests.at(-1)!.url).searchParams;
    expect([last.get('gmina'), last.get('kind'), last.get('page'), last.get('size')]).toEqual(['1408011', 'PACT', '1', '20']);

    await user.click(screen.getByRole('link', { name: 'Pokaż wszystkie gminy' }));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=PACT'));
  });

  it('ignores invalid filters in the URL and says when nothing matches', async () => {
    const { requests } = mockFetch({ 'GET /api/v1/public/partnerships': () => json(pageOf([])) });
    renderApp('/public/partnerships?gmina=14x&kind=OTHER&page=-1', fakeSession(false));
    expect(await screen.findByText('Nie ma jeszcze obowiązujących partnerstw.')).toBeInTheDocument();
    const params = new URL(requests[0]!.url).searchParams;
    expect([params.get('gmina'), params.get('kind'), params.get('page')]).toEqual([null, null, '0']);
  });

  it('says when the filters match nothing', async () => {
    mockFetch({ 'GET /api/v1/public/partnerships': () => json(pageOf([])) });
    renderApp('/public/partnerships?gmina=1408011&kind=COOPERATION_AGREEMENT', fakeSession(false));
    expect(await screen.findByText('Nie ma obowiązujących partnerstw spełniających te warunki.')).toBeInTheDocument();
    expect(screen.getByText(/Pokazano tylko obszar o kodzie TERYT 1408011\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Rodzaj')).toHaveValue('COOPERATION_AGREEMENT');
  });
});
