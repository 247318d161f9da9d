import { lastClosedPeriod } from './report-schedules.service.js';

describe('lastClosedPeriod', () => {
  it('closes a month in the organisation’s calendar: at 01:30 on 1 November in Moscow, October has closed', () => {
    const now = new Date('2026-10-31T22:30:00Z');
    expect(lastClosedPeriod('monthly', now, 'Europe/Moscow')).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(lastClosedPeriod('monthly', now, 'UTC')).toEqual({ from: '2026-09-01', to: '2026-09-30' });
  });

  it('closes quarters and years by the local calendar too', () => {
    const newYearInKamchatka = new Date('2026-12-31T13:00:00Z');
    expect(lastClosedPeriod('yearly', newYearInKamchatka, 'Asia/Kamchatka')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(lastClosedPeriod('quarterly', newYearInKamchatka, 'Asia/Kamchatka')).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(lastClosedPeriod('yearly', newYearInKamchatka, 'Europe/Moscow')).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });
});
