import type { ReportDimension } from '../../../schema/equality-dimensions.js';
import type { GroupFigures, TestName } from '../../domain/equality/index.js';

export type Language = 'pl' | 'en';

/** The figures exported, in order, with the names docs/equal-treatment.md gives them. */
export const columns = [
  'count',
  'decided',
  'upheldRate',
  'adverseImpactRatio',
  'flagged',
  'pValue',
  'test',
  'adjustedPValue',
  'reading',
  'medianDaysToDecision',
  'p90DaysToDecision',
  'deadlineComplianceRate',
  'delayNoticeRate',
  'refusalCompletenessRate',
  'explanationsPerCase',
  'mediationOfferRate',
  'mediationAgreementRate',
] as const satisfies readonly (keyof GroupFigures)[];
export type Column = (typeof columns)[number];

export const columnNames: Record<Language, Record<Column, string>> = {
  pl: {
    count: 'liczba skarg',
    decided: 'liczba rozstrzygniętych',
    upheldRate: 'odsetek skarg uwzględnionych',
    adverseImpactRatio: 'współczynnik niekorzystnego wpływu',
    flagged: 'sygnał (poniżej 0,8)',
    pValue: 'wartość p',
    test: 'test',
    adjustedPValue: 'skorygowana wartość p (Holm)',
    reading: 'odczytanie',
    medianDaysToDecision: 'mediana dni do rozstrzygnięcia',
    p90DaysToDecision: '90. percentyl dni',
    deadlineComplianceRate: 'odsetek spraw załatwionych w terminie',
    delayNoticeRate: 'odsetek zawiadomień o zwłoce',
    refusalCompletenessRate: 'kompletność uzasadnień odmów',
    explanationsPerCase: 'liczba wyjaśnień na sprawę',
    mediationOfferRate: 'odsetek spraw z propozycją mediacji',
    mediationAgreementRate: 'odsetek mediacji zakończonych porozumieniem',
  },
  en: {
    count: 'count',
    decided: 'decided',
    upheldRate: 'upheld rate',
    adverseImpactRatio: 'adverse-impact ratio',
    flagged: 'flag (below 0.8)',
    pValue: 'p-value',
    test: 'test',
    adjustedPValue: 'adjusted p-value (Holm)',
    reading: 'reading',
    medianDaysToDecision: 'median days to decision',
    p90DaysToDecision: '90th percentile of days',
    deadlineComplianceRate: 'deadline compliance rate',
    delayNoticeRate: 'delay-notice rate',
    refusalCompletenessRate: 'refusal completeness',
    explanationsPerCase: 'explanations per case',
    mediationOfferRate: 'mediation offer rate',
    mediationAgreementRate: 'mediation agreement rate',
  },
};

export const words: Record<
  Language,
  Record<
    | 'dimension'
    | 'from'
    | 'to'
    | 'group'
    | 'suppressed'
    | 'yes'
    | 'no'
    | 'title'
    | 'asOf'
    | 'minimum'
    | 'upheldChart'
    | 'daysChart'
    | 'line'
    | 'hidden'
    | 'overall'
    | 'note'
    | 'warsawTime',
    string
  >
> = {
  pl: {
    dimension: 'wymiar',
    from: 'okres od',
    to: 'okres do',
    group: 'grupa',
    suppressed: 'ukryta',
    yes: 'tak',
    no: 'nie',
    title: 'Raport równego traktowania',
    asOf: 'stan na',
    minimum: 'minimalna wielkość grupy',
    upheldChart: 'Odsetek skarg uwzględnionych według grup',
    daysChart: 'Mediana dni do rozstrzygnięcia według grup',
    line: '0,8 × najlepsza grupa',
    hidden: 'ukryta',
    overall: 'test łączny',
    warsawTime: 'czas warszawski',
    note: 'Liczby ukryte dla grup mniejszych niż minimalna wielkość i tam, gdzie dałoby się je wyliczyć przez odejmowanie. Wartość p mówi tylko o przypadku, nie o przyczynie.',
  },
  en: {
    dimension: 'dimension',
    from: 'period from',
    to: 'period to',
    group: 'group',
    suppressed: 'suppressed',
    yes: 'yes',
    no: 'no',
    title: 'Equal-treatment report',
    asOf: 'as of',
    minimum: 'minimum group size',
    upheldChart: 'Upheld rate by group',
    daysChart: 'Median days to decision by group',
    line: '0.8 × best group',
    hidden: 'suppressed',
    overall: 'overall test',
    warsawTime: 'Warsaw time',
    note: 'Figures are hidden for groups below the minimum size and wherever they could be worked out by subtraction. A p-value speaks of chance only, never of cause.',
  },
};

