// What a page shows while its data loads or when it could not be loaded.
import { Link } from 'react-router';
import { isNotFound } from '../api/queries';
import { useT } from '../i18n';

export function Loading() {
  const t = useT();
  return (
    <p role="status" className="muted">
      {t('common.loading')}
    </p>
  );
}

export function LoadError({ error }: { error: unknown }) {
  const t = useT();
  return (
    <div role="alert">
      <p>{isNotFound(error) ? t('common.notFound') : t('common.error')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </div>
  );
}
