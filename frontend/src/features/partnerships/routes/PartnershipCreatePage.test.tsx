import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch } from '@/test/fetchMock';
import { institutionPage, meAdmin, NGO_ID, summary } from '@/test/fixtures';
import { meEwaStaff, partnership, partnershipHandlers, PARTNERSHIP_ID } from '@/test/partnershipFixtures';
import { renderApp } from '@/test/renderApp';

describe('PartnershipCreatePage', () => {
  it('starts a Pakt in the gmina of the user’s institution and opens it', async () => {
    const user = userEvent.setup({ delay: null });
    const posted: Schemas['PartnershipRequest'][] = [];
    mockFetch({
      ...partnershipHandlers(),
      'POST /api/v1/partnerships': async (_url, request) => {
        posted.push((await request.json()) as Schemas['PartnershipRequest']);
        return json(partnership({ title: 'Pakt dla Legionowa' }), 201);
      },
    });
    const { router } = renderApp('/partnerships/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rozpocznij partnerstwo' })).toBeInTheDocument();
    expect(await screen.findByText(/^Legionowo \(gmina miejska\), powiat legionowski/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Pakt na rzecz Modelu Lokalnej Współpracy' }));
    await user.type(screen.getByLabelText('Tytuł'), 'Pakt dla Legionowa');
    await user.type(screen.getByLabelText('Imię i nazwisko osoby podpisującej'), 'Jan Kowalski');
    await user.type(screen.getByLabelText('Funkcja osoby podpisującej'), 'Dyrektor MOPS');
    await user.click(screen.getByRole('button', { name: 'Rozpocznij partnerstwo' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Pakt dla Legionowa' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/partnerships/${PARTNERSHIP_ID}`);
    expect(screen.getByText(/Wersja 1 tekstu powstała z tekstu modelowego/)).toBeInTheDocument();
    expect(posted).toEqual([
      {
        kind: 'PACT',
        gminaTeryt: '1408011',
        title: 'Pakt dla Legionowa',
        goals: null,
        separateAgreements: null,
        initiatingInstitutionId: null,
        initiatorRepresentative: { name: 'Jan Kowalski', function: 'Dyrektor MOPS' },
      },
    ]);
  });

  it('shows the error summary: the kind must be chosen; the link moves to the first radio', async () => {
    const user = userEvent.setup({ delay: null });
    const { fetchMock } = mockFetch(partnershipHandlers());
    renderApp('/partnerships/new');
    await screen.findByText(/^Legionowo \(gmina miejska\)/);
    await user.click(screen.getByRole('button', { name: 'Rozpocznij partnerstwo' }));
    const errors = await screen.findByRole('alert');
    await waitFor(() => expect(errors).toHaveFocus());
    await user.click(within(errors).getByRole('link', { name: 'Wybierz rodzaj porozumienia.' }));
    expect(screen.getByRole('radio', { name: 'Pakt na rzecz Modelu Lokalnej Współpracy' })).toHaveFocus();
    expect(fetchMock.mock.calls.some(([input]) => (input as Request).method === 'POST')).toBe(false);
  });

  it('shows the API’s field errors (422) in the summary, wording them in Polish', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch({
      ...partnershipHandlers(),
      'POST /api/v1/partnerships': () =>
        new Response(
          JSON.stringify({
            type: 'urn:synergia:problem:validation',
            title: 'Invalid request content',
            status: 422,
            errors: [{ field: 'kind', code: 'invalid-for-kind', message: 'a cooperation agreement is initiated by its OPS, PUP or NGO' }],
          }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    renderApp('/partnerships/new');
    await screen.findByText(/^Legionowo \(gmina miejska\)/);
    await user.click(screen.getByRole('radio', { name: 'Porozumienie o współpracy OPS–PUP–NGO' }));
    await user.click(screen.getByRole('button', { name: 'Rozpocznij partnerstwo' }));
    const errors = await screen.findByRole('alert');
    expect(within(errors).getByRole('link', { name: 'Porozumienie o współpracy inicjuje OPS, PUP albo organizacja pozarządowa.' })).toBeInTheDocument();
    // nothing typed is lost
    expect(screen.getByRole('radio', { name: 'Porozumienie o współpracy OPS–PUP–NGO' })).toBeChecked();
  });

  it('an administrator names the initiating institution; its gmina follows', async () => {
    const user = userEvent.setup({ delay: null });
    const ngo = summary({ id: NGO_ID, type: 'NGO', name: 'Stowarzyszenie „Wspólna Droga”' });
    const posted: Schemas['PartnershipRequest'][] = [];
    mockFetch({
      ...partnershipHandlers({ ...meAdmin, permissions: [...meAdmin.permissions, 'PARTNERSHIP_CREATE'] }),
      'GET /api/v1/institutions': () => json(institutionPage([ngo])),
      [`GET /api/v1/institutions/${NGO_ID}`]: () => json({ id: NGO_ID, gmina: ngo.gmina }),
      'POST /api/v1/partnerships': async (_url, request) => {
        posted.push((await request.json()) as Schemas['PartnershipRequest']);
        return json(partnership(), 201);
      },
    });
    renderApp('/partnerships/new');
    const select = await screen.findByLabelText('Instytucja inicjująca');
    await screen.findByRole('option', { name: /Wspólna Droga/ });
    await user.selectOptions(select, NGO_ID);
    await user.click(screen.getByRole('radio', { name: 'Pakt na rzecz Modelu Lokalnej Współpracy' }));
    await screen.findByText(/^Legionowo \(gmina miejska\)/);
    await user.click(screen.getByRole('button', { name: 'Rozpocznij partnerstwo' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ kind: 'PACT', gminaTeryt: '1408011', initiatingInstitutionId: NGO_ID });
  });

  it('explains who may start a partnership to a user without PARTNERSHIP_CREATE', async () => {
    mockFetch(partnershipHandlers(meEwaStaff));
    renderApp('/partnerships/new');
    expect(await screen.findByText(/Partnerstwo rozpoczyna koordynator instytucji/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rozpocznij partnerstwo' })).not.toBeInTheDocument();
  });
});
