import { describe, expect, it } from 'vitest';
import { kisDetail, opsDetail } from '@/test/fixtures';
import { fromInstitution, mergeOnConflict, toRequest, validateInstitution, withLimits } from './institutionForm';

describe('institution form values', () => {
  it('round-trips an entry: what the form shows is what it sends back', () => {
    const request = toRequest(fromInstitution(kisDetail));
    expect(request).toEqual({
      type: 'KIS',
      name: 'Klub Integracji Społecznej „Wspólna Droga”',
      stakeholderRole: 'KEY',
      gminaTeryt: '1408011',
      address: { street: 'ul. Piłsudskiego 41', postalCode: '05-120', city: 'Legionowo' },
      legalForm: 'jednostka budżetowa gminy',
      legalBasis: 'ustawa z dnia 12 marca 2004 r. o pomocy społecznej',
      statutoryTasks: 'Praca socjalna, zasiłki, kontrakt socjalny.',
      operatorId: 'a1000000-0000-4000-8000-000000000003',
      operatorName: null,
      phone: '22 774 20 00',
      email: 'mops@example.org',
      website: 'https://mops.legionowo.example',
      krs: null,
      regon: '012345678',
      nip: '5360000000',
      registerEntry: null,
      officialStatus: { kind: 'KIS_REGISTER', grantedBy: 'Wojewoda Mazowiecki', validFrom: '2020-01-01', validTo: '2026-01-31' },
      places: 25,
      cooperativeProfile: null,
      cooperationAreas: ['aktywizacja zawodowa', 'praca socjalna'],
      externalId: null,
    });
  });

  it('sends a cooperative profile only for a social cooperative', () => {
    const cooperative = { ...fromInstitution(opsDetail), type: 'SPOLDZIELNIA', cooperativeProfile: 'MIXED' };
    expect(toRequest(cooperative).cooperativeProfile).toBe('MIXED');
    // the type was changed away from a cooperative: the profile would be refused (invalid-for-type)
    expect(toRequest({ ...cooperative, type: 'NGO' }).cooperativeProfile).toBeNull();
  });

  it('sends blanks as null (the API rejects "" for NIP), trims, and strips separators of register numbers', () => {
    const values = {
      ...fromInstitution(opsDetail),
      nip: ' 536-000-00-00 ',
      regon: '',
      'address.street': '  ',
      'address.postalCode': '',
      'address.city': '',
      cooperationAreas: ' a \n\n  b  \n',
      places: '',
    };
    const request = toRequest(values);
    expect(request.nip).toBe('5360000000');
    expect(request.regon).toBeNull();
    expect(request.address).toBeNull();
    expect(request.cooperationAreas).toEqual(['a', 'b']);
    expect(request.places).toBeNull();
  });

  it('checks as a courtesy with the API codes', () => {
    const values = {
      ...fromInstitution(opsDetail),
      name: ' ',
      gminaTeryt: '14',
      'address.postalCode': '05120',
      email: 'nie-email',
      website: 'www.example.org',
      krs: '123',
      places: '-3',
      'officialStatus.kind': '',
      'officialStatus.validFrom': '2026-02-01',
      'officialStatus.validTo': '2026-01-01',
    };
    expect(validateInstitution(values).map((error) => `${error.field}:${error.code}`)).toEqual([
      'name:NotBlank',
      'gminaTeryt:required',
      'address.postalCode:Pattern',
      'website:Pattern',
      'email:Email',
      'krs:Pattern',
      'places:PositiveOrZero',
      'officialStatus.kind:required',
      'officialStatus.validTo:date-order',
    ]);
    expect(validateInstitution(fromInstitution(kisDetail))).toEqual([]);
  });

  it('leaves the NIP check digit to the server', () => {
    expect(validateInstitution({ ...fromInstitution(opsDetail), nip: '1234567890' })).toEqual([]);
  });

  it('names the length limit of a server Size error', () => {
    expect(withLimits([{ field: 'name', code: 'Size', message: 'size must be between 0 and 300' }])).toEqual([
      { field: 'name', code: 'too-long', message: 'size must be between 0 and 300', values: { max: 300 } },
    ]);
  });
});

describe('after a 412: the changes of the user on top of the current version', () => {
  const base = fromInstitution(opsDetail);

  it('takes their value where the user changed nothing and keeps the value of the user everywhere else', () => {
    const mine = { ...base, phone: '22 111 11 11', email: 'nowy@example.org' };
    const theirs = { ...base, name: 'MOPS Legionowo', email: 'ich@example.org' };
    const merged = mergeOnConflict(base, mine, theirs);
    expect(merged.values.name).toBe('MOPS Legionowo');
    expect(merged.values.phone).toBe('22 111 11 11');
    expect(merged.values.email).toBe('nowy@example.org');
    expect(merged.theirChanges).toEqual(['name', 'email']);
    expect(merged.conflicts).toEqual(['email']);
  });

  it('reports no conflict when both made the same change', () => {
    const same = { ...base, phone: '22 999 99 99' };
    expect(mergeOnConflict(base, same, same).conflicts).toEqual([]);
  });
});
