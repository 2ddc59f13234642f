import { z } from 'zod';

/** A valid answer in every equality dimension: declining to answer is itself an answer (DESIGN §3). */
export const preferNotToSay = 'PREFER_NOT_TO_SAY';
/** The group of cases with no usable answer: none given, withdrawn before the period ended, or erased. */
export const notGiven = 'NOT_GIVEN';

/**
 * The equality-monitoring questions and their closed lists of answers. Closed, so that free text can never
 * carry a name into the statistics, and so that every report lists the same groups whoever answered.
 * Ethnic origin follows the groups of the Polish national census (GUS NSP 2021) that an office meets most.
 */
export const equalityAnswers = {
  ageBand: ['UNDER_18', '18_29', '30_44', '45_59', '60_74', '75_AND_OVER'],
  sex: ['FEMALE', 'MALE', 'OTHER'],
  disability: ['YES', 'NO'],
  ethnicOrigin: ['POLISH', 'SILESIAN', 'KASHUBIAN', 'UKRAINIAN', 'BELARUSIAN', 'GERMAN', 'ROMA', 'OTHER'],
  firstLanguage: [
    'POLISH',
    'SILESIAN',
    'KASHUBIAN',
    'UKRAINIAN',
    'BELARUSIAN',
    'RUSSIAN',
    'GERMAN',
    'ENGLISH',
    'POLISH_SIGN_LANGUAGE',
    'OTHER',
  ],
} as const;

export type EqualityDimension = keyof typeof equalityAnswers;
export const equalityDimensions = Object.keys(equalityAnswers) as EqualityDimension[];
export const EqualityDimensionSchema = z.enum(equalityDimensions as [EqualityDimension, ...EqualityDimension[]]);

/** Properties of the case itself, which every role that reads disputes can see anyway. */
export const ordinaryDimensions = ['channel', 'unit', 'category', 'language', 'accessibilityNeeds'] as const;
export type OrdinaryDimension = (typeof ordinaryDimensions)[number];
export type ReportDimension = EqualityDimension | OrdinaryDimension;

/** The values a person may give in a dimension, "prefer not to say" included. */
export const answersOf = (dimension: EqualityDimension): readonly string[] => [...equalityAnswers[dimension], preferNotToSay];

/** One person's answers for one case, as sealed with their key: dimension → value, only the dimensions answered. */
export const SealedAnswersSchema = z.partialRecord(EqualityDimensionSchema, z.string().min(1).max(40));
export type EqualityAnswers = z.infer<typeof SealedAnswersSchema>;
