import { isIsoDate } from '@/shared/format/dates';
import type { FormError } from '@/shared/forms/formErrors';
import type { ClientRequest } from '../api/registerClient';

/**
 * The register-client form's fields in page order (the error summary follows it). Keys are the
 * API's JSON paths, so server errors land on the right field.
 */
export const CLIENT_FIELDS = [
  'firstName',
  'lastName',
  'pesel',
  'birthDate',
  'gminaTeryt',
  'phone',
  'email',
  'sensitive.disabilityLevel',
  'sensitive.addiction',
  'sensitive.homeless',
  'sensitive.socialAssistanceSince',
  'sensitive.notes',
] as const;

export type ClientField = (typeof CLIENT_FIELDS)[number];
/** Everything as typed: strings only, so nothing is lost or reformatted on an error. */
export type ClientFormValues = Record<ClientField, string>;

export const DISABILITY_LEVELS = ['NONE', 'LIGHT', 'MODERATE', 'SEVERE'] as const;

export function clientFieldId(field: ClientField): string {
  return `client-${field.replace(/\./g, '-')}`;
}

export function emptyClientValues(): ClientFormValues {
  return Object.fromEntries(CLIENT_FIELDS.map((field) => [field, ''])) as ClientFormValues;
}

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** 11 digits and the check digit (the server also checks the birth date it encodes). */
export function isPeselChecksumValid(pesel: string): boolean {
  if (!/^\d{11}$/.test(pesel)) return false;
  const digits = [...pesel].map(Number);
  const sum = PESEL_WEIGHTS.reduce((total, weight, index) => total + weight * digits[index]!, 0);
  return (10 - (sum % 10)) % 10 === digits[10];
}

function text(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function yesNo(value: string): boolean | null {
  return value === 'yes' ? true : value === 'no' ? false : null;
}

function hasSensitive(values: ClientFormValues): boolean {
  return CLIENT_FIELDS.some((field) => field.startsWith('sensitive.') && values[field].trim() !== '');
}

/** The checks worth making before sending; the server makes them all again. */
export function validateClient(values: ClientFormValues): FormError[] {
  const errors: FormError[] = [];
  if (!values.firstName.trim()) errors.push({ field: 'firstName', code: 'NotBlank' });
  if (!values.lastName.trim()) errors.push({ field: 'lastName', code: 'NotBlank' });
  const pesel = values.pesel.replace(/\s/g, '');
  if (pesel && !isPeselChecksumValid(pesel)) errors.push({ field: 'pesel', code: 'Pesel' });
  if (values.birthDate && !isIsoDate(values.birthDate)) errors.push({ field: 'birthDate', code: 'not-a-date' });
  else if (!pesel && !values.birthDate) errors.push({ field: 'birthDate', code: 'required' });
  if (!/^\d{7}$/.test(values.gminaTeryt)) errors.push({ field: 'gminaTeryt', code: 'required' });
  if (values['sensitive.socialAssistanceSince'] && !isIsoDate(values['sensitive.socialAssistanceSince'])) {
    errors.push({ field: 'sensitive.socialAssistanceSince', code: 'not-a-date' });
  }
  return errors;
}

export function toClientRequest(values: ClientFormValues): ClientRequest {
  const disability = values['sensitive.disabilityLevel'];
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    pesel: text(values.pesel.replace(/\s/g, '')),
    birthDate: text(values.birthDate),
    phone: text(values.phone),
    email: text(values.email),
    gminaTeryt: values.gminaTeryt,
    sensitive: hasSensitive(values)
      ? {
          disabilityLevel: (DISABILITY_LEVELS as readonly string[]).includes(disability) ? (disability as (typeof DISABILITY_LEVELS)[number]) : null,
          addiction: yesNo(values['sensitive.addiction']),
          homeless: yesNo(values['sensitive.homeless']),
          socialAssistanceSince: text(values['sensitive.socialAssistanceSince']),
          notes: text(values['sensitive.notes']),
        }
      : null,
  };
}
