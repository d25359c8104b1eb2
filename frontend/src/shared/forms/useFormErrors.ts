import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from './ErrorSummary';
import { firstErrorByField, sortByFieldOrder, useErrorMessage, type FormError } from './formErrors';

type LooseT = (key: string) => string;

/**
 * The error state of a form: errors in page order, the text of each
 * field's error, the summary items linking to the fields, and a key that makes the summary
 * take the focus again after every failed submission. `form` names the form's messages
 * (`validation.field.<form>.<field>.<code>`), `labelPrefix` the key of its field labels.
 */
export function useFormErrors<F extends string>(form: string, fields: readonly F[], fieldId: (field: F) => string, labelPrefix: string) {
  const { t } = useTranslation();
  const message = useErrorMessage(form);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const label = (field: F): string => (t as unknown as LooseT)(`${labelPrefix}.${field.replace(/\./g, '_')}`);
  const ordered = sortByFieldOrder(errors, fields);
  const byField = firstErrorByField(ordered);
  return {
    label,
    focusKey,
    show: (next: FormError[]) => {
      setErrors(next);
      setFocusKey((key) => key + 1);
    },
    clear: () => setErrors([]),
    errorText: (field: F): string | undefined => {
      const error = byField.get(field);
      return error ? message(error, label(field)) : undefined;
    },
    summary: ordered.map((error): ErrorSummaryItem => {
      const field = error.field as F | '';
      return field ? { targetId: fieldId(field), text: message(error, label(field)) } : { text: message(error, '') };
    }),
  };
}
