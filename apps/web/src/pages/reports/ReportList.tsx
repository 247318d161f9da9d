// A page of published reports for the given filters, newest first, with "previous"/"next" over the
// api's cursors (each page's cursor is remembered, so "previous" goes back exactly).
import { useState } from 'react';
import { Link } from 'react-router';
import { useReports, type PublicReport, type ReportFilters } from '../../api/queries';
import { LoadError, Loading } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { reportTypeLabel } from '../labels';

export function ReportList({
  filters,
  showOrganisation = true,
}: {
  filters: Omit<ReportFilters, 'cursor'>;
  showOrganisation?: boolean;
}) {
  const { t } = useI18n();
  const filterKey = JSON.stringify(filters);
  const [pages, setPages] = useState<{ key: string; cursors: (string | undefined)[] }>({
    key: filterKey,
    cursors: [undefined],
  });
  // new filters start again from the first page
  const cursors = pages.key === filterKey ? pages.cursors : [undefined];
  const cursor = cursors[cursors.length - 1];
  const reports = useReports({ ...filters, cursor });

  if (reports.isPending) return <Loading />;
  if (reports.isError) return <LoadError error={reports.error} />;
  const { items, nextCursor } = reports.data;
  return (
    <>
      {items.length === 0 ? (
        <p>{t('reports.none')}</p>
      ) : (
        <ul className="report-list">
          {items.map((report) => (
            <ReportItem key={report.id} report={report} showOrganisation={showOrganisation} />
          ))}
        </ul>
      )}
      <nav className="pager" aria-label={t('reports.pages')}>
        {cursors.length > 1 && (
          <button
            type="button"
            className="button"
            onClick={() => setPages({ key: filterKey, cursors: cursors.slice(0, -1) })}
          >
            {t('reports.previous')}
          </button>
        )}
        {nextCursor && (
          <button
            type="button"
            className="button"
            onClick={() => setPages({ key: filterKey, cursors: [...cursors, nextCursor] })}
          >
            {t('reports.next')}
          </button>
        )}
      </nav>
    </>
  );
}

function ReportItem({ report, showOrganisation }: { report: PublicReport; showOrganisation: boolean }) {
  const { t, date } = useI18n();
  return (
    <li className="report-item">
      <Link to={`/reports/${report.id}`} className="report-item__title">
        {reportTypeLabel(report.type, t)}:{' '}
        {t('reports.period', { from: date(report.periodFrom), to: date(report.periodTo) })}
      </Link>
      {showOrganisation && (
        <span>
          <Link to={`/orgs/${report.organisation.id}`}>{report.organisation.name}</Link>
        </span>
      )}
      <span className="muted">
        {t('reports.publishedOn', { date: date(report.publishedAt) })}
        {report.status === 'withdrawn' && ` · ${t('reports.withdrawnShort')}`}
      </span>
    </li>
  );
}
