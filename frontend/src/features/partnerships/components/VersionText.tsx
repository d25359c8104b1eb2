import { useTranslation } from 'react-i18next';
import type { Version } from '../model';

/** One version of the text as it reads: title, subtitle and the sections in order (also the public, authorless text). */
export function VersionText({ version }: { version: Pick<Version, 'number' | 'documentTitle' | 'documentSubtitle' | 'sections'> }) {
  const { t } = useTranslation();
  return (
    <article className="agreement-text" aria-label={t('partnerships.text.articleLabel', { number: version.number })}>
      <p className="agreement-text__title">{version.documentTitle}</p>
      {version.documentSubtitle && <p className="agreement-text__subtitle">{version.documentSubtitle}</p>}
      {version.sections.map((section, index) => (
        <div key={index} className="agreement-text__section">
          {(section.number || section.heading) && (
            <h3 className="heading-s agreement-text__heading">{[section.number, section.heading].filter(Boolean).join(' ')}</h3>
          )}
          <p className="agreement-text__body">{section.body}</p>
        </div>
      ))}
    </article>
  );
}
