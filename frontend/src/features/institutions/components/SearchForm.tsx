import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { Choice, DateField, Fieldset, SelectField, TextField } from '@/shared/forms/fields';
import { INSTITUTION_TYPES, STAKEHOLDER_ROLES, useLabels, type InstitutionType, type StakeholderRole } from '@/shared/i18n/labels';
import { AreaSelect } from '@/shared/reference/AreaSelect';
import { useAllServices } from '@/shared/reference/api/listAllServices';
import { useTargetGroups } from '@/shared/reference/api/listTargetGroups';
import { STATUS_TODAY, type DirectorySearch } from '../routes/searchParams';

type StatusChoice = 'any' | 'today' | 'date';

interface Draft {
  q: string;
  types: InstitutionType[];
  teryt: string;
  service: string;
  targetGroup: string;
  statusChoice: StatusChoice;
  statusDate: string;
  stakeholderRole: StakeholderRole | '';
  includeInactive: boolean;
}

function toDraft(search: DirectorySearch): Draft {
  return {
    q: search.q,
    types: search.types,
    teryt: search.teryt,
    service: search.service,
    targetGroup: search.targetGroup,
    statusChoice: search.statusValidOn === '' ? 'any' : search.statusValidOn === STATUS_TODAY ? 'today' : 'date',
    statusDate: search.statusValidOn && search.statusValidOn !== STATUS_TODAY ? search.statusValidOn : '',
    stakeholderRole: search.stakeholderRole,
    includeInactive: search.includeInactive,
  };
}

interface SearchFormProps {
  search: DirectorySearch;
  onSearch: (search: DirectorySearch) => void;
}

/**
 * The directory's search and filters. Nothing is searched while the user is choosing: the
 * submit button applies everything at once, and the result lands in the URL.
 */
export function SearchForm({ search, onSearch }: SearchFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const services = useAllServices();
  const targetGroups = useTargetGroups();
  // what the user is choosing, applied only on submit; a new URL (back button, shared link,
  // "clear") replaces it, without remounting the form (the focus stays where it is)
  const [draft, setDraft] = useState<Draft>(() => toDraft(search));
  const urlKey = JSON.stringify(search);
  const [syncedKey, setSyncedKey] = useState(urlKey);
  if (urlKey !== syncedKey) {
    setSyncedKey(urlKey);
    setDraft(toDraft(search));
  }
  const { q, types, teryt, service, targetGroup, statusChoice, statusDate, stakeholderRole, includeInactive } = draft;
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const setQ = set('q');
  const setTeryt = set('teryt');
  const setService = set('service');
  const setTargetGroup = set('targetGroup');
  const setStatusChoice = set('statusChoice');
  const setStatusDate = set('statusDate');
  const setStakeholderRole = set('stakeholderRole');
  const setIncludeInactive = set('includeInactive');

  const toggleType = (type: InstitutionType, checked: boolean) =>
    setDraft((current) => ({
      ...current,
      types: checked ? [...current.types, type] : current.types.filter((value) => value !== type),
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const statusValidOn = statusChoice === 'today' ? STATUS_TODAY : statusChoice === 'date' ? statusDate : '';
    onSearch({
      ...search,
      q: q.trim(),
      // in the order of the list, so the same filters always give the same URL
      types: INSTITUTION_TYPES.filter((type) => types.includes(type)),
      teryt,
      service,
      targetGroup,
      statusValidOn,
      stakeholderRole,
      includeInactive,
      page: 1,
    });
  };

  const serviceOptions = (services.data ?? [])
    .filter((entry) => !entry.historical || entry.code === service)
    .map((entry) => ({ value: entry.code, label: labels.name(entry) }));
  const targetGroupOptions = (targetGroups.data ?? []).map((group) => ({ value: group.code, label: labels.name(group) }));

  return (
    <form className="search-form" role="search" aria-label={t('search.formLabel')} onSubmit={submit} noValidate>
      <TextField
        id="search-q"
        name="q"
        type="search"
        label={t('search.q')}
        hint={t('search.qHint')}
        value={q}
        onChange={setQ}
        spellCheck={false}
      />
      <button type="submit" className="button">
        {t('search.submit')}
      </button>

      <h2 className="heading-s">{t('search.filtersHeading')}</h2>

      <Fieldset legend={t('search.types')} className="search-form__types">
        <div className="choices choices--small">
          {INSTITUTION_TYPES.map((type) => (
            <Choice
              key={type}
              id={`search-type-${type}`}
              name="type"
              type="checkbox"
              value={type}
              label={labels.institutionType(type)}
              checked={types.includes(type)}
              onChange={(checked) => toggleType(type, checked)}
            />
          ))}
        </div>
      </Fieldset>

      <AreaSelect id="search-area" legend={t('search.area')} value={teryt} onChange={setTeryt} />

      <SelectField
        id="search-service"
        label={t('search.service')}
        value={service}
        onChange={setService}
        emptyLabel={services.isPending ? t('area.loading') : t('search.anyService')}
        options={serviceOptions}
      />

      <SelectField
        id="search-target-group"
        label={t('search.targetGroup')}
        value={targetGroup}
        onChange={setTargetGroup}
        emptyLabel={targetGroups.isPending ? t('area.loading') : t('search.anyTargetGroup')}
        options={targetGroupOptions}
      />

      <Fieldset legend={t('search.status')} hint={t('search.statusHint')} id="search-status">
        <div className="choices choices--small">
          {(['any', 'today', 'date'] as const).map((choice) => (
            <Choice
              key={choice}
              id={`search-status-${choice}`}
              name="statusValidOn"
              type="radio"
              value={choice}
              label={t(`search.statusChoice.${choice}`)}
              checked={statusChoice === choice}
              onChange={() => setStatusChoice(choice)}
            />
          ))}
        </div>
        {statusChoice === 'date' && (
          <div className="conditional">
            <DateField id="search-status-on" label={t('search.statusDate')} value={statusDate} onChange={setStatusDate} />
          </div>
        )}
      </Fieldset>

      <SelectField
        id="search-stakeholder-role"
        label={t('search.stakeholderRole')}
        value={stakeholderRole}
        onChange={(value) => setStakeholderRole(value as StakeholderRole | '')}
        emptyLabel={t('search.anyStakeholderRole')}
        options={STAKEHOLDER_ROLES.map((role) => ({ value: role, label: labels.stakeholderRole(role) }))}
      />

      <div className="choices choices--small form-group">
        <Choice
          id="search-include-inactive"
          name="includeInactive"
          type="checkbox"
          value="true"
          label={t('search.includeInactive')}
          checked={includeInactive}
          onChange={setIncludeInactive}
        />
      </div>

      <div className="button-group">
        <button type="submit" className="button">
          {t('search.apply')}
        </button>
        <Link className="link-button" to={links.institutions()}>
          {t('search.clear')}
        </Link>
      </div>
    </form>
  );
}
