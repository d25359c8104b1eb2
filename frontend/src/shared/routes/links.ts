/**
 * Typed link builders: the only place that knows the SPA's URL structure. Features import
 * these instead of writing paths by hand.
 */
export const routePaths = {
  home: '/',
  institutions: '/institutions',
  institutionNew: '/institutions/new',
  institution: '/institutions/:id',
  institutionEdit: '/institutions/:id/edit',
  offeringNew: '/institutions/:id/offerings/new',
  offeringEdit: '/institutions/:id/offerings/:offeringId/edit',
  services: '/catalogue/services',
  service: '/catalogue/services/:code',
  institutionTypes: '/catalogue/institution-types',
  institutionType: '/catalogue/institution-types/:code',
  caseload: '/caseload',
  clientNew: '/clients/new',
  client: '/clients/:id',
  plan: '/plans/:id',
  accessLog: '/access-log',
  referralInbox: '/referrals',
  referralOutbox: '/referrals/sent',
  referral: '/referrals/:id',
  notifications: '/notifications',
  notificationPreferences: '/notifications/preferences',
  anonymisation: '/anonymisation',
  imports: '/directory/imports',
  importJob: '/directory/imports/:id',
  partnerships: '/partnerships',
  partnershipNew: '/partnerships/new',
  partnership: '/partnerships/:id',
  partnershipText: '/partnerships/:id/text',
  partnershipStakeholders: '/partnerships/:id/stakeholders',
  stakeholderNew: '/partnerships/:id/stakeholders/new',
  stakeholderEdit: '/partnerships/:id/stakeholders/:stakeholderId/edit',
  partnershipZsl: '/partnerships/:id/zsl',
  zslMeeting: '/partnerships/:id/zsl/meetings/:meetingId',
  partnershipVariants: '/partnerships/:id/variants',
  publicPartnerships: '/public/partnerships',
  publicPartnership: '/public/partnerships/:id',
  myCases: '/cases',
  dpoSearch: '/dpo/search',
  dpoRequests: '/dpo/requests',
  dpoRequest: '/dpo/requests/:id',
  accessibility: '/deklaracja-dostepnosci',
  regional: '/regional',
  regionalGmina: '/regional/gminas/:teryt',
  regionalMlw: '/regional/mlw',
  regionalImports: '/regional/imports',
  regionalImport: '/regional/imports/:id',
  publicRegional: '/public/regional',
  publicRegionalVoivodeship: '/public/regional/:code',
  recommendations: '/recommendations',
  recommendationNew: '/recommendations/new',
  recommendation: '/recommendations/:id',
  rpw: '/regional/rpw',
  rpwMeeting: '/regional/rpw/meetings/:meetingId',
} as const;

/** The regional dashboard as kept in the URL (the API's parameter names where there is one). */
export interface RegionalDashboardLink {
  indicator?: string;
  level?: 'GMINA' | 'POWIAT';
  /** the area drawn: a voivodeship (2 digits) or a powiat (4) */
  unit?: string;
  period?: string;
  /** the chosen gmina or powiat (its series is shown) */
  selected?: string;
  sort?: string;
}

/** The MLW gminas of the voivodeship: `page` 1-based. */
export interface RegionalMlwLink {
  unit?: string;
  stage?: string;
  page?: number;
}

/**
 * The directory search as kept in the URL. Parameter names are the API's, so a shared link
 * means the same search everywhere (and an export can pass them on unchanged).
 */
export interface DirectorySearchLink {
  q?: string;
  /** institution types; repeated `type` parameters */
  type?: readonly string[];
  /** TERYT prefix: 2 (voivodeship), 4 (powiat) or 7 digits (gmina) */
  teryt?: string;
  service?: string;
  targetGroup?: string;
  /** a date (YYYY-MM-DD) or `today` */
  statusValidOn?: string;
  stakeholderRole?: string;
  includeInactive?: boolean;
  /** 1-based page number as shown to the user */
  page?: number;
  size?: number;
  sort?: string;
}

export interface ServiceSearchLink {
  q?: string;
  regime?: string;
  providerType?: string;
  targetGroup?: string;
  includeHistorical?: boolean;
  /** 1-based */
  page?: number;
}

export interface ReferralBoxLink {
  /** a referral status (SENT, ACCEPTED, …); without it every status */
  status?: string;
  /** 1-based page number as shown to the user */
  page?: number;
}

/** The notifications list as kept in the URL: `type` an event type, `from`/`to` days (YYYY-MM-DD). */
export interface NotificationSearchLink {
  unread?: boolean;
  type?: string;
  from?: string;
  to?: string;
  /** 1-based */
  page?: number;
}

