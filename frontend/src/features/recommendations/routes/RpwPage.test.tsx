import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { institutionPage, opsDetail, OPS_ID, PUP_ID, summary } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';
import { meAnalyst } from '@/test/regionalFixtures';

const ROPS_ID = meAnalyst.institution!.id;
const rops = { id: ROPS_ID, name: 'Mazowieckie Centrum Polityki Społecznej', type: 'ROPS' as const };
const ops = { id: OPS_ID, name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie', type: 'OPS' as const };

function member(over: Partial<Schemas['RpwMember']> & Pick<Schemas['RpwMember'], 'id' | 'personName'>): Schemas['RpwMember'] {
  return { institution: rops, representativeRole: 'ROPS', chair: false, fromDate: '2026-01-15', toDate: null, active: true, version: 0, ...over };
}

const anna = member({ id: 'd1000000-0000-4000-8000-000000000001', personName: 'Anna Zielińska', chair: true });
const piotr = member({ id: 'd1000000-0000-4000-8000-000000000002', personName: 'Piotr Lis', institution: ops, representativeRole: 'ZSL_REPRESENTATIVE', version: 2 });

function rpw(over: Partial<Schemas['RpwResponse']> = {}): Schemas['RpwResponse'] {
  return { voivodeship: '14', voivodeshipName: 'mazowieckie', members: [anna, piotr], meetings: [], canManage: true, ...over };
}

const meeting: Schemas['RpwMeetingResponse'] = {
  id: 'f1000000-0000-4000-8000-000000000001',
  voivodeship: '14',
  heldOn: '2026-12-15',
  place: 'Warszawa, ul. Nowogrodzka 62A',
  agenda: 'Nasycenie CIS i KIS w powiatach',
  attendance: [],
  minutes: null,
  decisions: [],
  recordedBy: 'Tomasz Wójcik',
  recordedAt: '2026-12-01T10:00:00Z',
  version: 0,
};

function handlers(extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    'GET /api/v1/me': () => json(meAnalyst),
    'GET /api/v1/notifications/unread-count': () => json({ count: 0 }),
    [`GET /api/v1/institutions/${ROPS_ID}`]: () => json({ ...opsDetail, id: ROPS_ID, type: 'ROPS', gmina: { ...opsDetail.gmina, teryt: '1465011', name: 'Warszawa' } }),
    'GET /api/v1/institutions': () => json(institutionPage([summary({ id: PUP_ID, type: 'PUP', name: 'Powiatowy Urząd Pracy w Legionowie' })])),
    'GET /api/v1/regional/rpw/14': () => json(rpw()),
    ...extra,
  };
}

