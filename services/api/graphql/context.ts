import type { z } from 'zod';
import type { Actor } from '../../../schema/envelope.js';
import type { DisputeQueries } from '../../../projections/dispute-queries.js';
import type { ProjectionRunner } from '../../../projections/runner.js';
import type { Accounts } from '../../accounts/accounts.js';
import type { ComplaintCommands } from '../../commands/complaint-commands.js';
import type { MediationCommands } from '../../commands/mediation-commands.js';
import { BadInput, Unavailable, type InvalidField } from '../../errors.js';
import type { PersonalDataVault } from '../../privacy/personal-data-vault.js';
import type { PersonalDataKind } from '../../privacy/access-log.js';
import type { AccessAudit } from '../access-audit.js';
import type { EqualityServices } from '../equality/equality-services.js';
import type { GiveWay } from '../give-way.js';
import type { HeavyWork } from '../heavy/pool.js';
import type { Identity } from '../identity.js';
import { authorize, type Operation } from '../permissions.js';
import type { SupervisionServices } from '../supervision-services.js';
import type { Turn } from '../turns.js';
import type { CommandResult } from './types.js';

export interface ApiServices {
  complaints: ComplaintCommands;
  mediations: MediationCommands;
  queries: DisputeQueries;
  runner: ProjectionRunner;
  vault: PersonalDataVault;
  /** Deadlines, workload, listings, search, the register and live updates (docs/supervision.md). */
  supervision: SupervisionServices;
  /** Equality-monitoring data, the equal-treatment report, consistency flags, pseudonyms (docs/equal-treatment.md). */
  equality: EqualityServices;
  /** The body the office is (OFFICE_NAME). */
  officeName: string;
  /** How long a mutation waits for the read models to reach what it wrote. */
  readYourWritesMs: number;
  /** The global positions of one mediation's events: which timeline steps are a mediator's to read (timeline rows do not name their stream). */
  mediationPositions(mediationId: string): Promise<Set<bigint>>;
  /** Worker threads for whole-period work: the equal-treatment report, consistency flags, the register. */
  heavy: HeavyWork;
  /** Local accounts and browser sessions (users.sqlite in the shared folder). */
  accounts: Accounts;
  /** Who read whose personal data in clear (GDPR art. 5(2), 30). */
  audit: AccessAudit;
}

export interface ApiContext {
  actor: Actor;
  services: ApiServices;
  /** Over HTTP: who the request proves (null for no one) and the session cookie of the answer. */
  web?: WebRequest;
  /** Lets a long resolver work in slices (services/api/give-way.ts). */
  giveWay: GiveWay;
  /** The operation's name (or its root fields), for the access log. */
  operation?: string;
}

export interface WebRequest {
  identity: Identity | null;
  /** The client's address (behind a proxy, as TRUST_PROXY lets Express read it): sign-in throttling counts by it. */
  address: string;
  /**
   * Waits for this request's turn on the event loop at `price` (services/api/turns.ts), counted to its user or address;
   * null when the client closed its connection meanwhile.
   */
  takeTurn(price: number): Promise<Turn | null>;
  startSession(sessionId: string): void;
  endSession(): void;
}

/** The one path every operation takes at the boundary: who may, then is the input valid. */
export function admit<S extends z.ZodType>(ctx: ApiContext, operation: Operation, schema: S, input: unknown): z.output<S> {
  authorize(ctx.actor, operation);
  return validated(schema, input);
}

/** The input parsed by its schema, or BAD_USER_INPUT naming each wrong field. */
export function validated<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(JSON.stringify(input ?? {})));
  if (!parsed.success) {
    const fields = parsed.error.issues.map(invalidField);
    throw new BadInput(`Invalid input: ${fields.map((f) => `${f.path || 'input'} ${f.message}`).join('; ')}.`, fields);
  }
  return parsed.data;
}

/**
 * One zod issue as a client reads it: the English message, and the issue's code with its bound, so a client (the web
 * app) can say the same in the reader's language without parsing English.
 */
function invalidField(issue: z.core.$ZodIssue): InvalidField {
  const field: InvalidField = { path: issue.path.join('.'), message: issue.message, code: issue.code };
  if (issue.code === 'too_small') field.minimum = Number(issue.minimum);
  if (issue.code === 'too_big') field.maximum = Number(issue.maximum);
  return field;
}

/** Answers only once the read models have caught up with the write, so the next query sees it. */
export async function answered(
  ctx: ApiContext,
  result: { disputeId: string; revision: number; position: bigint; mediationId?: string },
): Promise<CommandResult> {
  await caughtUp(ctx, result.position);
  return { ...result, mediationId: result.mediationId ?? null, position: result.position.toString() };
}

/** Waits (bounded) until the read models have applied `position`. */
export async function caughtUp(ctx: ApiContext, position: bigint): Promise<void> {
  const reached = await ctx.services.runner.waitFor(position, ctx.services.readYourWritesMs);
  if (!reached) {
    throw new Unavailable(
      `The change was saved (position ${position}) but the read models have not caught up yet; it will appear shortly. If you repeat the command, send it with the same commandId so it is not recorded twice.`,
    );
  }
}

/** Records that this request shows `data` of `subjectId` in clear to its actor: call it where the data is opened for them. */
export function shownInClear(ctx: ApiContext, subjectId: string, data: PersonalDataKind): void {
  ctx.services.audit.read(ctx, ctx.actor, ctx.operation ?? 'unnamed', subjectId, data);
}
