import type { DisputeSnapshot } from '../../../projections/dispute-queries.js';
import { createEqualityReportRows } from '../../../projections/equality/report-rows.js';
import type { ReadModelDb } from '../../../projections/read-model-db.js';
import { recordEqualityDataInputSchema } from '../../../schema/commands/equality-commands.js';
import { answersOf, notGiven, type EqualityDimension, type ReportDimension } from '../../../schema/equality-dimensions.js';
import { figureSets, type GroupFigures, type ReportFigures } from '../../domain/equality/index.js';
import { BadInput } from '../../errors.js';
import type { HeavyWork } from '../heavy/pool.js';
import type { PersonalDataVault } from '../../privacy/personal-data-vault.js';
import type { EventStore } from '../../store/event-store.js';
import type { Pseudonyms } from '../../privacy/pseudonyms.js';
import type { SubjectCommands } from '../../commands/subject-commands.js';
import { type PseudonymisationOptions, pseudonymisedSnapshot } from './pseudonymised-snapshot.js';
import type { ReportArgs } from './report-args.js';
import { isEquality, type ReviewFlag } from './report-figures.js';

export interface EqualityDeps {
  readDb: ReadModelDb;
  /** The events the report folds, as they were known at the end of its period. */
  store: EventStore;
  vault: PersonalDataVault;
  pseudonyms: Pseudonyms;
  commands: SubjectCommands;
  clock: () => Date;
  /** The equality questions this office asks (EQUALITY_DIMENSIONS). */
  asked: readonly EqualityDimension[];
  minimumGroupSize: number;
  /** The worker threads that compute the report and the flags (a year's report is seconds of CPU). */
  heavy: HeavyWork;
}

export interface EqualTreatmentReportData extends ReportFigures<ReportDimension> {
  from: string;
  to: string;
  /** The moment the figures describe, always `to`: every fact is as it was known then; open cases past their deadline by then count as missed. */
  asOf: string;
}

export type EqualityServices = ReturnType<typeof createEqualityServices>;

/** The equal-treatment review (issue 5): only aggregates, or pseudonymised cases, leave it. */
export function createEqualityServices(deps: EqualityDeps) {
  const rows = createEqualityReportRows(deps.readDb, deps.store);

  /**
   * Every fact is taken as it was known at the end of the period (`to`), so the report of an ended period never
   * changes: were cases read as they are now, one case decided or extended later would move only its own group's
   * figures, and comparing two reports of the same month would show that person's answers. For the same reason a
   * period that has not ended yet is refused: its report would change with every step taken in it.
   */
  async function report({ from, to, dimension }: ReportArgs): Promise<EqualTreatmentReportData> {
    if (Date.parse(to) > deps.clock().getTime()) {
      throw new BadInput(
        'The period has not ended yet: a report covers only a month, quarter or year that is over, so that it never changes once made. Choose a `to` that is not in the future.',
        [{ path: 'to', message: 'must not be in the future: the period must have ended' }],
      );
    }
    const figures = await deps.heavy.run('equalityFigures', { from, to, dimension });
    const groups = isEquality(dimension) ? withEveryAnswer(figures.groups, dimension) : figures.groups;
    return { ...figures, groups, from, to, asOf: to };
  }

  /** Every case of the period as it is now, compared with its peers: in a worker thread, like the report. */
  const flags = ({ from, to }: { from: string; to: string }): Promise<ReviewFlag[]> =>
    deps.heavy.run('consistencyFlags', { from, to, now: deps.clock().toISOString() });

  return {
    ...deps.commands,
    recordInputSchema: recordEqualityDataInputSchema(deps.asked),
    report,
    flags,
    pseudonymise: (snapshot: DisputeSnapshot, options?: PseudonymisationOptions) =>
      pseudonymisedSnapshot(snapshot, deps.vault, deps.pseudonyms, options),
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
  return [...new Set([...answersOf(dimension), notGiven, ...present.keys()])]
    .sort()
    .map((group) => present.get(group) ?? suppressedGroup(group));
}

const suppressedGroup = (group: string): GroupFigures => ({
  group,
  suppressed: true,
  suppressedFigures: [...figureSets],
  count: null,
  decided: null,
  outcomeShares: null,
  upheldRate: null,
  adverseImpactRatio: null,
  flagged: null,
  pValue: null,
  test: null,
  adjustedPValue: null,
  reading: null,
  medianDaysToDecision: null,
  p90DaysToDecision: null,
  deadlineComplianceRate: null,
  delayNoticeRate: null,
  refusalCompletenessRate: null,
  explanationsPerCase: null,
  mediationOfferRate: null,
  mediationAgreementRate: null,
});
