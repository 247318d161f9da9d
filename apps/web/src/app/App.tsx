// The page frame every route renders into: skip link, header with the main navigation and the
// language switch, the page itself in <main>, and the footer with the open-data links.
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { SessionNav } from '../auth/SessionNav';
import { useI18n } from '../i18n';
import { openDataLinks } from './links';

export function App() {
  const { t, language, setLanguage } = useI18n();
  const other = language === 'ru' ? 'en' : 'ru';
  const main = useFocusOnNavigation();
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
      <main id="content" ref={main} tabIndex={-1} className="container">
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

/**
 * After a move to another page (not the first load, nor a change of sorting or filters on the same page),
 * focus goes to the new page's content, so a screen reader starts reading it and Tab starts from it.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (pathname === shownPath.current) return;
    shownPath.current = pathname;
    main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return main;
}
