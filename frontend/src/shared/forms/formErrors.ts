import { useTranslation } from 'react-i18next';
import type { Problem } from '@/shared/api/types';

/** One problem with a form: which field (a key of the form, or '' for the form as a whole) and why. */
export interface FormError {
  /** the form's own field key, '' when the problem concerns no single field */
  field: string;
  /** machine-readable reason: the API's FieldError code, or one of the client's own checks */
  code: string;
  /** the server's (English) wording, the last resort when no translation exists */
  message?: string;
  /** the field as the server named it, for errors no field of the form matches */
  sourceField?: string;
  /** extra values for the message, e.g. { max: 300 } */
  values?: Record<string, string | number>;
}

/** A field of a form as the error summary and messages need it. */
export interface FieldSpec {
  key: string;
  /** the label shown to the user, used inside messages */
  label: string;
  /** id of the control the error summary links to */
  targetId: string;
}

/**
 * Finds the form field a server error belongs to. The API names fields by their JSON path
 * (`address.postalCode`, `cooperationAreas[2].<list element>`): the longest known key the path
 * starts with wins. Answers undefined when no field of the form matches.
 */
export function resolveFieldKey(serverField: string, keys: readonly string[]): string | undefined {
  const known = new Set(keys);
  const segments = serverField
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter((segment) => segment !== '' && !segment.startsWith('<'));
  for (let length = segments.length; length > 0; length -= 1) {
    const candidate = segments.slice(0, length).join('.');
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}

/** The field errors of a problem document, each attached to a field of the form (or to the form). */
export function problemToFormErrors(problem: Problem | undefined, keys: readonly string[]): FormError[] {
  return (problem?.errors ?? []).map((error) => ({
    field: resolveFieldKey(error.field, keys) ?? '',
    code: error.code,
    message: error.message,
    sourceField: error.field,
  }));
}

/** Orders errors as the fields appear in the form (the summary follows the page), unknown fields last. */
export function sortByFieldOrder(errors: FormError[], keys: readonly string[]): FormError[] {
  const position = (error: FormError) => {
    const index = keys.indexOf(error.field);
    return index < 0 ? keys.length : index;
  };
  return errors.map((error, index) => ({ error, index }))
    .toSorted((a, b) => position(a.error) - position(b.error) || a.index - b.index)
    .map(({ error }) => error);
}

/** The first error of each field, for the inline messages. */
export function firstErrorByField(errors: FormError[]): Map<string, FormError> {
  const byField = new Map<string, FormError>();
  for (const error of errors) {
    if (error.field && !byField.has(error.field)) byField.set(error.field, error);
  }
  return byField;
}

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * Words a FormError for people, in the current language: first a message written for this
 * field and code (`validation.field.<form>.<field>.<code>`), then the general one for the code
 * (`validation.code.<code>`, with the field's label), then the server's own message.
 */
export function useErrorMessage(form: string) {
  const { t, i18n } = useTranslation();
  const translate = t as unknown as LooseT;
  return (error: FormError, label: string): string => {
    const values = { label, ...error.values };
    if (!error.field) {
      if (!error.message) return translate('validation.unknown', values);
      return error.sourceField ? `${error.sourceField}: ${error.message}` : error.message;
    }
    const specific = `validation.field.${form}.${error.field}.${error.code}`;
    if (i18n.exists(specific)) return translate(specific, values);
    const general = `validation.code.${error.code}`;
    if (i18n.exists(general)) return translate(general, values);
    // a reason this client has no words for yet: the server's, under the field's own label
    return error.message ? `${label}: ${error.message}` : translate('validation.unknown', values);
  };
}
