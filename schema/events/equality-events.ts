import { z } from 'zod';
import { InstantSchema } from '../envelope.js';
import { prose } from './sealed-data.js';

/**
 * The privacy stream of one person, `subject-<subjectId>` (DESIGN §4): apart from the case streams, which never
 * mention it; a case is named here only by reference. One stream per person lets one decider see their consents,
 * answers, withdrawals and erasure together, so "once per case" and "nothing after erasure" hold under races.
 */
export const equalityEventSchemas = {
  /** Given with explicit consent (GDPR art. 9(2)(a)); the answers are sealed with the person's own key. */
  EqualityDataRecorded: z.object({
    disputeId: z.uuid(),
    subjectId: z.uuid(),
    consentGivenAt: InstantSchema,
    sealedAnswers: z.string().min(1),
  }),
  /** For one case, or (disputeId null) for every case recorded so far (GDPR art. 7(3)). */
  EqualityConsentWithdrawn: z.object({ subjectId: z.uuid(), disputeId: z.uuid().nullable() }),
  /** The person's key was deleted (GDPR art. 17): everything sealed with it is unreadable from `erasedAt`. */
  SubjectDataErased: z.object({ subjectId: z.uuid(), erasedAt: InstantSchema, reason: prose(500) }),
} as const;
