/** Every instant is shown in Warsaw time, the Polish way (2.12.2026, 14:05), whatever the browser's zone. */
const ZONE = 'Europe/Warsaw';

const locales = { pl: 'pl-PL', en: 'en-GB' } as const;
type Lng = keyof typeof locales;
const localeOf = (lng: string): string => locales[(lng in locales ? lng : 'pl') as Lng];

export function formatDateTime(iso: string | null | undefined, lng: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(localeOf(lng), { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined, lng: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(localeOf(lng), { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** The offset Warsaw has at that wall-clock moment (+01:00 in winter, +02:00 in summer). */
function warsawOffset(utc: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(utc)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = part?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/**
 * A `<input type="datetime-local">` value ("2026-03-14T09:30") read as Warsaw time, as an ISO instant with
 * its offset, which the API keeps as typed.
 */
export function warsawLocalToInstant(local: string): string {
  const [date, time = '00:00'] = local.split('T');
  const guess = new Date(`${date}T${time}:00Z`);
  // The offset at the guessed instant is right except within the hour of a DST change; one correction settles it.
  let offset = warsawOffset(guess);
  const corrected = new Date(`${date}T${time}:00${offset}`);
  offset = warsawOffset(corrected);
  return `${date}T${time.length === 5 ? `${time}:00` : time}${offset}`;
}

/** The other way: an instant as the Warsaw wall-clock value a datetime-local input shows. */
export function instantToWarsawLocal(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
