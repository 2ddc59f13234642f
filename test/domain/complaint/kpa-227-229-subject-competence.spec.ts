import { describe, expect, it } from 'vitest';
import { complaintDecider, type ComplaintCommand, type ComplaintEvent } from '../../../services/domain/complaint/index.js';
import { fold } from '../../../services/domain/decider.js';
import { specification } from '../../support/given-when-then.js';
import { ctx, decideCommand, received } from './fixtures.js';

const given = specification(complaintDecider);
const classify = (data: Partial<Extract<ComplaintCommand, { type: 'classifyComplaint' }>['data']> = {}): ComplaintCommand => ({
  type: 'classifyComplaint',
  data: {
    kind: 'COMPLAINT',
    category: 'dodatek mieszkaniowy',
    subjects: [],
    competence: null,
    competentBody: null,
    competenceBasis: null,
    ...data,
  },
});
const classified = (data: Partial<Extract<ComplaintEvent, { type: 'ComplaintClassified' }>['data']>): ComplaintEvent => ({
  type: 'ComplaintClassified',
  data: { kind: 'COMPLAINT', category: 'dodatek mieszkaniowy', ...data },
});
const elsewhere = classified({ competence: 'OTHER_BODY', competentBody: 'Wojewoda Podlaski', competenceBasis: 'art. 229 pkt 3 KPA' });
const here = classified({ competence: 'THIS_OFFICE' });
const forward = (toBody: string, mode: 'COMPETENT_BODY' | 'INDICATED' | 'LOWER_BODY' = 'COMPETENT_BODY'): ComplaintCommand => ({
  type: 'forwardComplaint',
  data: { mode, toBody, reason: 'Właściwość organu (art. 229 KPA).', noticeToComplainant: `Skargę przekazano: ${toBody}.` },
});

// KPA art. 227 ⚖: „Przedmiotem skargi może być w szczególności zaniedbanie lub nienależyte wykonywanie zadań przez
// właściwe organy albo przez ich pracowników, naruszenie praworządności lub interesów skarżących, a także przewlekłe
// lub biurokratyczne załatwianie spraw.”
describe('KPA-227: the classifier records what the complaint is about, in the law’s terms', () => {
  it('records the subjects and the competent body with its basis as facts of the classification', () => {
    given(received())
      .when(
        classify({
          subjects: ['DELAY', 'BUREAUCRACY'],
          competence: 'OTHER_BODY',
          competentBody: 'Wojewoda Podlaski',
          competenceBasis: 'art. 229 pkt 3 KPA',
        }),
        ctx(),
      )
      .then([
        {
          type: 'ComplaintClassified',
          data: {
            subjects: ['DELAY', 'BUREAUCRACY'],
            competence: 'OTHER_BODY',
            competentBody: 'Wojewoda Podlaski',
            competenceBasis: 'art. 229 pkt 3 KPA',
          },
        },
      ]);
    expect(fold(complaintDecider, [...received(), elsewhere]).competence).toEqual({ here: false, body: 'Wojewoda Podlaski' });
  });
});

// KPA art. 229 ⚖ (streszczenie): which body is competent to examine a complaint, by whose tasks or activity it concerns,
// unless a special act names another.
describe('KPA-229: forwarding and deciding follow the competent body recorded', () => {
  it('a complaint another body is competent for is not decided here, nor answered by keeping a prior position', () => {
    given([...received(), elsewhere])
      .when(decideCommand(), ctx())
      .thenRefuses('KPA-229-not-competent');
  });

  it('it is forwarded to that body (named however it is typed), and to no other', () => {
    given([...received(), elsewhere])
      .when(forward('wojewoda  podlaski'), ctx())
      .then([{ type: 'ComplaintForwarded', data: { toBody: 'wojewoda  podlaski' } }]);
    given([...received(), elsewhere])
      .when(forward('Marszałek Województwa Podlaskiego', 'INDICATED'), ctx())
      .thenRefuses('KPA-229-other-body');
  });

  it('a complaint this office is competent for is not forwarded nor indicated elsewhere, but may go to a lower body', () => {
    given([...received(), here])
      .when(forward('Wojewoda Podlaski'), ctx())
      .thenRefuses('KPA-229-competent-here');
    given([...received(), here])
      .when(forward('Miejski Ośrodek Pomocy Rodzinie', 'LOWER_BODY'), ctx())
      .then([{ type: 'ComplaintForwarded', data: { mode: 'LOWER_BODY' } }]);
    given([...received(), here])
      .when(decideCommand(), ctx())
      .then([{ type: 'ComplaintDecided' }]);
  });

  it('a classification that does not state competence leaves forwarding and deciding as they were', () => {
    given([...received(), elsewhere, classified({})])
      .when(decideCommand(), ctx())
      .then([{ type: 'ComplaintDecided' }]);
    given([...received(), classified({ subjects: ['NEGLECT'] })])
      .when(forward('Wojewoda Podlaski'), ctx())
      .then([{ type: 'ComplaintForwarded' }]);
  });
});
