import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/renderWithProviders';
import { ConflictNotice, useConflict, useVersionConflict } from './ConflictNotice';

/** A form's 412 in miniature: a save refused as stale, then the current version loaded on request. */
function Harness({ load, level }: { load: () => Promise<void>; level?: 2 | 3 | 4 }) {
  const conflict = useConflict();
  return (
    <>
      <button type="button" onClick={conflict.stale}>
        Zapisz
      </button>
      <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void conflict.reload(load)} level={level}>
        <p>Status w aktualnej wersji: Wstrzymane.</p>
      </ConflictNotice>
    </>
  );
}

describe('ConflictNotice', () => {
  it('says nothing until a save is refused', () => {
    renderWithProviders(<Harness load={() => Promise.resolve()} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('explains a 412 with the focus on it, loads the current version on request and says so', async () => {
    const user = userEvent.setup({ delay: null });
    const pending: (() => void)[] = [];
    const load = vi.fn<() => Promise<void>>(() => new Promise<void>((resolve) => pending.push(resolve)));
    renderWithProviders(<Harness load={load} level={4} />);
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));

    const alert = screen.getByRole('alert', { name: 'Ktoś inny zapisał zmiany w międzyczasie' });
    await waitFor(() => expect(alert).toHaveFocus());
    expect(within(alert).getByRole('heading', { level: 4 })).toHaveTextContent('Ktoś inny zapisał zmiany w międzyczasie');
    expect(alert).toHaveTextContent('Twoje zmiany nie zostały zapisane, żeby nie nadpisać cudzych – nadal są w formularzu.');
    // the detail of the current version belongs to the notice after loading, not before
    expect(alert).not.toHaveTextContent('Status w aktualnej wersji');

    await user.click(within(alert).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));
    expect(load).toHaveBeenCalledTimes(1);
    expect(within(alert).getByRole('button', { name: 'Wczytywanie…' })).toBeDisabled();
    await act(async () => pending.forEach((resolve) => resolve()));

    const loaded = await screen.findByRole('status', { name: 'Wczytano aktualną wersję' });
    await waitFor(() => expect(loaded).toHaveFocus());
    expect(loaded).toHaveTextContent('Status w aktualnej wersji: Wstrzymane.');
    expect(loaded).toHaveTextContent('Twoje zmiany są nadal w formularzu – sprawdź je i zapisz ponownie.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('moves the If-Match version forward to what is saved now, and keeps it when nothing is found', async () => {
    const { result } = renderHook(() => useVersionConflict(3));
    expect(result.current.version).toBe(3);
    act(() => result.current.conflict.stale());
    expect(result.current.conflict.state).toBe('stale');
    await act(() => result.current.reload(() => Promise.resolve({ version: 7 })));
    expect(result.current.version).toBe(7);
    expect(result.current.conflict.state).toBe('reloaded');
    await act(() => result.current.reload(() => Promise.resolve(undefined)));
    expect(result.current.version).toBe(7);
  });
});
