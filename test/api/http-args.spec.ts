import { describe, expect, it } from 'vitest';
import { InstantSchema } from '../../schema/envelope.js';
import { startOfWarsawDay } from '../../services/api/equality/report-period.js';
import { DateOrInstant, ExportFormat, separatorOf } from '../../services/api/exports/http-args.js';
import { RegisterArgs } from '../../services/api/register-entries.js';

describe('the arguments every export reads from its URL, in one place', () => {
  it('a date is the start of that day in Warsaw, winter and summer; an instant stays as given', () => {
    expect(DateOrInstant.parse('2025-01-01')).toBe('2024-12-31T23:00:00.000Z');
    expect(DateOrInstant.parse('2025-07-01')).toBe('2025-06-30T22:00:00.000Z');
    expect(DateOrInstant.parse('2025-07-01')).toBe(startOfWarsawDay('2025-07-01'));
    expect(DateOrInstant.parse('2025-07-01T00:00:00+02:00')).toBe('2025-07-01T00:00:00+02:00');
    expect(DateOrInstant.safeParse(undefined).error?.issues[0]?.message).toBe('give a date (YYYY-MM-DD) or a date and time with an offset');
  });

  it('Polish headers and commas unless asked otherwise', () => {
    expect(ExportFormat.parse({})).toEqual({ lang: 'pl', delimiter: 'comma' });
    expect(separatorOf(ExportFormat.parse({ delimiter: 'semicolon' }).delimiter)).toBe(';');
    expect(separatorOf('comma')).toBe(',');
  });

  it('the register reads instants with the one instant schema of the events', () => {
    expect(RegisterArgs.shape.from).toBe(InstantSchema);
    expect(RegisterArgs.shape.to).toBe(InstantSchema);
  });
});
