import type { Language } from './equal-treatment-labels.js';

/** What people read in an export: Warsaw time, written the Polish way by default. */

const zone = 'Europe/Warsaw';
const numeric = new Intl.DateTimeFormat('en-CA', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const locales: Record<Language, string> = { pl: 'pl-PL', en: 'en-GB' };

function warsawParts(instant: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(numeric.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/**
 * An instant for a spreadsheet cell, in Warsaw time: "02.01.2025 09:00" in Polish (what Excel set to Polish reads
 * as a date and time), "2025-01-02 09:00" in English (ISO order, which no reader takes for month/day).
 */
export function warsawDateTimeCell(instant: string, language: Language): string {
  const { year, month, day, hour, minute } = warsawParts(instant);
  return language === 'pl' ? `${day}.${month}.${year} ${hour}:${minute}` : `${year}-${month}-${day} ${hour}:${minute}`;
}

/** A calendar date (YYYY-MM-DD) in words: "1 lutego 2025", "1 February 2025". */
export function longDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** An instant in Warsaw time in words: "1 lutego 2025, 00:00", "1 February 2025, 00:00". */
export function longDateTime(instant: string, language: Language): string {
  const { year, month, day, hour, minute } = warsawParts(instant);
  return `${longDate(`${year}-${month}-${day}`, language)}, ${hour}:${minute}`;
}
