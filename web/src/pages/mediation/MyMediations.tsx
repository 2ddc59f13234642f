import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorSummary } from '../../components/ErrorSummary';
import { usePageTitle } from '../../components/usePageTitle';
import { problemMessage, problemOf } from '../../api/errors';
import { formatDateTime } from '../../format/dates';
import { MyMediationsDocument } from './documents';
import { usePartyName } from './MediationDetails';

/** The mediator's home: the mediations appointed to them now, open ones first (the API's order). */
export function MyMediations() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('mediation.listTitle'));
  const nameOf = usePartyName();
  const [{ data, fetching, error }] = useQuery({ query: MyMediationsDocument, requestPolicy: 'cache-and-network' });
  const problem = problemOf(error);
  const lng = i18n.language;
  const mediations = data?.myMediations ?? [];
  return (
    <>
      <h1>{t('mediation.listTitle')}</h1>
      <p>{t('mediation.listIntro')}</p>
      {problem && <ErrorSummary messages={[problemMessage(problem, t, i18n.language)]} />}
      {fetching && !data ? (
        <p role="status">{t('mediation.loading')}</p>
      ) : mediations.length === 0 ? (
        <p>{t('mediation.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('mediation.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mediation.reason')}</th>
                <th scope="col">{t('mediation.parties')}</th>
                <th scope="col">{t('mediation.status')}</th>
                <th scope="col">{t('mediation.nextSession')}</th>
                <th scope="col">{t('mediation.endsAt')}</th>
              </tr>
            </thead>
            <tbody>
              {mediations.map((m) => {
                const next = m.sessions
                  .filter((s) => !s.heldAt && !s.cancelled)
                  .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
                return (
                  <tr key={m.id}>
                    <th scope="row">
                      <Link to={`/mediations/${m.id}`}>{m.reason}</Link>
                    </th>
                    <td>{m.parties.map((p) => nameOf(p)).join(', ')}</td>
                    <td>
                      {t(`mediation.statusName.${m.status}`)}
                      {m.result && `: ${t(`mediation.resultName.${m.result}`)}`}
                    </td>
                    <td>{next ? `${formatDateTime(next.startsAt, lng)}, ${next.place}` : t('mediation.noSession')}</td>
                    <td>{formatDateTime(m.endsAt, lng)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
