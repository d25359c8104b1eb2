import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { links } from '@/shared/routes/links';
import { SortableHeader } from '@/shared/components/SortableHeader';
import { useLabels } from '@/shared/i18n/labels';
import {
  sortDirectionOf,
  sortFieldOf,
  type InstitutionSort,
  type InstitutionSummary,
  type SortField,
} from '../api/listInstitutions';
import { InstitutionTags } from './InstitutionTags';

interface InstitutionTableProps {
  items: InstitutionSummary[];
  sort: InstitutionSort;
  onSort: (field: SortField) => void;
  busy: boolean;
}

export function InstitutionTable({ items, sort, onSort, busy }: InstitutionTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const location = useLocation();
  const captionId = useId();
  const sortedField = sortFieldOf(sort);
  const direction = sortDirectionOf(sort);
  const columns: { field: SortField; label: string }[] = [
    { field: 'name', label: t('institutions.column.name') },
    { field: 'type', label: t('institutions.column.type') },
    { field: 'gmina', label: t('institutions.column.gmina') },
  ];

  // on narrow screens the table scrolls inside this focusable region, not the whole page
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table" aria-busy={busy}>
        <caption id={captionId} className="table__caption">
          {t('institutions.caption')}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortableHeader
                key={column.field}
                field={column.field}
                label={column.label}
                direction={column.field === sortedField ? direction : undefined}
                onSort={onSort}
              />
            ))}
            <th scope="col">{t('institutions.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((institution) => (
            <tr key={institution.id}>
              <td>
                {/* the search is remembered, so "back to results" returns to it */}
                <Link to={links.institution(institution.id)} state={{ search: location.search }}>
                  {institution.name}
                </Link>
              </td>
              <td>{labels.institutionType(institution.type)}</td>
              <td>
                {t('institutions.gminaCell', { gmina: institution.gmina.name, powiat: institution.gmina.powiatName })}
              </td>
              <td>
                <InstitutionTags active={institution.active} officialStatusState={institution.officialStatusState} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
