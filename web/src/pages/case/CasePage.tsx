import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { useMe } from '../../api/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../format/dates';
import { graphql } from '../../gql';
import type { TimelineAddedSubscription } from '../../gql/graphql';
import { AsOfPicker } from './AsOfPicker';
import { CaseActions } from './CaseActions';
import { CaseFacts } from './CaseFacts';
import type { CaseDispute } from './commands';
import { DecisionSection, ExplanationsSection, MediationsSection } from './CaseSections';
import { Timeline, type Step } from './Timeline';

export const CaseDisputeDocument = graphql(`
  query CaseDispute($id: ID!, $asOf: DateTime, $language: Language!) {
    dispute(id: $id, asOf: $asOf) {
      id
      revision
      status
      category
      kind
      channel
      concernedUnit
      receivedAt
      dueAt
      overdue
      deadline { extensions }
      representativeDueAt
      representativeInformedAt
      acknowledgedAt
      notifiedAt
      closedAt
      assignee { userId name }
      identifiable
      registerNumber
      complainant { name email phone address onBehalfOf accessibilityNeeds }
      complainantPseudonym
      complainantErasedAt
      decision { outcome factualGrounds legalBasis { act article } remedies appealInformation signer { name position } decidedAt }
      explanations { at channel explanation reasons actor { name } }
      timeline { position at kind actor { name role } summary(language: $language) }
      mediations {
        id
        status
        reason
        result
        consentDueAt
        endsAt
        mediator { name }
        parties { partyId role consent pseudonym name }
        sessions { sessionId }
        protocol { filedAt }
      }
    }
  }
`);

const TimelineAddedDocument = graphql(`
  subscription TimelineAdded($disputeId: ID!, $language: Language!) {
    timelineAdded(disputeId: $disputeId) { position at kind actor { name role } summary(language: $language) }
  }
`);

// The mediation helper's panel (propose mediation, consents, mediator) shows here once its file exists; until then
// the glob is empty and nothing is rendered.
const mediationPanels = import.meta.glob<{ CaseMediationPanel: ComponentType<{ dispute: CaseDispute }> }>('../mediation/CaseMediationPanel.tsx');
const panelLoader = Object.values(mediationPanels)[0];
const CaseMediationPanel = panelLoader ? lazy(async () => ({ default: (await panelLoader()).CaseMediationPanel })) : null;

/** The case page every role uses: what the API answers for this role, now or as it stood at a past moment. */
export function CasePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const asOf = params.get('asOf');
  const { t, i18n } = useTranslation();
  const me = useMe();
  const language = i18n.language === 'en' ? 'EN' : 'PL';
  const [{ data, fetching, error }, refetch] = useQuery({ query: CaseDisputeDocument, variables: { id, asOf, language }, requestPolicy: 'cache-and-network' });
  const dispute = data?.dispute ?? null;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  // Steps recorded by anyone since the page loaded arrive over the subscription (not in a past view).
  const [{ data: arrived }] = useSubscription<TimelineAddedSubscription, Step[], { disputeId: string; language: 'PL' | 'EN' }>(
    { query: TimelineAddedDocument, variables: { disputeId: id, language }, pause: asOf !== null || !dispute },
    (previous = [], next) => [...previous, next.timelineAdded],
  );
  const loaded = useMemo(() => new Set(dispute?.timeline.map((s) => s.position) ?? []), [dispute]);
  const newSteps = (asOf === null ? (arrived ?? []) : []).filter((s) => !loaded.has(s.position));
  const steps = dispute ? [...dispute.timeline, ...newSteps] : [];
  const [announced, setAnnounced] = useState('');
  const latest = newSteps.at(-1);
  useEffect(() => {
    if (latest) setAnnounced(t('case.timeline.live', { summary: latest.summary }));
  }, [latest?.position]);

  usePageTitle(dispute ? t('case.title', { category: dispute.category }) : t('case.loading'));

  if (fetching && !data) return <p role="status">{t('case.loading')}</p>;
  if (error && !data) return <p role="alert">{t('error.NETWORK')}</p>;

  return (
    <>
      <h1>{dispute ? t('case.title', { category: dispute.category }) : t('case.notFound')}</h1>
      {asOf && (
        <div className="past-view" role="note">
          <p>{t('case.asOf.banner', { at: formatDateTime(asOf, i18n.language) })}</p>
          <p>
            <Link to={`/disputes/${id}`}>{t('case.asOf.now')}</Link>
          </p>
        </div>
      )}
      <AsOfPicker key={asOf ?? 'now'} asOf={asOf} />
      {!dispute ? (
        <p>{asOf ? t('case.asOf.nothing') : t('case.notFound')}</p>
      ) : (
        <>
          <p className="visually-hidden" role="status" aria-live="polite">
            {announced}
          </p>
          {newSteps.length > 0 && (
            <div className="notice">
              <p>{t('case.timeline.stale')}</p>
              <button type="button" className="secondary" onClick={reload}>
                {t('case.timeline.reload')}
              </button>
            </div>
          )}
          <CaseFacts dispute={dispute} />
          {asOf === null && <CaseActions dispute={dispute} role={me.role} onChanged={reload} />}
          {asOf === null && CaseMediationPanel && (
            <Suspense fallback={null}>
              <CaseMediationPanel dispute={dispute} />
            </Suspense>
          )}
          <Timeline steps={steps} />
          <DecisionSection dispute={dispute} />
          <ExplanationsSection dispute={dispute} />
          <MediationsSection dispute={dispute} />
        </>
      )}
    </>
  );
}
