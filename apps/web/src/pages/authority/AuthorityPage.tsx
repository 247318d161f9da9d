// /authority: the dashboard of a regional official. It lists only the regions the signed-in person is
// an authority for (from /me); the api refuses any other region's figures anyway (403).
import { useSearchParams } from 'react-router';
import { useRegions } from '../../api/queries';
import { RequireSignIn } from '../../auth/RequireSignIn';
import { authorityRegions, type Me } from '../../auth/session';
import { useI18n } from '../../i18n';
import './authority.css';
import { RegionDashboard } from './RegionDashboard';

/** The years an official can pick: this one and the four before it. */
export function selectableYears(now: Date): number[] {
  const current = now.getFullYear();
  return [0, 1, 2, 3, 4].map((back) => current - back);
}

export function AuthorityPage() {
  return <RequireSignIn>{(me) => <Dashboard me={me} />}</RequireSignIn>;
}

function Dashboard({ me }: { me: Me }) {
  const { t, language } = useI18n();
  const regions = useRegions();
  const [searchParams, setSearchParams] = useSearchParams();
  const years = selectableYears(new Date());
  const asked = Number(searchParams.get('year'));
  const year = years.includes(asked) ? asked : years[0];
  const codes = authorityRegions(me);
  const regionName = (code: string) => {
    const region = regions.data?.find((candidate) => candidate.code === code);
    return region ? (language === 'ru' ? region.nameRu : region.nameEn) : code;
  };

  return (
    <>
      <h1>{t('authority.title')}</h1>
      {codes.length === 0 ? (
        <p>{t('authority.noRegions')}</p>
      ) : (
        <>
          <p>{t('authority.intro', { email: me.user.email })}</p>
          <div className="authority-year">
            <label htmlFor="authority-year">{t('authority.year')}</label>
            <select
              id="authority-year"
              value={year}
              onChange={(event) => setSearchParams({ year: event.target.value }, { replace: true })}
            >
              {years.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
          {codes.map((code) => (
            <RegionDashboard key={code} code={code} name={regionName(code)} year={year} />
          ))}
        </>
      )}
    </>
  );
}
