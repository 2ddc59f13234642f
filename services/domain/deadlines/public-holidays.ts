import Holidays from 'date-holidays';
import holidaysPackage from 'date-holidays/package.json' with { type: 'json' };

/**
 * Days made free from work once, by a statute of their own, which a library of recurring holidays cannot know.
 * Its version is part of every calendar version: a day added here changes the version of the deadlines it affects.
 */
const oneOffDaysOff = {
  version: 1,
  days: [
    // Ustawa z dnia 9 listopada 2018 r. o ustanowieniu dnia 12 listopada 2018 r. dniem wolnym od pracy.
    { date: '2018-11-12', name: 'Dzień wolny od pracy – 100. rocznica odzyskania niepodległości' },
  ],
} as const;

/** Names the holiday data in every calendar version, so a recorded deadline shows which data produced it. */
export const holidaySource = `PL-public-holidays(date-holidays@${holidaysPackage.version}+one-off:${oneOffDaysOff.version})`;

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
    const recurring = poland
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h): [string, string] => [h.date.slice(0, 10), h.name]);
    const oneOff = oneOffDaysOff.days.filter((d) => d.date.startsWith(`${year}-`)).map((d): [string, string] => [d.date, d.name]);
    holidays = new Map([...recurring, ...oneOff].sort(([a], [b]) => a.localeCompare(b)));
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
