/** A person's privacy stream (DESIGN §4, §6): equality-monitoring consent and answers, withdrawal, erasure. */
export { checkRecording, decide, requireNotErased, type RecordingFacts, type SubjectCommand, type SubjectContext } from './decide.js';
export { subjectDecider, subjectStream } from './decider.js';
export { isSubjectEvent, type SubjectEvent } from './events.js';
export { evolve, initialState, type SubjectState } from './state.js';
