import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetchMock';
import { leaderInvited, PARTNERSHIP_ID, partnership, PUP_NAME, pupInvited, SIG_PUP } from '@/test/partnershipFixtures';
import { renderWithProviders } from '@/test/renderWithProviders';
import { AcceptInvitationForm } from './AcceptInvitationForm';

const base = `/api/v1/partnerships/${PARTNERSHIP_ID}/signatories`;

function acceptances(signatoryId: string) {
  const calls: { ifMatch: string | null; body: unknown }[] = [];
  mockFetch({
    [`GET ${base}`]: () => json([pupInvited, leaderInvited]),
    [`POST ${base}/${signatoryId}/acceptance`]: async (_url, request) => {
      calls.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json({ ...pupInvited, status: 'JOINED' });
    },
  });
  return calls;
}

describe('AcceptInvitationForm', () => {
  it('refuses a joining day in the future before sending, then joins with the representative and If-Match', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = acceptances(SIG_PUP);
    const onDone = vi.fn<(message: string) => void>();
    renderWithProviders(<AcceptInvitationForm partnership={partnership()} signatory={{ ...pupInvited, version: 3 }} onDone={onDone} onCancel={() => undefined} />);
    const form = screen.getByRole('form', { name: `Przystąpienie: ${PUP_NAME}` });

    await user.type(within(form).getByLabelText('Imię i nazwisko osoby podpisującej'), 'Paweł Kamiński');
    const date = within(form).getByLabelText('Data podpisania');
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(within(form).getByRole('button', { name: 'Przystąp do porozumienia' }));
    expect(await within(form).findByRole('link', { name: 'Data w polu „Data podpisania” nie może być z przyszłości.' })).toBeInTheDocument();
    expect(calls).toEqual([]);

    await user.clear(date);
    await user.type(date, '2025-03-04');
    await user.type(within(form).getByLabelText('Funkcja'), 'Dyrektor');
    await user.click(within(form).getByRole('button', { name: 'Przystąp do porozumienia' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(`Przystąpienie zapisane: ${PUP_NAME}.`));
    expect(calls).toEqual([{ ifMatch: '"3"', body: { representative: { name: 'Paweł Kamiński', function: 'Dyrektor' }, joinedOn: '2025-03-04' } }]);
  });

  it('records a private person’s signature with the person as their own representative by default', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = acceptances(leaderInvited.id);
    renderWithProviders(<AcceptInvitationForm partnership={partnership()} signatory={leaderInvited} onDone={() => undefined} onCancel={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Rejestracja przystąpienia osoby prywatnej: Maria Sołtysiak' });
    expect(within(form).getByText(/Osoba prywatna podpisuje Pakt na papierze/)).toBeInTheDocument();
    // a private person needs no representative: clearing the name sends none
    await user.clear(within(form).getByLabelText('Imię i nazwisko osoby podpisującej'));
    await user.click(within(form).getByRole('button', { name: 'Zarejestruj przystąpienie' }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toMatchObject({ representative: null });
  });
});
