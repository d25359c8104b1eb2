import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { institutionPage, institutionSummaries } from '@/test/fixtures';
import { json, mockFetch } from '@/test/fetchMock';
import { leaderInvited, ngoJoined, opsSignatory, PARTNERSHIP_ID, partnership, pupInvited } from '@/test/partnershipFixtures';
import { renderWithProviders } from '@/test/renderWithProviders';
import { InviteSignatoryForm } from './InviteSignatoryForm';

const base = `/api/v1/partnerships/${PARTNERSHIP_ID}/signatories`;

describe('InviteSignatoryForm', () => {
  it('for an agreement invites only an institution, searching only OPS, PUP and NGO, and never one already on the list', async () => {
    const { requests } = mockFetch({ 'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)) });
    // the NGO withdrew: it may be invited again; the OPS joined and the PUP is invited: they may not
    const signatories: Schemas['SignatoryResponse'][] = [opsSignatory, pupInvited, { ...ngoJoined, status: 'WITHDRAWN' }];
    renderWithProviders(<InviteSignatoryForm partnership={partnership({ kind: 'COOPERATION_AGREEMENT' })} signatories={signatories} onInvited={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Zaproś sygnatariusza' });
    expect(within(form).queryByRole('radio')).not.toBeInTheDocument();
    expect(within(form).getByText(/Stronami porozumienia o współpracy są tylko jeden OPS, jeden PUP i jedna organizacja pozarządowa/)).toBeInTheDocument();

    const select = within(form).getByRole('combobox', { name: 'Instytucja' });
    await within(select).findByRole('option', { name: /Stowarzyszenie/ });
    expect(within(select).queryByRole('option', { name: /Miejski Ośrodek/ })).not.toBeInTheDocument();
    expect(within(select).queryByRole('option', { name: /Powiatowy Urząd Pracy/ })).not.toBeInTheDocument();
    const search = new URL(requests.find((request) => new URL(request.url).pathname === '/api/v1/institutions')!.url).searchParams;
    expect(search.getAll('type')).toEqual(['OPS', 'PUP', 'NGO']);
  });

  it('for a Pakt invites a private person, who needs a name and a function', async () => {
    const user = userEvent.setup({ delay: null });
    const posted: unknown[] = [];
    mockFetch({
      'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)),
      [`POST ${base}`]: async (_url, request) => {
        posted.push(await request.json());
        return json(leaderInvited, 201);
      },
    });
    const onInvited = vi.fn<(message: string) => void>();
    renderWithProviders(<InviteSignatoryForm partnership={partnership()} signatories={[opsSignatory]} onInvited={onInvited} />);
    const form = screen.getByRole('form', { name: 'Zaproś sygnatariusza' });
    await user.click(within(form).getByRole('radio', { name: 'Osobę prywatną (np. sołtysa)' }));
    expect(within(form).queryByRole('combobox', { name: 'Instytucja' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Wyślij zaproszenie' }));
    const summary = await within(form).findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Wpisz imię i nazwisko osoby prywatnej.',
      'Wpisz funkcję osoby prywatnej, np. Sołtys.',
    ]);
    expect(posted).toEqual([]);

    await user.type(within(form).getByLabelText('Imię i nazwisko'), ' Maria Sołtysiak ');
    await user.type(within(form).getByLabelText('Funkcja'), 'Sołtys sołectwa Michałów');
    await user.click(within(form).getByRole('button', { name: 'Wyślij zaproszenie' }));
    await waitFor(() => expect(onInvited).toHaveBeenCalledWith('Zaproszono: Maria Sołtysiak.'));
    expect(posted).toEqual([{ person: { name: 'Maria Sołtysiak', function: 'Sołtys sołectwa Michałów' } }]);
    expect(within(form).getByLabelText('Imię i nazwisko')).toHaveValue('');
  });
});
