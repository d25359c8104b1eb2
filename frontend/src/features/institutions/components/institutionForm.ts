import { isIsoDate } from '@/shared/format/dates';
import type { FormError } from '@/shared/forms/formErrors';
import { isCooperativeProfile, isInstitutionType, isOfficialStatusKind, isStakeholderRole } from '@/shared/i18n/labels';
import type { Institution } from '../api/getInstitution';
import type { InstitutionRequest } from '../api/updateInstitution';

/**
 * The institution form's fields, in the order they appear on the page (the error summary
 * follows it). Keys are the API's JSON paths, so server errors land on the right field.
 */
export const INSTITUTION_FIELDS = [
  'type',
  'name',
  'stakeholderRole',
  'cooperativeProfile',
  'legalForm',
  'legalBasis',
  'statutoryTasks',
  'gminaTeryt',
  'address.street',
  'address.postalCode',
  'address.city',
  'operatorId',
  'operatorName',
  'phone',
  'email',
  'website',
  'krs',
  'regon',
  'nip',
  'registerEntry',
  'externalId',
  'officialStatus.kind',
  'officialStatus.grantedBy',
  'officialStatus.validFrom',
  'officialStatus.validTo',
  'places',
  'cooperationAreas',
] as const;

export type InstitutionField = (typeof INSTITUTION_FIELDS)[number];
/** The type whose entries have a cooperative profile (seed 003). */
export const COOPERATIVE_TYPE = 'SPOLDZIELNIA';
/** Everything as the user typed it: strings only, so nothing is lost or reformatted on an error. */
export type InstitutionFormValues = Record<InstitutionField, string>;

/** Maximum lengths the API enforces (InstitutionRequest), for messages and courtesy checks. */
export const MAX_LENGTH: Partial<Record<InstitutionField, number>> = {
  name: 300,
  legalForm: 200,
  legalBasis: 4000,
  statutoryTasks: 4000,
  'address.street': 200,
  'address.city': 128,
  operatorName: 300,
  phone: 40,
  email: 254,
  website: 300,
  registerEntry: 200,
  externalId: 100,
  'officialStatus.grantedBy': 200,
  cooperationAreas: 300,
};
const MAX_COOPERATION_AREAS = 50;

export function fieldId(field: InstitutionField): string {
  return `institution-${field.replace(/\./g, '-')}`;
}

export function emptyInstitutionValues(): InstitutionFormValues {
  return Object.fromEntries(INSTITUTION_FIELDS.map((field) => [field, ''])) as InstitutionFormValues;
}

export function fromInstitution(institution: Institution): InstitutionFormValues {
  const status = institution.officialStatus;
  return {
    type: institution.type,
    name: institution.name,
    stakeholderRole: institution.stakeholderRole,
    cooperativeProfile: institution.cooperativeProfile ?? '',
    legalForm: institution.legalForm ?? '',
    legalBasis: institution.legalBasis ?? '',
    statutoryTasks: institution.statutoryTasks ?? '',
    gminaTeryt: institution.gmina.teryt,
    'address.street': institution.address.street ?? '',
    'address.postalCode': institution.address.postalCode ?? '',
    'address.city': institution.address.city ?? '',
    operatorId: institution.operator?.id ?? '',
    operatorName: institution.operatorName ?? '',
    phone: institution.contacts.phone ?? '',
    email: institution.contacts.email ?? '',
    website: institution.contacts.website ?? '',
    krs: institution.identifiers.krs ?? '',
    regon: institution.identifiers.regon ?? '',
    nip: institution.identifiers.nip ?? '',
    registerEntry: institution.identifiers.registerEntry ?? '',
    externalId: institution.externalId ?? '',
    'officialStatus.kind': status?.kind ?? '',
    'officialStatus.grantedBy': status?.grantedBy ?? '',
    'officialStatus.validFrom': status?.validFrom ?? '',
    'officialStatus.validTo': status?.validTo ?? '',
    places: institution.places === null || institution.places === undefined ? '' : String(institution.places),
    cooperationAreas: institution.cooperationAreas.join('\n'),
  };
}

