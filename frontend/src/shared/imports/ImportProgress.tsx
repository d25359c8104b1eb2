import { useTranslation } from 'react-i18next';
import type { ImportJob } from './types';

/**
 * How far a running import got. The bar (role=progressbar, aria-valuenow) follows the rows
 * checked, then the rows written; the polite live region announces each new phase only, not
 * every tick of the counter.
 */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const writing = job.status === 'WRITING';
  const done = writing ? job.writtenRows : job.processedRows;
  const total = Math.max(job.totalRows, 0);
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const phase = t(`imports.phase.${job.status}`);
  const valueText = t(writing ? 'imports.progress.written' : 'imports.progress.checked', { done, total });

  return (
    <div className="import-progress">
      <p className="visually-hidden" role="status" aria-live="polite">
        {phase}
      </p>
      <p id="import-progress-label" className="import-progress__label" aria-hidden="true">
        {phase}
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={valueText}
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="import-progress__count">{valueText}</p>
    </div>
  );
}
