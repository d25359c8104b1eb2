import { useTranslation } from 'react-i18next';
import { Tag, type TagVariant } from '@/shared/components/Tag';
import type { SectionChange, VersionDiff } from '../model';
import { usePartnershipLabels } from './labels';
import { diffWords } from './textDiff';

const CHANGE_VARIANTS: Record<SectionChange['change'], TagVariant> = {
  UNCHANGED: 'grey',
  CHANGED: 'yellow',
  ADDED: 'green',
  REMOVED: 'red',
};

/** Inserted text: underlined and named for screen readers, never by colour alone. */
export function Inserted({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <ins className="diff__ins">
      <span className="visually-hidden">{t('partnerships.diff.insertedStart')}</span>
      {text}
      <span className="visually-hidden">{t('partnerships.diff.insertedEnd')}</span>
    </ins>
  );
}

/** Deleted text: struck through and named for screen readers. */
export function Deleted({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <del className="diff__del">
      <span className="visually-hidden">{t('partnerships.diff.deletedStart')}</span>
      {text}
      <span className="visually-hidden">{t('partnerships.diff.deletedEnd')}</span>
    </del>
  );
}

function sectionTitle(section: { number?: string | null; heading?: string | null }, fallback: string): string {
  return [section.number, section.heading].filter(Boolean).join(' ') || fallback;
}

function SectionBody({ section }: { section: SectionChange }) {
  const { t } = useTranslation();
  if (section.change === 'ADDED') {
    return (
      <p className="diff__body">
        <Inserted text={section.after ?? ''} />
      </p>
    );
  }
  if (section.change === 'REMOVED') {
    return (
      <p className="diff__body">
        <Deleted text={section.before ?? ''} />
      </p>
    );
  }
  if (section.change === 'UNCHANGED') {
    return (
      <details className="details">
        <summary>{t('partnerships.diff.showUnchanged')}</summary>
        <p className="diff__body">{section.after}</p>
      </details>
    );
  }
  const headingChanged = (section.headingBefore ?? null) !== (section.heading ?? null);
  return (
    <>
      {headingChanged && (
        <p className="diff__body">
          {t('partnerships.diff.headingChanged')}{' '}
          {section.headingBefore && <Deleted text={section.headingBefore} />}{' '}
          {section.heading && <Inserted text={section.heading} />}
        </p>
      )}
      <p className="diff__body">
      {diffWords(section.before ?? '', section.after ?? '').map((part, index) =>
        part.kind === 'added' ? (
          <Inserted key={index} text={part.text} />
        ) : part.kind === 'removed' ? (
          <Deleted key={index} text={part.text} />
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
      </p>
    </>
  );
}

/** Two versions compared section by section: what was added, removed and changed word by word. */
export function VersionDiffView({ diff }: { diff: VersionDiff }) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const changed = diff.sections.filter((section) => section.change !== 'UNCHANGED').length;
  return (
    <div className="diff">
      <p>{t('partnerships.diff.summary', { count: changed, from: diff.from, to: diff.to })}</p>
      <p className="hint">{t('partnerships.diff.legend')}</p>
      <ol className="diff__sections">
        {diff.sections.map((section, index) => {
          const title = sectionTitle(section, t('partnerships.text.untitledSection', { number: index + 1 }));
          return (
            <li key={`${title}-${index}`} className={`diff__section diff__section--${section.change.toLowerCase()}`}>
              <h3 className="heading-s diff__title">
                {title} <Tag variant={CHANGE_VARIANTS[section.change]}>{labels.sectionChange(section.change)}</Tag>
              </h3>
              <SectionBody section={section} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
