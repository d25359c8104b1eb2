import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '@/shared/components/Tag';
import { formatDate, isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, DateField, Fieldset, TextAreaField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAddDiagnosis } from '../api/addDiagnosis';
import { DIAGNOSIS_AREAS, SPECIAL_AREAS, type Assessment, type Diagnosis, type DiagnosisArea, type Plan } from '../model';

const ASSESSMENTS: readonly Assessment[] = ['STRENGTH', 'NEED', 'NOT_EXPLORED'];
const ASSESSMENT_TAG = { STRENGTH: 'green', NEED: 'orange', NOT_EXPLORED: 'grey' } as const;
const DIAGNOSIS_FIELDS = ['madeOn', 'validUntil', 'summary', 'areas', 'area'] as const;
type DiagnosisField = (typeof DIAGNOSIS_FIELDS)[number];
const fieldId = (field: DiagnosisField) => (field === 'areas' || field === 'area' ? 'diagnosis-area-PROFESSIONAL_SITUATION-STRENGTH' : `diagnosis-${field}`);

function DiagnosisTable({ diagnosis, caption }: { diagnosis: Diagnosis; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption className="table__caption visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('diagnosis.column.area')}</th>
          <th scope="col">{t('diagnosis.column.assessment')}</th>
          <th scope="col">{t('diagnosis.column.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {diagnosis.areas.map((area) => {
          // the API answers an assessment for every area it does not withhold
          const assessment = area.assessment as Assessment | null | undefined;
          return (
            <tr key={area.area}>
              <th scope="row">{t(`diagnosis.area.${area.area}`)}</th>
              <td>{area.withheld || !assessment ? <span className="hint">{t('diagnosis.withheld')}</span> : <Tag variant={ASSESSMENT_TAG[assessment]}>{t(`diagnosis.assessment.${assessment}`)}</Tag>}</td>
              <td>{area.notes}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function DiagnosisView({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('diagnosis.current', { date: formatDate(diagnosis.madeOn, language), until: formatDate(diagnosis.validUntil, language) });
  return (
    <>
      <p>
        <strong>{title}</strong> {!diagnosis.valid && <Tag variant="red">{t('diagnosis.expired')}</Tag>}
        <br />
        <span className="hint">{t('diagnosis.madeBy', { name: diagnosis.madeBy, institution: diagnosis.institution.name })}</span>
      </p>
      {diagnosis.summary && (
        <p>
          {t('diagnosis.summary')}: {diagnosis.summary}
        </p>
      )}
      <DiagnosisTable diagnosis={diagnosis} caption={title} />
    </>
  );
}

interface DiagnosisFormProps {
  plan: Plan;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A new diagnosis: each area a strength, a need or not explored, with notes; special-category areas only with an article 9 basis. */
export function DiagnosisForm({ plan, onDone, onCancel }: DiagnosisFormProps) {
  const { t } = useTranslation();
  const add = useAddDiagnosis(plan.id);
  const form = useFormErrors('diagnosis', DIAGNOSIS_FIELDS, fieldId, 'diagnosis.label');
  const [madeOn, setMadeOn] = useState(todayIso());
  const [validUntil, setValidUntil] = useState('');
  const [summary, setSummary] = useState('');
  const [assessments, setAssessments] = useState<Partial<Record<DiagnosisArea, Assessment>>>({});
  const [notes, setNotes] = useState<Partial<Record<DiagnosisArea, string>>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const editable = (area: DiagnosisArea) => plan.specialCategoryVisible || !SPECIAL_AREAS.has(area);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!isIsoDate(madeOn)) errors.push({ field: 'madeOn', code: madeOn ? 'not-a-date' : 'required' });
    if (validUntil && !isIsoDate(validUntil)) errors.push({ field: 'validUntil', code: 'not-a-date' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    add.mutate(
      {
        madeOn,
        validUntil: validUntil || null,
        summary: summary.trim() || null,
        areas: DIAGNOSIS_AREAS.filter(editable).map((area) => ({
          area,
          assessment: assessments[area] ?? 'NOT_EXPLORED',
          notes: notes[area]?.trim() || null,
        })),
      },
      {
        onSuccess: () => onDone(t('diagnosis.saved')),
        onError: (error) => form.show(submissionErrors(error, DIAGNOSIS_FIELDS, t)),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={add.isPending} aria-labelledby="diagnosis-form-heading">
      <h3 id="diagnosis-form-heading" className="heading-s" tabIndex={-1} ref={headingRef}>
        {t('diagnosis.formHeading')}
      </h3>
      <p className="hint">{t('diagnosis.formHint')}</p>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <div className="date-pair">
        <DateField id={fieldId('madeOn')} label={form.label('madeOn')} error={form.errorText('madeOn')} value={madeOn} onChange={setMadeOn} />
        <DateField id={fieldId('validUntil')} label={form.label('validUntil')} hint={t('diagnosis.validUntilHint')} error={form.errorText('validUntil')} value={validUntil} onChange={setValidUntil} />
      </div>
      {DIAGNOSIS_AREAS.map((area) => {
        const name = t(`diagnosis.area.${area}`);
        if (!editable(area)) {
          return (
            <Fieldset key={area} id={`diagnosis-area-${area}`} legend={name}>
              <p className="hint">{t('diagnosis.specialHidden')}</p>
            </Fieldset>
          );
        }
        return (
          <Fieldset key={area} id={`diagnosis-area-${area}`} legend={name} hint={SPECIAL_AREAS.has(area) ? t('diagnosis.special') : undefined}>
            <div className="choices choices--inline">
              {ASSESSMENTS.map((assessment) => (
                <Choice
                  key={assessment}
                  id={`diagnosis-area-${area}-${assessment}`}
                  name={`diagnosis-area-${area}`}
                  type="radio"
                  label={t(`diagnosis.assessment.${assessment}`)}
                  checked={(assessments[area] ?? 'NOT_EXPLORED') === assessment}
                  onChange={() => setAssessments((current) => ({ ...current, [area]: assessment }))}
                />
              ))}
            </div>
            <TextAreaField
              id={`diagnosis-notes-${area}`}
              label={t('diagnosis.notesLabel', { area: name })}
              value={notes[area] ?? ''}
              rows={2}
              onChange={(value) => setNotes((current) => ({ ...current, [area]: value }))}
            />
          </Fieldset>
        );
      })}
      <TextAreaField id={fieldId('summary')} label={form.label('summary')} error={form.errorText('summary')} value={summary} rows={3} onChange={setSummary} />
      <div className="button-group">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? t('common.saving') : t('diagnosis.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The plan's diagnosis: the latest in full, earlier ones folded; a team institution records a new one. */
export function DiagnosisSection({ plan, canAdd, onAnnounce }: { plan: Plan; canAdd: boolean; onAnnounce: (message: string) => void }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);
  useEffect(() => {
    if (wasAdding.current && !adding) buttonRef.current?.focus();
    wasAdding.current = adding;
  }, [adding]);
  const [latest, ...earlier] = plan.diagnoses;
  return (
    <section aria-labelledby="diagnosis-heading" className="section">
      <h2 id="diagnosis-heading" className="heading-m">
        {t('diagnosis.heading')}
      </h2>
      {latest ? <DiagnosisView diagnosis={latest} /> : <p>{t('diagnosis.none')}</p>}
      {earlier.length > 0 && (
        <details className="details">
          <summary className="details__summary">{t('diagnosis.earlier', { count: earlier.length })}</summary>
          <div className="details__text">
            {earlier.map((diagnosis) => (
              <DiagnosisView key={diagnosis.id} diagnosis={diagnosis} />
            ))}
          </div>
        </details>
      )}
      {canAdd &&
        (adding ? (
          <DiagnosisForm
            plan={plan}
            onCancel={() => setAdding(false)}
            onDone={(message) => {
              setAdding(false);
              onAnnounce(message);
            }}
          />
        ) : (
          <button ref={buttonRef} type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            {t('diagnosis.add')}
          </button>
        ))}
    </section>
  );
}
