import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { problemMessage, problemOf } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { usePageTitle } from '../../components/usePageTitle';
import { graphql } from '../../gql';
import { EndMediationForm, ImpartialityForms, ProtocolForm } from './ConclusionForms';
import { MyMediationsDocument } from './documents';
import { MediationDetails } from './MediationDetails';
import { ProtocolDeliveryForm } from './ProtocolDeliveryForm';
import { SessionForms } from './SessionForms';
import { useLiveReload } from './useLiveReload';

const MediationCaseDocument = graphql(`
  query MediationCase($id: ID!) {
    dispute(id: $id) {
      id
      category
      concernedUnit
      registerNumber
    }
  }
`);

/**
 * One mediation, as its mediator works on it: the parties and their consent, sessions (schedule, record, cancel),
 * the protocol with signatures, the end; and their impartiality statements. Found among their own mediations only,
 * so an id that is not theirs shows the same "not found" as an unknown one.
 */
export function MediationPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyMediationsDocument, requestPolicy: 'cache-and-network' });
  const mediation = data?.myMediations.find((m) => m.id === id);
  const [caseResult] = useQuery({ query: MediationCaseDocument, variables: { id: mediation?.disputeId ?? '' }, pause: !mediation });
  usePageTitle(mediation ? `${t('mediation.title')}: ${mediation.reason}` : t('mediation.title'));
  const problem = problemOf(error);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useLiveReload(mediation?.disputeId, reload);

  if (problem) return <ErrorSummary messages={[problemMessage(problem, t, i18n.language)]} />;
  if (fetching && !data) return <p role="status">{t('mediation.loading')}</p>;
  if (!mediation) {
    return (
      <>
        <h1>{t('mediation.title')}</h1>
        <p>{t('mediation.notFound')}</p>
        <p>
          <Link to="/mediations">{t('mediation.backToList')}</Link>
        </p>
      </>
    );
  }
  const dispute = caseResult.data?.dispute;
  const open = mediation.status !== 'ENDED';
  return (
    <>
      <p className="no-print">
        <Link to="/mediations">{t('mediation.backToList')}</Link>
      </p>
      <h1>
        {t('mediation.title')}: {mediation.reason}
      </h1>
      {dispute && (
        <p>
          {t('mediation.case')}: {[dispute.registerNumber, dispute.category, dispute.concernedUnit].filter(Boolean).join(' · ')}
        </p>
      )}
      <MediationDetails mediation={mediation} />
      {(open || mediation.protocol) && <h2>{t('mediation.actions')}</h2>}
      {mediation.status === 'IN_PROGRESS' && (
        <>
          <SessionForms mediation={mediation} onDone={reload} />
          {!mediation.protocol && <ProtocolForm mediation={mediation} onDone={reload} />}
        </>
      )}
      {open && <EndMediationForm mediation={mediation} onDone={reload} />}
      <ProtocolDeliveryForm mediation={mediation} onDone={reload} />
      {mediation.status === 'IN_PROGRESS' && <ImpartialityForms mediation={mediation} onDone={reload} />}
    </>
  );
}
