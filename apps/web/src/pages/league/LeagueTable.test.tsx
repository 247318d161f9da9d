import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeagueRow } from '../../api/queries';
import { I18nProvider } from '../../i18n';
import { LeagueTable } from './LeagueTable';
import type { SortOrder } from './league-sort';
import { defaultOrder } from './sort-params';

const rows: LeagueRow[] = [
  {
    rank: 2,
    regionCode: '77',
    regionName: 'Москва',
    score: 55.04,
    tier: 'B',
    rankInterval: [1, 2],
    pillars: { A: 40, B: 70 },
    ranked: true,
    coverage: { csosOnPlatform: 3, registeredCsos: 12, share: 0.25 },
  },
  {
    rank: 1,
    regionCode: '48',
    regionName: 'Липецкая область',
    score: 72.5,
    tier: 'A',
    rankInterval: [1, 2],
    pillars: { A: 90, B: 50 },
    ranked: true,
  },
  {
    rank: null,
    regionCode: '87',
    regionName: 'Чукотский АО',
    score: null,
    tier: null,
    rankInterval: null,
    pillars: { A: null, B: null },
    ranked: false,
    reason: 'fewer than 3 active CSOs',
  },
];

function Harness({ language = 'ru' as const }: { language?: 'ru' | 'en' }) {
  const [order, setOrder] = useState<SortOrder>(defaultOrder);
  return (
    <MemoryRouter>
      <I18nProvider initialLanguage={language}>
        <LeagueTable
          rows={rows}
          pillars={undefined}
          regionName={(code) => `R${code}`}
          order={order}
          onSort={setOrder}
        />
      </I18nProvider>
    </MemoryRouter>
  );
}

const regionOrder = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

afterEach(cleanup);

describe('the league table', () => {
  it('lists regions by rank, the unranked last with the reason in the reader’s language', () => {
    render(<Harness />);
    expect(regionOrder()).toEqual(['R48', 'R77', 'R87']);
    expect(screen.getByText('Вне рейтинга: на платформе меньше 3 активных НКО.')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Место/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('sorts by a column when its heading is pressed, best first, and the other way on a second press', () => {
    render(<Harness />);
    const pillarA = screen.getByRole('button', { name: /^A/ });
    fireEvent.click(pillarA);
    expect(regionOrder()).toEqual(['R48', 'R77', 'R87']);
    expect(pillarA.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(pillarA);
    expect(regionOrder()).toEqual(['R77', 'R48', 'R87']);
    fireEvent.click(screen.getByRole('button', { name: /^B/ }));
    expect(regionOrder()).toEqual(['R77', 'R48', 'R87']);
  });

  it('formats the score, the interval and the coverage in English too', () => {
    render(<Harness language="en" />);
    const moscow = screen.getByRole('link', { name: 'R77' }).closest('tr')!;
    expect(within(moscow).getByText('55.0')).toBeTruthy();
    expect(within(moscow).getByText('1–2 of 2')).toBeTruthy();
    expect(within(moscow).getByText('25.0%')).toBeTruthy();
    expect(within(moscow).getByText('3 of 12 CSOs')).toBeTruthy();
  });
});
