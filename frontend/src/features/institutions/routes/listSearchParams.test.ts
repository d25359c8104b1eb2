import { describe, expect, it } from 'vitest';
import { nextSort } from '../api/listInstitutions';
import { readListState, writeListState } from './listSearchParams';

describe('list search params', () => {
  it('falls back to defaults for missing or invalid values', () => {
    expect(readListState(new URLSearchParams('page=0&size=7&sort=-email'))).toEqual({ page: 1, size: 20, sort: 'name' });
    expect(readListState(new URLSearchParams('page=abc'))).toEqual({ page: 1, size: 20, sort: 'name' });
  });

  it('round-trips a non-default state and leaves defaults out', () => {
    const state = { page: 3, size: 50, sort: '-gmina' } as const;
    expect(readListState(writeListState(state))).toEqual(state);
    expect(writeListState({ page: 1, size: 20, sort: 'name' }).toString()).toBe('');
  });

  it('sorts a new column ascending and flips the sorted column', () => {
    expect(nextSort('name', 'type')).toBe('type');
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
  });
});
