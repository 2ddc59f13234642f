import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format/dates';
import type { CaseDispute } from './commands';

export function DecisionSection({ dispute }: { dispute: CaseDispute }) {
  const { t, i18n } = useTranslation();
  const d = dispute.decision;
  if (dispute.kind === 'REQUEST' && !d) return <RequestAnswerSection dispute={dispute} />;
  return (
    <section aria-labelledby="decision-title">
      <h2 id="decision-title">{t('case.decision.title')}</h2>
      {!d ? (
        <p>{t('case.decision.none')}</p>
      ) : (
        <dl className="facts">
          <div>
            <dt>{t('case.decision.outcome')}</dt>
            <dd>{t(`outcome.${d.outcome}`)}</dd>
          </div>
          <div>
            <dt>{t('case.decision.decidedAt')}</dt>
            <dd>{formatDateTime(d.decidedAt, i18n.language)}</dd>
          </div>
          {d.factualGrounds && (
            <div>
              <dt>{t('case.decision.factualGrounds')}</dt>
              <dd>{d.factualGrounds}</dd>
            </div>
          )}
          {d.legalBasis.length > 0 && (
            <div>
              <dt>{t('case.decision.legalBasis')}</dt>
              <dd>
                <ul>
                  {d.legalBasis.map((b) => (
                    <li key={`${b.act} ${b.article}`}>
                      {b.act}, {b.article}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {d.remedies.length > 0 && (
            <div>
              <dt>{t('case.decision.remedies')}</dt>
              <dd>{d.remedies.join('; ')}</dd>
            </div>
          )}
          {d.appealInformation && (
            <div>
              <dt>{t('case.decision.appealInformation')}</dt>
              <dd>{d.appealInformation}</dd>
            </div>
          )}
          <div>
            <dt>{t('case.decision.signer')}</dt>
            <dd>
              {d.signer.name}, {d.signer.position}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}

/** A request (wniosek) is not decided but answered: the actions taken or the reasons for not taking them (KPA art. 244, 247). */
function RequestAnswerSection({ dispute }: { dispute: CaseDispute }) {
  const { t, i18n } = useTranslation();
  const a = dispute.requestReply;
  return (
    <section aria-labelledby="decision-title">
      <h2 id="decision-title">{t('case.requestAnswer.title')}</h2>
      {!a ? (
        <p>{t('case.requestAnswer.none')}</p>
      ) : (
        <dl className="facts">
          <div>
            <dt>{t('case.decision.decidedAt')}</dt>
            <dd>{formatDateTime(a.repliedAt, i18n.language)}</dd>
          </div>
          {a.actionsTaken && (
            <div>
              <dt>{t('case.fields.actionsTaken')}</dt>
              <dd>{a.actionsTaken}</dd>
            </div>
          )}
          {a.reasonsNotTaken && (
            <div>
              <dt>{t('case.fields.reasonsNotTaken')}</dt>
              <dd>{a.reasonsNotTaken}</dd>
            </div>
          )}
          <div>
            <dt>{t('case.decision.appealInformation')}</dt>
            <dd>{a.complaintInstruction}</dd>
          </div>
          <div>
            <dt>{t('case.decision.signer')}</dt>
            <dd>
              {a.signer.name}, {a.signer.position}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}

export function ExplanationsSection({ dispute }: { dispute: CaseDispute }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="explanations-title">
      <h2 id="explanations-title">{t('case.explanations.title')}</h2>
      {dispute.explanations.length === 0 ? (
        <p>{t('case.explanations.none')}</p>
      ) : (
        <ul className="plain-list">
          {dispute.explanations.map((e) => (
            <li key={`${e.at}-${e.explanation}`}>
              <p className="timeline-meta">
                {t('case.explanations.meta', {
                  at: formatDateTime(e.at, i18n.language),
                  channel: t(`channel.${e.channel}`),
                  name: e.actor.name,
                })}
              </p>
              <p>{e.explanation}</p>
              <p>{t('case.explanations.reasons', { reasons: e.reasons })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function MediationsSection({ dispute }: { dispute: CaseDispute }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <section aria-labelledby="mediations-title">
      <h2 id="mediations-title">{t('case.mediations.title')}</h2>
      {dispute.mediations.length === 0 ? (
        <p>{t('case.mediations.none')}</p>
      ) : (
        dispute.mediations.map((m) => (
          <article
            key={m.id}
            className="mediation-summary"
            aria-label={t('case.mediations.item', { status: t(`case.mediations.status.${m.status}`) })}
          >
            <h3>{t('case.mediations.item', { status: t(`case.mediations.status.${m.status}`) })}</h3>
            <p>{t('case.mediations.reason', { reason: m.reason })}</p>
            <p>{t('case.mediations.parties')}:</p>
            <ul>
              {m.parties.map((p) => (
                <li key={p.partyId}>
                  {p.name ?? p.pseudonym ?? p.partyId} ({t(`case.mediations.roles.${p.role}`)}):{' '}
                  {t(`case.mediations.consent.${p.consent === true ? 'yes' : p.consent === false ? 'no' : 'pending'}`)}
                </li>
              ))}
            </ul>
            <p>
              {m.mediator && <>{t('case.mediations.mediator', { name: m.mediator.name })}. </>}
              {t('case.mediations.consentDue', { at: formatDate(m.consentDueAt, lng) })}.
              {m.endsAt && <> {t('case.mediations.endsAt', { at: formatDate(m.endsAt, lng) })}.</>}{' '}
              {t('case.mediations.sessions', { count: m.sessions.length })}.
              {m.protocol && <> {t('case.mediations.protocol', { at: formatDateTime(m.protocol.filedAt, lng) })}.</>}
              {m.result && <> {t('case.mediations.result', { result: t(`case.mediations.results.${m.result}`) })}.</>}
            </p>
          </article>
        ))
      )}
    </section>
  );
}
