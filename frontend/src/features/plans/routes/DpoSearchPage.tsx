import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/shared/components/RouteFocus';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate, isIsoDate } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, DateField, Fieldset, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useSearchDataSubjects } from '../api/searchDataSubjects';
import { isPeselChecksumValid } from '../components/clientForm';
import { personName } from '../components/names';

const SEARCH_FIELDS = ['pesel', 'lastName', 'firstName', 'birthDate'] as const;
type SearchField = (typeof SEARCH_FIELDS)[number];
const fieldId = (field: SearchField) => `dpo-search-${field}`;

/** What the request register page is told about the person a new request is for (router state: never in the URL). */
export interface NewRequestState {
  name?: string;
}

/**
 * The data-protection officer finds a person their institution serves, by PESEL or by last name and
 * birth date. The terms go in a POST body, never in the URL; the API records every search.
 */
export function DpoSearchPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('dpo.searchTitle'));
  const search = useSearchDataSubjects();
  const form = useFormErrors('dpoSearch', SEARCH_FIELDS, fieldId, 'dpo.label');
  const [by, setBy] = useState<'pesel' | 'name'>('pesel');
  const [values, setValues] = useState<Record<SearchField, string>>({ pesel: '', lastName: '', firstName: '', birthDate: '' });
  const set = (field: SearchField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const results = search.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    const pesel = values.pesel.replace(/\s/g, '');
    if (by === 'pesel') {
      if (!pesel) errors.push({ field: 'pesel', code: 'required' });
      else if (!isPeselChecksumValid(pesel)) errors.push({ field: 'pesel', code: 'Pesel' });
    } else {
      if (!values.lastName.trim()) errors.push({ field: 'lastName', code: 'required' });
      if (!isIsoDate(values.birthDate)) errors.push({ field: 'birthDate', code: values.birthDate ? 'not-a-date' : 'required' });
    }
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    search.mutate(
      by === 'pesel'
        ? { pesel }
        : { lastName: values.lastName.trim(), firstName: values.firstName.trim() || null, birthDate: values.birthDate },
      { onError: (error) => form.show(submissionErrors(error, SEARCH_FIELDS, t)) },
    );
  };

  return (
    <>
      <PageHeading>{t('dpo.searchTitle')}</PageHeading>
      <p className="lead lead--s">{t('dpo.searchLead')}</p>
      <form className="form" onSubmit={submit} noValidate aria-busy={search.isPending} aria-label={t('dpo.searchTitle')}>
        <ErrorSummary key={form.focusKey} items={form.summary} />
        <Fieldset id="dpo-search-by" legend={t('dpo.by')}>
          <div className="choices choices--inline">
            <Choice id="dpo-search-by-pesel" name="dpo-search-by" type="radio" label={t('dpo.byPesel')} checked={by === 'pesel'} onChange={() => setBy('pesel')} />
            <Choice id="dpo-search-by-name" name="dpo-search-by" type="radio" label={t('dpo.byName')} checked={by === 'name'} onChange={() => setBy('name')} />
          </div>
        </Fieldset>
        {by === 'pesel' ? (
          <TextField id={fieldId('pesel')} label={form.label('pesel')} error={form.errorText('pesel')} value={values.pesel} width="char-14" inputMode="numeric" onChange={(value) => set('pesel', value)} />
        ) : (
          <>
            <TextField id={fieldId('lastName')} label={form.label('lastName')} error={form.errorText('lastName')} value={values.lastName} width="two-thirds" onChange={(value) => set('lastName', value)} />
            <TextField id={fieldId('firstName')} label={form.label('firstName')} error={form.errorText('firstName')} value={values.firstName} width="two-thirds" onChange={(value) => set('firstName', value)} />
            <DateField id={fieldId('birthDate')} label={form.label('birthDate')} error={form.errorText('birthDate')} value={values.birthDate} onChange={(value) => set('birthDate', value)} />
          </>
        )}
        <button type="submit" className="button" disabled={search.isPending}>
          {search.isPending ? t('dpo.searching') : t('dpo.search')}
        </button>
      </form>
      <section aria-labelledby="dpo-results-heading" className="section">
        <h2 id="dpo-results-heading" className="heading-m">
          {t('dpo.resultsHeading')}
        </h2>
        <p className="result-count" role="status">
          {results ? (results.length === 0 ? t('dpo.none') : t('dpo.found', { count: results.length })) : ''}
        </p>
        {results && results.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="dpo-results-caption" tabIndex={0}>
            <table className="table">
              <caption id="dpo-results-caption" className="table__caption table__caption--s">
                {t('dpo.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('dpo.column.person')}</th>
                  <th scope="col">{t('dpo.column.birthDate')}</th>
                  <th scope="col">{t('dpo.column.registeredBy')}</th>
                  <th scope="col">{t('dpo.column.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {results.map((person) => (
                  <tr key={person.id}>
                    <td>
                      {personName(person)} {person.restricted && <Tag variant="yellow">{t('dpo.restricted')}</Tag>}
                    </td>
                    <td>{formatDate(person.birthDate, language)}</td>
                    <td>{person.registeredBy.name}</td>
                    <td>
                      <Link to={links.accessLog(person.id)}>
                        {t('dpo.accessLog')}
                        <span className="visually-hidden">: {personName(person)}</span>
                      </Link>
                      {' · '}
                      <Link to={links.dpoNewRequest(person.id)} state={{ name: personName(person) } satisfies NewRequestState}>
                        {t('dpo.newRequest')}
                        <span className="visually-hidden">: {personName(person)}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
