import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/shared/forms/fields';
import { useLabels, type InstitutionType } from '@/shared/i18n/labels';
import { INSTITUTION_MATCHES, useInstitutionSearch } from './api/searchInstitutions';

export interface InstitutionPickerProps {
  /** id of the select (the error summary links to it); the search box gets `${id}-filter` */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (id: string) => void;
  /** only these institution types (the directory search's `type` filter) */
  types?: readonly InstitutionType[];
  /** institutions that cannot be chosen (e.g. already signatories, or the entry itself) */
  exclude?: readonly string[];
  /** deactivated entries can be chosen as well */
  includeInactive?: boolean;
  /** the institution saved on the record, kept as a choice whatever the search finds */
  current?: { id: string; name: string } | null;
  /** the label of the search box; by default "Search the directory: {label}" */
  filterLabel?: string;
  /** the empty choice; by default "Choose an institution" */
  emptyLabel?: string;
}

const NONE: readonly never[] = [];

/**
 * A directory institution chosen by searching the directory, which may hold thousands of
 * entries: a search box, its count of matches announced, then a select of the first matches.
 */
export function InstitutionPicker({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  types = NONE,
  exclude = NONE,
  includeInactive = false,
  current,
  filterLabel,
  emptyLabel,
}: InstitutionPickerProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim());
  const matches = useInstitutionSearch({ q: deferred, types, includeInactive });
  const total = matches.data?.totalItems ?? 0;
  // the API counts up to 1000 matches, then says there are more
  const capped = matches.data?.totalCapped ?? false;
  const similar = (matches.data?.similarWords ?? false) && total > 0;
  const options = (matches.data?.items ?? [])
    .filter((item) => !exclude.includes(item.id) || item.id === value)
    .map((item) => ({ value: item.id, label: `${item.name} (${labels.institutionType(item.type)}, ${item.gmina.name})` }));
  if (current && !options.some((option) => option.value === current.id)) {
    options.unshift({ value: current.id, label: current.name });
  }
  const filterId = `${id}-filter`;
  const statusId = `${filterId}-status`;

  return (
    <>
      <div className="form-group">
        <label className="label label--normal" htmlFor={filterId}>
          {filterLabel ?? t('institutionPicker.filter', { label })}
        </label>
        <input
          id={filterId}
          className="input input--two-thirds"
          type="search"
          autoComplete="off"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          aria-describedby={statusId}
        />
        <p id={statusId} className="hint" role="status">
          {matches.isFetching
            ? t('institutionPicker.searching')
            : capped
              ? t('searchTotals.pickerCapped', { shown: INSTITUTION_MATCHES, count: total })
              : total > INSTITUTION_MATCHES
                ? t('institutionPicker.matchesMore', { shown: INSTITUTION_MATCHES, count: total })
                : t('institutionPicker.matches', { count: total })}
          {!matches.isFetching && similar && (
            <>
              {' '}
              {deferred
                ? t('searchTotals.similarWords', { q: deferred })
                : t('searchTotals.similarWordsNoText')}
            </>
          )}
        </p>
      </div>
      <SelectField
        id={id}
        label={label}
        hint={hint}
        error={error}
        value={value}
        onChange={onChange}
        emptyLabel={emptyLabel ?? t('institutionPicker.choose')}
        options={options}
        wide
      />
    </>
  );
}
