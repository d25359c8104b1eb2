import { describe, expect, it } from 'vitest';
import { i18n } from '@/shared/i18n/i18n';
import { activationProblems, type ActivationGap } from './activation';

const tooFew = (joined: number): ActivationGap => ({
  field: 'signatories',
  code: 'too-few-signatories',
  message: `at least three joined signatories are needed; ${joined} joined`,
  params: { required: 3, joined },
});

describe('activation problems from the API codes', () => {
  const pl = i18n.getFixedT('pl');
  const en = i18n.getFixedT('en');

  it('counts the missing signatories of a Pakt with Polish plurals', () => {
    expect(activationProblems([tooFew(2)], pl)[0]).toContain('Brakuje jeszcze 1 sygnatariusza (przystąpiło dotąd: 2).');
    expect(activationProblems([tooFew(1)], pl)[0]).toContain('Brakuje jeszcze 2 sygnatariuszy (przystąpiło dotąd: 1).');
    expect(activationProblems([tooFew(2)], en)[0]).toContain('1 more signatory is needed (2 joined so far).');
    expect(activationProblems([tooFew(0)], en)[0]).toContain('3 more signatories are needed (0 joined so far).');
  });

  it('names the missing, doubled and extra parties of a cooperation agreement', () => {
    const gaps: ActivationGap[] = [
      { field: 'signatories', code: 'missing-party', message: 'a joined PUP is needed', params: { type: 'PUP' } },
      { field: 'signatories', code: 'duplicate-party', message: 'only one NGO may be a party; 2 joined', params: { type: 'NGO', joined: 2 } },
      { field: 'signatories', code: 'extra-party', message: '1 joined signatories are neither OPS, PUP nor NGO', params: { joined: 1 } },
    ];
    expect(activationProblems(gaps, pl)).toEqual([
      'Nie przystąpił jeszcze powiatowy urząd pracy (PUP).',
      'Stroną może być tylko jeden NGO; przystąpiły 2.',
      'Przystąpił 1 sygnatariusz, który nie jest OPS, PUP ani organizacją pozarządową.',
    ]);
  });

  it('falls back to the API words for a code it does not know', () => {
    expect(activationProblems([{ field: 'signatories', code: 'something-new', message: 'a new rule' }], pl)).toEqual(['a new rule']);
  });
});