function text(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Register numbers are often written with spaces or dashes (NIP 536-000-00-00): the API wants digits. */
function digits(value: string): string | null {
  const compact = value.replace(/[\s-]/g, '');
  return compact === '' ? null : compact;
}

export function cooperationAreaLines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The request the API expects; blank optional fields are sent as null (not as empty strings). */
export function toRequest(values: InstitutionFormValues): InstitutionRequest {
  const kind = values['officialStatus.kind'];
  const places = values.places.trim();
  const street = text(values['address.street']);
  const postalCode = text(values['address.postalCode']);
  const city = text(values['address.city']);
  return {
    type: isInstitutionType(values.type) ? values.type : ('' as InstitutionRequest['type']),
    name: values.name.trim(),
    stakeholderRole: isStakeholderRole(values.stakeholderRole) ? values.stakeholderRole : null,
    gminaTeryt: values.gminaTeryt,
    address: street || postalCode || city ? { street, postalCode, city } : null,
    legalForm: text(values.legalForm),
    legalBasis: text(values.legalBasis),
    statutoryTasks: text(values.statutoryTasks),
    operatorId: text(values.operatorId),
    operatorName: text(values.operatorName),
    phone: text(values.phone),
    email: text(values.email),
    website: text(values.website),
    krs: digits(values.krs),
    regon: digits(values.regon),
    nip: digits(values.nip),
    registerEntry: text(values.registerEntry),
    officialStatus: isOfficialStatusKind(kind)
      ? {
          kind,
          grantedBy: text(values['officialStatus.grantedBy']),
          validFrom: text(values['officialStatus.validFrom']),
          validTo: text(values['officialStatus.validTo']),
        }
      : null,
    places: /^\d+$/.test(places) ? Number(places) : null,
    // only a social cooperative has a profile: a type changed away from it sends none
    cooperativeProfile:
      values.type === COOPERATIVE_TYPE && isCooperativeProfile(values.cooperativeProfile) ? values.cooperativeProfile : null,
    cooperationAreas: cooperationAreaLines(values.cooperationAreas),
    externalId: text(values.externalId),
  };
}

const PATTERNS: Partial<Record<InstitutionField, RegExp>> = {
  'address.postalCode': /^\d{2}-\d{3}$/,
  phone: /^\+?[0-9 ()-]{3,40}$/,
  website: /^https?:\/\/\S+$/,
};

/**
 * Checks made before sending, as a courtesy: the API checks everything again (and more, e.g.
 * NIP and REGON check digits). Uses the API's error codes so messages are the same either way.
 */
export function validateInstitution(values: InstitutionFormValues): FormError[] {
  const errors: FormError[] = [];
  const add = (field: InstitutionField, code: string, extra?: Record<string, string | number>) =>
    errors.push({ field, code, values: extra });

  if (!isInstitutionType(values.type)) add('type', 'required');
  if (values.name.trim() === '') add('name', 'NotBlank');
  if (!/^\d{7}$/.test(values.gminaTeryt)) add('gminaTeryt', 'required');

  for (const field of INSTITUTION_FIELDS) {
    const max = MAX_LENGTH[field];
    if (max !== undefined && field !== 'cooperationAreas' && values[field].trim().length > max) {
      add(field, 'too-long', { max });
    }
    const pattern = PATTERNS[field];
    const value = values[field].trim();
    if (pattern && value !== '' && !pattern.test(value)) add(field, 'Pattern');
  }
  if (values.email.trim() !== '' && !/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) add('email', 'Email');
  const krs = digits(values.krs);
  if (krs !== null && !/^\d{10}$/.test(krs)) add('krs', 'Pattern');
  const regon = digits(values.regon);
  if (regon !== null && !/^(\d{9}|\d{14})$/.test(regon)) add('regon', 'Regon');
  const nip = digits(values.nip);
  if (nip !== null && !/^\d{10}$/.test(nip)) add('nip', 'Nip');

  const places = values.places.trim();
  if (places !== '' && !/^\d+$/.test(places)) add('places', /^-\d+$/.test(places) ? 'PositiveOrZero' : 'not-a-number');

  const kind = values['officialStatus.kind'];
  const from = values['officialStatus.validFrom'];
  const to = values['officialStatus.validTo'];
  const statusDetails = values['officialStatus.grantedBy'].trim() !== '' || from !== '' || to !== '';
  if (statusDetails && !isOfficialStatusKind(kind)) add('officialStatus.kind', 'required');
  if (from !== '' && !isIsoDate(from)) add('officialStatus.validFrom', 'not-a-date');
  if (to !== '' && !isIsoDate(to)) add('officialStatus.validTo', 'not-a-date');
  if (isIsoDate(from) && isIsoDate(to) && from > to) add('officialStatus.validTo', 'date-order');

  const areas = cooperationAreaLines(values.cooperationAreas);
  if (areas.length > MAX_COOPERATION_AREAS) add('cooperationAreas', 'too-many', { max: MAX_COOPERATION_AREAS });
  if (areas.some((area) => area.length > (MAX_LENGTH.cooperationAreas ?? 300))) {
    add('cooperationAreas', 'line-too-long', { max: MAX_LENGTH.cooperationAreas ?? 300 });
  }
  return errors;
}

/** Server Size errors carry no limit: add the one the form knows, so the message can name it. */
export function withLimits(errors: FormError[]): FormError[] {
  return errors.map((error) => {
    const max = MAX_LENGTH[error.field as InstitutionField];
    if (error.code === 'Size' && max !== undefined) {
      return { ...error, code: error.field === 'cooperationAreas' ? 'line-too-long' : 'too-long', values: { max } };
    }
    return error;
  });
}

/**
 * After a 412: the user's changes on top of the version someone else saved. Fields the user
 * did not touch take the other person's value; fields both changed keep the user's value and
 * are reported, so the user can decide.
 */
export function mergeOnConflict(
  base: InstitutionFormValues,
  mine: InstitutionFormValues,
  theirs: InstitutionFormValues,
): { values: InstitutionFormValues; theirChanges: InstitutionField[]; conflicts: InstitutionField[] } {
  const values = { ...mine };
  const theirChanges: InstitutionField[] = [];
  const conflicts: InstitutionField[] = [];
  for (const field of INSTITUTION_FIELDS) {
    const changedByThem = theirs[field] !== base[field];
    const changedByMe = mine[field] !== base[field];
    if (!changedByThem) continue;
    theirChanges.push(field);
    if (!changedByMe) values[field] = theirs[field];
    else if (mine[field] !== theirs[field]) conflicts.push(field);
  }
  return { values, theirChanges, conflicts };
}
