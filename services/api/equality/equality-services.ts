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
import {
  computeReport,
  consistencyFlags,
  figureSets,
  type ConsistencyFlag,
  type FigureSet,
  type GroupFigures,
  type ReportFigures,
} from '../../domain/equality/index.js';
import { BadInput } from '../../errors.js';
import { giveWay, readingInSlices } from '../give-way.js';
import { heavyWork } from '../heavy-work.js';
import type { PersonalDataVault } from '../../privacy/personal-data-vault.js';
import type { EventStore } from '../../store/event-store.js';
import type { Pseudonyms } from '../../privacy/pseudonyms.js';
import type { SubjectCommands } from '../../commands/subject-commands.js';
import { type PseudonymisationOptions, pseudonymisedSnapshot } from './pseudonymised-snapshot.js';
import type { ReportArgs } from './report-args.js';
import { periodsInside, type ReportPeriod } from './report-period.js';

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
}

export interface EqualTreatmentReportData extends ReportFigures<ReportDimension> {
  from: string;
  to: string;
  /** The moment the figures describe, always `to`: every fact is as it was known then; open cases past their deadline by then count as missed. */
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
  // A report reads every case's streams of its period, and its shorter periods' again: in slices, so that the office's
  // other requests are answered meanwhile.
  const rows = createEqualityReportRows(deps.readDb, readingInSlices(deps.store));

  /** Answers are opened here only, one case at a time, and only the asked dimension's value is kept. */
  function groupOf(row: ReportRow, dimension: ReportDimension): string {
    if (!isEquality(dimension)) return ordinaryGroupOf(row.view, dimension as OrdinaryDimension);
    if (row.equality === null) return notGiven;
    const answers = deps.vault.openJson(row.equality.subjectId, SealedAnswersSchema, row.equality.sealedAnswers);
    return answers === 'ERASED' ? notGiven : (answers[dimension] ?? notGiven);
  }

  /**
   * The figures of one period, every fact as it was known at its end (`to`), hiding at least what the shorter
   * allowed periods inside it hide (its quarters, or its months), so that subtracting their reports from this one
   * gives no hidden cell. Each shorter period's figures are its own report's, made the same way, so a month's report
   * is the same whether or not its quarter has been asked for.
   */
  async function figuresOf(period: ReportPeriod, dimension: ReportDimension): Promise<ReportFigures<ReportDimension>> {
    const alsoHidden = new Map<string, Set<FigureSet>>();
    for (const inner of periodsInside(period)) {
      for (const g of (await figuresOf(inner, dimension)).groups) {
        const sets = alsoHidden.get(g.group) ?? new Set<FigureSet>();
        for (const set of g.suppressedFigures) sets.add(set);
        alsoHidden.set(g.group, sets);
      }
    }
    const cases = (await rows.received(period.from, period.to)).map((row) => ({
      ...caseFactsOf(row.view),
      groups: { [dimension]: groupOf(row, dimension) } as Record<ReportDimension, string>,
    }));
    // Keyed with the installation's secret: a reader who could compute the order would know which hidden group is small.
    // The same period however its start is written, so that its report is always the same.
    const start = new Date(period.from).toISOString();
    await giveWay();
    const complementRank = (group: string, set: FigureSet) => deps.pseudonyms.rank(JSON.stringify([dimension, start, set, group]));
    return computeReport(cases, dimension, { asOf: period.to, minimumGroupSize: deps.minimumGroupSize, complementRank, alsoHidden });
  }

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
    const figures = await heavyWork(() => figuresOf({ from, to }, dimension));
    const groups = isEquality(dimension) ? withEveryAnswer(figures.groups, dimension) : figures.groups;
    return { ...figures, groups, from, to, asOf: to };
  }

  /** Every case of the period read and compared with its peers: heavy work, though not sliced (one pure computation). */
  const flags = ({ from, to }: { from: string; to: string }): Promise<ReviewFlag[]> => heavyWork(() => flagsOf(from, to));

  function flagsOf(from: string, to: string): ReviewFlag[] {
    const views = rows.receivedNow(from, to);
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
