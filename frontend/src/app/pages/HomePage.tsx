import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecentImports } from '@/features/imports/components/RecentImports';
import { MyInstitution } from '@/features/me/components/MyInstitution';
import { PermissionList } from '@/features/me/components/PermissionList';
import { RoleList } from '@/features/me/components/RoleList';
import { UnreadTally } from '@/features/notifications/components/UnreadTally';
import { PartnershipsToAct } from '@/features/partnerships/components/PartnershipsToAct';
import { CaseworkerDay } from '@/features/plans/components/CaseworkerDay';
import { RecentRuns } from '@/features/plans/components/RecentRuns';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { CountTiles } from '@/shared/components/CountTiles';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { hasPermission, useMe, type Me } from '@/shared/auth/me';
import { links } from '@/shared/routes/links';

function CaseworkerHome() {
  const { t } = useTranslation();
  return (
    <CountTiles id="home-day" heading={t('homeDay.dayHeading')}>
      <CaseworkerDay />
      <UnreadTally type="PLAN_TEAM_MEMBER_ADDED" />
    </CountTiles>
  );
}

function CoordinatorHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <CountTiles
      id="home-coordination"
      heading={t('homeDay.coordinationHeading')}
      lead={
        me.institution && (
          <p>
            <Link to={links.institution(me.institution.id)}>{t('homeDay.ownEntry')}</Link>
          </p>
        )
      }
    >
      {me.gmina && <PartnershipsToAct area={me.gmina.teryt} />}
      <UnreadTally type="PARTNERSHIP_INVITATION" urgent />
      <UnreadTally type="INSTITUTION_STATUS_EXPIRED" urgent />
      <UnreadTally type="INSTITUTION_STATUS_EXPIRING" />
    </CountTiles>
  );
}

function DpoHome() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-dpo" className="section home-section">
      <h2 id="home-dpo" className="heading-m">
        {t('homeDay.dpo.heading')}
      </h2>
      <p>{t('homeDay.dpo.lead')}</p>
      <ul className="list">
        <li>
          <Link to={links.accessLog()}>{t('homeDay.dpo.accessLog')}</Link>
        </li>
      </ul>
    </section>
  );
}

function AnalystHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  const voivodeship = me.gmina?.teryt.slice(0, 2);
  return (
    <section aria-labelledby="home-region" className="section home-section">
      <h2 id="home-region" className="heading-m">
        {t('homeDay.region.heading')}
      </h2>
      <p>{t('homeDay.region.lead')}</p>
      <ul className="list">
        <li>
          <Link to={links.regional()}>{t('homeDay.region.dashboard')}</Link>
        </li>
        {voivodeship && me.gmina && (
          <li>
            <Link to={links.partnerships({ gmina: voivodeship })}>
              {t('homeDay.region.partnerships', { voivodeship: me.gmina.voivodeshipName })}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}

/**
 * The signed-in home: what the day holds for each of the caller's roles (counts that link to the
 * lists they count), then the account (institution, roles, permissions) folded away.
 */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const me = useMe();
  const data = me.data;
  const name = data?.displayName || data?.username;
  const roles = data?.roles ?? [];

  return (
    <>
      <PageHeading>{name ? t('home.greeting', { name }) : t('home.title')}</PageHeading>
      {me.isPending && <p role="status">{t('home.loading')}</p>}
      {me.isError && <ApiErrorMessage error={me.error} onRetry={() => void me.refetch()} />}
      {data && (
        <>
          {data.institution && data.gmina && (
            <p className="lead lead--s">{t('homeDay.where', { institution: data.institution.name, gmina: data.gmina.name })}</p>
          )}
          {hasPermission(data, 'PLAN_WORK') && <CaseworkerHome />}
          {roles.includes('coordinator') && data.institution && <CoordinatorHome me={data} />}
          {hasPermission(data, 'AUDIT_REVIEW') && <DpoHome />}
          {roles.includes('regional-analyst') && <AnalystHome me={data} />}
          {roles.includes('admin') && (
            <>
              <RecentImports />
              <RecentRuns />
            </>
          )}
          <details className="details home-account">
            <summary className="details__summary">{t('homeDay.account')}</summary>
            <div className="details__text">
              <MyInstitution institution={data.institution} />
              <RoleList roles={data.roles} />
              <PermissionList permissions={data.permissions} />
            </div>
          </details>
        </>
      )}
    </>
  );
}
