import { describe, expect, it } from 'vitest';
import { comparePolish, sortByName } from './collate';

describe('Polish collation', () => {
  it('puts the voivodeships in Polish order, not by code point', () => {
    const names = ['śląskie', 'mazowieckie', 'łódzkie', 'małopolskie', 'lubelskie', 'świętokrzyskie', 'opolskie'];
    expect(names.toSorted(comparePolish)).toEqual(['lubelskie', 'łódzkie', 'małopolskie', 'mazowieckie', 'opolskie', 'śląskie', 'świętokrzyskie']);
  });

  it('sorts records by a name', () => {
    expect(sortByName([{ n: 'Żyrardów' }, { n: 'Zakroczym' }, { n: 'Ząbki' }], (x) => x.n).map((x) => x.n)).toEqual(['Zakroczym', 'Ząbki', 'Żyrardów']);
  });
});
