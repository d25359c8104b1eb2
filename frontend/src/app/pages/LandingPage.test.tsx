import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/test/fetchMock';
import { fakeSession, renderApp } from '@/test/renderApp';

describe('LandingPage', () => {
  it('welcomes anonymous visitors on any URL and starts the login', async () => {
    const { fetchMock } = mockFetch({});
    const { session } = renderApp('/institutions', fakeSession(false));
    expect(screen.getByRole('heading', { level: 1, name: 'Witamy w Synergii' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Menu główne' })).not.toBeInTheDocument();
    expect(document.title).toBe('Witamy w Synergii – Synergia');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Zaloguj się' }));
    expect(session.login).toHaveBeenCalledTimes(1);
    // nothing is asked from the API before login
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
