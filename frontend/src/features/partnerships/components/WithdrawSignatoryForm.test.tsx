import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch } from '@/test/fetchMock';
import { NGO_NAME, ngoJoined, PARTNERSHIP_ID, partnership, SIG_NGO } from '@/test/partnershipFixtures';
import { renderWithProviders } from '@/test/renderWithProviders';
import { WithdrawSignatoryForm } from './WithdrawSignatoryForm';

const base = `/api/v1/partnerships/${PARTNERSHIP_ID}/signatories`;
const DISSOLVES_PACT = 'Po tym wystąpieniu zostanie mniej niż trzech czynnych sygnatariuszy – Pakt zostanie rozwiązany (§ 5 ust. 3).';
const DISSOLVES_AGREEMENT = 'Wystąpienie strony oznacza rozwiązanie porozumienia o współpracy.';

function renderForm(p: Schemas['PartnershipResponse'], onWithdrawn = vi.fn<(result: Schemas['WithdrawalResponse']) => void>()) {
  const view = renderWithProviders(<WithdrawSignatoryForm partnership={p} signatory={ngoJoined} onWithdrawn={onWithdrawn} onCancel={() => undefined} />);
  return { ...view, form: screen.getByRole('form', { name: `Wystąpienie z porozumienia: ${NGO_NAME}` }) };
}

describe('WithdrawSignatoryForm', () => {
  it.each([
    ['the last three of an active Pakt', partnership({ status: 'ACTIVE', joinedSignatories: 3 }), DISSOLVES_PACT],
    ['either party of an active agreement', partnership({ status: 'ACTIVE', kind: 'COOPERATION_AGREEMENT', joinedSignatories: 3 }), DISSOLVES_AGREEMENT],
  ])('warns before a withdrawal that dissolves the partnership: %s', (_case, p, warning) => {
    mockFetch({ [`GET ${base}`]: () => json([ngoJoined]) });
    const { form } = renderForm(p);
    expect(within(form).getByText(warning)).toBeInTheDocument();
  });

  it.each([
    ['an active Pakt that keeps three', partnership({ status: 'ACTIVE', joinedSignatories: 4 })],
    ['a Pakt not yet active', partnership({ status: 'CONSULTATION', joinedSignatories: 2 })],
  ])('says nothing of dissolution for %s', (_case, p) => {
    mockFetch({ [`GET ${base}`]: () => json([ngoJoined]) });
    const { form } = renderForm(p);
    expect(within(form).queryByText(DISSOLVES_PACT)).not.toBeInTheDocument();
    expect(within(form).queryByText(DISSOLVES_AGREEMENT)).not.toBeInTheDocument();
  });

  it('asks for a reason and a day not in the future, then withdraws with If-Match = the signatory’s version', async () => {
    const user = userEvent.setup({ delay: null });
    const calls: { ifMatch: string | null; body: unknown }[] = [];
    const answer: Schemas['WithdrawalResponse'] = { signatory: { ...ngoJoined, status: 'WITHDRAWN' }, partnershipStatus: 'ACTIVE', partnershipVersion: 6, joinedSignatories: 3 };
    mockFetch({
      [`GET ${base}`]: () => json([ngoJoined]),
      [`POST ${base}/${SIG_NGO}/withdrawal`]: async (_url, request) => {
        calls.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return json(answer);
      },
    });
    const onWithdrawn = vi.fn<(result: Schemas['WithdrawalResponse']) => void>();
    const { form } = renderForm(partnership({ status: 'ACTIVE', joinedSignatories: 4 }), onWithdrawn);
    const date = within(form).getByLabelText('Data wystąpienia');
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(within(form).getByRole('button', { name: 'Zapisz wystąpienie' }));
    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Napisz powód wystąpienia.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Data w polu „Data wystąpienia” nie może być z przyszłości.' })).toBeInTheDocument();

    await user.type(within(form).getByLabelText('Powód wystąpienia'), 'Zmiana profilu działalności');
    await user.clear(date);
    await user.type(date, '2025-04-30');
    await user.click(within(form).getByRole('button', { name: 'Zapisz wystąpienie' }));
    await vi.waitFor(() => expect(onWithdrawn).toHaveBeenCalled());
    expect(onWithdrawn.mock.calls[0]![0]).toEqual(answer);
    expect(calls).toEqual([{ ifMatch: `"${ngoJoined.version}"`, body: { reason: 'Zmiana profilu działalności', withdrawnOn: '2025-04-30' } }]);
  });
});
