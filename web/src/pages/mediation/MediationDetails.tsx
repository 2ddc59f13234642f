import { useTranslation } from 'react-i18next';
import type { MediationFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../format/dates';

export type MediationData = MediationFieldsFragment;
export type PartyData = MediationData['parties'][number];

/** A party as the reader may see them: the name where the API gives it, else the pseudonym. */
export function usePartyName() {
  const { t } = useTranslation();
  return (party: PartyData | undefined, partyId?: string): string =>
    party?.name ?? party?.pseudonym ?? partyId ?? t('mediation.nameHidden');
}

/** What the mediation is and where it stands: state, parties, sessions, protocol (read only). */
export function MediationDetails({ mediation, headingLevel = 2 }: { mediation: MediationData; headingLevel?: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const nameOf = usePartyName();
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const party = (id: string) =>
    nameOf(
      mediation.parties.find((p) => p.partyId === id),
      id,
    );
  const consent = (c: boolean | null | undefined) =>
    c === true ? t('mediation.consentGiven') : c === false ? t('mediation.consentRefused') : t('mediation.consentPending');

  return (
    <>
      <dl className="facts">
        <dt>{t('mediation.reason')}</dt>
        <dd>{mediation.reason}</dd>
        <dt>{t('mediation.status')}</dt>
        <dd>
          {t(`mediation.statusName.${mediation.status}`)}
          {mediation.result && `: ${t(`mediation.resultName.${mediation.result}`)}`}
        </dd>
        <dt>{t('mediation.mediator')}</dt>
        <dd>{mediation.mediator?.name ?? t('mediation.noMediator')}</dd>
        {mediation.mediatorListEntry && (
          <>
            <dt>{t('mediation.listEntry')}</dt>
            <dd>
              {t('mediation.listEntryLine', {
                list: t(`mediation.listName.${mediation.mediatorListEntry.list}`),
                keptBy: mediation.mediatorListEntry.keptBy,
                entry: mediation.mediatorListEntry.entry,
              })}
            </dd>
          </>
        )}
        {mediation.status === 'PROPOSED' && (
          <>
            <dt>{t('mediation.consentDueAt')}</dt>
            <dd>{formatDateTime(mediation.consentDueAt, lng)}</dd>
          </>
        )}
        {mediation.endsAt && (
          <>
            <dt>{t('mediation.endsAt')}</dt>
            <dd>
              {formatDateTime(mediation.endsAt, lng)}
              {mediation.extended && ` (${t('mediation.extended')})`}
            </dd>
          </>
        )}
      </dl>

      <H>{t('mediation.parties')}</H>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('mediation.parties')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mediation.party')}</th>
              <th scope="col">{t('mediation.partyRole')}</th>
              <th scope="col">{t('mediation.consent')}</th>
            </tr>
          </thead>
          <tbody>
            {mediation.parties.map((p) => (
              <tr key={p.partyId}>
                <th scope="row">{nameOf(p)}</th>
                <td>{t(`mediation.roleName.${p.role}`)}</td>
                <td>{consent(p.consent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <H>{t('mediation.sessions.title')}</H>
      {mediation.sessions.length === 0 ? (
        <p>{t('mediation.sessions.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('mediation.sessions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mediation.sessions.startsAt')}</th>
                <th scope="col">{t('mediation.sessions.place')}</th>
                <th scope="col">{t('mediation.sessions.state')}</th>
              </tr>
            </thead>
            <tbody>
              {mediation.sessions.map((s) => (
                <tr key={s.sessionId}>
                  <th scope="row">{formatDateTime(s.startsAt, lng)}</th>
                  <td>{s.place}</td>
                  <td>
                    {s.cancelled
                      ? t('mediation.sessions.cancelledState')
                      : s.heldAt
                        ? (s.attendees ?? []).length > 0
                          ? t('mediation.sessions.held', {
                              at: formatDateTime(s.heldAt, lng),
                              attendees: (s.attendees ?? []).map(party).join(', '),
                            })
                          : t('mediation.sessions.heldNobody', { at: formatDateTime(s.heldAt, lng) })
                        : t('mediation.sessions.planned')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <H>{t('mediation.protocol.title')}</H>
      {mediation.protocol ? (
        <dl className="facts">
          <dt>{t('mediation.protocol.filedAt')}</dt>
          <dd>{formatDateTime(mediation.protocol.filedAt, lng)}</dd>
          <dt>{t('mediation.protocol.arrangements')}</dt>
          <dd>
            {mediation.protocol.arrangements.length === 0 ? (
              t('mediation.protocol.none')
            ) : (
              <ul>
                {mediation.protocol.arrangements.map((a, i) => (
                  <li key={i}>{a}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('mediation.protocol.participants')}</dt>
          <dd>{mediation.protocol.participants.map(party).join(', ')}</dd>
          <dt>{t('mediation.protocol.signedBy')}</dt>
          <dd>{mediation.protocol.signedBy.length ? mediation.protocol.signedBy.map(party).join(', ') : t('mediation.protocol.none')}</dd>
          {mediation.protocol.missingSignatureReason && (
            <>
              <dt>{t('mediation.protocol.missingSignatureReason')}</dt>
              <dd>{mediation.protocol.missingSignatureReason}</dd>
            </>
          )}
          <dt>{t('mediation.delivery.deliveries')}</dt>
          <dd>
            {mediation.protocol.deliveries.length === 0 ? (
              t('mediation.delivery.noneYet')
            ) : (
              <ul>
                {mediation.protocol.deliveries.map((d) => (
                  <li key={d.partyId}>
                    {t('mediation.delivery.line', {
                      party: party(d.partyId),
                      how: t(`mediation.delivery.howName.${d.how}`),
                      at: formatDateTime(d.deliveredAt, lng),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      ) : (
        <p>{t('mediation.protocol.notYet')}</p>
      )}
    </>
  );
}
