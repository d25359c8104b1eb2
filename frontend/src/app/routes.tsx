import type { RouteObject } from 'react-router';
import { InstitutionDetailPage } from '@/features/institutions/routes/InstitutionDetailPage';
import { InstitutionListPage } from '@/features/institutions/routes/InstitutionListPage';
import { HomePage } from '@/features/me/routes/HomePage';
import { Layout } from './layout/Layout';
import { routePaths } from './links';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: routePaths.home, element: <HomePage /> },
      { path: routePaths.institutions, element: <InstitutionListPage /> },
      { path: routePaths.institution, element: <InstitutionDetailPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
