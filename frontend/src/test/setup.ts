import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n } from '@/shared/i18n/i18n';

// findBy…/waitFor: the default 1 s is too short when both cores are busy
configure({ asyncUtilTimeout: 4000 });

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('pl');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
