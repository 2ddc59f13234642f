import { Letter, type LetterContext, type LetterDispute } from './Letter';

/** A request (wniosek, KPA art. 241) has letters of its own wording and articles (art. 244, 247): their keys' prefix. */
const texts = (dispute: LetterDispute) => (dispute.kind === 'REQUEST' ? 'letters.request' : 'letters');

/** KPA art. 237: the complaint is received, registered and will be answered by its due day (as known when acknowledged). */
export function AcknowledgementLetter() {
  return (
    <Letter
      asOf={(dispute) => dispute.acknowledgedAt ?? null}
      compose={({ dispute, office, lt, date }: LetterContext) => ({
        title: lt(`${texts(dispute)}.acknowledgement.title`),
        datedAt: dispute.acknowledgedAt ?? new Date().toISOString(),
        body: (
          <>
            <p>
              {lt(`${texts(dispute)}.acknowledgement.body`, {
                received: date(dispute.receivedAt),
                office,
                channel: lt(`channel.${dispute.channel}`),
                category: dispute.category,
              })}
            </p>
            {dispute.registerNumber && <p>{lt(`${texts(dispute)}.acknowledgement.registered`, { number: dispute.registerNumber })}</p>}
            <p>{lt(`${texts(dispute)}.acknowledgement.due`, { due: date(dispute.dueAt) })}</p>
            <p>{lt('letters.acknowledgement.contact')}</p>
          </>
        ),
      })}
    />
  );
}

/** § 8 ust. 2 of the 2002 regulation: what is missing, 7 days from delivery, and the instruction on leaving it unexamined. */
export function SupplementSummonsLetter() {
  return (
    <Letter
      asOf={(dispute) => dispute.supplementSummonses.at(-1)?.sentAt ?? null}
      compose={({ dispute, lt, date }: LetterContext) => {
        const summons = dispute.supplementSummonses.at(-1);
        if (!summons) return { missing: 'letters.noSupplementSummons' };
        return {
          title: lt(`${texts(dispute)}.supplementSummons.title`),
          datedAt: summons.sentAt,
          body: (
            <>
              <p>{lt(`${texts(dispute)}.supplementSummons.legal`, { category: dispute.category, received: date(dispute.receivedAt) })}</p>
              <h2>{lt('letters.supplementSummons.missingTitle')}</h2>
              <p>{summons.whatIsMissing}</p>
              <p>{lt(`${texts(dispute)}.supplementSummons.term`)}</p>
              {summons.instruction && (
                <>
                  <h2>{lt('letters.supplementSummons.instructionTitle')}</h2>
                  <p>{summons.instruction}</p>
                </>
              )}
            </>
          ),
        };
      }}
    />
  );
}

/** KPA art. 36: why the answer is late and the new date, with the instruction on the right to prompt (art. 37). */
export function DelayNoticeLetter() {
  return (
    <Letter
      compose={({ dispute, lt, date }: LetterContext) => {
        const notice = dispute.delayNotices.at(-1);
        if (!notice) return { missing: 'letters.noDelayNotice' };
        return {
          title: lt(`${texts(dispute)}.delayNotice.title`),
          datedAt: notice.sentAt,
          body: (
            <>
              <p>
                {lt(`${texts(dispute)}.delayNotice.legal`, {
                  category: dispute.category,
                  received: date(dispute.receivedAt),
                  previous: date(notice.previousDueAt),
                })}
              </p>
              <h2>{lt('letters.delayNotice.reasonTitle')}</h2>
              <p>{notice.reasons}</p>
              <h2>{lt(`${texts(dispute)}.delayNotice.newDateTitle`)}</h2>
              <p>{lt(`${texts(dispute)}.delayNotice.newDate`, { date: date(notice.newDueAt) })}</p>
              <h2>{lt('letters.delayNotice.instructionTitle')}</h2>
              <p>{notice.promptInstruction}</p>
            </>
          ),
        };
      }}
    />
  );
}

/** KPA art. 231–232: where the complaint went, or which body is competent, and (RODO art. 13–14) that the data went with it. */
export function ForwardingLetter() {
  return (
    <Letter
      asOf={(dispute) => dispute.forwarding?.forwardedAt ?? null}
      compose={({ dispute, office, lt, date }: LetterContext) => {
        const forwarding = dispute.forwarding;
        if (!forwarding) return { missing: 'letters.noForwarding' };
        return {
          title: lt(`letters.forwarding.title.${forwarding.mode}`),
          datedAt: forwarding.forwardedAt,
          body: (
            <>
              <p>
                {lt(`letters.forwarding.legal.${forwarding.mode}`, {
                  category: dispute.category,
                  received: date(dispute.receivedAt),
                  body: forwarding.toBody,
                  office,
                })}
              </p>
              <h2>{lt('letters.forwarding.reasonTitle')}</h2>
              <p>{forwarding.reason}</p>
              <h2>{lt('letters.forwarding.noticeTitle')}</h2>
              <p>{forwarding.noticeToComplainant}</p>
              {forwarding.dataDisclosure && (
                <>
                  <h2>{lt('letters.forwarding.dataTitle')}</h2>
                  <p>{forwarding.dataDisclosure}</p>
                </>
              )}
            </>
          ),
        };
      }}
    />
  );
}

