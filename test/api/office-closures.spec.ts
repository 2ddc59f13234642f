import { describe, expect, it } from 'vitest';
import { loadOfficeClosures } from '../../services/api/office-closures.js';
import { closuresFile, mayBridge } from '../support/closures-file.js';

describe('OFFICE_CLOSURES_FILE', () => {
  it('gives the calendar the closures and their version', () => {
    expect(loadOfficeClosures(closuresFile(mayBridge))).toEqual({ closures: mayBridge.closures, closuresVersion: '2025-1' });
    expect(loadOfficeClosures(undefined)).toEqual({});
  });

  it.each([
    ['not JSON', '{ "version": ', /cannot be read as JSON/],
    ['no version', { closures: [] }, /version: .*expected string/],
    ['a bad date', { version: '1', closures: [{ date: '2025-02-30', reason: 'x' }] }, /closures\.0\.date: must be a date YYYY-MM-DD/],
    ['no reason', { version: '1', closures: [{ date: '2025-05-02', reason: ' ' }] }, /say why the office is closed/],
    ['a date twice', { version: '1', closures: [mayBridge.closures[0], mayBridge.closures[0]] }, /a date is listed twice/],
    ['an unknown field', { version: '1', closures: [], holidays: [] }, /Unrecognized key/],
  ])('refuses %s, naming the file and showing the expected shape', (_name, content, problem) => {
    const file = closuresFile(content);
    expect(() => loadOfficeClosures(file)).toThrow(problem);
    expect(() => loadOfficeClosures(file)).toThrow(`OFFICE_CLOSURES_FILE ${file}`);
    expect(() => loadOfficeClosures(file)).toThrow(/Expected e\.g\. \{"version"/);
  });

  it('refuses a file that is not there', () => {
    expect(() => loadOfficeClosures('/nonexistent/closures.json')).toThrow(
      /OFFICE_CLOSURES_FILE \/nonexistent\/closures\.json cannot be read/,
    );
  });
});
