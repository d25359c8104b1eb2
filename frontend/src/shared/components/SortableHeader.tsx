export type SortDirection = 'ascending' | 'descending';

interface SortableHeaderProps<F extends string> {
  field: F;
  label: string;
  /** direction when this column is the sorted one, otherwise undefined */
  direction: SortDirection | undefined;
  onSort: (field: F) => void;
  /** e.g. to right-align the header of a column of figures */
  className?: string;
}

/** Column header with a sort button; `aria-sort` tells assistive technology the current order. */
export function SortableHeader<F extends string>({ field, label, direction, onSort, className }: SortableHeaderProps<F>) {
  const icon = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(field)}>
        {label}
        <span className="sort-button__icon" aria-hidden="true">
          {icon}
        </span>
      </button>
    </th>
  );
}
