import { useTranslation } from 'react-i18next';
import { DueDate } from '../../components/DueDate';
import { formatDate, formatDateTime } from '../../format/dates';
import { isOpen, type CaseDispute } from './commands';

/** Who the complainant is, as far as this role may know: name, pseudonym, anonymous, or erased. */
function Complainant({ dispute }: { dispute: CaseDispute }) {
  const { t } = useTranslation();
  const c = dispute.complainant;
  if (c) {
    const contact = [c.address, c.email, c.phone].filter(Boolean).join(', ');
    return (
      <>
        {c.name}
        {contact && `, ${contact}`}
        {c.onBehalfOf && <> ({t('case.onBehalfOf', { name: c.onBehalfOf })})</>}
        {c.accessibilityNeeds && <> ({t('case.accessibility', { needs: c.accessibilityNeeds })})</>}
        {!dispute.identifiable && <> — {t('case.anonymous')}</>}
      </>
    );
  }
  if (dispute.complainantErasedAt) return <>{t('case.erased')}</>;
  if (dispute.complainantPseudonym) return <>{t('case.pseudonym', { pseudonym: dispute.complainantPseudonym })}</>;
  return <>{dispute.identifiable ? t('case.hidden') : t('case.anonymous')}</>;
}

export function CaseFacts({ dispute }: { dispute: CaseDispute }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const facts: [string, React.ReactNode][] = [
    [t('case.status'), t(`status.${dispute.status}`)],
    [t('case.category'), dispute.category],
    ...(dispute.kind ? [[t('case.kind'), t(`case.kinds.${dispute.kind}`)] as [string, React.ReactNode]] : []),
    [t('case.unit'), dispute.concernedUnit ?? '—'],
    [t('case.channel'), t(`channel.${dispute.channel}`)],
    [t('case.received'), formatDateTime(dispute.receivedAt, lng)],
    [
      t('case.due'),
      <>
        <DueDate dueAt={dispute.dueAt} open={isOpen(dispute)} overdue={dispute.overdue} />
        {dispute.deadline.extensions > 0 && <> — {t('case.extensions', { count: dispute.deadline.extensions })}</>}
        {dispute.delayNoticeNeeded && <p className="error">{t('case.delayNoticeNeeded')}</p>}
      </>,
    ],
    [t('case.assignee'), dispute.assignee?.name ?? t('case.nobody')],
    [t('case.complainant'), <Complainant dispute={dispute} />],
  ];
  if (dispute.registerNumber) facts.push([t('case.registerNumber'), dispute.registerNumber]);
  if (dispute.representativeDueAt) {
    facts.push([
      t('case.representative'),
      <>
        {formatDate(dispute.representativeDueAt, lng)}
        {dispute.representativeInformedAt && (
          <> ({t('case.representativeInformed', { at: formatDateTime(dispute.representativeInformedAt, lng) })})</>
        )}
      </>,
    ]);
  }
  if (dispute.acknowledgedAt) facts.push([t('case.acknowledged'), formatDateTime(dispute.acknowledgedAt, lng)]);
  if (dispute.notifiedAt) facts.push([t('case.notified'), formatDateTime(dispute.notifiedAt, lng)]);
  if (dispute.closedAt) facts.push([t('case.closed'), formatDateTime(dispute.closedAt, lng)]);

  return (
    <section aria-labelledby="facts-title">
      <h2 id="facts-title">{t('case.facts')}</h2>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
