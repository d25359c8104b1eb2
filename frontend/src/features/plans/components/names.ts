import { i18n } from '@/shared/i18n/i18n';

/** A person as the API names them; `anonymised` once retention removed the identity. */
export interface NamedPerson {
  firstName: string;
  lastName: string;
  anonymised?: boolean;
}

/**
 * How a person is named on every page: first name, then last name. An anonymised person has no
 * name any more, only the neutral marker ("Osoba zanonimizowana"), in the current language.
 */
export function personName(person: NamedPerson): string {
  return person.anonymised ? i18n.t('anonymised.name') : `${person.firstName} ${person.lastName}`;
}
