import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links, type ServiceSearchLink } from '@/shared/routes/links';
import { Choice, SelectField, TextField } from '@/shared/forms/fields';
import { INSTITUTION_TYPES, useLabels } from '@/shared/i18n/labels';
import { useTargetGroups } from '@/shared/reference/api/listTargetGroups';
import { useLegalRegimes } from '../api/listLegalRegimes';

interface Draft {
  q: string;
  regime: string;
  providerType: string;
  targetGroup: string;
  includeHistorical: boolean;
}

function toDraft(search: ServiceSearchLink): Draft {
  return {
    q: search.q ?? '',
    regime: search.regime ?? '',
    providerType: search.providerType ?? '',
    targetGroup: search.targetGroup ?? '',
    includeHistorical: search.includeHistorical ?? false,
  };
}

interface ServiceFiltersProps {
  search: ServiceSearchLink;
  onSearch: (search: ServiceSearchLink) => void;
}

/** Search and filters of the catalogue; applied together on submit, kept in the URL. */
export function ServiceFilters({ search, onSearch }: ServiceFiltersProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const regimes = useLegalRegimes();
  const targetGroups = useTargetGroups();
  // applied on submit; a new URL replaces it without remounting the form (focus stays put)
  const [draft, setDraft] = useState(() => toDraft(search));
  const urlKey = JSON.stringify(search);
  const [syncedKey, setSyncedKey] = useState(urlKey);
  if (urlKey !== syncedKey) {
    setSyncedKey(urlKey);
    setDraft(toDraft(search));
  }
  const { q, regime, providerType, targetGroup, includeHistorical } = draft;
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const setQ = set('q');
  const setRegime = set('regime');
  const setProviderType = set('providerType');
  const setTargetGroup = set('targetGroup');
  const setIncludeHistorical = set('includeHistorical');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({
      q: q.trim() || undefined,
      regime: regime || undefined,
      providerType: providerType || undefined,
      targetGroup: targetGroup || undefined,
      includeHistorical: includeHistorical || undefined,
    });
  };

  return (
    <form className="search-form" role="search" aria-label={t('catalogue.searchLabel')} onSubmit={submit} noValidate>
      <TextField id="service-q" type="search" label={t('catalogue.q')} hint={t('catalogue.qHint')} value={q} onChange={setQ} spellCheck={false} />
      <SelectField
        id="service-regime"
        label={t('catalogue.regime')}
        value={regime}
        onChange={setRegime}
        emptyLabel={regimes.isPending ? t('area.loading') : t('catalogue.anyRegime')}
        options={(regimes.data ?? []).map((entry) => ({ value: entry.code, label: labels.name(entry) }))}
      />
      <SelectField
        id="service-provider-type"
        label={t('catalogue.providerType')}
        value={providerType}
        onChange={setProviderType}
        emptyLabel={t('catalogue.anyProviderType')}
        options={INSTITUTION_TYPES.map((type) => ({ value: type, label: labels.institutionType(type) }))}
      />
      <SelectField
        id="service-target-group"
        label={t('catalogue.targetGroup')}
        value={targetGroup}
        onChange={setTargetGroup}
        emptyLabel={targetGroups.isPending ? t('area.loading') : t('search.anyTargetGroup')}
        options={(targetGroups.data ?? []).map((group) => ({ value: group.code, label: labels.name(group) }))}
      />
      <div className="choices choices--small form-group">
        <Choice
          id="service-include-historical"
          name="includeHistorical"
          type="checkbox"
          value="true"
          label={t('catalogue.includeHistorical')}
          hint={t('catalogue.includeHistoricalHint')}
          checked={includeHistorical}
          onChange={setIncludeHistorical}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          {t('catalogue.search')}
        </button>
        <Link className="link-button" to={links.services()}>
          {t('search.clear')}
        </Link>
      </div>
    </form>
  );
}
