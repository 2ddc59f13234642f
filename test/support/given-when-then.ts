import { expect } from 'vitest';
import type { DomainEvent } from '../../schema/events/catalogue.js';
import type { AppError } from '../../services/errors.js';

/**
 * Specifications in the shape of the law they encode: given these facts, when this command, then these new
 * facts, or this refusal. Works for any decider.
 */
export function specification<C, S, X>(decider: {
  decide(command: C, state: S, context: X): DomainEvent[];
  evolve(state: S, event: DomainEvent): S;
  initialState(): S;
}) {
  return (given: DomainEvent[]) => ({
    when(command: C, context: X) {
      const run = () => decider.decide(command, given.reduce(decider.evolve, decider.initialState()), context);
      return {
        then(expected: { type: DomainEvent['type']; data?: Record<string, unknown> }[] | ((events: DomainEvent[]) => void)) {
          const events = run();
          if (typeof expected === 'function') expected(events);
          else expect(events).toMatchObject(expected);
          return events;
        },
        thenRefuses(rule: string) {
          let error: AppError | undefined;
          try {
            run();
          } catch (e) {
            error = e as AppError;
          }
          expect(error, `expected the command to be refused by rule ${rule}`).toBeDefined();
          expect(error!.details).toMatchObject({ rule });
          expect(error!.message.length).toBeGreaterThan(20);
        },
        thenFails(code: string) {
          expect(run).toThrow(expect.objectContaining({ code }));
        },
      };
    },
  });
}
