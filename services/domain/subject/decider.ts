import type { Decider } from '../decider.js';
import { decide, type SubjectCommand, type SubjectContext } from './decide.js';
import type { SubjectEvent } from './events.js';
import { evolve, initialState, type SubjectState } from './state.js';

export { subjectStream } from '../../../schema/streams.js';

export const subjectDecider: Decider<SubjectState, SubjectCommand, SubjectEvent, SubjectContext> = { initialState, decide, evolve };
