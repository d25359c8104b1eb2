import { RecommendationIssuePage } from '@/features/recommendations/routes/RecommendationIssuePage';
import { RecommendationPage } from '@/features/recommendations/routes/RecommendationPage';
import { RecommendationsPage } from '@/features/recommendations/routes/RecommendationsPage';
import { RpwMeetingPage } from '@/features/recommendations/routes/RpwMeetingPage';
import { RpwPage } from '@/features/recommendations/routes/RpwPage';
import type { RouteObject } from 'react-router';
import { InstitutionTypeListPage } from '@/features/catalogue/routes/InstitutionTypeListPage';
import { InstitutionTypePage } from '@/features/catalogue/routes/InstitutionTypePage';
import { ServicePage } from '@/features/catalogue/routes/ServicePage';
import { ServiceSearchPage } from '@/features/catalogue/routes/ServiceSearchPage';
import { InstitutionCreatePage } from '@/features/institutions/routes/InstitutionCreatePage';
import { InstitutionDetailPage } from '@/features/institutions/routes/InstitutionDetailPage';
import { InstitutionEditPage } from '@/features/institutions/routes/InstitutionEditPage';
import { InstitutionSearchPage } from '@/features/institutions/routes/InstitutionSearchPage';
import { OfferingPage } from '@/features/institutions/routes/OfferingPage';
import { ImportJobPage } from '@/features/imports/routes/ImportJobPage';
import { ImportsPage } from '@/features/imports/routes/ImportsPage';
import { AccessibilityStatementPage } from '@/features/accessibility/routes/AccessibilityStatementPage';
import { HomePage } from './pages/HomePage';
import { AccessLogPage } from '@/features/plans/routes/AccessLogPage';
import { AnonymisationPage } from '@/features/plans/routes/AnonymisationPage';
import { CaseloadPage } from '@/features/plans/routes/CaseloadPage';
import { ClientPage } from '@/features/plans/routes/ClientPage';
import { ClientRegisterPage } from '@/features/plans/routes/ClientRegisterPage';
import { DpoRequestPage } from '@/features/plans/routes/DpoRequestPage';
import { DpoRequestsPage } from '@/features/plans/routes/DpoRequestsPage';
import { DpoSearchPage } from '@/features/plans/routes/DpoSearchPage';
import { MyCasesPage } from '@/features/plans/routes/MyCasesPage';
import { PlanPage } from '@/features/plans/routes/PlanPage';
import { ReferralPage } from '@/features/plans/routes/ReferralPage';
import { ReferralsPage } from '@/features/plans/routes/ReferralsPage';
import { NotificationPreferencesPage } from '@/features/notifications/routes/NotificationPreferencesPage';
import { NotificationsPage } from '@/features/notifications/routes/NotificationsPage';
import { PartnershipCreatePage } from '@/features/partnerships/routes/PartnershipCreatePage';
import { PartnershipListPage } from '@/features/partnerships/routes/PartnershipListPage';
import { PartnershipPage } from '@/features/partnerships/routes/PartnershipPage';
import { PartnershipTextPage } from '@/features/partnerships/routes/PartnershipTextPage';
import { PublicPartnershipPage } from '@/features/partnerships/routes/PublicPartnershipPage';
import { PublicPartnershipsPage } from '@/features/partnerships/routes/PublicPartnershipsPage';
import { StakeholderBoardPage } from '@/features/partnerships/routes/StakeholderBoardPage';
import { StakeholderFormPage } from '@/features/partnerships/routes/StakeholderFormPage';
import { VariantsPage } from '@/features/partnerships/routes/VariantsPage';
import { ZslMeetingPage } from '@/features/partnerships/routes/ZslMeetingPage';
import { ZslPage } from '@/features/partnerships/routes/ZslPage';
import { GminaProfilePage } from '@/features/regional/routes/GminaProfilePage';
import { MlwGminasPage } from '@/features/regional/routes/MlwGminasPage';
import { PublicRegionalPage } from '@/features/regional/routes/PublicRegionalPage';
import { PublicVoivodeshipPage } from '@/features/regional/routes/PublicVoivodeshipPage';
import { NeedImportPage } from '@/features/regional/routes/NeedImportPage';
import { NeedImportsPage } from '@/features/regional/routes/NeedImportsPage';
import { RegionalDashboardPage } from '@/features/regional/routes/RegionalDashboardPage';
import { Layout } from './layout/Layout';
import { PublicLayout } from './layout/PublicLayout';
import { routePaths } from '@/shared/routes/links';
import { LandingPage } from './pages/LandingPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: routePaths.home, element: <HomePage /> },
      { path: routePaths.institutions, element: <InstitutionSearchPage /> },
      { path: routePaths.institutionNew, element: <InstitutionCreatePage /> },
      { path: routePaths.institution, element: <InstitutionDetailPage /> },
      { path: routePaths.institutionEdit, element: <InstitutionEditPage /> },
      { path: routePaths.offeringNew, element: <OfferingPage /> },
      { path: routePaths.offeringEdit, element: <OfferingPage /> },
      { path: routePaths.services, element: <ServiceSearchPage /> },
      { path: routePaths.service, element: <ServicePage /> },
      { path: routePaths.institutionTypes, element: <InstitutionTypeListPage /> },
      { path: routePaths.institutionType, element: <InstitutionTypePage /> },
      { path: routePaths.caseload, element: <CaseloadPage /> },
      { path: routePaths.myCases, element: <MyCasesPage /> },
      { path: routePaths.dpoSearch, element: <DpoSearchPage /> },
      { path: routePaths.dpoRequests, element: <DpoRequestsPage /> },
      { path: routePaths.dpoRequest, element: <DpoRequestPage /> },
      { path: routePaths.clientNew, element: <ClientRegisterPage /> },
      { path: routePaths.client, element: <ClientPage /> },
      { path: routePaths.plan, element: <PlanPage /> },
      { path: routePaths.accessLog, element: <AccessLogPage /> },
      { path: routePaths.referralInbox, element: <ReferralsPage box="in" /> },
      { path: routePaths.referralOutbox, element: <ReferralsPage box="out" /> },
      { path: routePaths.referral, element: <ReferralPage /> },
      { path: routePaths.notifications, element: <NotificationsPage /> },
      { path: routePaths.notificationPreferences, element: <NotificationPreferencesPage /> },
      { path: routePaths.anonymisation, element: <AnonymisationPage /> },
      { path: routePaths.imports, element: <ImportsPage /> },
      { path: routePaths.importJob, element: <ImportJobPage /> },
      { path: routePaths.partnerships, element: <PartnershipListPage /> },
      { path: routePaths.partnershipNew, element: <PartnershipCreatePage /> },
      { path: routePaths.partnership, element: <PartnershipPage /> },
      { path: routePaths.partnershipText, element: <PartnershipTextPage /> },
      { path: routePaths.partnershipStakeholders, element: <StakeholderBoardPage /> },
      { path: routePaths.stakeholderNew, element: <StakeholderFormPage /> },
      { path: routePaths.stakeholderEdit, element: <StakeholderFormPage /> },
      { path: routePaths.partnershipZsl, element: <ZslPage /> },
      { path: routePaths.zslMeeting, element: <ZslMeetingPage /> },
      { path: routePaths.partnershipVariants, element: <VariantsPage /> },
      { path: routePaths.publicPartnerships, element: <PublicPartnershipsPage /> },
      { path: routePaths.publicPartnership, element: <PublicPartnershipPage /> },
      { path: routePaths.accessibility, element: <AccessibilityStatementPage /> },
      { path: routePaths.regional, element: <RegionalDashboardPage /> },
      { path: routePaths.regionalGmina, element: <GminaProfilePage /> },
      { path: routePaths.regionalImports, element: <NeedImportsPage /> },
      { path: routePaths.regionalImport, element: <NeedImportPage /> },
      { path: routePaths.regionalMlw, element: <MlwGminasPage /> },
      { path: routePaths.publicRegional, element: <PublicRegionalPage /> },
      { path: routePaths.publicRegionalVoivodeship, element: <PublicVoivodeshipPage /> },
      { path: routePaths.recommendations, element: <RecommendationsPage /> },
      { path: routePaths.recommendationNew, element: <RecommendationIssuePage /> },
      { path: routePaths.recommendation, element: <RecommendationPage /> },
      { path: routePaths.rpw, element: <RpwPage /> },
      { path: routePaths.rpwMeeting, element: <RpwMeetingPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The routes of a visitor who is not signed in: the public pages (no API call needs a token),
 * and the landing page with its login button at every other URL, as before.
 */
export const anonymousRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: routePaths.publicPartnerships, element: <PublicPartnershipsPage /> },
      { path: routePaths.publicPartnership, element: <PublicPartnershipPage /> },
      { path: routePaths.accessibility, element: <AccessibilityStatementPage /> },
      { path: routePaths.publicRegional, element: <PublicRegionalPage /> },
      { path: routePaths.publicRegionalVoivodeship, element: <PublicVoivodeshipPage /> },
    ],
  },
  { path: '*', element: <LandingPage /> },
];