/**
 * The list of partnerships as kept in the URL. `gmina`: a TERYT prefix, or `all` for the whole
 * country; left out, the list shows the gmina of the user's institution.
 */
export interface PartnershipSearchLink {
  gmina?: string;
  status?: string;
  kind?: string;
  /** 1-based */
  page?: number;
  sort?: string;
}

/** The public list of partnerships: `gmina` a TERYT prefix (2, 4 or 7 digits), `kind` PACT or COOPERATION_AGREEMENT. */
export interface PublicPartnershipSearchLink {
  gmina?: string;
  kind?: string;
  /** 1-based */
  page?: number;
}

/** The stakeholder board of a partnership: `code` SUPPORTER or NEUTRAL, `sector` one of the sectors. */
export interface StakeholderSearchLink {
  code?: string;
  sector?: string;
  /** 1-based */
  page?: number;
}

/** The text page of a partnership: one version shown, or two compared. */
export interface PartnershipTextLink {
  version?: number;
  from?: number;
  to?: number;
}

/** The caseload's due list narrowed: late items, items due but not yet late, or plans whose period ends. */
export type CaseloadDueFilter = 'overdue' | 'soon' | 'ending';

type SearchValue = string | number | boolean | readonly string[] | undefined;

export function toSearchParams(search: Record<string, SearchValue>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly string[]) params.append(key, item);
    } else {
      params.set(key, String(value));
    }
  }
  return params;
}

function withSearch(path: string, search: Record<string, SearchValue>): string {
  const query = toSearchParams(search).toString();
  return query ? `${path}?${query}` : path;
}

const encode = encodeURIComponent;

