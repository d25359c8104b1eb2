import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { ErrorSummary, type ErrorSummaryItem } from '@/shared/forms/ErrorSummary';
import { Choice, Fieldset, TextAreaField, TextField } from '@/shared/forms/fields';
import { links } from '@/shared/routes/links';
import { useIssueRecommendation } from '../api/issueRecommendation';
import { useIndicatorCatalogue } from '../api/listIndicators';

const MAX_TEXT = 4000;

/**
 * The analyst issues a recommendation to a gmina or powiat (TERYT, prefilled from a gmina
 * profile's link `?territory=`), with its text and the indicators it rests on.
 */
export function RecommendationIssuePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [territory, setTerritory] = useState(params.get('territory') ?? '');
  const [text, setText] = useState('');
  const [indicators, setIndicators] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const catalogue = useIndicatorCatalogue();
  const issue = useIssueRecommendation();
  const heading = t('recommendations.issueTitle');
  useDocumentTitle(heading);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^[0-9]{4}([0-9]{3})?$/.test(territory.trim())) found.territory = t('recommendations.errors.territory');
    if (!text.trim()) found.text = t('recommendations.errors.textRequired');
    else if (text.length > MAX_TEXT) found.text = t('recommendations.errors.textTooLong', { count: MAX_TEXT });
    if (indicators.length === 0) found.indicators = t('recommendations.errors.indicators');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    issue.mutate(
      { territory: territory.trim(), text: text.trim(), indicators },
      { onSuccess: (created) => void navigate(links.recommendation(created.id)) },
    );
  };

  const serverErrors = issue.error instanceof ApiError ? (issue.error.problem?.errors ?? []) : [];
  const summary: ErrorSummaryItem[] = [
    ...Object.entries(errors).map(([field, message]) => ({ targetId: `recommendation-${field}`, text: message })),
    ...serverErrors.map((e) => ({ targetId: `recommendation-${e.field.replace(/\[.*$/, '')}`, text: t('recommendations.errors.server', { field: e.field, message: e.message }) })),
  ];

  return (
    <>
      <Link className="back-link" to={links.recommendations()}>
        {t('recommendations.back')}
      </Link>
      <PageHeading>{heading}</PageHeading>
      <ErrorSummary items={summary} />
      {issue.isError && serverErrors.length === 0 && <ApiErrorMessage error={issue.error} />}
      <form noValidate onSubmit={submit}>
        <TextField id="recommendation-territory" label={t('recommendations.territoryField')} hint={t('recommendations.territoryHint')} error={errors.territory} value={territory} width="char-10" inputMode="numeric" onChange={setTerritory} />
        <TextAreaField id="recommendation-text" label={t('recommendations.text')} hint={t('recommendations.textHint', { count: MAX_TEXT })} error={errors.text} value={text} rows={6} onChange={setText} />
        <Fieldset id="recommendation-indicators" legend={t('recommendations.indicatorsLegend')} error={errors.indicators}>
          {catalogue.isPending && <p role="status">{t('recommendations.loading')}</p>}
          {catalogue.isError && <ApiErrorMessage error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
          <div className="choices">
            {catalogue.data?.map((i) => (
              <Choice
                key={i.code}
                id={`indicator-${i.code}`}
                name="indicators"
                type="checkbox"
                value={i.code}
                label={`${i18n.language === 'en' ? i.nameEn : i.namePl} (${i.code})`}
                checked={indicators.includes(i.code)}
                onChange={(checked) => setIndicators((current) => (checked ? [...current, i.code] : current.filter((c) => c !== i.code)))}
              />
            ))}
          </div>
        </Fieldset>
        <button type="submit" className="button" disabled={issue.isPending}>
          {t('recommendations.issueSubmit')}
        </button>
      </form>
    </>
  );
}
