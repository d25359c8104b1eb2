import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ErrorSummary, type ErrorSummaryItem } from '@/shared/forms/ErrorSummary';
import { TextAreaField, TextField } from '@/shared/forms/fields';
import { useAddPartnershipVersion } from '../api/addPartnershipVersion';
import type { Partnership, Version } from '../model';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { partnershipSubmissionErrors } from './submissionErrors';

interface SectionDraft {
  key: number;
  number: string;
  heading: string;
  body: string;
}

const MAX_SECTIONS = 60;

interface VersionEditorProps {
  partnership: Partnership;
  /** the version the new one starts from (the newest) */
  base: Version;
  onSaved: (number: number) => void;
  onCancel: () => void;
  onReload: () => Promise<Partnership | undefined>;
}

/**
 * A new version of the whole text, section by section: a draft while DRAFT or CONSULTATION, an
 * amendment of the signed text (with a note saying what and why) while ACTIVE. The signed version
 * itself never changes. If-Match is the partnership's version; a 412 keeps every section as typed.
 */
export function VersionEditor({ partnership, base, onSaved, onCancel, onReload }: VersionEditorProps) {
  const { t } = useTranslation();
  const add = useAddPartnershipVersion(partnership.id);
  const { version, conflict, reload } = useVersionConflict(partnership.version);
  const amendment = partnership.status === 'ACTIVE';
  const nextKey = useRef(base.sections.length);
  const [sections, setSections] = useState<SectionDraft[]>(() =>
    base.sections.map((section, index) => ({ key: index, number: section.number ?? '', heading: section.heading ?? '', body: section.body })),
  );
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ items: ErrorSummaryItem[]; byId: Map<string, string> }>({ items: [], byId: new Map() });
  const [focusKey, setFocusKey] = useState(0);

  const update = (key: number, field: 'number' | 'heading' | 'body', value: string) =>
    setSections((current) => current.map((section) => (section.key === key ? { ...section, [field]: value } : section)));

  const showErrors = (items: { id?: string; text: string }[]) => {
    setErrors({
      items: items.map((item) => ({ targetId: item.id, text: item.text })),
      byId: new Map(items.flatMap((item) => (item.id ? [[item.id, item.text] as const] : []))),
    });
    setFocusKey((key) => key + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: { id?: string; text: string }[] = [];
    sections.forEach((section, index) => {
      if (!section.body.trim()) problems.push({ id: `section-${section.key}-body`, text: t('partnerships.text.errors.bodyRequired', { number: index + 1 }) });
      else if (section.body.length > 20000) problems.push({ id: `section-${section.key}-body`, text: t('partnerships.text.errors.bodyTooLong', { number: index + 1 }) });
      if (section.number.length > 20) problems.push({ id: `section-${section.key}-number`, text: t('partnerships.text.errors.numberTooLong', { number: index + 1 }) });
      if (section.heading.length > 300) problems.push({ id: `section-${section.key}-heading`, text: t('partnerships.text.errors.headingTooLong', { number: index + 1 }) });
    });
    if (sections.length === 0) problems.push({ text: t('partnerships.text.errors.noSections') });
    if (amendment && !note.trim()) problems.push({ id: 'version-note', text: t('partnerships.text.errors.noteRequired') });
    if (note.length > 2000) problems.push({ id: 'version-note', text: t('partnerships.text.errors.noteTooLong') });
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }
    setErrors({ items: [], byId: new Map() });
    add.mutate(
      {
        version,
        body: {
          note: note.trim() || null,
          sections: sections.map((section) => ({ number: section.number.trim() || null, heading: section.heading.trim() || null, body: section.body })),
        },
      },
      {
        onSuccess: (saved) => onSaved(saved.number),
        onError: (error) => {
          if (isApiError(error, 412)) {
            conflict.stale();
            return;
          }
          showErrors(
            partnershipSubmissionErrors(error, ['note', 'sections'], t).map((item) => ({
              id: item.field === 'note' ? 'version-note' : undefined,
              text: item.message ?? t('partnerships.text.errors.invalid'),
            })),
          );
        },
      },
    );
  };

  return (
    <form className="form version-editor" onSubmit={submit} noValidate aria-labelledby="version-editor-heading" aria-busy={add.isPending}>
      <h3 id="version-editor-heading" className="heading-m">
        {amendment ? t('partnerships.text.amendmentHeading') : t('partnerships.text.newVersionHeading')}
      </h3>
      <p className="hint">{amendment ? t('partnerships.text.amendmentHint', { number: partnership.signedVersion ?? base.number }) : t('partnerships.text.newVersionHint', { number: base.number })}</p>
      <ConflictNotice
        level={4}
        state={conflict.state}
        reloading={conflict.reloading}
        onReload={() => void reload(async () => await onReload())}
      />
      <ErrorSummary key={focusKey} items={errors.items} />
      <TextAreaField
        id="version-note"
        label={amendment ? t('partnerships.text.noteAmendment') : t('partnerships.text.note')}
        hint={t('partnerships.text.noteHint')}
        error={errors.byId.get('version-note')}
        value={note}
        rows={3}
        onChange={setNote}
      />
      <ol className="version-editor__sections">
        {sections.map((section, index) => (
          <li key={section.key}>
            <fieldset className="fieldset version-editor__section">
              <legend className="fieldset__legend fieldset__legend--s">
                {t('partnerships.text.sectionLegend', { number: index + 1, title: [section.number, section.heading].filter(Boolean).join(' ') })}
              </legend>
              <div className="date-pair">
                <TextField id={`section-${section.key}-number`} label={t('partnerships.text.sectionNumber')} hint={t('partnerships.text.sectionNumberHint')} error={errors.byId.get(`section-${section.key}-number`)} value={section.number} width="char-10" onChange={(value) => update(section.key, 'number', value)} />
                <TextField id={`section-${section.key}-heading`} label={t('partnerships.text.sectionHeading')} error={errors.byId.get(`section-${section.key}-heading`)} value={section.heading} width="two-thirds" onChange={(value) => update(section.key, 'heading', value)} />
              </div>
              <TextAreaField id={`section-${section.key}-body`} label={t('partnerships.text.sectionBody')} error={errors.byId.get(`section-${section.key}-body`)} value={section.body} rows={8} onChange={(value) => update(section.key, 'body', value)} />
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setSections((current) => current.filter((item) => item.key !== section.key))}
                disabled={sections.length <= 1}
              >
                {t('partnerships.text.removeSection', { number: index + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={sections.length >= MAX_SECTIONS}
          onClick={() => {
            nextKey.current += 1;
            setSections((current) => [...current, { key: nextKey.current, number: '', heading: '', body: '' }]);
          }}
        >
          {t('partnerships.text.addSection')}
        </button>
      </p>
      <div className="button-group">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? t('common.saving') : amendment ? t('partnerships.text.saveAmendment') : t('partnerships.text.saveVersion')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
