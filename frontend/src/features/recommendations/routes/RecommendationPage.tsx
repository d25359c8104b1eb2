import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Notification } from '@/shared/components/Notification';
import { PageHeading } from '@/shared/components/RouteFocus';
import { RecommendationStatusTag } from '@/shared/components/RecommendationStatusTag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { TextAreaField } from '@/shared/forms/fields';
import { links } from '@/shared/routes/links';
import { useRecommendation } from '../api/getRecommendation';
import { useMoveRecommendation } from '../api/moveRecommendation';
import type { RecommendationMove } from '../model';

/**
 * One recommendation (where a notification leads): text, the indicators it rests on, status and
 * history; a coordinator of an addressee acknowledges it, then marks it implemented or declined
 * (with a reason), each after a confirmation.
 */
export function RecommendationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useRecommendation(id);
  const move = useMoveRecommendation(id);
  const [confirming, setConfirming] = useState<RecommendationMove | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [done, setDone] = useState<{ key: number; text: string } | null>(null);
  const r = query.data;
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const heading = r
    ? t(`recommendations.level.${r.territory.level}`, { name: r.territory.name })
    : notFound
      ? t('recommendations.notFound')
      : t('recommendations.loading');
  useDocumentTitle(r ? t('recommendations.detailTitle', { name: heading }) : heading);
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const confirm = (to: RecommendationMove) => {
    if (!r) return;
    if (to === 'DECLINED' && !reason.trim()) {
      setReasonError(t('recommendations.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    move.mutate(
      { version: r.version, status: to, reason: to === 'ACKNOWLEDGED' ? undefined : reason },
      {
        onSuccess: () => {
          setConfirming(null);
          setReason('');
          setDone((current) => ({ key: (current?.key ?? 0) + 1, text: t(`recommendations.done.${to}`) }));
        },
      },
    );
  };

  return (
    <>
      <Link className="back-link" to={links.recommendations()}>
        {t('recommendations.back')}
      </Link>
      <PageHeading>{r ? t('recommendations.detailTitle', { name: heading }) : heading}</PageHeading>
      {query.isPending && <p role="status">{t('recommendations.loading')}</p>}
      {notFound && <p>{t('recommendations.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {done && (
        <Notification key={done.key} variant="success" focus>
          <p className="notification__heading">{done.text}</p>
        </Notification>
      )}
      {r && (
        <>
          <p>
            <RecommendationStatusTag status={r.status} />
          </p>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('recommendations.issuedBy')}</dt>
              <dd className="summary-list__value">
                {r.issuedBy}, {r.issuedByInstitution.name} ({dateTime.format(new Date(r.issuedAt))})
              </dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('recommendations.territory')}</dt>
              <dd className="summary-list__value">
                {heading} ({r.territory.teryt})
              </dd>
            </div>
            {r.closingReason && (
              <div className="summary-list__row">
                <dt className="summary-list__key">{t('recommendations.closingReason')}</dt>
                <dd className="summary-list__value">{r.closingReason}</dd>
              </div>
            )}
          </dl>
          <h2>{t('recommendations.text')}</h2>
          <p className="preserve-lines">{r.text}</p>
          <h2>{t('recommendations.indicators', { count: r.indicators.length })}</h2>
          <ul className="list list--bullet">
            {r.indicators.map((i) => (
              <li key={i.code}>
                {i18n.language === 'en' ? i.nameEn : i.namePl} <span className="hint">({i.code})</span>
              </li>
            ))}
          </ul>
          {r.allowedTransitions.length > 0 && (
            <section aria-labelledby="recommendation-actions">
              <h2 id="recommendation-actions">{t('recommendations.actions')}</h2>
              {move.isError && <ApiErrorMessage error={move.error} />}
              {confirming === null ? (
                <div className="button-group">
                  {(r.allowedTransitions.filter((s) => s !== 'ISSUED') as RecommendationMove[]).map((to) => (
                    <button key={to} type="button" className={to === 'DECLINED' ? 'button button--warning' : 'button'} onClick={() => setConfirming(to)}>
                      {t(`recommendations.move.${to}`)}
                    </button>
                  ))}
                </div>
              ) : (
                <div className="panel" role="group" aria-labelledby="recommendation-confirm">
                  <h3 id="recommendation-confirm">{t(`recommendations.confirm.${confirming}`)}</h3>
                  <ErrorSummary items={reasonError ? [{ targetId: 'recommendation-reason', text: reasonError }] : []} />
                  {confirming !== 'ACKNOWLEDGED' && (
                    <TextAreaField
                      id="recommendation-reason"
                      label={confirming === 'DECLINED' ? t('recommendations.reason') : t('recommendations.note')}
                      hint={t('recommendations.reasonHint')}
                      error={reasonError}
                      value={reason}
                      rows={3}
                      onChange={setReason}
                    />
                  )}
                  <div className="button-group">
                    <button type="button" className={confirming === 'DECLINED' ? 'button button--warning' : 'button'} disabled={move.isPending} onClick={() => confirm(confirming)}>
                      {t(`recommendations.confirmButton.${confirming}`)}
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                      {t('recommendations.cancel')}
                    </button>
                  </div>
                </div>
              )}
            </section>
          )}
          <h2>{t('recommendations.history')}</h2>
          <ol className="list">
            {r.history.map((h, index) => (
              <li key={index}>
                {dateTime.format(new Date(h.at))}: {t(`recommendations.status.${h.toStatus}`)} – {h.actorName}
                {h.actorInstitution ? `, ${h.actorInstitution.name}` : ''}
                {h.note ? ` („${h.note}”)` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
