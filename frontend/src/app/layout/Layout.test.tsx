import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/shared/i18n/i18n';
import { json, mockFetch } from '@/test/fetchMock';
import { institutionPage, institutionSummaries, meEwa, meWithoutPermissions } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

function primaryNav(name = 'Menu główne'): HTMLElement {
  return screen.getByRole('navigation', { name });
}

describe('Layout', () => {
  it('has a skip link to the main landmark', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meEwa) });
    renderApp('/');
    const skip = screen.getByRole('link', { name: 'Przejdź do treści' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    await userEvent.setup().click(skip);
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows Instytucje in the navigation with DIRECTORY_READ', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meEwa) });
    renderApp('/');
    expect(await within(primaryNav()).findByRole('link', { name: 'Instytucje' })).toHaveAttribute('href', '/institutions');
    expect(within(primaryNav()).getByRole('link', { name: 'Strona główna' })).toHaveAttribute('aria-current', 'page');
  });

  it('hides Instytucje without DIRECTORY_READ', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meWithoutPermissions) });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Dzień dobry, System' });
    expect(within(primaryNav()).getByRole('link', { name: 'Strona główna' })).toBeInTheDocument();
    expect(within(primaryNav()).queryByRole('link', { name: 'Instytucje' })).not.toBeInTheDocument();
  });

  it('shows the user and institution and logs out', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meEwa) });
    const { session } = renderApp('/');
    const userArea = screen.getByRole('banner');
    expect(await within(userArea).findByText('Ewa Nowak')).toBeInTheDocument();
    expect(within(userArea).getByText('Miejski Ośrodek Pomocy Społecznej w Legionowie')).toBeInTheDocument();
    await userEvent.setup().click(within(userArea).getByRole('button', { name: 'Wyloguj się' }));
    expect(session.logout).toHaveBeenCalledTimes(1);
  });

  it('switches the language, html lang and remembers the choice', async () => {
    const user = userEvent.setup();
    mockFetch({ 'GET /api/v1/me': () => json(meEwa) });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Dzień dobry, Ewa Nowak' });
    expect(document.documentElement.lang).toBe('pl');
    const polish = screen.getByRole('button', { name: 'Polski' });
    const english = screen.getByRole('button', { name: 'English' });
    expect(polish).toHaveAttribute('aria-pressed', 'true');
    expect(english).toHaveAttribute('aria-pressed', 'false');

    await user.click(english);

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Ewa Nowak' })).toBeInTheDocument();
    expect(within(primaryNav('Main menu')).getByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByText('Social Welfare Centre (OPS)')).toBeInTheDocument();
    expect(screen.getByText('caseworker')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    await waitFor(() => expect(document.title).toBe('Home – Synergia'));

    await user.click(polish);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dzień dobry, Ewa Nowak' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('pl');
  });

  it('moves focus to the page heading after navigation and updates the title', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)),
    });
    renderApp('/');
    await user.click(await within(primaryNav()).findByRole('link', { name: 'Instytucje' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Instytucje' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe('Instytucje – Synergia');
  });

  it('renders a 404 page for unknown routes', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meEwa) });
    renderApp('/no-such-page');
    expect(screen.getByRole('heading', { level: 1, name: 'Nie znaleziono strony' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Przejdź do strony głównej' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Nie znaleziono strony – Synergia');
  });

  it('folds the navigation behind a Menu button that says whether it is open; Escape and a page change fold it again', async () => {
    const user = userEvent.setup();
    mockFetch({ 'GET /api/v1/me': () => json(meEwa), 'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)) });
    renderApp('/');
    const nav = primaryNav();
    const menu = within(nav).getByRole('button', { name: 'Menu' });
    const list = await within(nav).findByRole('list');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveAttribute('aria-controls', list.id);
    expect(list).not.toHaveClass('service-nav__list--open');

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(list).toHaveClass('service-nav__list--open');
    await user.tab();
    expect(within(list).getByRole('link', { name: 'Strona główna' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    await user.click(menu);
    await user.click(await within(list).findByRole('link', { name: 'Instytucje' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Instytucje' })).toBeInTheDocument();
    expect(within(primaryNav()).getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    expect(list).not.toHaveClass('service-nav__list--open');
  });
});
