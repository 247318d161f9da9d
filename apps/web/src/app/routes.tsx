// The route table. The league page is part of the entry bundle (it is the front page, and its initial
// JavaScript is budgeted by scripts/check-bundle.mjs); every other page is a lazily loaded chunk, so the
// authority and account areas and the chart library never weigh on the front page.
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LeaguePage } from '../pages/league/LeaguePage';
import { Loading } from '../components/QueryState';
import { App } from './App';
import { NotFound, RouteError } from './RouteError';

/** A lazily loaded page: the module is fetched the first time its route matches. */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): RouteObject['lazy'] {
  return async () => ({ Component: pick(await load()) });
}

const pages: RouteObject[] = [
  { index: true, Component: LeaguePage },
  {
    path: 'methodology',
    lazy: lazyPage(
      () => import('../pages/methodology/MethodologyPage'),
      (m) => m.MethodologyPage,
    ),
  },
  {
    path: 'regions/:code',
    lazy: lazyPage(
      () => import('../pages/regions/RegionPage'),
      (m) => m.RegionPage,
    ),
  },
  {
    path: 'orgs/:id',
    lazy: lazyPage(
      () => import('../pages/orgs/OrgPage'),
      (m) => m.OrgPage,
    ),
  },
  {
    path: 'reports',
    lazy: lazyPage(
      () => import('../pages/reports/ReportsPage'),
      (m) => m.ReportsPage,
    ),
  },
  {
    path: 'reports/:id',
    lazy: lazyPage(
      () => import('../pages/reports/ReportPage'),
      (m) => m.ReportPage,
    ),
  },
  // Sign-in, the mailed links' pages and the authority dashboard.
  {
    path: 'signin',
    lazy: lazyPage(
      () => import('../pages/account/SignInPage'),
      (m) => m.SignInPage,
    ),
  },
  {
    path: 'verify-email',
    lazy: lazyPage(
      () => import('../pages/account/VerifyEmailPage'),
      (m) => m.VerifyEmailPage,
    ),
  },
  {
    path: 'reset-password',
    lazy: lazyPage(
      () => import('../pages/account/ResetPasswordPage'),
      (m) => m.ResetPasswordPage,
    ),
  },
  {
    path: 'invitations/accept',
    lazy: lazyPage(
      () => import('../pages/account/AcceptInvitationPage'),
      (m) => m.AcceptInvitationPage,
    ),
  },
  {
    path: 'authority/*',
    lazy: lazyPage(
      () => import('../pages/authority/AuthorityPage'),
      (m) => m.AuthorityPage,
    ),
  },
  { path: '*', Component: NotFound },
];

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: App,
    ErrorBoundary: RouteError,
    // shown while the first page's lazily loaded module arrives
    HydrateFallback: Loading,
    children: [
      // Pathless, so a page that fails still shows inside the frame with its navigation.
      { ErrorBoundary: RouteError, children: pages },
    ],
  },
];

export const router = createBrowserRouter(routes);
