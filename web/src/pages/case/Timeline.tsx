import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/dates';
import type { CaseDispute } from './commands';

export type Step = CaseDispute['timeline'][number];

/** Every step of the case, complaint and mediations merged as the API gives them (oldest first), in either order. */
export function Timeline({ steps }: { steps: Step[] }) {
  const { t, i18n } = useTranslation();
  const [order, setOrder] = useState<'newest' | 'oldest'>('newest');
  const shown = order === 'oldest' ? steps : [...steps].reverse();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('case.timeline.title')}</h2>
      <fieldset className="order-toggle no-print">
        <legend>{t('case.timeline.order')}</legend>
        {(['newest', 'oldest'] as const).map((o) => (
          <label key={o} className="check">
            <input type="radio" name="timeline-order" value={o} checked={order === o} onChange={() => setOrder(o)} />{' '}
            {t(`case.timeline.${o}`)}
          </label>
        ))}
      </fieldset>
      <ol className="timeline" aria-label={t('case.timeline.title')}>
        {shown.map((step) => (
          <li key={step.position}>
            <p className="timeline-meta">
              <time dateTime={step.at}>{formatDateTime(step.at, i18n.language)}</time> ·{' '}
              {t('case.timeline.by', { name: step.actor.name, role: t(`role.${step.actor.role}`) })}
            </p>
            <p className="timeline-summary">{step.summary}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
