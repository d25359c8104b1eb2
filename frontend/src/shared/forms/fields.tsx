import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Accessibility attributes every control of a field gets. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: ControlProps) => ReactNode;
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{t('forms.errorPrefix')}</span> {children}
    </p>
  );
}

/** Label, hint, inline error and the control, wired with aria-describedby and aria-invalid. */
export function Field({ id, label, hint, error, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="hint">
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId!}>{error}</ErrorMessage>}
      {children({
        id,
        'aria-describedby': describedBy(hintId, errorId),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'search';
  inputMode?: 'numeric' | 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  /** width class suffix: 'full', 'two-thirds', 'half', 'third', 'char-10' … */
  width?: string;
  spellCheck?: boolean;
  name?: string;
}

export function TextField({ value, onChange, type = 'text', inputMode, autoComplete, width, spellCheck, name, ...shell }: TextFieldProps) {
  return (
    <Field {...shell}>
      {(control) => (
        <input
          {...control}
          name={name}
          className={`input${width ? ` input--${width}` : ''}${shell.error ? ' input--error' : ''}`}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          spellCheck={spellCheck}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

interface TextAreaFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextAreaField({ value, onChange, rows = 4, ...shell }: TextAreaFieldProps) {
  return (
    <Field {...shell}>
      {(control) => (
        <textarea
          {...control}
          className={`textarea${shell.error ? ' input--error' : ''}`}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** label of the empty first option; without it there is none */
  emptyLabel?: string;
  disabled?: boolean;
  /** as wide as long names need (a list of institutions) */
  wide?: boolean;
}

export function SelectField({ value, onChange, options, emptyLabel, disabled, wide = false, ...shell }: SelectFieldProps) {
  return (
    <Field {...shell}>
      {(control) => (
        <select
          {...control}
          className={`select${wide ? ' select--wide' : ''}${shell.error ? ' input--error' : ''}`}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface DateFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

export function DateField({ value, onChange, ...shell }: DateFieldProps) {
  return (
    <Field {...shell}>
      {(control) => (
        <input
          {...control}
          className={`input input--date${shell.error ? ' input--error' : ''}`}
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

interface FieldsetProps {
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** the legend as a page-level heading style (GOV.UK 'legend--m') */
  legendSize?: 's' | 'm';
  children: ReactNode;
  className?: string;
}

/** A group of controls (radios, checkboxes, several selects) with its legend, hint and error. */
export function Fieldset({ id, legend, hint, error, legendSize = 's', children, className }: FieldsetProps) {
  const base = id ?? '';
  const hintId = hint && base ? `${base}-hint` : undefined;
  const errorId = error && base ? `${base}-error` : undefined;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}${className ? ` ${className}` : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={`fieldset__legend fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div id={hintId} className="hint">
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId ?? `${base}-error`}>{error}</ErrorMessage>}
        {children}
      </fieldset>
    </div>
  );
}

interface ChoiceProps {
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  value?: string;
  hint?: ReactNode;
}

/** One radio button or checkbox with its label (and hint). */
export function Choice({ id, name, type, label, checked, onChange, value, hint }: ChoiceProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="choice">
      <input
        id={id}
        className="choice__input"
        type={type}
        name={name}
        value={value}
        checked={checked}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="hint choice__hint">
          {hint}
        </div>
      )}
    </div>
  );
}
