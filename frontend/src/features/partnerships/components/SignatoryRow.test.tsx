import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { leaderInvited, opsSignatory, OPS_NAME, pupInvited, PUP_NAME } from '@/test/partnershipFixtures';
import type { Signatory } from '../model';
import { SignatoryRow, type OpenSignatoryAction, type SignatoryAction } from './SignatoryRow';

function renderRow(signatory: Signatory, open: OpenSignatoryAction | null = null, onAction = vi.fn<(action: SignatoryAction) => void>()) {
  render(
    <table>
      <tbody>
        <SignatoryRow signatory={signatory} open={open} onAction={onAction} />
      </tbody>
    </table>,
  );
  return { row: screen.getByRole('row'), onAction };
}

describe('SignatoryRow', () => {
  it('names the actions on a private person as recording their paper signature or withdrawal', async () => {
    const user = userEvent.setup({ delay: null });
    const person: Signatory = { ...leaderInvited, actions: ['ACCEPT', 'WITHDRAW', 'CANCEL'] };
    const { row, onAction } = renderRow(person, { action: 'CANCEL', signatory: person });
    expect(within(row).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'Zarejestruj przystąpienie: Maria Sołtysiak',
      'Zarejestruj wystąpienie: Maria Sołtysiak',
      'Anuluj zaproszenie: Maria Sołtysiak',
    ]);
    expect(within(row).getByText('osoba prywatna – Sołtys sołectwa Michałów')).toBeInTheDocument();
    // the open one says so
    expect(within(row).getByRole('button', { name: 'Anuluj zaproszenie: Maria Sołtysiak' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(row).getByRole('button', { name: 'Zarejestruj przystąpienie: Maria Sołtysiak' })).toHaveAttribute('aria-expanded', 'false');
    await user.click(within(row).getByRole('button', { name: 'Zarejestruj wystąpienie: Maria Sołtysiak' }));
    expect(onAction).toHaveBeenCalledWith('WITHDRAW');
  });

  it('names them for an institution as joining and leaving; marks the initiator; shows a dash without actions', () => {
    const { row } = renderRow({ ...pupInvited, actions: ['ACCEPT', 'DECLINE'] });
    expect(within(row).getByRole('button', { name: `Przyjmij zaproszenie: ${PUP_NAME}` })).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: `Odrzuć zaproszenie: ${PUP_NAME}` })).toBeInTheDocument();
    expect(within(row).getByText('Jeszcze nie wskazano')).toBeInTheDocument();
  });

  it('shows the initiator, its representative and no buttons when the API allows none', () => {
    const { row } = renderRow({ ...opsSignatory, actions: [] });
    expect(within(row).getByRole('rowheader')).toHaveTextContent(`${OPS_NAME} Inicjator`);
    expect(within(row).getByText('Jan Kowalski')).toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(within(row).getByText('—')).toBeInTheDocument();
  });
});
