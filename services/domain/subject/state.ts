import type { SubjectEvent } from './events.js';

/** What one person's privacy stream (`subject-<subjectId>`) says: which cases carry their answers, and erasure. */
export interface SubjectState {
  /** Per case whose answers were recorded: whether consent to use them was withdrawn since. */
  cases: Readonly<Record<string, { withdrawn: boolean }>>;
  erasedAt: string | null;
}

export const initialState = (): SubjectState => ({ cases: {}, erasedAt: null });

export function evolve(state: SubjectState, event: SubjectEvent): SubjectState {
  switch (event.type) {
    case 'EqualityDataRecorded':
      return { ...state, cases: { ...state.cases, [event.data.disputeId]: { withdrawn: false } } };
    case 'EqualityConsentWithdrawn': {
      const covered = event.data.disputeId === null ? Object.keys(state.cases) : [event.data.disputeId];
      return { ...state, cases: { ...state.cases, ...Object.fromEntries(covered.map((id) => [id, { withdrawn: true }])) } };
    }
    case 'SubjectDataErased':
      return { ...state, erasedAt: event.data.erasedAt };
    default:
      return state;
  }
}
