import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem } from '@/test/fetchMock';
import {
  meeting,
  MEETING_ID,
  MEMBER_ID,
  meEwaStaff,
  ngoJoined,
  opsSignatory,
  partnership,
  partnershipHandlers,
  PARTNERSHIP_ID,
  pupInvited,
  readOnly,
  SIG_NGO,
  zsl,
} from '@/test/partnershipFixtures';
import { renderApp } from '@/test/renderApp';

const base = `/api/v1/partnerships/${PARTNERSHIP_ID}`;

function unprocessable(errors: { field: string; code: string; message: string }[]): Response {
  return new Response(JSON.stringify({ type: 'urn:synergia:problem:validation', title: 'Invalid request content', status: 422, errors }), {
    status: 422,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

describe('ZslPage', () => {
  it('lists members with their delegating signatory and role, and the meetings', async () => {
    mockFetch({ ...partnershipHandlers(), [`GET ${base}/zsl`]: () => json(zsl) });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/zsl`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Zespół Synergii Lokalnej' })).toBeInTheDocument();
    expect(await screen.findByText('Burmistrz Legionowa')).toBeInTheDocument();
    const members = screen.getByRole('table', { name: 'Członkowie Zespołu Synergii Lokalnej' });
    const anna = within(members).getByRole('row', { name: /Anna Nowicka/ });
    expect(within(anna).getByText('Przewodniczący(-a)')).toBeInTheDocument();
    expect(within(anna).getByText('W składzie')).toBeInTheDocument();
    expect(within(members).getByRole('row', { name: /Tomasz Zając/ })).toHaveTextContent('Poza składem');
    expect(screen.getByText('W składzie jest 1 osoba.')).toBeInTheDocument();
    const meetings = screen.getByRole('region', { name: 'Posiedzenia' });
    expect(within(meetings).getByRole('link', { name: 'Posiedzenie 10 marca 2025, MOPS Legionowo, sala 12' })).toHaveAttribute(
      'href',
      `/partnerships/${PARTNERSHIP_ID}/zsl/meetings/${MEETING_ID}`,
    );
    expect(within(meetings).getByText(/Obecna 1 osoba · 2 decyzje/)).toBeInTheDocument();
    expect(within(meetings).getByRole('button', { name: /Protokół \(PDF\)/ })).toBeInTheDocument();
  });

  it('records a meeting with attendance as checkboxes of the members serving that day', async () => {
    const user = userEvent.setup({ delay: null });
    const posted: Schemas['BodyMeetingRequest'][] = [];
    mockFetch({
      ...partnershipHandlers(),
      [`GET ${base}/zsl`]: () => json(zsl),
      [`POST ${base}/zsl/meetings`]: async (_url, request) => {
        const body = (await request.json()) as Schemas['BodyMeetingRequest'];
        posted.push(body);
        return json({ ...meeting, place: body.place }, 201);
      },
    });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/zsl`);
    const form = await screen.findByRole('form', { name: 'Zapisz posiedzenie' });
    await user.clear(within(form).getByLabelText('Data posiedzenia'));
    await user.click(within(form).getByRole('button', { name: 'Zapisz posiedzenie' }));
    const errors = await within(form).findByRole('alert');
    expect(within(errors).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Uzupełnij pole „Data posiedzenia”.',
      'Wpisz miejsce posiedzenia.',
      'Wpisz porządek obrad.',
    ]);
    await user.type(within(form).getByLabelText('Data posiedzenia'), '2025-03-20');
    // Tomasz Zając served until February: not offered for a March meeting
    expect(within(form).queryByRole('checkbox', { name: /Tomasz Zając/ })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('checkbox', { name: 'Anna Nowicka (Przewodniczący(-a), Miejski Ośrodek Pomocy Społecznej w Legionowie)' }));
    await user.type(within(form).getByLabelText('Miejsce'), 'Urząd Miasta, sala obrad');
    await user.type(within(form).getByLabelText('Porządek obrad'), 'Wybór wariantu');
    await user.type(within(form).getByLabelText('Protokół'), 'Protokół posiedzenia');
    await user.type(within(form).getByLabelText('Decyzje'), 'Pierwsza decyzja{Enter}{Enter}Druga decyzja');
    await user.click(within(form).getByRole('button', { name: 'Zapisz posiedzenie' }));
    expect(await screen.findByText('Zapisano posiedzenie: Urząd Miasta, sala obrad.')).toBeInTheDocument();
    expect(posted).toEqual([
      {
        heldOn: '2025-03-20',
        place: 'Urząd Miasta, sala obrad',
        agenda: 'Wybór wariantu',
        attendance: [MEMBER_ID],
        minutes: 'Protokół posiedzenia',
        decisions: ['Pierwsza decyzja', 'Druga decyzja'],
      },
    ]);
  });

  it('adds a member delegated by a joined signatory; the API’s 422 lands in the summary', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch({
      ...partnershipHandlers(undefined, partnership(), [opsSignatory, ngoJoined, pupInvited]),
      [`GET ${base}/zsl`]: () => json(zsl),
      [`POST ${base}/zsl/members`]: () => unprocessable([{ field: 'role', code: 'duplicate', message: 'the ZSL already has a chair for some of these days' }]),
    });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/zsl`);
    const form = await screen.findByRole('form', { name: 'Dodaj członka' });
    const signatory = within(form).getByLabelText('Delegujący sygnatariusz');
    await within(signatory).findByRole('option', { name: 'Stowarzyszenie „Wspólna Droga”' });
    // only joined signatories delegate members
    expect(within(signatory).queryByRole('option', { name: /Powiatowy Urząd Pracy/ })).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText('Imię i nazwisko'), 'Piotr Zieliński');
    await user.selectOptions(signatory, SIG_NGO);
    await user.selectOptions(within(form).getByLabelText('Funkcja w zespole'), 'CHAIR');
    await user.click(within(form).getByRole('button', { name: 'Dodaj członka' }));
    const errors = await within(form).findByRole('alert');
    expect(within(errors).getByRole('link', { name: 'Zespół ma już przewodniczącego w części tych dni.' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Imię i nazwisko')).toHaveValue('Piotr Zieliński');
  });

  it('hides every form when the caller may not change the ZSL', async () => {
    mockFetch({ ...partnershipHandlers(meEwaStaff, readOnly(partnership())), [`GET ${base}/zsl`]: () => json({ ...zsl, canManage: false }) });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/zsl`);
    await screen.findByText('Burmistrz Legionowa');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Zakończ członkostwo/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zmień dane zespołu' })).not.toBeInTheDocument();
  });
});

