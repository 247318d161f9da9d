import { localMoment, utcOffset, zoneLabel } from './time-zone.js';

describe('time zones', () => {
  it('puts 01:30 in Moscow on 1 November in November, though UTC still says 31 October', () => {
    expect(localMoment(new Date('2026-10-31T22:30:00Z'), 'Europe/Moscow')).toEqual({
      date: '2026-11-01',
      time: '01:30',
    });
    expect(localMoment(new Date('2026-10-31T22:30:00Z'), 'UTC')).toEqual({
      date: '2026-10-31',
      time: '22:30',
    });
  });

  it('gives the offset at the instant, daylight saving included', () => {
    expect(utcOffset(new Date('2026-07-01T12:00:00Z'), 'Europe/Moscow')).toBe('+03:00');
    expect(utcOffset(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe('+02:00');
    expect(utcOffset(new Date('2026-01-01T12:00:00Z'), 'Europe/Berlin')).toBe('+01:00');
    expect(utcOffset(new Date('2026-01-01T12:00:00Z'), 'America/St_Johns')).toBe('-03:30');
    expect(zoneLabel('Asia/Kamchatka', new Date('2026-01-01T00:00:00Z'))).toBe('Asia/Kamchatka (UTC+12:00)');
  });
});
