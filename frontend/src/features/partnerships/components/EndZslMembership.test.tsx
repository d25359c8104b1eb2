import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetchMock';
import { member, MEMBER_ID, PARTNERSHIP_ID, zsl } from '@/test/partnershipFixtures';
import { renderWithProviders } from '@/test/renderWithProviders';
import { EndZslMembership } from './EndZslMembership';

const base = `/api/v1/partnerships/${PARTNERSHIP_ID}/zsl`;

describe('EndZslMembership', () => {
  it('opens on request, refuses a last day before the first, then saves the membership with that day and If-Match', async () => {
    const user = userEvent.setup({ delay: null });
    const calls: { ifMatch: string | null; body: unknown }[] = [];
    mockFetch({
      [`GET ${base}`]: () => json(zsl),
      [`PUT ${base}/members/${MEMBER_ID}`]: async (_url, request) => {
        calls.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return json({ ...member, toDate: '2025-06-30' });
      },
    });
    const onDone = vi.fn<(message: string) => void>();
    renderWithProviders(<EndZslMembership partnershipId={PARTNERSHIP_ID} member={{ ...member, version: 7 }} onDone={onDone} />);
    await user.click(screen.getByRole('button', { name: 'Zakończ członkostwo: Anna Nowicka' }));
    const form = screen.getByRole('form', { name: 'Zakończenie członkostwa: Anna Nowicka' });
    const lastDay = within(form).getByLabelText('Ostatni dzień członkostwa');
    await user.clear(lastDay);
    await user.type(lastDay, '2025-02-28');
    await user.click(within(form).getByRole('button', { name: 'Zakończ' }));
    expect(within(form).getByText('Wpisz poprawną datę, nie wcześniejszą niż początek członkostwa.')).toBeInTheDocument();
    expect(calls).toEqual([]);

    await user.clear(lastDay);
    await user.type(lastDay, '2025-06-30');
    await user.click(within(form).getByRole('button', { name: 'Zakończ' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Zakończono członkostwo: Anna Nowicka.'));
    expect(calls).toEqual([
      { ifMatch: '"7"', body: { personName: 'Anna Nowicka', signatoryId: member.signatoryId, role: 'CHAIR', fromDate: '2025-03-01', toDate: '2025-06-30' } },
    ]);
  });

  it('closes again without saving', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch({ [`GET ${base}`]: () => json(zsl) });
    renderWithProviders(<EndZslMembership partnershipId={PARTNERSHIP_ID} member={member} onDone={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Zakończ członkostwo: Anna Nowicka' }));
    await user.click(screen.getByRole('button', { name: 'Anuluj' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'PUT')).toEqual([]);
  });
});