/** KPA art. 238: the outcome, its factual and legal grounds, the signer; art. 239: the instruction. */
export function AnswerLetter() {
  return (
    <Letter
      compose={({ dispute, office, lt, date }: LetterContext) => {
        const decision = dispute.decision;
        if (!decision) return { missing: 'letters.noDecision' };
        return {
          title: lt('letters.answer.title'),
          datedAt: decision.decidedAt,
          signer: decision.signer,
          body: (
            <>
              <p>{lt('letters.answer.intro', { category: dispute.category, received: date(dispute.receivedAt), office })}</p>
              <p>
                <strong>{lt(`letters.answer.outcome.${decision.outcome}`)}</strong>
              </p>
              <h2>{lt('letters.answer.factualTitle')}</h2>
              <p>{decision.factualGrounds ?? lt('letters.answer.none')}</p>
              <h2>{lt('letters.answer.legalTitle')}</h2>
              {decision.legalBasis.length === 0 ? (
                <p>{lt('letters.answer.none')}</p>
              ) : (
                <ul>
                  {decision.legalBasis.map((b) => (
                    <li key={`${b.act} ${b.article}`}>
                      {b.article} {b.act}
                    </li>
                  ))}
                </ul>
              )}
              {decision.remedies.length > 0 && (
                <>
                  <h2>{lt('letters.answer.remediesTitle')}</h2>
                  <ul>
                    {decision.remedies.map((r, i) => (
                      <li key={i}>{r}</li>
                    ))}
                  </ul>
                </>
              )}
              {decision.appealInformation && (
                <>
                  <h2>{lt('letters.answer.instructionTitle')}</h2>
                  <p>{decision.appealInformation}</p>
                </>
              )}
            </>
          ),
        };
      }}
    />
  );
}

/** KPA art. 244, 247: how the request was dealt with (the actions taken, or why none were), and the right to complain. */
export function RequestAnswerLetter() {
  return (
    <Letter
      compose={({ dispute, office, lt, date }: LetterContext) => {
        const answer = dispute.requestReply;
        if (!answer) return { missing: 'letters.request.noAnswer' };
        return {
          title: lt('letters.request.answer.title'),
          datedAt: answer.repliedAt,
          signer: answer.signer,
          body: (
            <>
              <p>{lt('letters.request.answer.intro', { category: dispute.category, received: date(dispute.receivedAt), office })}</p>
              {answer.actionsTaken && (
                <>
                  <h2>{lt('letters.request.answer.actionsTitle')}</h2>
                  <p>{answer.actionsTaken}</p>
                </>
              )}
              {answer.reasonsNotTaken && (
                <>
                  <h2>{lt('letters.request.answer.reasonsTitle')}</h2>
                  <p>{answer.reasonsNotTaken}</p>
                </>
              )}
              <h2>{lt('letters.request.answer.instructionTitle')}</h2>
              <p>{answer.complaintInstruction}</p>
            </>
          ),
        };
      }}
    />
  );
}

/**
 * § 8 ust. 2 of the 2002 regulation: the complaint (or request) was left unexamined because the gaps the summons named
 * were not removed within 7 days of its delivery; the complainant is told so (KPA art. 237 § 3), quoting the summons.
 */
export function UnexaminedNoticeLetter() {
  return (
    <Letter
      compose={({ dispute, lt, date }: LetterContext) => {
        const left = dispute.leftUnexamined;
        if (!left || left.reason !== 'NOT_SUPPLEMENTED') return { missing: 'letters.noUnexamined' };
        const summons = dispute.supplementSummonses.at(-1);
        return {
          title: lt(`${texts(dispute)}.unexamined.title`),
          datedAt: left.at,
          body: (
            <>
              <p>{lt(`${texts(dispute)}.unexamined.legal`, { category: dispute.category, received: date(dispute.receivedAt) })}</p>
              {summons && (
                <p>
                  {lt(`${texts(dispute)}.unexamined.${summons.deliveredAt ? 'summons' : 'summonsSent'}`, {
                    sent: date(summons.sentAt),
                    delivered: date(summons.deliveredAt),
                    due: date(summons.dueAt),
                  })}
                </p>
              )}
              {summons && (
                <>
                  <h2>{lt('letters.unexamined.missingTitle')}</h2>
                  <p>{summons.whatIsMissing}</p>
                </>
              )}
              <h2>{lt('letters.unexamined.reasonTitle')}</h2>
              <p>{left.explanation}</p>
            </>
          ),
        };
      }}
    />
  );
}
