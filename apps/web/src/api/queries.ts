// The public data the pages read, as TanStack Query hooks over the typed client. An answer other than
// 2xx becomes an ApiError carrying its status, so a page can tell "not found" from "failed".
import type { components, operations } from '@careledger/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';

export type Schemas = components['schemas'];
export type LeagueTable = Schemas['LeagueTableDto'];
export type LeagueRow = Schemas['LeagueRowDto'];
export type Methodology = Schemas['LeagueMethodologyDto'];
export type RegionStats = Schemas['RegionStatsDto'];
export type PublicOrganisation = Schemas['PublicOrganisationDto'];
export type PublicReport = Schemas['PublicReportDto'];
export type Verification = Schemas['VerificationDto'];
export type RegionLeague = Schemas['RegionLeagueDto'];
export type GrowthPoint = Schemas['GrowthPointDto'];
export type UnitQuantity = Schemas['RegionCategoryDto']['quantities'][number];
export type ReportNumber = Schemas['ReportNumberDto'];

/** A region as the reference list gives it, with its square on the tile-grid map. */
export type Region = Schemas['RegionDto'];

export class ApiError extends Error {
  constructor(readonly status: number) {
    super(`the api answered ${status}`);
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

async function unwrap<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (!response.ok || data === undefined) throw new ApiError(response.status);
  return data;
}

export function useLeagueTable(year?: number) {
  return useQuery({
    queryKey: ['league-table', year ?? 'latest'],
    queryFn: () => unwrap(api.GET('/api/v1/public/league-table', { params: { query: { year } } })),
    placeholderData: keepPreviousData,
    retry: (count, error) => !isNotFound(error) && count < 1,
  });
}

export function useMethodology(version?: number) {
  return useQuery({
    queryKey: ['methodology', version ?? 'current'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/public/league-table/methodology', { params: { query: { version } } })),
    staleTime: Infinity,
  });
}

/** All regions (85, one page of the reference list). */
export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/v1/public/regions', { params: { query: { limit: 200 } } }));
      return page.items as Region[];
    },
    staleTime: Infinity,
  });
}

export function useRegionStats(code: string, year: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['region-stats', code, year],
    queryFn: () =>
      unwrap(api.GET('/api/v1/public/regions/{code}/stats', { params: { path: { code }, query: { year } } })),
    placeholderData: keepPreviousData,
    retry: (count, error) => !isNotFound(error) && count < 1,
  });
}

/** The region's verified organisations (the first 200; no region has more today). */
export function useRegionOrganisations(code: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['region-organisations', code],
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/public/regions/{code}/orgs', { params: { path: { code }, query: { limit: 200 } } }),
      );
      return page.items;
    },
  });
}

/** The region's row of the latest league table, its pillars against the national medians and growth points. */
export function useRegionLeague(code: string) {
  return useQuery({
    queryKey: ['region-league', code],
    queryFn: () =>
      unwrap(api.GET('/api/v1/public/league-table/regions/{code}', { params: { path: { code } } })),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1,
  });
}

export function useOrganisation(orgId: string) {
  return useQuery({
    queryKey: ['organisation', orgId],
    queryFn: () => unwrap(api.GET('/api/v1/public/orgs/{orgId}', { params: { path: { orgId } } })),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1,
  });
}

export type ReportFilters = Omit<
  NonNullable<operations['PublicReportsController_list']['parameters']['query']>,
  'limit'
>;

export function useReports(filters: ReportFilters) {
  return useQuery({
    queryKey: ['reports', filters],
    queryFn: () =>
      unwrap(api.GET('/api/v1/public/reports', { params: { query: { limit: 20, ...filters } } })),
    placeholderData: keepPreviousData,
  });
}

/** What a report's number says (published, withdrawn, genuine but unpublished, or unknown). */
export function useReportNumber(reportId: string) {
  return useQuery({
    queryKey: ['report-number', reportId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/public/reports/{reportId}/verification', { params: { path: { reportId } } })),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1,
  });
}

/** Asks the api whether these bytes are a report of this platform (the PDF itself is the body). */
export async function verifyReportFile(bytes: ArrayBuffer): Promise<Verification> {
  return unwrap(
    api.POST('/api/v1/public/reports/verify', {
      // the route takes the raw PDF; the generated type only knows the form upload's shape
      body: bytes as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'application/pdf' },
    }),
  );
}
