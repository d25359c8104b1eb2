import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/shared/forms/fields';
import { useLabels } from '@/shared/i18n/labels';
import { useInstitutionList } from '../api/listInstitutions';

interface OperatorSelectProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** the operator saved on the entry, kept as a choice whatever the search finds */
  current?: { id: string; name: string } | null;
  /** the entry being edited: it cannot run itself */
  excludeId?: string;
  error?: string;
  label: string;
  hint?: string;
}

const MATCHES = 20;

/**
 * Choosing the institution that runs this one, from a directory that may hold thousands of
 * entries: a search box narrows the list of the select below it.
 */
export function OperatorSelect({ id, value, onChange, current, excludeId, error, label, hint }: OperatorSelectProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter.trim());
  const matches = useInstitutionList({ q: deferredFilter || undefined, page: 0, size: MATCHES, sort: 'name', includeInactive: true });
  const options = (matches.data?.items ?? [])
    .filter((item) => item.id !== excludeId)
    .map((item) => ({ value: item.id, label: `${item.name} (${labels.institutionType(item.type)}, ${item.gmina.name})` }));
  if (current && !options.some((option) => option.value === current.id)) {
    options.unshift({ value: current.id, label: current.name });
  }
  const total = matches.data?.totalItems ?? 0;

  return (
    <div className="operator-select">
      <div className="form-group">
        <label className="label label--normal" htmlFor={`${id}-filter`}>
          {t('institutionForm.operatorFilter')}
        </label>
        <input
          id={`${id}-filter`}
          className="input input--two-thirds"
          type="search"
          autoComplete="off"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          aria-describedby={`${id}-filter-status`}
        />
        <p id={`${id}-filter-status`} className="hint" role="status">
          {matches.isFetching
            ? t('area.loading')
            : total > MATCHES
              ? t('institutionForm.operatorMatchesMore', { shown: MATCHES, count: total })
              : t('institutionForm.operatorMatches', { count: total })}
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
            <option value="">{t('institutionForm.noOperator')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