export const dimensionNames: Record<Language, Record<ReportDimension, string>> = {
  pl: {
    ageBand: 'przedział wieku',
    sex: 'płeć',
    disability: 'niepełnosprawność',
    ethnicOrigin: 'pochodzenie narodowe lub etniczne',
    firstLanguage: 'pierwszy język',
    channel: 'kanał',
    unit: 'komórka',
    category: 'kategoria',
    language: 'język',
    accessibilityNeeds: 'potrzeby dostępności',
  },
  en: {
    ageBand: 'age band',
    sex: 'sex',
    disability: 'disability',
    ethnicOrigin: 'nationality or ethnic origin',
    firstLanguage: 'first language',
    channel: 'channel',
    unit: 'unit',
    category: 'category',
    language: 'language',
    accessibilityNeeds: 'accessibility needs',
  },
};

const special: Record<Language, Record<string, string>> = {
  pl: { NOT_GIVEN: 'brak odpowiedzi', PREFER_NOT_TO_SAY: 'wolę nie odpowiadać', STATED: 'zgłoszone', NONE: 'brak' },
  en: { NOT_GIVEN: 'not given', PREFER_NOT_TO_SAY: 'prefer not to say', STATED: 'stated', NONE: 'none' },
};

/** The closed lists' answers (schema/equality-dimensions.ts) and the channels, as a reader of the report says them. */
const answerNames: Record<Language, Partial<Record<ReportDimension, Record<string, string>>>> = {
  pl: {
    ageBand: {
      UNDER_18: 'poniżej 18 lat',
      '18_29': '18–29 lat',
      '30_44': '30–44 lata',
      '45_59': '45–59 lat',
      '60_74': '60–74 lata',
      '75_AND_OVER': '75 lat i więcej',
    },
    sex: { FEMALE: 'kobieta', MALE: 'mężczyzna', OTHER: 'inna' },
    disability: { YES: 'tak', NO: 'nie' },
    ethnicOrigin: {
      POLISH: 'polskie',
      SILESIAN: 'śląskie',
      KASHUBIAN: 'kaszubskie',
      UKRAINIAN: 'ukraińskie',
      BELARUSIAN: 'białoruskie',
      GERMAN: 'niemieckie',
      ROMA: 'romskie',
      OTHER: 'inne',
    },
    firstLanguage: {
      POLISH: 'polski',
      SILESIAN: 'śląski',
      KASHUBIAN: 'kaszubski',
      UKRAINIAN: 'ukraiński',
      BELARUSIAN: 'białoruski',
      RUSSIAN: 'rosyjski',
      GERMAN: 'niemiecki',
      ENGLISH: 'angielski',
      POLISH_SIGN_LANGUAGE: 'polski język migowy',
      OTHER: 'inny',
    },
    channel: {
      IN_PERSON: 'osobiście',
      PHONE: 'telefonicznie',
      LETTER: 'listownie',
      EMAIL: 'e-mailem',
      EPUAP: 'przez ePUAP',
      WEB: 'przez formularz internetowy',
    },
  },
  en: {
    ageBand: { UNDER_18: 'under 18', '18_29': '18–29', '30_44': '30–44', '45_59': '45–59', '60_74': '60–74', '75_AND_OVER': '75 and over' },
    sex: { FEMALE: 'female', MALE: 'male', OTHER: 'other' },
    disability: { YES: 'yes', NO: 'no' },
    ethnicOrigin: {
      POLISH: 'Polish',
      SILESIAN: 'Silesian',
      KASHUBIAN: 'Kashubian',
      UKRAINIAN: 'Ukrainian',
      BELARUSIAN: 'Belarusian',
      GERMAN: 'German',
      ROMA: 'Roma',
      OTHER: 'other',
    },
    firstLanguage: {
      POLISH: 'Polish',
      SILESIAN: 'Silesian',
      KASHUBIAN: 'Kashubian',
      UKRAINIAN: 'Ukrainian',
      BELARUSIAN: 'Belarusian',
      RUSSIAN: 'Russian',
      GERMAN: 'German',
      ENGLISH: 'English',
      POLISH_SIGN_LANGUAGE: 'Polish Sign Language',
      OTHER: 'other',
    },
    channel: {
      IN_PERSON: 'in person',
      PHONE: 'by phone',
      LETTER: 'by letter',
      EMAIL: 'by e-mail',
      EPUAP: 'through ePUAP',
      WEB: 'through the web form',
    },
  },
};

/** A group's name for people; units and categories are the office's own words and stay as they are. */
export const groupName = (language: Language, dimension: ReportDimension, group: string) =>
  answerNames[language][dimension]?.[group] ?? special[language][group] ?? group;

export const testNames: Record<Language, Record<TestName, string>> = {
  pl: { FISHER_EXACT: 'dokładny test Fishera', CHI_SQUARE: 'test chi-kwadrat' },
  en: { FISHER_EXACT: 'Fisher’s exact test', CHI_SQUARE: 'chi-square test' },
};
