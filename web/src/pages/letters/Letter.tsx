import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { problemMessage, problemOf } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format/dates';
import { graphql } from '../../gql';
import type { LetterFactsQuery } from '../../gql/graphql';
import './letters.css';

const LetterFactsDocument = graphql(`
  query LetterFacts($id: ID!, $asOf: DateTime) {
    office {
      name
    }
    dispute(id: $id, asOf: $asOf) {
      id
      registerNumber
      category
      kind
      channel
      receivedAt
      dueAt
      acknowledgedAt
      complainant {
        name
        address
        email
      }
      delayNotices {
        sentAt
        reasons
        newDueAt
        previousDueAt
        promptInstruction
      }
      forwarding {
        forwardedAt
        mode
        toBody
        reason
        noticeToComplainant
        dataDisclosure
      }
      supplementSummonses {
        sentAt
        whatIsMissing
        instruction
        deliveredAt
        dueAt
      }
      leftUnexamined {
        reason
        explanation
        at
      }
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
    }
  }
`);

export type LetterDispute = NonNullable<LetterFactsQuery['dispute']>;
export interface LetterContext {
  dispute: LetterDispute;
  office: string;
  /** The texts in the letter's language (Polish unless asked otherwise), and dates written that way. */
  lt: TFunction;
  date: (iso: string | null | undefined) => string;
}
export interface LetterBody {
  title: string;
  /** The day the letter is dated. */
  datedAt: string | null | undefined;
  body: ReactNode;
  /** Who signs, when the letter names them (the answer's signer). */
  signer?: { name: string; position: string } | null;
}

/**
 * A letter to the complainant as a print-ready page: letterhead, date the Polish way, case number, addressee, the
 * letter's own text, signature. Polish by default; `?lang=en` (the link on the page) prints it in English.
 */
export function Letter({
  compose,
  asOf,
}: {
  compose: (ctx: LetterContext) => LetterBody | { missing: string };
  asOf?: (dispute: LetterDispute) => string | null;
}) {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const lang = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'pl' ? 'pl' : i18n.language === 'en' ? 'en' : 'pl';
  const lt = i18n.getFixedT(lang);
  const [now] = useQuery({ query: LetterFactsDocument, variables: { id } });
  // A letter sent earlier is reprinted as it was: with the facts as they stood on its day.
  const moment = now.data?.dispute && asOf ? asOf(now.data.dispute) : null;
  const [then] = useQuery({ query: LetterFactsDocument, variables: { id, asOf: moment }, pause: !moment });
  const { data, fetching, error } = moment ? then : now;
  const dispute = data?.dispute;
  const date = (iso: string | null | undefined) => lt('letters.date', { date: formatDate(iso, lang) });
  const letter = dispute && data ? compose({ dispute, office: data.office.name, lt, date }) : null;
  usePageTitle(letter && 'title' in letter ? letter.title : t('letters.loading'));
  const problem = problemOf(error);
  const other = lt('letters.otherLanguageCode');

  if (problem) return <ErrorSummary messages={[problemMessage(problem, t, i18n.language)]} />;
  if (fetching && !data) return <p role="status">{t('letters.loading')}</p>;
  if (!dispute || !letter) return <p>{t('letters.notFound')}</p>;
  const person = dispute.complainant;
  const tools = (
    <div className="letter-tools">
      <Link to={`/disputes/${dispute.id}`}>{t('letters.back')}</Link>
      <Link to={`?lang=${other}`} lang={other} hrefLang={other}>
        {lt('letters.otherLanguage')}
      </Link>
      {'title' in letter && person && (
        <button type="button" onClick={() => window.print()}>
          {t('letters.print')}
        </button>
      )}
    </div>
  );
  if ('missing' in letter)
    return (
      <>
        {tools}
        <p>{lt(letter.missing)}</p>
      </>
    );
  if (!person)
    return (
      <>
        {tools}
        <p>{lt('letters.noAddressee')}</p>
      </>
    );
  return (
    <>
      {tools}
      <article className="letter" lang={lang} aria-labelledby="letter-title">
        <div className="letter-head">
          <div>
            <p className="letter-office">{data!.office.name}</p>
            {dispute.registerNumber && <p>{lt('letters.caseNumber', { number: dispute.registerNumber })}</p>}
          </div>
          <p className="letter-date">{date(letter.datedAt)}</p>
        </div>
        <address className="letter-addressee" aria-label={lt('letters.addressee')}>
          {[person.name, person.address ?? person.email].filter(Boolean).join('\n')}
        </address>
        <h1 id="letter-title">{letter.title}</h1>
        {letter.body}
        <div className="letter-signature">
          <p>{lt('letters.regards')}</p>
          {letter.signer && (
            <>
              <p>{letter.signer.name}</p>
              <p>{letter.signer.position}</p>
            </>
          )}
          <p className="line">{lt('letters.signature')}</p>
        </div>
      </article>
    </>
  );
}
