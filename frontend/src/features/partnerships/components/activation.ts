import type { TFunction } from 'i18next';
import type { Partnership, Signatory } from '../model';

const PARTIES = ['OPS', 'PUP', 'NGO'] as const;

/**
 * Why the partnership cannot become ACTIVE yet, in the user's language: counted from the
 * signatories (the API's own `activation.missing` is English prose). When the count finds
 * nothing but the API says the rule is not met, its words are shown rather than nothing.
 */
export function activationProblems(partnership: Partnership, signatories: Signatory[] | undefined, t: TFunction): string[] {
  if (partnership.activation.met) return [];
  const problems: string[] = [];
  if (partnership.kind === 'PACT') {
    if (partnership.joinedSignatories < 3) problems.push(t('partnerships.activation.pactTooFew', { count: partnership.joinedSignatories }));
  } else if (signatories) {
    const joined = signatories.filter((signatory) => signatory.status === 'JOINED');
    for (const type of PARTIES) {
      const count = joined.filter((signatory) => signatory.institution?.type === type).length;
      if (count === 0) problems.push(t(`partnerships.activation.missingParty.${type}`));
      if (count > 1) problems.push(t('partnerships.activation.tooManyParty', { count, type }));
    }
    const others = joined.filter((signatory) => !signatory.institution || !(PARTIES as readonly string[]).includes(signatory.institution.type)).length;
    if (others > 0) problems.push(t('partnerships.activation.otherParties', { count: others }));
  }
  return problems.length > 0 ? problems : partnership.activation.missing;
}