export const links = {
  home: (): string => routePaths.home,
  institutions: (search: DirectorySearchLink = {}): string =>
    withSearch(routePaths.institutions, {
      q: search.q,
      type: search.type,
      teryt: search.teryt,
      service: search.service,
      targetGroup: search.targetGroup,
      statusValidOn: search.statusValidOn,
      stakeholderRole: search.stakeholderRole,
      includeInactive: search.includeInactive,
      page: search.page,
      size: search.size,
      sort: search.sort,
    }),
  institutionNew: (): string => routePaths.institutionNew,
  institution: (id: string): string => `${routePaths.institutions}/${encode(id)}`,
  institutionEdit: (id: string): string => `${routePaths.institutions}/${encode(id)}/edit`,
  offeringNew: (id: string): string => `${routePaths.institutions}/${encode(id)}/offerings/new`,
  offeringEdit: (id: string, offeringId: string): string =>
    `${routePaths.institutions}/${encode(id)}/offerings/${encode(offeringId)}/edit`,
  services: (search: ServiceSearchLink = {}): string =>
    withSearch(routePaths.services, {
      q: search.q,
      regime: search.regime,
      providerType: search.providerType,
      targetGroup: search.targetGroup,
      includeHistorical: search.includeHistorical,
      page: search.page,
    }),
  /** `teryt`: the area of "who offers it near me" */
  service: (code: string, teryt?: string): string =>
    withSearch(`${routePaths.services}/${encode(code)}`, { teryt }),
  institutionTypes: (): string => routePaths.institutionTypes,
  institutionType: (code: string): string => `${routePaths.institutionTypes}/${encode(code)}`,
  /** `page`: 1-based, as shown to the user; `due`: the due list narrowed (see {@link CaseloadDueFilter}) */
  caseload: (page?: number, due?: CaseloadDueFilter): string =>
    withSearch(routePaths.caseload, { page: page && page > 1 ? page : undefined, due }),
  clientNew: (): string => routePaths.clientNew,
  /** clients are addressed by id only: never a PESEL or a name in a URL */
  client: (id: string): string => `/clients/${encode(id)}`,
  plan: (id: string): string => `/plans/${encode(id)}`,
  /** `client`: the id of the person whose access log to show */
  accessLog: (client?: string): string => withSearch(routePaths.accessLog, { client }),
  /** the referral inbox (`in`: to the caller's institution) or outbox (`out`: sent by it) */
  referrals: (box: 'in' | 'out' = 'in', search: ReferralBoxLink = {}): string =>
    withSearch(box === 'in' ? routePaths.referralInbox : routePaths.referralOutbox, {
      status: search.status,
      page: search.page && search.page > 1 ? search.page : undefined,
    }),
  /** one referral, sent or received by the caller's institution */
  referral: (id: string): string => `/referrals/${encode(id)}`,
  recommendations: (): string => routePaths.recommendations,
  /** the form; `territory` (TERYT of a gmina or powiat) prefilled, e.g. from a gmina profile */
  recommendationNew: (territory?: string): string => withSearch(routePaths.recommendationNew, { territory }),
  recommendation: (id: string): string => `/recommendations/${encode(id)}`,
  rpw: (): string => routePaths.rpw,
  rpwMeeting: (meetingId: string): string => `/regional/rpw/meetings/${encode(meetingId)}`,
  notifications: (search: NotificationSearchLink = {}): string =>
    withSearch(routePaths.notifications, {
      unread: search.unread,
      type: search.type,
      from: search.from,
      to: search.to,
      page: search.page && search.page > 1 ? search.page : undefined,
    }),
  notificationPreferences: (): string => routePaths.notificationPreferences,
  /** the administrators' retention page; `page`: 1-based page of past runs */
  anonymisation: (page?: number): string => withSearch(routePaths.anonymisation, { page: page && page > 1 ? page : undefined }),
  imports: (): string => routePaths.imports,
  importJob: (id: string): string => `${routePaths.imports}/${encode(id)}`,
  partnerships: (search: PartnershipSearchLink = {}): string =>
    withSearch(routePaths.partnerships, {
      gmina: search.gmina,
      status: search.status,
      kind: search.kind,
      page: search.page && search.page > 1 ? search.page : undefined,
      sort: search.sort,
    }),
  partnershipNew: (): string => routePaths.partnershipNew,
  partnership: (id: string): string => `${routePaths.partnerships}/${encode(id)}`,
  partnershipText: (id: string, search: PartnershipTextLink = {}): string =>
    withSearch(`${routePaths.partnerships}/${encode(id)}/text`, { version: search.version, from: search.from, to: search.to }),
  partnershipStakeholders: (id: string, search: StakeholderSearchLink = {}): string =>
    withSearch(`${routePaths.partnerships}/${encode(id)}/stakeholders`, {
      code: search.code,
      sector: search.sector,
      page: search.page && search.page > 1 ? search.page : undefined,
    }),
  stakeholderNew: (id: string): string => `${routePaths.partnerships}/${encode(id)}/stakeholders/new`,
  stakeholderEdit: (id: string, stakeholderId: string): string =>
    `${routePaths.partnerships}/${encode(id)}/stakeholders/${encode(stakeholderId)}/edit`,
  partnershipZsl: (id: string): string => `${routePaths.partnerships}/${encode(id)}/zsl`,
  zslMeeting: (id: string, meetingId: string): string =>
    `${routePaths.partnerships}/${encode(id)}/zsl/meetings/${encode(meetingId)}`,
  partnershipVariants: (id: string): string => `${routePaths.partnerships}/${encode(id)}/variants`,
  /** `page`: 1-based */
  publicPartnerships: (search: PublicPartnershipSearchLink = {}): string =>
    withSearch(routePaths.publicPartnerships, {
      gmina: search.gmina,
      kind: search.kind,
      page: search.page && search.page > 1 ? search.page : undefined,
    }),
  publicPartnership: (id: string): string => `${routePaths.publicPartnerships}/${encode(id)}`,
  /** the caseworker's own cases; `page`: 1-based */
  myCases: (page?: number): string => withSearch(routePaths.myCases, { page: page && page > 1 ? page : undefined }),
  /** the data-protection officer's search: the search terms travel in a POST body, never here */
  dpoSearch: (): string => routePaths.dpoSearch,
  /** the register of erasure and restriction requests; `open`: only those awaiting an answer; `page`: 1-based */
  dpoRequests: (search: { open?: boolean; page?: number } = {}): string =>
    withSearch(routePaths.dpoRequests, { status: search.open ? 'open' : undefined, page: search.page && search.page > 1 ? search.page : undefined }),
  /** one request of the register; `client`: a person to record a new request for (id only) */
  dpoRequest: (id: string): string => `${routePaths.dpoRequests}/${encode(id)}`,
  dpoNewRequest: (client: string): string => withSearch(routePaths.dpoRequests, { client }),
  accessibility: (): string => routePaths.accessibility,
  regional: (search: RegionalDashboardLink = {}): string =>
    withSearch(routePaths.regional, {
      indicator: search.indicator,
      level: search.level,
      unit: search.unit,
      period: search.period,
      selected: search.selected,
      sort: search.sort,
    }),
  regionalGmina: (teryt: string, period?: string): string => withSearch(`/regional/gminas/${encode(teryt)}`, { period }),
  regionalMlw: (search: RegionalMlwLink = {}): string =>
    withSearch(routePaths.regionalMlw, { unit: search.unit, stage: search.stage, page: search.page && search.page > 1 ? search.page : undefined }),
  regionalImports: (): string => routePaths.regionalImports,
  regionalImport: (id: string): string => `${routePaths.regionalImports}/${encode(id)}`,
  publicRegional: (): string => routePaths.publicRegional,
  publicRegionalVoivodeship: (code: string): string => `${routePaths.publicRegional}/${encode(code)}`,
};
