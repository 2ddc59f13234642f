import { useTranslation } from 'react-i18next';
import { formatDate, instantToWarsawLocal } from '../format/dates';

export type Urgency = 'overdue' | 'soon' | 'later' | 'settled';

/** Calendar days from today to the due date, both in Warsaw (0: due today; negative: that many days late). */
export function warsawDaysUntil(dueAt: string, now: Date = new Date()): number {
  const day = (iso: string) => Date.parse(`${instantToWarsawLocal(iso).slice(0, 10)}T00:00:00Z`);
  return Math.round((day(dueAt) - day(now.toISOString())) / 86_400_000);
}

/** Overdue, due within 3 days, or later; a settled case has no urgency left. */
export function urgencyOf(dueAt: string, open: boolean, overdue: boolean, now: Date = new Date()): Urgency {
  if (!open) return 'settled';
  if (overdue || warsawDaysUntil(dueAt, now) < 0) return 'overdue';
  return warsawDaysUntil(dueAt, now) <= 3 ? 'soon' : 'later';
}

/**
 * A due date with its urgency in colour and in words ("po terminie, 2 dni po terminie"), so colour is never the only
 * signal (WCAG 1.4.1).
 */
export function DueDate({ dueAt, open, overdue, now }: { dueAt: string; open: boolean; overdue: boolean; now?: Date }) {
  const { t, i18n } = useTranslation();
  const urgency = urgencyOf(dueAt, open, overdue, now);
  const days = warsawDaysUntil(dueAt, now);
  const words =
    urgency === 'settled'
      ? t('clerk.urgency.settled')
      : urgency === 'overdue'
        ? `${t('clerk.urgency.overdue')}, ${t('daysLate', { count: Math.max(0, -days) })}`
        : `${t(`clerk.urgency.${urgency}`)}, ${t('daysLeft', { count: days })}`;
  return (
    <span className={`urgency urgency-${urgency === 'later' ? 'ok' : urgency}`}>
      <time dateTime={dueAt}>{formatDate(dueAt, i18n.language)}</time> <span className="urgency-words">({words})</span>
    </span>
  );
}
