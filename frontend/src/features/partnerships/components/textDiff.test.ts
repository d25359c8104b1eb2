import { describe, expect, it } from 'vitest';
import { diffWords } from './textDiff';

describe('diffWords', () => {
  it('keeps unchanged text and marks replaced words as removed then added', () => {
    expect(diffWords('Pakt zostaje zawarty na czas nieokreślony.', 'Pakt zostaje zawarty na czas określony.')).toEqual([
      { kind: 'same', text: 'Pakt zostaje zawarty na czas ' },
      { kind: 'removed', text: 'nieokreślony.' },
      { kind: 'added', text: 'określony.' },
    ]);
  });

  it('finds insertions and deletions in the middle', () => {
    expect(diffWords('jeden dwa trzy', 'jeden trzy cztery')).toEqual([
      { kind: 'same', text: 'jeden ' },
      { kind: 'removed', text: 'dwa ' },
      { kind: 'same', text: 'trzy' },
      { kind: 'added', text: ' cztery' },
    ]);
  });

  it('reads identical and empty texts', () => {
    expect(diffWords('tak samo', 'tak samo')).toEqual([{ kind: 'same', text: 'tak samo' }]);
    expect(diffWords('', 'nowy')).toEqual([{ kind: 'added', text: 'nowy' }]);
    expect(diffWords('stary', '')).toEqual([{ kind: 'removed', text: 'stary' }]);
  });

  it('puts both texts back together from the parts', () => {
    const before = '§ 5.\n1. Sygnatariusze uznają, że:\n2. Pakt zostaje zawarty na czas nieokreślony.';
    const after = '§ 5.\n1. Sygnatariusze Paktu uznają, że:\n2. Pakt zostaje zawarty na czas nieokreślony.\n3. Nowy ustęp.';
    const parts = diffWords(before, after);
    expect(parts.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe(before);
    expect(parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe(after);
  });
});
