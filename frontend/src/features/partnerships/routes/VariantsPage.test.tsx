import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch } from '@/test/fetchMock';
import { institutionPage, NGO_ID, summary } from '@/test/fixtures';
import { CIS_ID, cisSummary, ngoRef, partnership, partnershipHandlers, PARTNERSHIP_ID, readOnly, variantCatalogue } from '@/test/partnershipFixtures';
import { renderApp } from '@/test/renderApp';

const base = `/api/v1/partnerships/${PARTNERSHIP_ID}`;
const chosen: Schemas['PartnershipVariant'] = {
  id: 'a5000000-0000-4000-8000-000000000001',
  variant: { code: 'KIS_NEW_BY_OPS_OR_NGO', namePl: variantCatalogue[1]!.namePl, nameEn: variantCatalogue[1]!.nameEn },
  status: 'CHOSEN',
  allowedStatuses: ['CONSIDERED', 'IN_PROGRESS', 'ABANDONED'],
  decidedOn: '2025-03-10',
  startedOn: null,
  finishedOn: null,
  partnerInstitution: null,
  founder: 'NGO',
  founderInstitution: ngoRef,
  notes: null,
  createdAt: '2025-03-10T10:00:00Z',
  updatedAt: '2025-03-10T10:00:00Z',
  version: 0,
};

function handlers(variants: Schemas['PartnershipVariant'][], extra: Record<string, (url: URL, request: Request) => Response | Promise<Response>> = {}, p = partnership()) {
  return {
    ...partnershipHandlers(undefined, p),
    'GET /api/v1/catalogue/organisational-variants': () => json(variantCatalogue),
    [`GET ${base}/variants`]: () => json(variants),
    ...extra,
  };
}

describe('VariantsPage', () => {
  it('shows the chosen variant with its status, dates and founder', async () => {
    mockFetch(handlers([chosen]));
    renderApp(`/partnerships/${PARTNERSHIP_ID}/variants`);
    expect(await screen.findByText('Wybrany wariant: Utworzenie klubu integracji społecznej przez OPS lub organizację pozarządową.')).toBeInTheDocument();
    const card = screen.getByRole('heading', { level: 3, name: /Utworzenie klubu/ }).closest('li')!;
    expect(within(card).getByText('Wybrany')).toBeInTheDocument();
    expect(within(card).getByText('10 marca 2025')).toBeInTheDocument();
    expect(card).toHaveTextContent('Organizacja pozarządowa (NGO) – Stowarzyszenie „Wspólna Droga”');
  });

  it('asks for the neighbouring gmina’s CIS or KIS only for that variant, searching only CIS and KIS', async () => {
    const user = userEvent.setup({ delay: null });
    const posted: Schemas['VariantRequest'][] = [];
    const searched: URLSearchParams[] = [];
    mockFetch(
      handlers([], {
        'GET /api/v1/institutions': (url) => {
          searched.push(url.searchParams);
          return json(institutionPage([cisSummary]));
        },
        [`POST ${base}/variants`]: async (_url, request) => {
          posted.push((await request.json()) as Schemas['VariantRequest']);
          return json({ ...chosen, variant: { code: 'JOIN_NEIGHBOURING_GMINA_CIS_KIS', namePl: variantCatalogue[2]!.namePl, nameEn: '' } }, 201);
        },
      }),
    );
    renderApp(`/partnerships/${PARTNERSHIP_ID}/variants`);
    const form = await screen.findByRole('form', { name: 'Zapisz wariant' });
    expect(within(form).queryByLabelText('CIS lub KIS sąsiedniej gminy')).not.toBeInTheDocument();
    expect(within(form).queryByRole('group', { name: 'Kto tworzy KIS' })).not.toBeInTheDocument();
    await user.click(await within(form).findByRole('radio', { name: 'Współpraca z podmiotem zatrudnienia socjalnego sąsiedniej gminy' }));
    const partner = within(form).getByLabelText('CIS lub KIS sąsiedniej gminy');
    expect(within(form).queryByRole('group', { name: 'Kto tworzy KIS' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Zapisz wariant' }));
    expect(await within(form).findByRole('link', { name: 'Wybierz CIS albo KIS sąsiedniej gminy.' })).toBeInTheDocument();
    await within(partner).findByRole('option', { name: /Centrum Integracji Społecznej w Wieliszewie/ });
    expect(searched.at(-1)!.getAll('type')).toEqual(['CIS', 'KIS']);
    await user.selectOptions(partner, CIS_ID);
    await user.click(within(form).getByRole('button', { name: 'Zapisz wariant' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      variantCode: 'JOIN_NEIGHBOURING_GMINA_CIS_KIS',
      status: 'CONSIDERED',
      decidedOn: null,
      startedOn: null,
      finishedOn: null,
      partnerInstitutionId: CIS_ID,
      founder: null,
      founderInstitutionId: null,
      notes: null,
    });
  });

  it('asks who founds a new KIS only for that variant, and offers institutions of that type', async () => {
    const user = userEvent.setup({ delay: null });
    const posted: Schemas['VariantRequest'][] = [];
    const searched: URLSearchParams[] = [];
    mockFetch(
      handlers([], {
        'GET /api/v1/institutions': (url) => {
          searched.push(url.searchParams);
          return json(institutionPage([summary({ id: NGO_ID, type: 'NGO', name: 'Stowarzyszenie „Wspólna Droga”' })]));
        },
        [`POST ${base}/variants`]: async (_url, request) => {
          posted.push((await request.json()) as Schemas['VariantRequest']);
          return json(chosen, 201);
        },
      }),
    );
    renderApp(`/partnerships/${PARTNERSHIP_ID}/variants`);
    const form = await screen.findByRole('form', { name: 'Zapisz wariant' });
    await user.click(await within(form).findByRole('radio', { name: 'Utworzenie klubu integracji społecznej przez OPS lub organizację pozarządową' }));
    expect(within(form).queryByLabelText('CIS lub KIS sąsiedniej gminy')).not.toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Stan'), 'CHOSEN');
    await user.click(within(form).getByRole('radio', { name: 'Organizacja pozarządowa (NGO)' }));
    const founder = within(form).getByLabelText('Instytucja tworząca KIS');
    await within(founder).findByRole('option', { name: /Wspólna Droga/ });
    expect(searched.at(-1)!.getAll('type')).toEqual(['NGO']);
    await user.selectOptions(founder, NGO_ID);
    await user.click(within(form).getByRole('button', { name: 'Zapisz wariant' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ variantCode: 'KIS_NEW_BY_OPS_OR_NGO', status: 'CHOSEN', founder: 'NGO', founderInstitutionId: NGO_ID, partnerInstitutionId: null });
  });

  it('offers recording and changing variants only with permissions.manage', async () => {
    mockFetch(handlers([chosen], {}, readOnly(partnership())));
    renderApp(`/partnerships/${PARTNERSHIP_ID}/variants`);
    await screen.findByText(/Wybrany wariant:/);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Zmień/ })).not.toBeInTheDocument();
  });
});
