import type { DisputeSnapshot } from '../../../projections/dispute-queries.js';
import { createEqualityReportRows, type ReportRow } from '../../../projections/equality/report-rows.js';
import { caseFactsOf, ordinaryGroupOf, peerFactsOf } from '../../../projections/equality/case-facts-of.js';
import type { ReadModelDb } from '../../../projections/read-model-db.js';
import { recordEqualityDataInputSchema } from '../../../schema/commands/equality-commands.js';
import {
  answersOf,
  equalityDimensions,
  notGiven,
  SealedAnswersSchema,
  type EqualityDimension,
  type OrdinaryDimension,
  type ReportDimension,
} from '../../../schema/equality-dimensions.js';
import { computeReport, consistencyFlags, figureSets, type ConsistencyFlag, type GroupFigures, type ReportFigures } from '../../domain/equality/index.js';
import type { PersonalDataVault } from '../../privacy/personal-data-vault.js';
import type { Pseudonyms } from '../../privacy/pseudonyms.js';
import type { SubjectCommands } from '../../commands/subject-commands.js';
import { pseudonymisedSnapshot } from './pseudonymised-snapshot.js';
import type { ReportArgs } from './report-args.js';

export interface EqualityDeps {
  readDb: ReadModelDb;
  vault: PersonalDataVault;
  pseudonyms: Pseudonyms;
  commands: SubjectCommands;
  clock: () => Date;
  /** The equality questions this office asks (EQUALITY_DIMENSIONS). */
  asked: readonly EqualityDimension[];
  minimumGroupSize: number;
}

export interface EqualTreatmentReportData extends ReportFigures<ReportDimension> {
  from: string;
  to: string;
  /** The moment the figures describe: open cases past their deadline then count as missed. */
  asOf: string;
}

export interface ReviewFlag extends ConsistencyFlag {
  pseudonym: string;
  category: string;
  unit: string | null;
}

export type EqualityServices = ReturnType<typeof createEqualityServices>;

const isEquality = (d: ReportDimension): d is EqualityDimension => (equalityDimensions as readonly string[]).includes(d);

/** The equal-treatment review (issue 5): only aggregates, or pseudonymised cases, leave it. */
export function createEqualityServices(deps: EqualityDeps) {
  const rows = createEqualityReportRows(deps.readDb);

  /** Answers are opened here only, one case at a time, and only the asked dimension's value is kept. */
  function groupOf(row: ReportRow, dimension: ReportDimension): string {
    if (!isEquality(dimension)) return ordinaryGroupOf(row.view, dimension as OrdinaryDimension);
    if (row.equality === null) return notGiven;
    const answers = deps.vault.openJson(row.equality.subjectId, SealedAnswersSchema, row.equality.sealedAnswers);
    return answers === 'ERASED' ? notGiven : (answers[dimension] ?? notGiven);
  }

  function report({ from, to, dimension }: ReportArgs): EqualTreatmentReportData {
    const asOf = deps.clock().toISOString();
    const cases = rows.received(from, to).map((row) => ({ ...caseFactsOf(row.view), groups: { [dimension]: groupOf(row, dimension) } as Record<ReportDimension, string> }));
    const figures = computeReport(cases, dimension, { asOf, minimumGroupSize: deps.minimumGroupSize });
    const groups = isEquality(dimension) ? withEveryAnswer(figures.groups, dimension) : figures.groups;
    return { ...figures, groups, from, to, asOf };
  }

  function flags({ from, to }: { from: string; to: string }): ReviewFlag[] {
    const views = rows.received(from, to).map((r) => r.view);
    const byId = new Map(views.map((v) => [v.id, v]));
    return consistencyFlags(views.map(peerFactsOf), deps.clock().toISOString()).map((f) => {
      const v = byId.get(f.id)!;
      return { ...f, pseudonym: deps.pseudonyms.dispute(f.id), category: v.category, unit: v.concernedUnit };
    });
  }

  return {
    ...deps.commands,
    recordInputSchema: recordEqualityDataInputSchema(deps.asked),
    report,
    flags,
    pseudonymise: (snapshot: DisputeSnapshot) => pseudonymisedSnapshot(snapshot, deps.vault, deps.pseudonyms),
    asked: deps.asked,
    minimumGroupSize: deps.minimumGroupSize,
    pseudonyms: deps.pseudonyms,
    erasedAt: rows.erasedAt,
  };
}

/**
 * Every possible answer is listed, an absent one as suppressed like a small one: were only the answers someone
 * gave listed, a period with few complaints would show which answers they gave, suppressed or not.
 */
function withEveryAnswer(groups: GroupFigures[], dimension: EqualityDimension): GroupFigures[] {
  const present = new Map(groups.map((g) => [g.group, g]));
  return [...new Set([...answersOf(dimension), notGiven, ...present.keys()])].sort().map((group) => present.get(group) ?? suppressedGroup(group));
}

const suppressedGroup = (group: string): GroupFigures => ({
  group, suppressed: true, suppressedFigures: [...figureSets], count: null, decided: null, outcomeShares: null, upheldRate: null,
  adverseImpactRatio: null, flagged: null, pValue: null, test: null, adjustedPValue: null, reading: null, medianDaysToDecision: null,
  p90DaysToDecision: null, deadlineComplianceRate: null, delayNoticeRate: null, refusalCompletenessRate: null, explanationsPerCase: null,
  mediationOfferRate: null, mediationAgreementRate: null,
});
