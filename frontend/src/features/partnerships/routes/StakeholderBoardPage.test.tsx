import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem } from '@/test/fetchMock';
import {
  meEwaStaff,
  pageOf,
  partnership,
  partnershipHandlers,
  PARTNERSHIP_ID,
  readOnly,
  stakeholder,
  stakeholders,
  STAKEHOLDER_ID,
} from '@/test/partnershipFixtures';
import { renderApp } from '@/test/renderApp';

const base = `/api/v1/partnerships/${PARTNERSHIP_ID}`;
const neutral = stakeholders[2]!;

function boardHandlers(p = partnership()) {
  return {
    ...partnershipHandlers(undefined, p),
    [`GET ${base}/stakeholders`]: () => json(pageOf(stakeholders, { size: 100 })),
    [`GET ${base}/stakeholders/${STAKEHOLDER_ID}`]: () => json(neutral),
  };
}

function unprocessable(errors: { field: string; code: string; message: string }[]): Response {
  return new Response(JSON.stringify({ type: 'urn:synergia:problem:validation', title: 'Invalid request content', status: 422, errors }), {
    status: 422,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

describe('StakeholderBoardPage', () => {
  it('groups the catalogue into Zwolennicy and Neutralni, each by sector', async () => {
    mockFetch(boardHandlers());
    renderApp(`/partnerships/${PARTNERSHIP_ID}/stakeholders`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Gminny Katalog Interesariuszy' })).toBeInTheDocument();
    expect(await screen.findByText('3 interesariuszy w katalogu')).toBeInTheDocument();
    const supporters = screen.getByRole('region', { name: /^Zwolennicy MLW/ });
    expect(within(supporters).getByRole('heading', { level: 3 })).toHaveTextContent('Zwolennicy MLW (2 wpisy)');
    expect(within(supporters).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['Pomoc społeczna (1)', 'Przedsiębiorcy (1)']);
    const neutrals = screen.getByRole('region', { name: /^Neutralni MLW/ });
    expect(within(neutrals).getByText('Spółdzielnia Mieszkaniowa „Jagiellońska”')).toBeInTheDocument();
    expect(within(neutrals).getByText('Spotkanie z zarządem w kwietniu')).toBeInTheDocument();
    expect(within(neutrals).getByText('W toku')).toBeInTheDocument();
    // no scenario row for supporters
    expect(within(supporters).queryByText('Scenariusz oddziaływania')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dodaj interesariusza' })).toBeInTheDocument();
  });

  it('offers adding and changing entries only with permissions.manage', async () => {
    mockFetch({ ...boardHandlers(readOnly(partnership())), 'GET /api/v1/me': () => json(meEwaStaff) });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/stakeholders`);
    await screen.findByText('3 interesariuszy w katalogu');
    expect(screen.queryByRole('link', { name: 'Dodaj interesariusza' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Zmień wpis/ })).not.toBeInTheDocument();
  });

  it('shows the influence scenario fields only for a neutral stakeholder, and sends them only then', async () => {
    const user = userEvent.setup({ delay: null });
    const posted: Schemas['StakeholderRequest'][] = [];
    mockFetch({
      ...boardHandlers(),
      [`POST ${base}/stakeholders`]: async (_url, request) => {
        const body = (await request.json()) as Schemas['StakeholderRequest'];
        posted.push(body);
        return json(stakeholder({ id: 'a2000000-0000-4000-8000-000000000009', name: body.name ?? '', code: body.code }), 201);
      },
    });
    const { router } = renderApp(`/partnerships/${PARTNERSHIP_ID}/stakeholders/new`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dodaj interesariusza' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Inna osoba lub organizacja' }));
    await user.type(screen.getByLabelText('Nazwa lub imię i nazwisko'), 'Parafia św. Józefa');
    await user.selectOptions(screen.getByLabelText('Sektor'), 'CIVIL_SOCIETY');
    await user.type(screen.getByLabelText('Zasoby personalne'), 'Wolontariusze');
    expect(screen.queryByLabelText('Scenariusz oddziaływania')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Zwolennik MLW' }));
    expect(screen.queryByLabelText('Scenariusz oddziaływania')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Neutralny MLW' }));
    await user.type(screen.getByLabelText('Scenariusz oddziaływania'), 'Rozmowa z proboszczem');
    expect(screen.getByLabelText('Wynik scenariusza')).toHaveValue('PENDING');
    await user.click(screen.getByRole('radio', { name: 'Zwolennik MLW' }));
    expect(screen.queryByLabelText('Scenariusz oddziaływania')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dodaj do katalogu' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/partnerships/${PARTNERSHIP_ID}/stakeholders`));
    expect(await screen.findByText('Dodano do katalogu: Parafia św. Józefa.')).toBeInTheDocument();
    // typed while neutral, but a supporter has no scenario
    expect(posted[0]).toMatchObject({ name: 'Parafia św. Józefa', institutionId: null, sector: 'CIVIL_SOCIETY', code: 'SUPPORTER', influenceScenario: null });
    expect(posted[0]!.resources).toEqual({ technical: null, personnel: 'Wolontariusze', financial: null });
  });

  it('shows the error summary for missing fields and for the API’s 422', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch({
      ...boardHandlers(),
      [`POST ${base}/stakeholders`]: () => unprocessable([{ field: 'institutionId', code: 'duplicate', message: 'is already in the catalogue' }]),
    });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/stakeholders/new`);
    await user.click(await screen.findByRole('button', { name: 'Dodaj do katalogu' }));
    let errors = await screen.findByRole('alert');
    expect(within(errors).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Wybierz instytucję z katalogu.',
      'Wybierz sektor.',
      'Wybierz kod: Zwolennik albo Neutralny.',
    ]);
    const select = screen.getByLabelText('Instytucja', { selector: 'select' });
    await within(select).findByRole('option', { name: /Powiatowy Urząd Pracy/ });
    await user.selectOptions(select, within(select).getByRole('option', { name: /Powiatowy Urząd Pracy/ }));
    await user.selectOptions(screen.getByLabelText('Sektor'), 'LABOUR_MARKET');
    await user.click(screen.getByRole('radio', { name: 'Zwolennik MLW' }));
    await user.click(screen.getByRole('button', { name: 'Dodaj do katalogu' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Ta instytucja jest już w katalogu interesariuszy.'));
    errors = screen.getByRole('alert');
    await user.click(within(errors).getByRole('link', { name: 'Ta instytucja jest już w katalogu interesariuszy.' }));
    expect(screen.getByLabelText('Instytucja', { selector: 'select' })).toHaveFocus();
  });

  it('changes an entry with If-Match = its version; a 412 keeps what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    let serverVersion = 2;
    const puts: { ifMatch: string | null; body: Schemas['StakeholderRequest'] }[] = [];
    mockFetch({
      ...boardHandlers(),
      [`GET ${base}/stakeholders/${STAKEHOLDER_ID}`]: () => json({ ...neutral, version: serverVersion }),
      [`PUT ${base}/stakeholders/${STAKEHOLDER_ID}`]: async (_url, request) => {
        puts.push({ ifMatch: request.headers.get('If-Match'), body: (await request.json()) as Schemas['StakeholderRequest'] });
        if (request.headers.get('If-Match') !== `"${serverVersion}"`) return problem(412, 'Precondition Failed');
        return json({ ...neutral, version: serverVersion + 1 });
      },
    });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/stakeholders/${STAKEHOLDER_ID}/edit`);
    const outcome = await screen.findByLabelText('Wynik scenariusza');
    expect(screen.getByLabelText('Scenariusz oddziaływania')).toHaveValue('Spotkanie z zarządem w kwietniu');
    await user.selectOptions(outcome, 'WON_OVER');
    serverVersion = 3;
    await user.click(screen.getByRole('button', { name: 'Zapisz wpis' }));
    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Ktoś inny zapisał zmiany w międzyczasie');
    expect(screen.getByLabelText('Wynik scenariusza')).toHaveValue('WON_OVER');
    await user.click(within(conflict).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));
    await screen.findByText('Wczytano aktualną wersję');
    await user.click(screen.getByRole('button', { name: 'Zapisz wpis' }));
    expect(await screen.findByText('Zapisano wpis: Spółdzielnia Mieszkaniowa „Jagiellońska”.')).toBeInTheDocument();
    expect(puts.map((put) => put.ifMatch)).toEqual(['"2"', '"3"']);
    expect(puts[1]!.body.influenceScenario).toEqual({ notes: 'Spotkanie z zarządem w kwietniu', outcome: 'WON_OVER' });
  });

  it('filters the catalogue by code and sector through the URL and the API', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch({
      ...boardHandlers(),
      [`GET ${base}/stakeholders`]: (url) => {
        const params = url.searchParams;
        const code = params.get('code');
        const sector = params.get('sector');
        return json(pageOf(stakeholders.filter((item) => (!code || item.code === code) && (!sector || item.sector === sector)), { size: 100 }));
      },
    });
    const { router } = renderApp(`/partnerships/${PARTNERSHIP_ID}/stakeholders`);
    await screen.findByText('3 interesariuszy w katalogu');
    const form = screen.getByRole('form', { name: 'Filtry katalogu' });
    await user.selectOptions(within(form).getByLabelText('Kod MLW'), 'SUPPORTER');
    await user.selectOptions(within(form).getByLabelText('Sektor'), 'BUSINESS');
    await user.click(within(form).getByRole('button', { name: 'Pokaż' }));
    await waitFor(() => expect(router.state.location.search).toBe('?code=SUPPORTER&sector=BUSINESS'));
    expect(await screen.findByText('1 interesariusz w katalogu')).toBeInTheDocument();
    const last = new URL(requests.findLast((request) => new URL(request.url).pathname.endsWith('/stakeholders'))!.url).searchParams;
    expect([last.get('code'), last.get('sector'), last.get('page')]).toEqual(['SUPPORTER', 'BUSINESS', '0']);
    expect(screen.queryByRole('region', { name: /^Neutralni MLW/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /^Zwolennicy MLW/ })).getByText('Piekarnia „Pod Lipą”')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Pokaż cały katalog' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('3 interesariuszy w katalogu')).toBeInTheDocument();
  });

  it('reads the filters from the URL, ignores invalid ones and says when nothing matches', async () => {
    const { requests } = mockFetch({ ...boardHandlers(), [`GET ${base}/stakeholders`]: () => json(pageOf([], { size: 100 })) });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/stakeholders?code=NEUTRAL&sector=SPACE`);
    expect(await screen.findByText('Żaden interesariusz nie spełnia tych warunków.')).toBeInTheDocument();
    expect(screen.getByLabelText('Kod MLW')).toHaveValue('NEUTRAL');
    expect(screen.getByLabelText('Sektor')).toHaveValue('');
    const last = new URL(requests.findLast((request) => new URL(request.url).pathname.endsWith('/stakeholders'))!.url).searchParams;
    expect([last.get('code'), last.get('sector')]).toEqual(['NEUTRAL', null]);
  });
});
