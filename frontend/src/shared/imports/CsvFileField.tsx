import { useId, type RefObject } from 'react';
import { ErrorMessage, describedBy } from '@/shared/forms/fields';

interface CsvFileFieldProps {
  id: string;
  label: string;
  hint: string;
  /** the problems of the file (shown together by the field, and in the page's error summary) */
  errors: readonly string[];
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The CSV file input of an import (GOV.UK file upload): label, hint, the file's errors, `aria-invalid`. */
export function CsvFileField({ id, label, hint, errors, inputRef }: CsvFileFieldProps) {
  const hintId = useId();
  const invalid = errors.length > 0;
  return (
    <div className={`form-group${invalid ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <div id={hintId} className="hint">
        {hint}
      </div>
      {invalid && <ErrorMessage id={`${id}-error`}>{errors.join(' ')}</ErrorMessage>}
      <input
        ref={inputRef}
        id={id}
        name="file"
        type="file"
        accept=".csv,text/csv"
        className={`file-upload${invalid ? ' input--error' : ''}`}
        aria-describedby={describedBy(hintId, invalid && `${id}-error`)}
        aria-invalid={invalid ? true : undefined}
      />
    </div>
  );
}
