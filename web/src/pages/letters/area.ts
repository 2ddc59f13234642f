import type { Area } from '../../area';

type LetterName =
  | 'AcknowledgementLetter'
  | 'SupplementSummonsLetter'
  | 'DelayNoticeLetter'
  | 'ForwardingLetter'
  | 'AnswerLetter'
  | 'RequestAnswerLetter'
  | 'UnexaminedNoticeLetter';
const letter = (path: string, name: LetterName) => ({
  path: `disputes/:id/letters/${path}`,
  lazy: async () => ({ Component: (await import('./Letters'))[name] }),
});

/** Letters to the complainant as print-ready pages, opened from the case page (see letterLinks). */
export const area: Area = {
  routes: [
    letter('acknowledgement', 'AcknowledgementLetter'),
    letter('supplement-summons', 'SupplementSummonsLetter'),
    letter('delay-notice', 'DelayNoticeLetter'),
    letter('forwarding', 'ForwardingLetter'),
    letter('answer', 'AnswerLetter'),
    letter('request-answer', 'RequestAnswerLetter'),
    letter('unexamined-notice', 'UnexaminedNoticeLetter'),
  ],
  nav: [],
};
