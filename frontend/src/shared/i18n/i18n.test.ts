import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import en from './locales/en.json';
import pl from './locales/pl.json';

describe('Polish plural forms', () => {
  const t = i18n.getFixedT('pl');

  it.each([
    [1, '1 instytucja'],
    [2, '2 instytucje'],
    [4, '4 instytucje'],
    [5, '5 instytucji'],
    [12, '12 instytucji'],
    [14, '14 instytucji'],
    [21, '21 instytucji'],
    [22, '22 instytucje'],
    [0, '0 instytucji'],
    [104, '104 instytucje'],
    [112, '112 instytucji'],
  ])('%i → %s', (count, expected) => {
    expect(t('institutions.count', { count })).toBe(expected);
  });
});

describe('English plural forms', () => {
  const t = i18n.getFixedT('en');

  it.each([
    [1, '1 institution'],
    [2, '2 institutions'],
    [22, '22 institutions'],
  ])('%i → %s', (count, expected) => {
    expect(t('institutions.count', { count })).toBe(expected);
  });
});

type Tree = { [key: string]: string | Tree };

/** Flattened keys with the plural suffix removed, so pl (_few, _many) and en can be compared. */
function keysOf(tree: Tree, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') keys.add(path);
    else for (const nested of keysOf(value, `${path}.`)) keys.add(nested);
  }
  return keys;
}

describe('translation resources', () => {
  it('pl and en define the same keys', () => {
    expect([...keysOf(en)].toSorted()).toEqual([...keysOf(pl)].toSorted());
  });

  it('every Polish plural has the one, few, many and other forms, every English one one and other', () => {
    const plurals = (tree: Tree, prefix = ''): Map<string, string[]> => {
      const found = new Map<string, string[]>();
      for (const [key, value] of Object.entries(tree)) {
        if (typeof value !== 'string') {
          for (const [nested, forms] of plurals(value, `${prefix}${key}.`)) found.set(nested, forms);
          continue;
        }
        const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
        if (match) found.set(`${prefix}${match[1]}`, [...(found.get(`${prefix}${match[1]}`) ?? []), match[2]!]);
      }
      return found;
    };
    const polish = plurals(pl);
    expect(polish.size).toBeGreaterThan(10);
    for (const [key, forms] of polish) expect([key, forms.toSorted()]).toEqual([key, ['few', 'many', 'one', 'other']]);
    for (const [key, forms] of plurals(en)) expect([key, forms.toSorted()]).toEqual([key, ['one', 'other']]);
  });

  it.each([
    ['catalogue.count', 1, 'Znaleziono 1 usługę'],
    ['catalogue.count', 3, 'Znaleziono 3 usługi'],
    ['catalogue.count', 65, 'Znaleziono 65 usług'],
    ['whoOffers.count', 22, 'Znaleziono 22 oferty'],
    ['whoOffers.count', 12, 'Znaleziono 12 ofert'],
    ['institutions.countFound', 1, 'Znaleziono 1 instytucję'],
    ['institutions.countFound', 24, 'Znaleziono 24 instytucje'],
    ['institution.statusWarning.days', 1, 'za 1 dzień'],
    ['institution.statusWarning.days', 61, 'za 61 dni'],
    ['imports.result.failedRows', 2, 'Plik ma 2 błędy. Popraw je i wyślij plik ponownie.'],
    ['referrals.count', 1, '1 skierowanie.'],
    ['referrals.count', 3, '3 skierowania.'],
    ['referrals.count', 5, '5 skierowań.'],
    ['referrals.count', 12, '12 skierowań.'],
    ['referrals.count', 22, '22 skierowania.'],
    ['planEdit.goalCount', 1, 'Plan ma 1 cel.'],
    ['planEdit.goalCount', 4, 'Plan ma 4 cele.'],
    ['planEdit.goalCount', 5, 'Plan ma 5 celów.'],
  ])('%s with %i → %s', (key, count, expected) => {
    const t = i18n.getFixedT('pl') as unknown as (key: string, options: { count: number }) => string;
    expect(t(key, { count })).toBe(expected);
  });

  it('labels every institution type in both languages', () => {
    const types = ['OPS', 'PCPR', 'WCPR', 'PUP', 'CIS', 'KIS', 'WTZ', 'ZAZ', 'OWES', 'NGO', 'SPOLDZIELNIA', 'ROPS',
      'EMPLOYMENT_AGENCY', 'CUS', 'CWR', 'OHP', 'FAMILY_CLUB', 'LSW', 'ZGN'];
    expect(Object.keys(pl.institutionType).toSorted()).toEqual([...types].toSorted());
    expect(Object.keys(en.institutionType).toSorted()).toEqual([...types].toSorted());
    expect(pl.institutionType.OPS).toBe('Ośrodek Pomocy Społecznej (OPS)');
    expect(pl.institutionType.ZGN).toBe('Zakład Gospodarowania Nieruchomościami');
  });
});
