import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n } from '@/shared/i18n/i18n';

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('pl');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
