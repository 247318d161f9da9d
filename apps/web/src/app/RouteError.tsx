// What a route shows when its page cannot: "not found" for unknown addresses, otherwise a plain error.
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../i18n';

function Problem({ notFound }: { notFound: boolean }) {
  const t = useT();
  return (
    <>
      <h1>{notFound ? t('common.notFound') : t('common.error')}</h1>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </>
  );
}

export function RouteError() {
  const error = useRouteError();
  return <Problem notFound={isRouteErrorResponse(error) && error.status === 404} />;
}

export function NotFound() {
  return <Problem notFound />;
}
