import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { useMe } from '../../api/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../format/dates';
import { graphql } from '../../gql';
import type { Role, TimelineAddedSubscription } from '../../gql/graphql';
import { letterLinks } from '../letters/letterLinks';
import { AsOfPicker } from './AsOfPicker';
import { CaseActions } from './CaseActions';
import { CaseFacts } from './CaseFacts';
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
      deadline {
        extensions
      }
      delayNoticeNeeded
      representativeDueAt
      representativeInformedAt
      acknowledgedAt
      notifiedAt
      closedAt
      assignee {
        userId
        name
      }
      identifiable
      registerNumber
      complainant {
        name
        email
        phone
        address
        onBehalfOf
        accessibilityNeeds
      }
      complainantPseudonym
      complainantErasedAt
      requestReply {
        actionsTaken
        reasonsNotTaken
        complaintInstruction
        signer {
          name
          position
        }
        repliedAt
      }
      decision {
        outcome
        factualGrounds
        legalBasis {
          act
          article
        }
        remedies
        appealInformation
        signer {
          name
          position
        }
        decidedAt
      }
      explanations {
        at
        channel
        explanation
        reasons
        actor {
          name
        }
      }
      timeline {
        position
        at
        kind
        actor {
          name
          role
        }
        summary(language: $language)
      }
      mediations {
        id
        status
        reason
        result
        consentDueAt
        endsAt
        mediator {
          name
        }
        parties {
          partyId
          role
          consent
          pseudonym
          name
        }
        sessions {
          sessionId
        }
        protocol {
          filedAt
        }
      }
    }
  }
`);

const TimelineAddedDocument = graphql(`
  subscription TimelineAdded($disputeId: ID!, $language: Language!) {
    timelineAdded(disputeId: $disputeId) {
      position
      at
      kind
      actor {
        name
        role
      }
      summary(language: $language)
    }
  }
`);

// The office's mediation steps (propose, consents, mediator, extend, end) live with the mediation area, in their own chunk.
const CaseMediationPanel = lazy(async () => ({ default: (await import('../mediation/CaseMediationPanel')).CaseMediationPanel }));
/** Who works the case: the roles that may propose a mediation and send letters (services/api/permissions.ts). */
const staff: Role[] = ['CLERK', 'SUPERVISOR'];

/** The case page every role uses: what the API answers for this role, now or as it stood at a past moment. */
export function CasePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const asOf = params.get('asOf');
  const { t, i18n } = useTranslation();
  const me = useMe();
  const language = i18n.language === 'en' ? 'EN' : 'PL';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CaseDisputeDocument,
    variables: { id, asOf, language },
    requestPolicy: 'cache-and-network',
  });
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
  // Staff working on the case now (not a past view) get the mediation panel and the letters.
  const working = asOf === null && staff.includes(me.role);

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
          {working && (
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              <CaseMediationPanel dispute={dispute} />
            </Suspense>
          )}
          {working && dispute.identifiable && (
            <section aria-labelledby="letters-title" className="no-print">
              <h2 id="letters-title">{t('case.letters')}</h2>
              <ul>
                {letterLinks(dispute).map((l) => (
                  <li key={l.to}>
                    <Link to={l.to}>{t(l.label)}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Timeline steps={steps} />
          <DecisionSection dispute={dispute} />
          <ExplanationsSection dispute={dispute} />
          {/* The mediation panel shows staff every mediation in detail; other roles and past views get the summary. */}
          {!working && <MediationsSection dispute={dispute} />}
        </>
      )}
    </>
  );
}
