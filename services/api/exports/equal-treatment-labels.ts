import type { ReportDimension } from '../../../schema/equality-dimensions.js';
import type { GroupFigures } from '../../domain/equality/index.js';

export type Language = 'pl' | 'en';

/** The figures exported, in order, with the names docs/equal-treatment.md gives them. */
export const columns = [
  'count', 'decided', 'upheldRate', 'adverseImpactRatio', 'flagged', 'pValue', 'test', 'adjustedPValue', 'reading',
  'medianDaysToDecision', 'p90DaysToDecision', 'deadlineComplianceRate', 'delayNoticeRate', 'refusalCompletenessRate',
  'explanationsPerCase', 'mediationOfferRate', 'mediationAgreementRate',
] as const satisfies readonly (keyof GroupFigures)[];
export type Column = (typeof columns)[number];

export const columnNames: Record<Language, Record<Column, string>> = {
  pl: {
    count: 'liczba skarg', decided: 'liczba rozstrzygniętych', upheldRate: 'odsetek skarg uwzględnionych',
    adverseImpactRatio: 'współczynnik niekorzystnego wpływu', flagged: 'sygnał (poniżej 0,8)', pValue: 'wartość p', test: 'test',
    adjustedPValue: 'skorygowana wartość p (Holm)', reading: 'odczytanie', medianDaysToDecision: 'mediana dni do rozstrzygnięcia',
    p90DaysToDecision: '90. percentyl dni', deadlineComplianceRate: 'odsetek spraw załatwionych w terminie',
    delayNoticeRate: 'odsetek zawiadomień o zwłoce', refusalCompletenessRate: 'kompletność uzasadnień odmów',
    explanationsPerCase: 'liczba wyjaśnień na sprawę', mediationOfferRate: 'odsetek spraw z propozycją mediacji',
    mediationAgreementRate: 'odsetek mediacji zakończonych porozumieniem',
  },
  en: {
    count: 'count', decided: 'decided', upheldRate: 'upheld rate', adverseImpactRatio: 'adverse-impact ratio',
    flagged: 'flag (below 0.8)', pValue: 'p-value', test: 'test', adjustedPValue: 'adjusted p-value (Holm)', reading: 'reading',
    medianDaysToDecision: 'median days to decision', p90DaysToDecision: '90th percentile of days',
    deadlineComplianceRate: 'deadline compliance rate', delayNoticeRate: 'delay-notice rate',
    refusalCompletenessRate: 'refusal completeness', explanationsPerCase: 'explanations per case',
    mediationOfferRate: 'mediation offer rate', mediationAgreementRate: 'mediation agreement rate',
  },
};

export const words: Record<Language, Record<'dimension' | 'from' | 'to' | 'group' | 'suppressed' | 'yes' | 'no' | 'title' | 'asOf' | 'minimum' | 'upheldChart' | 'daysChart' | 'line' | 'hidden' | 'overall' | 'note', string>> = {
  pl: {
    dimension: 'wymiar', from: 'okres od', to: 'okres do', group: 'grupa', suppressed: 'ukryta', yes: 'tak', no: 'nie',
    title: 'Raport równego traktowania', asOf: 'stan na', minimum: 'minimalna wielkość grupy',
    upheldChart: 'Odsetek skarg uwzględnionych według grup', daysChart: 'Mediana dni do rozstrzygnięcia według grup',
    line: '0,8 × najlepsza grupa', hidden: 'ukryta', overall: 'test łączny',
    note: 'Liczby ukryte dla grup mniejszych niż minimalna wielkość i tam, gdzie dałoby się je wyliczyć przez odejmowanie. Wartość p mówi tylko o przypadku, nie o przyczynie.',
  },
  en: {
    dimension: 'dimension', from: 'period from', to: 'period to', group: 'group', suppressed: 'suppressed', yes: 'yes', no: 'no',
    title: 'Equal-treatment report', asOf: 'as of', minimum: 'minimum group size',
    upheldChart: 'Upheld rate by group', daysChart: 'Median days to decision by group',
    line: '0.8 × best group', hidden: 'suppressed', overall: 'overall test',
    note: 'Figures are hidden for groups below the minimum size and wherever they could be worked out by subtraction. A p-value speaks of chance only, never of cause.',
  },
};

export const dimensionNames: Record<Language, Record<ReportDimension, string>> = {
  pl: {
    ageBand: 'przedział wieku', sex: 'płeć', disability: 'niepełnosprawność', ethnicOrigin: 'pochodzenie narodowe lub etniczne',
    firstLanguage: 'pierwszy język', channel: 'kanał', unit: 'komórka', category: 'kategoria', language: 'język', accessibilityNeeds: 'potrzeby dostępności',
  },
  en: {
    ageBand: 'age band', sex: 'sex', disability: 'disability', ethnicOrigin: 'nationality or ethnic origin', firstLanguage: 'first language',
    channel: 'channel', unit: 'unit', category: 'category', language: 'language', accessibilityNeeds: 'accessibility needs',
  },
};

const special: Record<Language, Record<string, string>> = {
  pl: { NOT_GIVEN: 'brak odpowiedzi', PREFER_NOT_TO_SAY: 'wolę nie odpowiadać', STATED: 'zgłoszone', NONE: 'brak' },
  en: { NOT_GIVEN: 'not given', PREFER_NOT_TO_SAY: 'prefer not to say', STATED: 'stated', NONE: 'none' },
};

/** A group's name for people; the codes of closed lists stay as they are, so they match the API. */
export const groupName = (language: Language, group: string) => special[language][group] ?? group;
