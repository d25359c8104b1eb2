import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetchMock';
import { PARTNERSHIP_ID, partnership, PUP_NAME, pupInvited, SIG_PUP } from '@/test/partnershipFixtures';
import { renderWithProviders } from '@/test/renderWithProviders';
import { InvitationActionConfirm } from './InvitationActionConfirm';

const base = `/api/v1/partnerships/${PARTNERSHIP_ID}/signatories`;

describe('InvitationActionConfirm', () => {
  it.each([
    ['DECLINE', 'declination', `Odrzucić zaproszenie dla: ${PUP_NAME}?`, 'Odrzuć zaproszenie', `Odrzucono zaproszenie: ${PUP_NAME}.`],
    ['CANCEL', 'cancellation', `Anulować zaproszenie dla: ${PUP_NAME}?`, 'Anuluj zaproszenie', `Anulowano zaproszenie: ${PUP_NAME}.`],
  ] as const)('%s: asks first (focused), then posts …/%s with If-Match', async (action, endpoint, question, button, done) => {
    const user = userEvent.setup({ delay: null });
    const posted: { path: string; ifMatch: string | null }[] = [];
    const answer = (url: URL, request: Request) => {
      posted.push({ path: url.pathname, ifMatch: request.headers.get('If-Match') });
      return json({ ...pupInvited, status: action === 'DECLINE' ? 'DECLINED' : 'CANCELLED' });
    };
    mockFetch({
      [`GET ${base}`]: () => json([pupInvited]),
      [`POST ${base}/${SIG_PUP}/declination`]: answer,
      [`POST ${base}/${SIG_PUP}/cancellation`]: answer,
    });
    const onDone = vi.fn<(message: string) => void>();
    renderWithProviders(<InvitationActionConfirm partnership={partnership()} signatory={{ ...pupInvited, version: 2 }} action={action} onDone={onDone} onCancel={() => undefined} />);
    const group = screen.getByRole('group', { name: question });
    await waitFor(() => expect(group).toHaveFocus());
    expect(posted).toEqual([]);
    await user.click(within(group).getByRole('button', { name: button }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(done));
    expect(posted).toEqual([{ path: `${base}/${SIG_PUP}/${endpoint}`, ifMatch: '"2"' }]);
  });
});
