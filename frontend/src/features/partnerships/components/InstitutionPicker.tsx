import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/shared/forms/fields';
import { useLabels, type InstitutionType } from '@/shared/i18n/labels';
import { INSTITUTION_MATCHES, useInstitutionSearch } from '../api/searchInstitutions';

interface InstitutionPickerProps {
  /** id of the select (the error summary links to it); the search box gets `${id}-filter` */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (id: string) => void;
  /** only these institution types (the directory search's `type` filter) */
  types?: readonly InstitutionType[];
  /** institutions that cannot be chosen (e.g. already signatories) */
  exclude?: readonly string[];
}

/** A directory institution chosen by searching the directory: a search box, then a list of matches. */
const NONE: readonly never[] = [];

export function InstitutionPicker({ id, label, hint, error, value, onChange, types = NONE, exclude = NONE }: InstitutionPickerProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim());
  const matches = useInstitutionSearch(deferred, types);
  const total = matches.data?.totalItems ?? 0;
  const options = (matches.data?.items ?? [])
    .filter((item) => !exclude.includes(item.id) || item.id === value)
    .map((item) => ({ value: item.id, label: `${item.name} (${labels.institutionType(item.type)}, ${item.gmina.name})` }));
  const statusId = `${id}-filter-status`;

  return (
    <>
      <div className="form-group">
        <label className="label label--normal" htmlFor={`${id}-filter`}>
          {t('partnerships.picker.filter', { label })}
        </label>
        <input
          id={`${id}-filter`}
          className="input input--two-thirds"
          type="search"
          autoComplete="off"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          aria-describedby={statusId}
        />
        <p id={statusId} className="hint" role="status">
          {matches.isFetching
            ? t('partnerships.picker.searching')
            : total > INSTITUTION_MATCHES
              ? t('partnerships.picker.matchesMore', { shown: INSTITUTION_MATCHES, count: total })
              : t('partnerships.picker.matches', { count: total })}
        </p>
      </div>
      <Field id={id} label={label} hint={hint} error={error}>
        {(control) => (
          <select
            {...control}
            className={`select select--wide${error ? ' input--error' : ''}`}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          >
            <option value="">{t('partnerships.picker.choose')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
