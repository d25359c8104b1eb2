import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem } from '@/test/fetchMock';
import { PUP_ID } from '@/test/fixtures';
import {
  leaderInvited,
  meEwaStaff,
  mePawel,
  ngoJoined,
  opsSignatory,
  pageOf,
  partnership,
  partnershipHandlers,
  PARTNERSHIP_ID,
  PUP_NAME,
  pupInvited,
  pupRef,
  readOnly,
  SIG_LEADER,
  SIG_PUP,
} from '@/test/partnershipFixtures';
import { renderApp } from '@/test/renderApp';

const PAGE_URL = `/partnerships/${PARTNERSHIP_ID}`;
const base = `/api/v1/partnerships/${PARTNERSHIP_ID}`;

function unprocessable(errors: Schemas['FieldError'][]): Response {
  return new Response(JSON.stringify({ type: 'urn:synergia:problem:validation', title: 'Invalid request content', status: 422, errors }), {
    status: 422,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

const event = (id: number) => ({ id, occurredAt: '2025-03-01T09:00:00Z', actor: 'Jan Kowalski', actorInstitution: null, action: 'SIGNATORY_INVITED' as const, summary: `Zdarzenie ${id}` });

describe('PartnershipPage', () => {
  it('shows the agreement, its status, signatories and history', async () => {
    mockFetch({
      ...partnershipHandlers(),
      [`GET ${base}/history`]: () =>
        json(pageOf([{ id: 1, occurredAt: '2025-03-01T09:00:00Z', actor: 'Jan Kowalski', actorInstitution: null, action: 'CREATED', summary: 'Utworzono projekt.' }])),
    });
    renderApp(PAGE_URL);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pakt na rzecz Modelu Lokalnej Współpracy w Gminie Legionowo' })).toBeInTheDocument();
    expect(document.title).toBe('Pakt na rzecz Modelu Lokalnej Współpracy w Gminie Legionowo – Synergia');
    expect(screen.getByRole('navigation', { name: 'Części partnerstwa' })).toBeInTheDocument();
    expect(screen.getByText('Na czas nieokreślony (§ 5 ust. 2)')).toBeInTheDocument();
    const signatories = screen.getByRole('region', { name: 'Sygnatariusze' });
    expect(await within(signatories).findByText('Przystąpiło 2 sygnatariuszy.')).toBeInTheDocument();
    const opsRow = within(signatories).getByRole('row', { name: /Miejski Ośrodek/ });
    expect(within(opsRow).getByText('Inicjator')).toBeInTheDocument();
    expect(within(opsRow).getByText('Strona porozumienia')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Historia' });
    expect(await within(history).findByText('Utworzono projekt.')).toBeInTheDocument();
  });

  it('explains before and after a refused activation why fewer than three signatories are not enough', async () => {
    const user = userEvent.setup({ delay: null });
    const consultation = partnership({ status: 'CONSULTATION', allowedTransitions: ['DRAFT', 'ACTIVE'] });
    mockFetch({
      ...partnershipHandlers(undefined, consultation),
      [`POST ${base}/transitions`]: () =>
        // meanwhile a signatory withdrew: the alert words the API's answer, not the page read before
        unprocessable([
          { field: 'signatories', code: 'too-few-signatories', message: 'at least three joined signatories are needed; 1 joined', params: { required: 3, joined: 1 } },
        ]),
    });
    renderApp(PAGE_URL);
    const status = await screen.findByRole('region', { name: 'Status porozumienia' });
    expect(within(status).getByText(/Pakt wymaga co najmniej 3 sygnatariuszy, którzy przystąpili \(§ 5 ust. 3\)\. Brakuje jeszcze 1 sygnatariusza \(przystąpiło dotąd: 2\)\./)).toBeInTheDocument();
    await user.click(within(status).getByRole('button', { name: 'Aktywuj – podpisz wersję 1' }));
    const alert = await within(status).findByRole('alert');
    expect(alert).toHaveTextContent('Nie można aktywować porozumienia');
    expect(alert).toHaveTextContent('Brakuje jeszcze 2 sygnatariuszy (przystąpiło dotąd: 1).');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('moves the status with If-Match = the partnership version; a 412 offers the current version', async () => {
    const user = userEvent.setup({ delay: null });
    let current = partnership();
    const ifMatches: (string | null)[] = [];
    const bodies: unknown[] = [];
    mockFetch({
      ...partnershipHandlers(),
      [`GET ${base}`]: () => json(current),
      [`POST ${base}/transitions`]: async (_url, request) => {
        ifMatches.push(request.headers.get('If-Match'));
        bodies.push(await request.json());
        if (request.headers.get('If-Match') !== `"${current.version}"`) return problem(412, 'Precondition Failed');
        current = partnership({ status: 'CONSULTATION', allowedTransitions: ['DRAFT', 'ACTIVE'], version: current.version + 1 });
        return json(current);
      },
    });
    renderApp(PAGE_URL);
    const status = await screen.findByRole('region', { name: 'Status porozumienia' });
    // someone else changed the partnership meanwhile
    current = partnership({ version: 6 });
    await user.click(within(status).getByRole('button', { name: 'Przekaż do konsultacji' }));
    const alert = await within(status).findByRole('alert');
    expect(alert).toHaveTextContent('Ktoś inny zapisał zmiany w międzyczasie');
    await user.click(within(alert).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));
    expect(await within(status).findByText('Wczytano aktualną wersję')).toBeInTheDocument();
    await user.click(within(status).getByRole('button', { name: 'Przekaż do konsultacji' }));
    expect(await screen.findByText('Zmieniono status na: Konsultacje.')).toBeInTheDocument();
    expect(ifMatches).toEqual(['"5"', '"6"']);
    expect(bodies[1]).toEqual({ to: 'CONSULTATION', reason: null });
  });

  it('hides every control the caller may not use (staff of the OPS: permissions and actions empty)', async () => {
    mockFetch(partnershipHandlers(meEwaStaff, readOnly(partnership()), [{ ...opsSignatory, actions: [] }, ngoJoined, { ...pupInvited, actions: [] }]));
    renderApp(PAGE_URL);
    const status = await screen.findByRole('region', { name: 'Status porozumienia' });
    expect(within(status).queryByRole('button')).not.toBeInTheDocument();
    expect(within(status).getByText(/Status zmienia koordynator instytucji inicjującej \(Miejski Ośrodek Pomocy Społecznej w Legionowie\)/)).toBeInTheDocument();
    const signatories = screen.getByRole('region', { name: 'Sygnatariusze' });
    await within(signatories).findByText('Przystąpiło 2 sygnatariuszy.');
    expect(within(signatories).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Zaproś sygnatariusza' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zmień tytuł i cele' })).not.toBeInTheDocument();
  });

  it('lets the invited PUP join: its coordinator accepts with If-Match = the signatory version; a 412 keeps the input', async () => {
    const user = userEvent.setup({ delay: null });
    let pup = { ...pupInvited, actions: ['ACCEPT', 'DECLINE'] as Schemas['SignatoryAction'][] };
    const calls: { ifMatch: string | null; body: unknown }[] = [];
    mockFetch({
      ...partnershipHandlers(mePawel, readOnly(partnership()), [opsSignatory, ngoJoined, pup]),
      [`GET ${base}/signatories`]: () => json([{ ...opsSignatory, actions: [] }, ngoJoined, pup]),
      [`POST ${base}/signatories/${SIG_PUP}/acceptance`]: async (_url, request) => {
        calls.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        if (request.headers.get('If-Match') !== `"${pup.version}"`) return problem(412, 'Precondition Failed');
        pup = { ...pup, status: 'JOINED', actions: ['WITHDRAW'], version: pup.version + 1 };
        return json(pup);
      },
    });
    renderApp(PAGE_URL);
    const signatories = await screen.findByRole('region', { name: 'Sygnatariusze' });
    await user.click(await within(signatories).findByRole('button', { name: `Przyjmij zaproszenie: ${PUP_NAME}` }));
    const form = screen.getByRole('form', { name: `Przystąpienie: ${PUP_NAME}` });
    // the representative is required for an institution
    await user.click(within(form).getByRole('button', { name: 'Przystąp do porozumienia' }));
    expect(await within(form).findByRole('link', { name: 'Wpisz, kto podpisuje w imieniu instytucji.' })).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Imię i nazwisko osoby podpisującej'), 'Paweł Kamiński');
    pup = { ...pup, version: 1 };
    await user.click(within(form).getByRole('button', { name: 'Przystąp do porozumienia' }));
    const conflict = await within(form).findByRole('alert');
    expect(conflict).toHaveTextContent('Ktoś inny zapisał zmiany w międzyczasie');
    expect(within(form).getByLabelText('Imię i nazwisko osoby podpisującej')).toHaveValue('Paweł Kamiński');
    await user.click(within(conflict).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));
    await within(form).findByText('Wczytano aktualną wersję');
    await user.click(within(form).getByRole('button', { name: 'Przystąp do porozumienia' }));
    expect(await screen.findByText(`Przystąpienie zapisane: ${PUP_NAME}.`)).toBeInTheDocument();
    expect(calls.map((call) => call.ifMatch)).toEqual(['"0"', '"1"']);
    expect(calls[1]!.body).toMatchObject({ representative: { name: 'Paweł Kamiński', function: null } });
  });

  it('invites an institution from the directory or a private person; the summary names what is missing', async () => {
    const user = userEvent.setup({ delay: null });
    const posted: unknown[] = [];
    mockFetch({
      ...partnershipHandlers(undefined, partnership(), [opsSignatory, ngoJoined]),
      [`POST ${base}/signatories`]: async (_url, request) => {
        const body = (await request.json()) as Schemas['InvitationRequest'];
        posted.push(body);
        return json(body.person ? { ...leaderInvited } : { ...pupInvited, institution: pupRef }, 201);
      },
    });
    renderApp(PAGE_URL);
    const form = await screen.findByRole('form', { name: 'Zaproś sygnatariusza' });
    await user.click(within(form).getByRole('button', { name: 'Wyślij zaproszenie' }));
    expect(await within(form).findByRole('link', { name: 'Wybierz instytucję do zaproszenia.' })).toBeInTheDocument();
    const select = within(form).getByLabelText('Instytucja', { selector: 'select' });
    await within(select).findByRole('option', { name: /Powiatowy Urząd Pracy/ });
    // institutions already signatories are not offered again
    expect(within(select).queryByRole('option', { name: /Stowarzyszenie/ })).not.toBeInTheDocument();
    await user.selectOptions(select, PUP_ID);
    await user.click(within(form).getByRole('button', { name: 'Wyślij zaproszenie' }));
    expect(await screen.findByText(`Zaproszono: ${PUP_NAME}.`)).toBeInTheDocument();

    await user.click(within(form).getByRole('radio', { name: 'Osobę prywatną (np. sołtysa)' }));
    await user.type(within(form).getByLabelText('Imię i nazwisko'), 'Maria Sołtysiak');
    await user.type(within(form).getByLabelText('Funkcja'), 'Sołtys sołectwa Michałów');
    await user.click(within(form).getByRole('button', { name: 'Wyślij zaproszenie' }));
    expect(await screen.findByText('Zaproszono: Maria Sołtysiak.')).toBeInTheDocument();
    expect(posted).toEqual([{ institutionId: PUP_ID }, { person: { name: 'Maria Sołtysiak', function: 'Sołtys sołectwa Michałów' } }]);
  });

  it('records a private person’s paper signature for the initiator’s coordinator', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: unknown[] = [];
    mockFetch({
      ...partnershipHandlers(undefined, partnership(), [opsSignatory, leaderInvited]),
      [`POST ${base}/signatories/${SIG_LEADER}/acceptance`]: async (_url, request) => {
        bodies.push(await request.json());
        return json({ ...leaderInvited, status: 'JOINED' });
      },
    });
    renderApp(PAGE_URL);
    await user.click(await screen.findByRole('button', { name: 'Zarejestruj przystąpienie: Maria Sołtysiak' }));
    const form = screen.getByRole('form', { name: 'Rejestracja przystąpienia osoby prywatnej: Maria Sołtysiak' });
    expect(within(form).getByLabelText('Imię i nazwisko osoby podpisującej')).toHaveValue('Maria Sołtysiak');
    expect(within(form).getByLabelText('Funkcja')).toHaveValue('Sołtys sołectwa Michałów');
    await user.click(within(form).getByRole('button', { name: 'Zarejestruj przystąpienie' }));
    expect(await screen.findByText('Przystąpienie zapisane: Maria Sołtysiak.')).toBeInTheDocument();
    expect(bodies[0]).toMatchObject({ representative: { name: 'Maria Sołtysiak', function: 'Sołtys sołectwa Michałów' } });
  });

  it('shows the API’s explanation prominently when a withdrawal dissolves the Pakt (§ 5 ust. 3)', async () => {
    const user = userEvent.setup({ delay: null });
    const active = partnership({ status: 'ACTIVE', allowedTransitions: [], joinedSignatories: 3, signedVersion: 1, activatedAt: '2025-04-01T09:00:00Z', permissions: { edit: false, addVersion: true, manage: true, transition: false } });
    const pupJoined = { ...pupInvited, status: 'JOINED' as const, joinedOn: '2025-03-04', representative: { name: 'Paweł Kamiński', function: 'Dyrektor' }, actions: ['WITHDRAW'] as Schemas['SignatoryAction'][], version: 2 };
    const reason = 'Pakt § 5 ust. 3: liczba czynnych Sygnatariuszy spadła poniżej trzech (pozostało 2) po wystąpieniu: Powiatowy Urząd Pracy w Legionowie.';
    let current = active;
    const bodies: { ifMatch: string | null; body: unknown }[] = [];
    mockFetch({
      ...partnershipHandlers(mePawel, active, [opsSignatory, ngoJoined, pupJoined]),
      [`GET ${base}`]: () => json(current),
      [`POST ${base}/signatories/${SIG_PUP}/withdrawal`]: async (_url, request) => {
        bodies.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        const dissolution = { dissolvedAt: '2025-05-01T10:00:00Z', reason, automatic: true };
        current = { ...active, status: 'DISSOLVED', dissolution, joinedSignatories: 2, permissions: { edit: false, addVersion: false, manage: false, transition: false } };
        return json({ signatory: { ...pupJoined, status: 'WITHDRAWN', actions: [] }, partnershipStatus: 'DISSOLVED', partnershipVersion: 9, joinedSignatories: 2, dissolution });
      },
    });
    renderApp(PAGE_URL);
    await user.click(await screen.findByRole('button', { name: `Wystąp z porozumienia: ${PUP_NAME}` }));
    const form = screen.getByRole('form', { name: `Wystąpienie z porozumienia: ${PUP_NAME}` });
    expect(within(form).getByText(/Pakt zostanie rozwiązany \(§ 5 ust. 3\)/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Zapisz wystąpienie' }));
    expect(await within(form).findByRole('link', { name: 'Napisz powód wystąpienia.' })).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Powód wystąpienia'), 'Zmiana priorytetów urzędu');
    await user.click(within(form).getByRole('button', { name: 'Zapisz wystąpienie' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Porozumienie zostało rozwiązane' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(reason);
    expect(alert).toHaveTextContent('Pozostało 2 czynnych sygnatariuszy.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(bodies[0]!.ifMatch).toBe('"2"');
    expect(bodies[0]!.body).toMatchObject({ reason: 'Zmiana priorytetów urzędu' });
    // the page shows the dissolved state once it is fetched again
    expect(await screen.findByText(/^Rozwiązane 1 maj/)).toBeInTheDocument();
    expect(screen.getAllByText(reason)).toHaveLength(2);
  });

  it('downloads the agreement as PDF with the user’s token', async () => {
    const user = userEvent.setup({ delay: null });
    const blobs: Blob[] = [];
    const saved: string[] = [];
    URL.createObjectURL = vi.fn<(blob: Blob) => string>((blob) => {
      blobs.push(blob);
      return 'blob:test/1';
    });
    URL.revokeObjectURL = vi.fn<(url: string) => void>();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { requests } = mockFetch({
      ...partnershipHandlers(),
      [`GET ${base}/document.pdf`]: () =>
        new Response('%PDF-1.7 test', {
          status: 200,
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="pakt-legionowo.pdf"' },
        }),
    });
    renderApp(PAGE_URL);
    await user.click(await screen.findByRole('button', { name: 'Pobierz porozumienie (PDF)' }));
    expect(await screen.findByText('Pobrano plik pakt-legionowo.pdf.')).toBeInTheDocument();
    const pdf = requests.find((request) => request.url.includes('document.pdf'))!;
    expect(pdf.headers.get('Authorization')).toBe('Bearer test-access-token');
    expect(pdf.headers.get('Accept')).toContain('application/pdf');
    expect(saved).toEqual(['pakt-legionowo.pdf']);
    expect(blobs).toHaveLength(1);
  });

  it('pages through the history', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch({
      ...partnershipHandlers(),
      [`GET ${base}/history`]: (url) => {
        const page = Number(url.searchParams.get('page'));
        return json(pageOf([event(page * 10 + 1)], { page, size: 10, totalItems: 12, totalPages: 2 }));
      },
    });
    renderApp(PAGE_URL);
    const history = await screen.findByRole('region', { name: 'Historia' });
    expect(await within(history).findByText('Zdarzenie 1')).toBeInTheDocument();
    expect(within(history).getByText('12 zdarzeń, od najnowszego.')).toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: /Starsze/ }));
    expect(await within(history).findByText('Zdarzenie 11')).toBeInTheDocument();
  });

  it('answers an unknown partnership with a not-found page', async () => {
    mockFetch({ ...partnershipHandlers(), [`GET ${base}`]: () => problem(404, 'Not Found') });
    renderApp(PAGE_URL);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nie znaleziono partnerstwa' })).toBeInTheDocument();
  });
});
