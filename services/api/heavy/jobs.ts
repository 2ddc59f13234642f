import type { EqualityReportRows } from '../../../projections/equality/report-rows.js';
import type { RegisterQueries } from '../../../projections/register/register-queries.js';
import type { ReportDimension } from '../../../schema/equality-dimensions.js';
import type { Role } from '../../../schema/envelope.js';
import type { PersonalDataVault } from '../../privacy/personal-data-vault.js';
import type { Pseudonyms } from '../../privacy/pseudonyms.js';
import { reportFigures, reviewFlags } from '../equality/report-figures.js';
import { registerCsv, type Language } from '../exports/register-csv.js';
import { registerRowsFor } from '../register-entries.js';

/** What a job reads, in the worker thread: the read models and events read-only, the keys opened anew for each job. */
export interface JobDeps {
  reportRows: EqualityReportRows;
  register: RegisterQueries;
  vault: PersonalDataVault;
  pseudonyms: Pseudonyms;
  minimumGroupSize: number;
}

/**
 * The work over a whole period that runs off the server's thread (issue 11: seconds of CPU over an office's year).
 * Arguments and results cross threads by structured clone: plain data only. Authorization and input checks are done
 * by the caller before a job is sent; the access log of names shown is written by the caller from `shown`.
 */
export const jobs = {
  equalityFigures: (deps: JobDeps, { from, to, dimension }: { from: string; to: string; dimension: ReportDimension }) =>
    reportFigures({ ...deps, rows: deps.reportRows }, { from, to }, dimension),
  consistencyFlags: (deps: JobDeps, period: { from: string; to: string; now: string }) =>
    reviewFlags({ rows: deps.reportRows, pseudonyms: deps.pseudonyms }, period),
  register: (deps: JobDeps, { from, to, role }: { from: string; to: string; role: Role }) =>
    registerRowsFor(deps.register(new Date(from), new Date(to)), role, deps.vault),
  registerCsv: (deps: JobDeps, args: { from: string; to: string; role: Role; language: Language; delimiter: ',' | ';' }) => {
    const { rows, shown } = registerRowsFor(deps.register(new Date(args.from), new Date(args.to)), args.role, deps.vault);
    return { csv: registerCsv(rows, args.language, args.delimiter), shown };
  },
};

export type Jobs = typeof jobs;
export type JobKind = keyof Jobs;
export type JobArgs<K extends JobKind> = Parameters<Jobs[K]>[1];
export type JobResult<K extends JobKind> = Awaited<ReturnType<Jobs[K]>>;
