/** Which letters a case has to print, for the case page's links: label keys are in i18n/areas/letters.ts. */
export function letterLinks(dispute: {
  id: string;
  kind?: string | null;
  deadline: { extensions: number };
  decision: object | null;
  timeline: readonly { kind: string }[];
}): { to: string; label: string }[] {
  const base = `/disputes/${dispute.id}/letters`;
  const has = (kind: string) => dispute.timeline.some((step) => step.kind === kind);
  // A request's (wniosek, KPA art. 241) letters are named as a request's.
  const link = dispute.kind === 'REQUEST' ? 'letters.link.request' : 'letters.link';
  return [
    { to: `${base}/acknowledgement`, label: `${link}.acknowledgement` },
    ...(has('SupplementRequested') ? [{ to: `${base}/supplement-summons`, label: `${link}.supplementSummons` }] : []),
    ...(dispute.deadline.extensions > 0 ? [{ to: `${base}/delay-notice`, label: `${link}.delayNotice` }] : []),
    ...(has('ComplaintForwarded') ? [{ to: `${base}/forwarding`, label: 'letters.link.forwarding' }] : []),
    ...(dispute.decision ? [{ to: `${base}/answer`, label: 'letters.link.answer' }] : []),
    ...(has('ComplaintLeftUnexamined') ? [{ to: `${base}/unexamined-notice`, label: 'letters.link.unexamined' }] : []),
    ...(has('RequestAnswered') ? [{ to: `${base}/request-answer`, label: 'letters.link.requestAnswer' }] : []),
  ];
}
