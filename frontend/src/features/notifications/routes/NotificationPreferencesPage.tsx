import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Notification } from '@/shared/components/Notification';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { ErrorSummary, type ErrorSummaryItem } from '@/shared/forms/ErrorSummary';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { Choice, Fieldset, SelectField } from '@/shared/forms/fields';
import { links } from '@/shared/routes/links';
import { useInstitutionNotificationPreferences } from '../api/getInstitutionNotificationPreferences';
import { useMyNotificationPreferences } from '../api/getMyNotificationPreferences';
import { useSetInstitutionNotificationPreferences } from '../api/setInstitutionNotificationPreferences';
import { useSetMyNotificationPreferences } from '../api/setMyNotificationPreferences';
import { PreferenceTable } from '../components/PreferenceTable';
import type { InstitutionPreferences, MyPreferences, Preference } from '../model';

type Notice = { key: number; text: string } | null;

function useErrors() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<{ key: number; items: ErrorSummaryItem[] }>({ key: 0, items: [] });
  return {
    errors,
    fail: (error: unknown) =>
      setErrors((current) => ({ key: current.key + 1, items: submissionErrors(error, [], t).map((item) => ({ text: item.message ?? '' })) })),
    clear: () => setErrors((current) => ({ key: current.key, items: [] })),
  };
}

function MyForm({ saved, onSaved }: { saved: MyPreferences; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const save = useSetMyNotificationPreferences();
  const { errors, fail, clear } = useErrors();
  const [language, setLanguage] = useState<string>(saved.language);
  const [follows, setFollows] = useState(saved.followsInstitution);
  const [items, setItems] = useState<Preference[]>(saved.items);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    save.mutate(
      { language: language === 'en' ? 'en' : 'pl', followsInstitution: follows, items: follows ? undefined : items },
      { onSuccess: () => onSaved(t('notificationPreferences.savedMine')), onError: fail },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="my-preferences-heading" aria-busy={save.isPending}>
      <h2 id="my-preferences-heading" className="heading-m">
        {t('notificationPreferences.mineHeading')}
      </h2>
      <ErrorSummary key={errors.key} items={errors.items} />
      <p>
        {saved.email ? t('notificationPreferences.emailTo', { email: saved.email }) : t('notificationPreferences.noEmail')}
      </p>
      <SelectField
        id="preferences-language"
        label={t('notificationPreferences.language')}
        value={language}
        onChange={setLanguage}
        options={[
          { value: 'pl', label: t('notificationPreferences.languagePl') },
          { value: 'en', label: t('notificationPreferences.languageEn') },
        ]}
      />
      <Fieldset legend={t('notificationPreferences.whichLegend')}>
        <Choice
          id="preferences-follow"
          name="preferences-mode"
          type="radio"
          value="follow"
          label={t('notificationPreferences.follow')}
          checked={follows}
          onChange={() => setFollows(true)}
        />
        <Choice
          id="preferences-own"
          name="preferences-mode"
          type="radio"
          value="own"
          label={t('notificationPreferences.own')}
          hint={t('notificationPreferences.ownHint')}
          checked={!follows}
          onChange={() => {
            setFollows(false);
            setItems(saved.items);
          }}
        />
      </Fieldset>
      {follows ? (
        <PreferenceTable id="mine" caption={t('notificationPreferences.institutionCaption')} items={saved.institution} />
      ) : (
        <PreferenceTable id="mine" caption={t('notificationPreferences.mineCaption')} items={items} onChange={setItems} />
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('notificationPreferences.saveMine')}
      </button>
    </form>
  );
}

function InstitutionForm({ saved, onSaved }: { saved: InstitutionPreferences; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const save = useSetInstitutionNotificationPreferences();
  const { errors, fail, clear } = useErrors();
  const [items, setItems] = useState<Preference[]>(saved.items);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    save.mutate(items, { onSuccess: () => onSaved(t('notificationPreferences.savedInstitution')), onError: fail });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="institution-preferences-heading" aria-busy={save.isPending}>
      <h2 id="institution-preferences-heading" className="heading-m">
        {t('notificationPreferences.institutionHeading')}
      </h2>
      <p>{t('notificationPreferences.institutionLead')}</p>
      <ErrorSummary key={errors.key} items={errors.items} />
      <PreferenceTable id="institution" caption={t('notificationPreferences.institutionCaption')} items={items} onChange={setItems} />
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('notificationPreferences.saveInstitution')}
      </button>
    </form>
  );
}

/**
 * Notification settings: the caller's own (language of e-mails; the institution's defaults, or
 * their own choice per type: in the application, e-mail at once, in the daily digest or not), and
 * the institution's defaults, which its coordinator changes and everyone else reads.
 */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const title = t('notificationPreferences.title');
  useDocumentTitle(title);
  const mine = useMyNotificationPreferences();
  const institution = useInstitutionNotificationPreferences();
  const [notice, setNotice] = useState<Notice>(null);
  const show = (text: string) => setNotice((current) => ({ key: (current?.key ?? 0) + 1, text }));

  return (
    <>
      <Link className="back-link" to={links.notifications()}>
        {t('notificationPreferences.back')}
      </Link>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('notificationPreferences.lead')}</p>
      {notice && (
        <Notification key={notice.key} variant="success" focus>
          <p className="notification__heading">{notice.text}</p>
        </Notification>
      )}
      {(mine.isPending || institution.isPending) && <p role="status">{t('notificationPreferences.loading')}</p>}
      {mine.isError && <ApiErrorMessage error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.data && <MyForm key={JSON.stringify(mine.data)} saved={mine.data} onSaved={show} />}
      {institution.isError && <ApiErrorMessage error={institution.error} onRetry={() => void institution.refetch()} />}
      {institution.data &&
        (institution.data.canEdit ? (
          <InstitutionForm key={JSON.stringify(institution.data)} saved={institution.data} onSaved={show} />
        ) : (
          <section aria-labelledby="institution-preferences-heading">
            <h2 id="institution-preferences-heading" className="heading-m">
              {t('notificationPreferences.institutionHeading')}
            </h2>
            <p>{t('notificationPreferences.institutionReadOnly')}</p>
            <PreferenceTable id="institution" caption={t('notificationPreferences.institutionCaption')} items={institution.data.items} />
          </section>
        ))}
      {institution.data && (
        <p className="hint">
          {institution.data.contactEmail
            ? t('notificationPreferences.contactEmail', { email: institution.data.contactEmail })
            : t('notificationPreferences.noContactEmail')}
        </p>
      )}
    </>
  );
}