describe('the RPW page for the ROPS analyst', () => {
  it('adds a member delegated by an institution of the directory, after saying what is missing', async () => {
    const user = userEvent.setup({ delay: null });
    const added = member({ id: 'd1000000-0000-4000-8000-000000000003', personName: 'Ewa Nowak', institution: { id: PUP_ID, name: 'Powiatowy Urząd Pracy w Legionowie', type: 'PUP' }, representativeRole: 'PUP', fromDate: '2026-12-01' });
    let current = rpw();
    const { requests } = mockFetch(
      handlers({
        'GET /api/v1/regional/rpw/14': () => json(current),
        'POST /api/v1/regional/rpw/14/members': () => {
          current = rpw({ members: [anna, added, piotr] });
          return json(current, 201);
        },
      }),
    );
    renderApp('/regional/rpw');
    expect(await screen.findByRole('heading', { level: 1, name: 'Regionalna Platforma Współpracy – województwo mazowieckie' })).toBeInTheDocument();
    expect(screen.getByText('W składzie są obecnie 2 osoby.')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Dodaj członka' });
    await user.click(within(form).getByRole('button', { name: 'Dodaj członka' }));
    const summaryBox = await within(form).findByRole('alert');
    expect(within(summaryBox).getByRole('link', { name: 'Wpisz imię i nazwisko członka.' })).toHaveAttribute('href', '#rpw-member-personName');
    expect(within(summaryBox).getByRole('link', { name: 'Wybierz instytucję, która deleguje członka.' })).toBeInTheDocument();
    expect(within(summaryBox).getByRole('link', { name: 'Wybierz, kogo reprezentuje członek.' })).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(within(form).getByLabelText('Imię i nazwisko'), 'Ewa Nowak');
    const institution = within(form).getByRole('combobox', { name: 'Instytucja delegująca' });
    await waitFor(() => expect(within(institution).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(institution, PUP_ID);
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kogo reprezentuje' }), 'PUP');
    await user.clear(within(form).getByLabelText('Członek od'));
    await user.type(within(form).getByLabelText('Członek od'), '2026-12-01');
    await user.click(within(form).getByRole('button', { name: 'Dodaj członka' }));

    expect(await screen.findByText('Dodano członka: Ewa Nowak.')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ personName: 'Ewa Nowak', institutionId: PUP_ID, representativeRole: 'PUP', chair: false, fromDate: '2026-12-01', toDate: null });
    expect(await screen.findByRole('rowheader', { name: 'Ewa Nowak' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Imię i nazwisko')).toHaveValue('');
  });

  it('shows a second chair refused by the API at the chair box, nothing added', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(
      handlers({
        'POST /api/v1/regional/rpw/14/members': () =>
          json({ type: 'about:blank', title: 'Unprocessable', status: 422, errors: [{ field: 'role', code: 'duplicate', message: 'the body already has a chair for some of these days' }] }, 422),
      }),
    );
    renderApp('/regional/rpw');
    const form = await screen.findByRole('form', { name: 'Dodaj członka' });
    await user.type(within(form).getByLabelText('Imię i nazwisko'), 'Ewa Nowak');
    const institution = within(form).getByRole('combobox', { name: 'Instytucja delegująca' });
    await waitFor(() => expect(within(institution).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(institution, PUP_ID);
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kogo reprezentuje' }), 'PUP');
    await user.click(within(form).getByRole('checkbox', { name: 'Przewodniczy platformie' }));
    await user.click(within(form).getByRole('button', { name: 'Dodaj członka' }));
    const summaryBox = await within(form).findByRole('alert');
    expect(within(summaryBox).getByRole('link', { name: 'Platforma ma już osobę przewodniczącą w części tych dni.' })).toHaveAttribute('href', '#rpw-member-chair');
    expect(screen.queryByRole('rowheader', { name: 'Ewa Nowak' })).not.toBeInTheDocument();
  });

  it('ends a membership only after confirming the person and the last day, with the member’s version', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch(
      handlers({ [`PUT /api/v1/regional/rpw/14/members/${piotr.id}`]: () => json(rpw({ members: [anna, { ...piotr, toDate: '2026-12-31', version: 3 }] })) }),
    );
    renderApp('/regional/rpw');
    await user.click(await screen.findByRole('button', { name: 'Zakończ członkostwo: Piotr Lis' }));
    // the chair's row offers it too, each named by its person
    expect(screen.getByRole('button', { name: 'Zakończ członkostwo: Anna Zielińska' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Zakończenie członkostwa: Piotr Lis' });
    const day = within(form).getByLabelText('Ostatni dzień członkostwa');
    await user.clear(day);
    await user.type(day, '2025-12-31');
    await user.click(within(form).getByRole('button', { name: 'Dalej' }));
    expect(within(form).getAllByText(/nie wcześniejszą niż początek członkostwa \(15 stycznia 2026\)/).length).toBeGreaterThan(0);

    await user.clear(day);
    await user.type(day, '2026-12-31');
    await user.click(within(form).getByRole('button', { name: 'Dalej' }));
    const confirm = screen.getByRole('group', { name: 'Czy na pewno zakończyć członkostwo: Piotr Lis, z ostatnim dniem 31 grudnia 2026?' });
    expect(confirm).toHaveFocus();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Tak, zakończ członkostwo' }));

    expect(await screen.findByText('Zakończono członkostwo: Piotr Lis, ostatni dzień 31 grudnia 2026.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.clone().json()).toEqual({ personName: 'Piotr Lis', institutionId: OPS_ID, representativeRole: 'ZSL_REPRESENTATIVE', chair: false, fromDate: '2026-01-15', toDate: '2026-12-31' });
    expect(screen.queryByRole('button', { name: 'Zakończ członkostwo: Piotr Lis' })).not.toBeInTheDocument();
  });

  it('cancelling the confirmation changes nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch(handlers());
    renderApp('/regional/rpw');
    await user.click(await screen.findByRole('button', { name: 'Zakończ członkostwo: Piotr Lis' }));
    await user.click(screen.getByRole('button', { name: 'Dalej' }));
    await user.click(screen.getByRole('button', { name: 'Anuluj' }));
    expect(screen.getByRole('button', { name: 'Zakończ członkostwo: Piotr Lis' })).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('plans a meeting with its date, place and agenda, and lists it linked to its page', async () => {
    const user = userEvent.setup({ delay: null });
    let current = rpw();
    const { requests } = mockFetch(
      handlers({
        'GET /api/v1/regional/rpw/14': () => json(current),
        'POST /api/v1/regional/rpw/14/meetings': () => {
          current = rpw({ meetings: [{ id: meeting.id, heldOn: meeting.heldOn, place: meeting.place, present: 0, decisions: 0, recordedAt: meeting.recordedAt, version: 0 }] });
          return json(meeting, 201);
        },
      }),
    );
    renderApp('/regional/rpw');
    const form = await screen.findByRole('form', { name: 'Zaplanuj lub odnotuj posiedzenie' });
    await user.click(within(form).getByRole('button', { name: 'Zapisz posiedzenie' }));
    const summaryBox = await within(form).findByRole('alert');
    expect(within(summaryBox).getByRole('link', { name: 'Wpisz miejsce posiedzenia.' })).toBeInTheDocument();
    expect(within(summaryBox).getByRole('link', { name: 'Wpisz porządek obrad.' })).toBeInTheDocument();

    const day = within(form).getByLabelText('Data posiedzenia');
    await user.clear(day);
    await user.type(day, '2026-12-15');
    await user.type(within(form).getByLabelText('Miejsce'), meeting.place);
    await user.type(within(form).getByLabelText('Porządek obrad'), meeting.agenda);
    // the attendance offers the members serving that day, named with whom they represent
    expect(within(form).getByRole('checkbox', { name: /^Piotr Lis \(przedstawiciel ZSL, Miejski Ośrodek/ })).not.toBeChecked();
    expect(within(form).getByRole('checkbox', { name: /^Anna Zielińska \(regionalny ośrodek .*, przewodniczący\(-a\), Mazowieckie/ })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Zapisz posiedzenie' }));

    expect(await screen.findByText('Zapisano posiedzenie 15 grudnia 2026, Warszawa, ul. Nowogrodzka 62A.')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ heldOn: '2026-12-15', place: meeting.place, agenda: meeting.agenda, attendance: [], minutes: null, decisions: [] });
    expect(await screen.findByRole('link', { name: 'Posiedzenie 15 grudnia 2026, Warszawa, ul. Nowogrodzka 62A' })).toHaveAttribute('href', `/regional/rpw/meetings/${meeting.id}`);
  });

  it('is read-only for a caller who may not manage it', async () => {
    mockFetch(handlers({ 'GET /api/v1/regional/rpw/14': () => json(rpw({ canManage: false })) }));
    renderApp('/regional/rpw');
    expect(await screen.findByRole('rowheader', { name: /Piotr Lis/ })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Dodaj członka' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Zaplanuj lub odnotuj posiedzenie' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Zakończ członkostwo/ })).not.toBeInTheDocument();
  });
});

describe('a meeting of the RPW', () => {
  it('records the attendance, minutes and decisions of a planned meeting with its version', async () => {
    const user = userEvent.setup({ delay: null });
    let current = meeting;
    const { requests } = mockFetch(
      handlers({
        [`GET /api/v1/regional/rpw/14/meetings/${meeting.id}`]: () => json(current),
        [`PUT /api/v1/regional/rpw/14/meetings/${meeting.id}`]: async (_url, request) => {
          const body = (await request.clone().json()) as Schemas['BodyMeetingRequest'];
          current = { ...meeting, attendance: [piotr], minutes: body.minutes ?? null, decisions: body.decisions ?? [], version: 1 };
          return json(current);
        },
      }),
    );
    renderApp(`/regional/rpw/meetings/${meeting.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Posiedzenie 15 grudnia 2026, Warszawa, ul. Nowogrodzka 62A' })).toBeInTheDocument();
    expect(screen.getByText('Nie zapisano obecności.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Odnotuj obecność, protokół i decyzje' }));
    const form = screen.getByRole('form', { name: 'Odnotuj obecność, protokół i decyzje' });
    await user.click(within(form).getByRole('checkbox', { name: /^Piotr Lis/ }));
    await user.type(within(form).getByLabelText('Protokół'), 'Omówiono nasycenie CIS i KIS.');
    await user.type(within(form).getByLabelText('Decyzje'), 'Rekomendacja dla Legionowa{Enter}Raport na marzec');
    await user.click(within(form).getByRole('button', { name: 'Zapisz zmiany' }));

    expect(await screen.findByText('Zapisano zmiany posiedzenia.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(await put.clone().json()).toEqual({
      heldOn: '2026-12-15',
      place: meeting.place,
      agenda: meeting.agenda,
      attendance: [piotr.id],
      minutes: 'Omówiono nasycenie CIS i KIS.',
      decisions: ['Rekomendacja dla Legionowa', 'Raport na marzec'],
    });
    expect(await screen.findByRole('heading', { name: 'Obecna 1 osoba' })).toBeInTheDocument();
    expect(screen.getByText('Omówiono nasycenie CIS i KIS.')).toBeInTheDocument();
  });

  it('says a meeting of another voivodeship is not there', async () => {
    mockFetch(handlers({ [`GET /api/v1/regional/rpw/14/meetings/${meeting.id}`]: () => problem(404, 'Not Found') }));
    renderApp(`/regional/rpw/meetings/${meeting.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nie ma takiego posiedzenia' })).toBeInTheDocument();
  });
});
