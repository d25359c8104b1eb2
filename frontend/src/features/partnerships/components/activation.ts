import type { TFunction } from 'i18next';
import type { Schemas } from '@/shared/api/types';

/** One unmet activation requirement: `activation.missing` of the detail, or an item of a refused activation's `errors[]`. */
export type ActivationGap = Schemas['FieldError'];

const PARTIES = ['OPS', 'PUP', 'NGO'] as const;
type Party = (typeof PARTIES)[number];

function numberParam(gap: ActivationGap, name: string): number | undefined {
  const value = gap.params?.[name];
  return typeof value === 'number' ? value : undefined;
}

function party(gap: ActivationGap): Party | undefined {
  const value = gap.params?.type;
  return PARTIES.find((type) => type === value);
}

/**
 * What moving to ACTIVE still needs, worded from the API's codes and params in the user's
 * language; a code this client does not know is shown in the API's (English) words.
 */
export function activationProblems(gaps: readonly ActivationGap[], t: TFunction): string[] {
  return gaps.map((gap) => {
    const required = numberParam(gap, 'required');
    const joined = numberParam(gap, 'joined');
    const type = party(gap);
    if (gap.code === 'too-few-signatories' && required !== undefined && joined !== undefined) {
      return t('partnerships.activation.tooFewSignatories', { count: required - joined, required, joined });
    }
    if (gap.code === 'missing-party' && type) return t(`partnerships.activation.missingParty.${type}`);
    if (gap.code === 'duplicate-party' && type && joined !== undefined) {
      return t('partnerships.activation.duplicateParty', { count: joined, type });
    }
    if (gap.code === 'extra-party' && joined !== undefined) return t('partnerships.activation.extraParty', { count: joined });
    return gap.message;
  });
}
