import { focusManager } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetchMock';
import { meAdmin } from '@/test/fixtures';
import { notification, notificationPage } from '@/test/notificationFixtures';
import { meAnnaCis } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';
import { renderWithProviders } from '@/test/renderWithProviders';
import { UNREAD_REFRESH_MS } from '../api/countUnreadNotifications';
import { NotificationBell } from './NotificationBell';

/** The API's count, changed by the test between the bell's requests. */
function counting(initial: number) {
  const state = { count: initial };
  const mock = mockFetch({ 'GET /api/v1/notifications/unread-count': () => json({ count: state.count }) });
  return { state, mock };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the notification bell', () => {
  it.each([
    [1, 'Powiadomienia: 1 nieprzeczytane'],
    [3, 'Powiadomienia: 3 nieprzeczytane'],
    [5, 'Powiadomienia: 5 nieprzeczytanych'],
    [22, 'Powiadomienia: 22 nieprzeczytane'],
    [112, 'Powiadomienia: 112 nieprzeczytanych'],
  ])('names the unread count with its Polish plural (%i)', async (count, name) => {
    counting(count);
    renderWithProviders(<NotificationBell />);
    const bell = await screen.findByRole('link', { name });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(bell).toHaveTextContent(count > 99 ? '99+' : String(count));
  });

  it('is just "Powiadomienia" with nothing unread, and says nothing on its first count', async () => {
    counting(0);
    renderWithProviders(<NotificationBell />);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Powiadomienia' })).toBeInTheDocument());
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('asks again every 30 seconds and announces a rise once, politely', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { state, mock } = counting(2);
    renderWithProviders(<NotificationBell />);
    await screen.findByRole('link', { name: 'Powiadomienia: 2 nieprzeczytane' });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    state.count = 5;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(UNREAD_REFRESH_MS);
    });
    await screen.findByRole('link', { name: 'Powiadomienia: 5 nieprzeczytanych' });
    expect(screen.getByRole('status')).toHaveTextContent('Nowe powiadomienia. Powiadomienia: 5 nieprzeczytanych');
    expect(mock.requests.length).toBeGreaterThanOrEqual(2);

    // a fall (read elsewhere) is not announced as news
    state.count = 1;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(UNREAD_REFRESH_MS);
    });
    await screen.findByRole('link', { name: 'Powiadomienia: 1 nieprzeczytane' });
    expect(screen.getByRole('status')).toHaveTextContent('5 nieprzeczytanych');
  });

  it('asks again when the window gets the focus', async () => {
    const { state } = counting(1);
    renderWithProviders(<NotificationBell />);
    await screen.findByRole('link', { name: 'Powiadomienia: 1 nieprzeczytane' });
    state.count = 2;
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    expect(await screen.findByRole('link', { name: 'Powiadomienia: 2 nieprzeczytane' })).toBeInTheDocument();
    focusManager.setFocused(undefined);
  });

  it('refreshes the open list when the count changes, though the list itself is not polled', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const state = { items: [] as ReturnType<typeof notification>[] };
    mockFetch({
      'GET /api/v1/me': () => json(meAnnaCis),
      'GET /api/v1/notifications/unread-count': () => json({ count: state.items.length }),
      'GET /api/v1/notifications': () => json(notificationPage(state.items)),
    });
    renderApp('/notifications');
    expect(await screen.findByText('Nie masz jeszcze powiadomień. Pojawią się, gdy coś wydarzy się w sprawach Twojej instytucji.'))
      .toBeInTheDocument();

    state.items = [notification()];
    await act(async () => {
      await vi.advanceTimersByTimeAsync(UNREAD_REFRESH_MS);
    });
    await screen.findByRole('link', { name: 'Powiadomienia: 1 nieprzeczytane' });
    expect(await screen.findByRole('link', { name: /^Nowe skierowanie do Twojej instytucji/ })).toBeInTheDocument();
    expect(screen.getByText('1 powiadomienie. Nieprzeczytane: 1.')).toBeInTheDocument();
  });

  it('is in the header of a user of an institution, not of one without', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meAnnaCis),
      'GET /api/v1/notifications/unread-count': () => json({ count: 3 }),
    });
    const { unmount } = renderApp('/');
    expect(await screen.findByRole('link', { name: 'Powiadomienia: 3 nieprzeczytane' })).toBeInTheDocument();
    unmount();

    const { requests } = mockFetch({ 'GET /api/v1/me': () => json(meAdmin) });
    renderApp('/');
    expect(await screen.findByText('Administrator Platformy')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Powiadomienia/ })).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/notifications'))).toBe(false);
  });
});
