// The page frame every route renders into: skip link, header with the main navigation and the
// language switch, the page itself in <main>, and the footer with the open-data links.
import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { SessionNav } from '../auth/SessionNav';
import { useI18n } from '../i18n';
import { openDataLinks } from './links';

export function App() {
  const { t, language, setLanguage } = useI18n();
  const other = language === 'ru' ? 'en' : 'ru';
  return (
    <>
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <NavLink to="/" className="site-header__brand">
            {t('app.name')}
          </NavLink>
          <nav aria-label={t('nav.label')} className="site-nav">
            <NavLink to="/" end>
              {t('nav.league')}
            </NavLink>
            <NavLink to="/methodology">{t('nav.methodology')}</NavLink>
            <NavLink to="/reports">{t('nav.reports')}</NavLink>
          </nav>
          <SessionNav />
          <button
            type="button"
            className="lang-switch"
            lang={other}
            aria-label={t('lang.switchLabel')}
            onClick={() => setLanguage(other)}
          >
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <main id="content" tabIndex={-1} className="container">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          <p>
            {t('app.openData')}:{' '}
            {openDataLinks.map((link, index) => (
              <span key={link.href}>
                {index > 0 && ' · '}
                <a href={link.href}>{link.label}</a>
              </span>
            ))}
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
