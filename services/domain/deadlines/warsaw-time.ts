import { BadInput } from '../../errors.js';
import { checkCivilDate } from './civil-date.js';

/** Polish offices count days in Polish time, whatever zone an instant was written in. */
const timeZone = 'Europe/Warsaw';
const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
const instantPattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function toEpochMs(instant: string): number {
  const date = instantPattern.exec(instant)?.[1];
  if (date === undefined) {
    throw new BadInput(`'${instant}' is not an instant: write it in ISO 8601 with an offset, e.g. 2025-03-03T10:00:00+01:00.`, [
      { path: 'instant', message: 'expected an ISO 8601 date-time with an offset' },
    ]);
  }
  checkCivilDate(date, 'instant');
  return Date.parse(instant);
}

/** The Warsaw calendar date of an instant: 2024-12-31T23:30:00Z is already 1 January in Warsaw. */
export function warsawDate(instant: string): string {
  const parts = dateFormat.formatToParts(toEpochMs(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Warsaw's offset from UTC at an instant: '+01:00' in winter (CET), '+02:00' in summer (CEST). */
function offsetAt(epochMs: number): string {
  const name = offsetFormat.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const offset = /^GMT([+-]\d{2}:\d{2})$/.exec(name)?.[1];
  if (offset === undefined) throw new Error(`No Europe/Warsaw offset from Intl ('${name}'): Node.js needs its full ICU time-zone data.`);
  return offset;
}

/**
 * The last millisecond of a Warsaw day, with the offset in force then. That moment is 21:59:59.999Z (summer)
 * or 22:59:59.999Z (winter), and Warsaw changes clocks only at 01:00Z, so the offset at 23:59:59.999Z is the same.
 */
export function endOfWarsawDay(date: string): string {
  return `${date}T23:59:59.999${offsetAt(Date.parse(`${checkCivilDate(date)}T23:59:59.999Z`))}`;
}
