import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/shared/i18n/i18n';
import { BootErrorPage } from './BootErrorPage';

describe('BootErrorPage', () => {
  it('explains a missing config.json in Polish and keeps the technical reason', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <BootErrorPage kind="config" details="config.json answered HTTP 404" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Nie można uruchomić aplikacji' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Brakuje pliku konfiguracyjnego config.json');
    expect(screen.getByText('config.json answered HTTP 404')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Spróbuj ponownie' })).toBeInTheDocument();
    expect(document.title).toBe('Nie można uruchomić aplikacji – Synergia');
  });
});
