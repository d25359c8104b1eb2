import { useTranslation } from 'react-i18next';
import { usePlanDocument } from '../api/getPlanDocument';
import type { Plan } from '../model';
import { FileDownloads } from './FileDownloads';

/** The plan as a PDF for signature, for whoever sees the plan (the API records each download). */
export function PlanDocument({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const document = usePlanDocument();
  return (
    <section aria-labelledby="plan-document-heading" className="section">
      <h2 id="plan-document-heading" className="heading-m">
        {t('planDocument.heading')}
      </h2>
      <p className="hint">{t('planDocument.hint')}</p>
      <FileDownloads choices={[{ id: 'pdf', label: t('planDocument.download'), fetch: () => document.mutateAsync(plan.id) }]} />
    </section>
  );
}
