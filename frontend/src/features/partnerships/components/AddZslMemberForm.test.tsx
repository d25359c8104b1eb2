import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetchMock';
import { member, ngoJoined, opsSignatory, PARTNERSHIP_ID, partnership, pupInvited, SIG_NGO } from '@/test/partnershipFixtures';
import { renderWithProviders } from '@/test/renderWithProviders';
import { AddZslMemberForm } from './AddZslMemberForm';

const base = `/api/v1/partnerships/${PARTNERSHIP_ID}`;

describe('AddZslMemberForm', () => {
  it('offers only joined signatories, refuses a last day before the first, then adds the member and empties itself', async () => {
    const user = userEvent.setup({ delay: null });
    const posted: unknown[] = [];
    mockFetch({
      [`GET ${base}/signatories`]: () => json([opsSignatory, ngoJoined, pupInvited]),
      [`POST ${base}/zsl/members`]: async (_url, request) => {
        posted.push(await request.json());
        return json(member, 201);
      },
    });
    const onDone = vi.fn<(message: string) => void>();
    renderWithProviders(<AddZslMemberForm partnership={partnership()} onDone={onDone} />);
    const form = screen.getByRole('form', { name: 'Dodaj członka' });
    const signatory = within(form).getByLabelText('Delegujący sygnatariusz');
    await within(signatory).findByRole('option', { name: 'Stowarzyszenie „Wspólna Droga”' });
    expect(within(signatory).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Wybierz sygnatariusza',
      'Miejski Ośrodek Pomocy Społecznej w Legionowie',
      'Stowarzyszenie „Wspólna Droga”',
    ]);

    await user.type(within(form).getByLabelText('Imię i nazwisko'), 'Piotr Zieliński');
    await user.selectOptions(signatory, SIG_NGO);
    const from = within(form).getByLabelText('Członek od');
    await user.clear(from);
    await user.type(from, '2025-05-01');
    await user.type(within(form).getByLabelText('Członek do'), '2025-04-30');
    await user.click(within(form).getByRole('button', { name: 'Dodaj członka' }));
    expect(await within(form).findByRole('link', { name: 'Koniec członkostwa nie może być wcześniejszy niż jego początek.' })).toBeInTheDocument();
    expect(posted).toEqual([]);

    await user.clear(within(form).getByLabelText('Członek do'));
    await user.click(within(form).getByRole('button', { name: 'Dodaj członka' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Dodano członka: Piotr Zieliński.'));
    expect(posted).toEqual([{ personName: 'Piotr Zieliński', signatoryId: SIG_NGO, role: 'MEMBER', fromDate: '2025-05-01', toDate: null }]);
    expect(within(form).getByLabelText('Imię i nazwisko')).toHaveValue('');
  });
});
