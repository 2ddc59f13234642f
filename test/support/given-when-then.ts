import { expect } from 'vitest';
import type { DomainEvent } from '../../schema/events/catalogue.js';
import { type Decider, fold } from '../../services/domain/decider.js';
import type { AppError } from '../../services/errors.js';

/**
 * Specifications in the shape of the law they encode: given these facts, when this command, then these new
 * facts, or this refusal. Works for any decider, typed by it: the facts and the expected events are its stream's own.
 */
export function specification<State, Command, Event extends DomainEvent, Context>(decider: Decider<State, Command, Event, Context>) {
  return (given: Event[]) => ({
    when(command: Command, context: Context) {
      const run = () => decider.decide(command, fold(decider, given), context);
      return {
        then(expected: { type: Event['type']; data?: Record<string, unknown> }[] | ((events: Event[]) => void)) {
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
