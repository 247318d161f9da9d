// A year switcher kept in the address (?year=), offering the given year and the ones before it.
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n';

const yearsOffered = 5;

/** The year in the address, or the given default. */
export function useYearParam(defaultYear: number): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || defaultYear;
  const setYear = (next: number) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === defaultYear) updated.delete('year');
        else updated.set('year', String(next));
        return updated;
      },
      { preventScrollReset: true },
    );
  return [year, setYear];
}

export function YearSelect({
  latest,
  value,
  onChange,
}: {
  latest: number;
  value: number;
  onChange: (year: number) => void;
}) {
  const t = useT();
  const id = useId();
  const years = Array.from({ length: yearsOffered }, (_, i) => latest - i);
  if (!years.includes(value)) years.push(value);
  return (
    <span className="field field--inline">
      <label htmlFor={id}>{t('common.year')}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </span>
  );
}
