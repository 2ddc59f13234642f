import type { Settlement } from '../../../projections/register/register-projection.js';
import type { ComplainantStatus, RegisterRow } from '../register-entries.js';
import { subjectName } from '../../../projections/timeline-summary.js';
import { toCsv } from './csv.js';
import { warsawDateTimeCell } from './warsaw-text.js';

export type Language = 'pl' | 'en';

const headers: Record<Language, string[]> = {
  pl: [
    'Nr rejestru',
    'Data wpływu',
    'Skarżący',
    'Przedmiot skargi',
    'Prowadzący',
    'Sposób załatwienia',
    'Data załatwienia',
    'Przedmiot wg art. 227 KPA',
    'Organ właściwy (art. 229 KPA)',
  ],
  en: [
    'Register number',
    'Date received',
    'Complainant',
    'Subject',
    'Handled by',
    'How settled',
    'Date settled',
    'Subject under KPA art. 227',
    'Competent body (KPA art. 229)',
  ],
};

const settlementNames: Record<Language, Record<Settlement, string>> = {
  pl: {
    UPHELD: 'uwzględniona',
    PARTLY_UPHELD: 'uwzględniona w części',
    NOT_UPHELD: 'nieuwzględniona',
    PRIOR_POSITION_KEPT: 'podtrzymano stanowisko (art. 239 KPA)',
    FORWARDED: 'przekazana według właściwości (art. 231 KPA)',
    COMPETENT_BODY_INDICATED: 'wskazano organ właściwy (art. 231 KPA)',
    TREATED_IN_PROCEEDINGS: 'rozpatrywana w postępowaniu administracyjnym (art. 233–236 KPA)',
    LEFT_UNEXAMINED: 'pozostawiona bez rozpoznania',
    WITHDRAWN: 'wycofana',
    REQUEST_ANSWERED: 'wniosek załatwiony (art. 244 KPA)',
  },
  en: {
    UPHELD: 'upheld',
    PARTLY_UPHELD: 'partly upheld',
    NOT_UPHELD: 'not upheld',
    PRIOR_POSITION_KEPT: 'prior position kept (KPA art. 239)',
    FORWARDED: 'forwarded to the competent body (KPA art. 231)',
    COMPETENT_BODY_INDICATED: 'competent body indicated (KPA art. 231)',
    TREATED_IN_PROCEEDINGS: 'dealt with in administrative proceedings (KPA art. 233–236)',
    LEFT_UNEXAMINED: 'left unexamined',
    WITHDRAWN: 'withdrawn',
    REQUEST_ANSWERED: 'request answered (KPA art. 244)',
  },
};

/** The competent body as classified: this office, or the body named; empty when the classification did not say. */
const thisOffice: Record<Language, string> = { pl: 'ten urząd', en: 'this office' };
const competentBody = (r: RegisterRow, language: Language) =>
  r.competence === 'THIS_OFFICE' ? thisOffice[language] : r.competence === 'OTHER_BODY' ? r.competentBody : null;

/** What stands in the complainant column when no name may be shown. */
const complainantNotes: Record<Language, Record<Exclude<ComplainantStatus, 'NAMED' | 'MASKED'>, string>> = {
  pl: { WITHHELD: '(dane niedostępne)', ANONYMOUS: '(anonimowa)', ERASED: '(dane usunięte)' },
  en: { WITHHELD: '(not shown)', ANONYMOUS: '(anonymous)', ERASED: '(erased)' },
};

/** The register as a spreadsheet: Warsaw time written the Polish way and Polish words by default, English on request. */
export function registerCsv(rows: readonly RegisterRow[], language: Language, delimiter: ',' | ';'): string {
  const complainant = (r: RegisterRow) =>
    r.complainantStatus === 'NAMED' || r.complainantStatus === 'MASKED' ? r.complainant : complainantNotes[language][r.complainantStatus];
  return toCsv(
    [
      headers[language],
      ...rows.map((r) => [
        r.number,
        warsawDateTimeCell(r.receivedAt, language),
        complainant(r),
        r.category,
        r.handledBy,
        r.settlement && settlementNames[language][r.settlement],
        r.settledAt && warsawDateTimeCell(r.settledAt, language),
        r.subjects.map((s) => subjectName(s, language === 'pl' ? 'PL' : 'EN')).join('; '),
        competentBody(r, language),
      ]),
    ],
    delimiter,
  );
}
