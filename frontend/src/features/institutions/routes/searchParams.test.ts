import { describe, expect, it } from 'vitest';
import { links } from '@/shared/routes/links';
import { nextSort } from '../api/listInstitutions';
import { EMPTY_SEARCH, hasFilters, readSearch, toApiQuery, toLink } from './searchParams';

const read = (query: string) => readSearch(new URLSearchParams(query));

describe('directory search ↔ URL', () => {
  it('falls back to defaults for missing or invalid values', () => {
    expect(read('page=0&size=7&sort=-email')).toEqual(EMPTY_SEARCH);
    expect(read('page=abc&teryt=123&statusValidOn=2025-02-30&stakeholderRole=BOSS&type=XYZ&service=a%20b')).toEqual(EMPTY_SEARCH);
    expect(read('includeInactive=yes').includeInactive).toBe(false);
  });

  it('reads every filter', () => {
    expect(
      read('q=%20Lodz%20&type=CIS&type=KIS&type=CIS&teryt=1408&service=PUP_INTERNSHIP_2025&targetGroup=UNEMPLOYED&statusValidOn=today&stakeholderRole=SUPPORTING&includeInactive=true&page=3&size=50&sort=-gmina'),
    ).toEqual({
      q: 'Lodz',
      types: ['CIS', 'KIS'],
      teryt: '1408',
      service: 'PUP_INTERNSHIP_2025',
      targetGroup: 'UNEMPLOYED',
      statusValidOn: 'today',
      stakeholderRole: 'SUPPORTING',
      includeInactive: true,
      page: 3,
      size: 50,
      sort: '-gmina',
    });
  });

  it('accepts TERYT prefixes of a voivodeship, powiat or gmina only', () => {
    expect(read('teryt=14').teryt).toBe('14');
    expect(read('teryt=1408').teryt).toBe('1408');
    expect(read('teryt=1408011').teryt).toBe('1408011');
    expect(read('teryt=140').teryt).toBe('');
    expect(read('teryt=14080111').teryt).toBe('');
  });

  it('round-trips through a link, leaving defaults out', () => {
    const search = read('q=Warszawa&type=OPS&type=PUP&teryt=1465&statusValidOn=2026-01-31&page=2&sort=type');
    const url = links.institutions(toLink(search));
    expect(url).toBe('/institutions?q=Warszawa&type=OPS&type=PUP&teryt=1465&statusValidOn=2026-01-31&page=2&sort=type');
    expect(read(url.split('?')[1]!)).toEqual(search);
    expect(links.institutions(toLink(EMPTY_SEARCH))).toBe('/institutions');
  });

  it('turns the search into the API query: 0-based page, today resolved, absent filters left out', () => {
    expect(toApiQuery(read('statusValidOn=today&page=4'), '2026-11-23')).toEqual({
      q: undefined,
      type: undefined,
      teryt: undefined,
      service: undefined,
      targetGroup: undefined,
      statusValidOn: '2026-11-23',
      stakeholderRole: undefined,
      includeInactive: undefined,
      page: 3,
      size: 20,
      sort: 'name',
    });
  });

  it('knows whether anything narrows the search', () => {
    expect(hasFilters(read('page=2&sort=-name'))).toBe(false);
    expect(hasFilters(read('includeInactive=true'))).toBe(true);
  });

  it('sorts a new column ascending and flips the sorted column', () => {
    expect(nextSort('name', 'type')).toBe('type');
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
  });
});
