/** One home for the error codes clients see in `extensions.code` (DESIGN §7). */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RULE_VIOLATED' | 'UNAVAILABLE';

export interface InvalidField {
  path: string;
  message: string;
  /** What kind of problem (zod's issue code: too_small, too_big, invalid_format…), for clients that say it in their own words. */
  code?: string;
  /** The bound a too_small / too_big issue was measured against (characters, items or a number). */
  minimum?: number;
  maximum?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A domain rule refused the command. `rule` names the rule (e.g. `KPA-238-legal-basis`). */
export class RuleViolated extends AppError {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super('RULE_VIOLATED', message, { rule });
  }
}

export class BadInput extends AppError {
  constructor(
    message: string,
    readonly fields: InvalidField[],
  ) {
    super('BAD_USER_INPUT', message, { fields });
  }
}

export class NotFound extends AppError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** The stream moved on since the revision the caller expected. */
export class Conflict extends AppError {
  constructor(
    readonly stream: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super('CONFLICT', `The record changed meanwhile (expected revision ${expected}, found ${actual}). Reload it and try again.`, {
      expectedRevision: expected,
      actualRevision: actual,
    });
  }
}

export class Unauthenticated extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('UNAUTHENTICATED', message, details);
  }
}

export class Forbidden extends AppError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/**
 * The key store refuses a key for a person already erased (GDPR art. 17). Infrastructure's own last line: the rule
 * itself is the subject domain's (`requireNotErased`), asked before anything is sealed, so this is met only when the
 * erasure happened while the command ran.
 */
export class SubjectErased extends AppError {
  constructor() {
    super(
      'CONFLICT',
      "This person's data was erased while the command ran, so nothing was recorded. Reload the case: nothing more can be recorded about them.",
    );
  }
}

/** The event store cannot be reached. */
export class Unavailable extends AppError {
  constructor(message: string) {
    super('UNAVAILABLE', message);
  }
}
