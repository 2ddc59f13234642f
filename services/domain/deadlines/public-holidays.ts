import Holidays from 'date-holidays';
import holidaysPackage from 'date-holidays/package.json' with { type: 'json' };

/** Names the holiday data in every calendar version, so a recorded deadline shows which data produced it. */
export const holidaySource = `PL-public-holidays(date-holidays@${holidaysPackage.version})`;

/**
 * Days free from work by statute (Act of 18 January 1951 on days free from work; its amendment of
 * 6 December 2024 adds 24 December from 2025). date-holidays computes the Easter-based feasts; only its
 * type 'public' is statutory (its 'observance' and 'school' days are working days).
 */
const poland = new Holidays('PL');
const byYear = new Map<number, ReadonlyMap<string, string>>();

function holidaysOf(year: number): ReadonlyMap<string, string> {
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = new Map(poland.getHolidays(year).filter((h) => h.type === 'public').map((h) => [h.date.slice(0, 10), h.name]));
    byYear.set(year, holidays);
  }
  return holidays;
}

/** The statutory holidays of a year, in date order. */
export function publicHolidays(year: number): { date: string; name: string }[] {
  return [...holidaysOf(year)].map(([date, name]) => ({ date, name }));
}

export function publicHolidayName(date: string): string | null {
  return holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
}