describe('ZslMeetingPage', () => {
  it('shows attendance, minutes and decisions; saves changes with If-Match = the meeting version and survives a 412', async () => {
    const user = userEvent.setup({ delay: null });
    let serverVersion = 4;
    const ifMatches: (string | null)[] = [];
    mockFetch({
      ...partnershipHandlers(),
      [`GET ${base}/zsl`]: () => json(zsl),
      [`GET ${base}/zsl/meetings/${MEETING_ID}`]: () => json({ ...meeting, version: serverVersion }),
      [`PUT ${base}/zsl/meetings/${MEETING_ID}`]: (_url, request) => {
        ifMatches.push(request.headers.get('If-Match'));
        if (request.headers.get('If-Match') !== `"${serverVersion}"`) return problem(412, 'Precondition Failed');
        return json({ ...meeting, minutes: 'Nowy protokół', version: serverVersion + 1 });
      },
    });
    renderApp(`/partnerships/${PARTNERSHIP_ID}/zsl/meetings/${MEETING_ID}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Posiedzenie 10 marca 2025, MOPS Legionowo, sala 12' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Obecna 1 osoba' })).getByText(/Anna Nowicka/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Decyzje' })).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Protokół (PDF)' })).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Zmień zapis posiedzenia' }));
    const form = screen.getByRole('form', { name: 'Zmień zapis posiedzenia' });
    const minutes = within(form).getByLabelText('Protokół');
    await user.clear(minutes);
    await user.type(minutes, 'Nowy protokół');
    serverVersion = 5;
    await user.click(within(form).getByRole('button', { name: 'Zapisz zmiany posiedzenia' }));
    const conflict = await within(form).findByRole('alert');
    expect(within(form).getByLabelText('Protokół')).toHaveValue('Nowy protokół');
    await user.click(within(conflict).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));
    await within(form).findByText('Wczytano aktualną wersję');
    await user.click(within(form).getByRole('button', { name: 'Zapisz zmiany posiedzenia' }));
    expect(await screen.findByText('Zapisano zmiany posiedzenia.')).toBeInTheDocument();
    await waitFor(() => expect(ifMatches).toEqual(['"4"', '"5"']));
  });
});
