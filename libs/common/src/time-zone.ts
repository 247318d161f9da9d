/**
 * An organisation's calendar: days and months of care are those of its time zone (an IANA name), not
 * UTC. A delivery at 01:30 in Moscow on 1 November is a November delivery.
 */

/** The calendar date and wall-clock time of an instant in a time zone. */
export interface LocalMoment {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function partsOf(at: Date, timeZone: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return parts;
}

export function localMoment(at: Date, timeZone: string): LocalMoment {
  const parts = partsOf(at, timeZone);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The zone's offset from UTC at an instant, as `+03:00`. */
export function utcOffset(at: Date, timeZone: string): string {
  const parts = partsOf(at, timeZone);
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const minutes = Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
}

/** A time zone as a reader is told it: `Europe/Moscow (UTC+03:00)`, its offset at `at`. */
export function zoneLabel(timeZone: string, at: Date): string {
  return `${timeZone} (UTC${utcOffset(at, timeZone)})`;
}

/**
 * SQL for the instant a local calendar date starts in an organisation's zone, for inclusive local
 * `from`/`to` filters: `occurred_at >= startOfLocalDay(from) and occurred_at < startOfLocalDay(to + 1)`.
 */
export function startOfLocalDaySql(dateSql: string, timeZoneSql: string): string {
  return `((${dateSql})::date::timestamp at time zone ${timeZoneSql})`;
}
