import { describe, expect, it } from 'vitest';
import { InstantSchema } from '../../schema/envelope.js';
import { ReportArgsSchema } from '../../services/api/equality/report-args.js';
import { startOfWarsawDay } from '../../services/api/equality/report-period.js';
import { DateOrInstant, ExportFormat, separatorOf } from '../../services/api/exports/http-args.js';
import { RegisterArgs } from '../../services/api/register-entries.js';

describe('the arguments every export reads from its URL, in one place', () => {
  it('a date is the start of that day in Warsaw, winter and summer; an instant stays as given', () => {
    expect(DateOrInstant.parse('2025-01-01')).toBe('2024-12-31T23:00:00.000Z');
    expect(DateOrInstant.parse('2025-07-01')).toBe('2025-06-30T22:00:00.000Z');
    expect(DateOrInstant.parse('2025-07-01')).toBe(startOfWarsawDay('2025-07-01'));
    expect(DateOrInstant.parse('2025-07-01T00:00:00+02:00')).toBe('2025-07-01T00:00:00+02:00');
    expect(DateOrInstant.safeParse(undefined).error?.issues[0]?.message).toMatch(
      /^give a date \(YYYY-MM-DD\) or a date and time with an offset from -12:00 to \+14:00/,
    );
  });

  it('an offset no clock has is refused as the argument it is, never thrown further; an unencoded + (read as a space) is a +', () => {
    expect(DateOrInstant.safeParse('2025-01-01T00:00:00+25:00').error?.issues[0]?.message).toMatch(/e\.g\. 2025-01-01T00:00:00%2B01:00/);
    expect(DateOrInstant.parse('2025-01-01T00:00:00 01:00')).toBe('2025-01-01T00:00:00+01:00');
    expect(DateOrInstant.safeParse('2025-01-01 01:00').success).toBe(false);
    const report = ReportArgsSchema.safeParse({ from: '2025-01-01T00:00:00+25:00', to: '2025-04-01T00:00:00+02:00', dimension: 'sex' });
    expect(report.error?.issues.map((i) => i.path.join('.'))).toEqual(['from']);
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
