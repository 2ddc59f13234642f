import { z } from 'zod';

/**
 * How a mediation ended (DESIGN §7 `MediationResult`). Both streams record it (the mediation's end, and its
 * closing on the complaint), so it has its own module: neither event file has to import the other.
 */
export const mediationResults = ['AGREEMENT', 'NO_AGREEMENT', 'WITHDRAWN', 'TIMED_OUT'] as const;
export const MediationResultSchema = z.enum(mediationResults);
export type MediationResult = z.infer<typeof MediationResultSchema>;
