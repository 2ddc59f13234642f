import { caseFactsOf, ordinaryGroupOf, peerFactsOf } from '../../../projections/equality/case-facts-of.js';
import type { EqualityReportRows, ReportRow } from '../../../projections/equality/report-rows.js';
import {
  equalityDimensions,
  notGiven,
  SealedAnswersSchema,
  type EqualityDimension,
  type OrdinaryDimension,
  type ReportDimension,
} from '../../../schema/equality-dimensions.js';
import { computeReport, consistencyFlags, type ConsistencyFlag, type FigureSet, type ReportFigures } from '../../domain/equality/index.js';
import type { PersonalDataVault } from '../../privacy/personal-data-vault.js';
import type { Pseudonyms } from '../../privacy/pseudonyms.js';
import { periodsInside, type ReportPeriod } from './report-period.js';

/** What the whole-period computations read: they run in a worker thread (services/api/heavy/), never on the server's. */
export interface ReportFiguresDeps {
  rows: EqualityReportRows;
  vault: PersonalDataVault;
  pseudonyms: Pseudonyms;
  minimumGroupSize: number;
}

export interface ReviewFlag extends ConsistencyFlag {
  pseudonym: string;
  category: string;
  unit: string | null;
}

export const isEquality = (d: ReportDimension): d is EqualityDimension => (equalityDimensions as readonly string[]).includes(d);

/** Answers are opened here only, one case at a time, and only the asked dimension's value is kept. */
function groupOf(vault: PersonalDataVault, row: ReportRow, dimension: ReportDimension): string {
  if (!isEquality(dimension)) return ordinaryGroupOf(row.view, dimension as OrdinaryDimension);
  if (row.equality === null) return notGiven;
  const answers = vault.openJson(row.equality.subjectId, SealedAnswersSchema, row.equality.sealedAnswers);
  return answers === 'ERASED' ? notGiven : (answers[dimension] ?? notGiven);
}

/**
 * The figures of one period, every fact as it was known at its end (`to`), hiding at least what the shorter
 * allowed periods inside it hide (its quarters, or its months), so that subtracting their reports from this one
 * gives no hidden cell. Each shorter period's figures are its own report's, made the same way, so a month's report
 * is the same whether or not its quarter has been asked for.
 */
export async function reportFigures(
  deps: ReportFiguresDeps,
  period: ReportPeriod,
  dimension: ReportDimension,
): Promise<ReportFigures<ReportDimension>> {
  const alsoHidden = new Map<string, Set<FigureSet>>();
  for (const inner of periodsInside(period)) {
    for (const g of (await reportFigures(deps, inner, dimension)).groups) {
      const sets = alsoHidden.get(g.group) ?? new Set<FigureSet>();
      for (const set of g.suppressedFigures) sets.add(set);
      alsoHidden.set(g.group, sets);
    }
  }
  const cases = (await deps.rows.received(period.from, period.to)).map((row) => ({
    ...caseFactsOf(row.view),
    groups: { [dimension]: groupOf(deps.vault, row, dimension) } as Record<ReportDimension, string>,
  }));
  // Keyed with the installation's secret: a reader who could compute the order would know which hidden group is small.
  // The same period however its start is written, so that its report is always the same.
  const start = new Date(period.from).toISOString();
  const complementRank = (group: string, set: FigureSet) => deps.pseudonyms.rank(JSON.stringify([dimension, start, set, group]));
  return computeReport(cases, dimension, { asOf: period.to, minimumGroupSize: deps.minimumGroupSize, complementRank, alsoHidden });
}

/** Every case of the period, as it is `now`, compared with its peers (no equality data is read). */
export function reviewFlags(
  deps: Pick<ReportFiguresDeps, 'rows' | 'pseudonyms'>,
  { from, to, now }: ReportPeriod & { now: string },
): ReviewFlag[] {
  const views = deps.rows.receivedNow(from, to);
  const byId = new Map(views.map((v) => [v.id, v]));
  return consistencyFlags(views.map(peerFactsOf), now).map((f) => {
    const v = byId.get(f.id)!;
    return { ...f, pseudonym: deps.pseudonyms.dispute(f.id), category: v.category, unit: v.concernedUnit };
  });
}
