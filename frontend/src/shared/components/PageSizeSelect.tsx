import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface PageSizeSelectProps {
  value: number;
  options: readonly number[];
  onChange: (size: number) => void;
}

export function PageSizeSelect({ value, options, onChange }: PageSizeSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="form-group form-group--inline">
      <label className="label" htmlFor={id}>
        {t('pagination.pageSize')}
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {options.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </div>
  );
}
