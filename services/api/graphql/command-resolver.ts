import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Actor } from '../../../schema/envelope.js';
import type { CommandRow } from './command-table.js';
import * as C from './inputs.js';
import * as M from './mediation-types.js';
import { admit, answered, type ApiContext } from './context.js';
import { CommandResult } from './types.js';

const inputClasses = { ...C, ...M };

type Execute = (name: never, input: never, actor: Actor) => Promise<{ disputeId: string; revision: number; position: bigint }>;

/**
 * One mutation per row of a command table, each `name(input: <row's input>): CommandResult`: authorization and
 * validation in `admit` (the row's roles, through permissions.ts, and its zod schema), rules in the decider. The
 * decorators are applied here as they would be written on a class, so the schema is the one a hand-written resolver gave.
 */
export function commandResolver(rows: Record<string, CommandRow>, handler: (ctx: ApiContext) => Execute) {
  @Resolver()
  class CommandResolver {
    [mutation: string]: unknown;
  }
  const prototype: Record<string, unknown> = CommandResolver.prototype;
  for (const [name, row] of Object.entries(rows)) {
    const input = inputClasses[row.input];
    prototype[name] = async function (input: unknown, ctx: ApiContext): Promise<CommandResult> {
      const command = admit(ctx, name as never, row.schema, input);
      return answered(ctx, await handler(ctx)(name as never, command as never, ctx.actor));
    };
    // What `emitDecoratorMetadata` records for a written method: type-graphql reads the parameters' types from it.
    Reflect.defineMetadata('design:paramtypes', [input, Object], prototype, name);
    Reflect.defineMetadata('design:returntype', Promise, prototype, name);
    Arg('input', () => input)(prototype, name, 0);
    Ctx()(prototype, name, 1);
    Mutation(() => CommandResult, row.description === undefined ? {} : { description: row.description })(
      prototype,
      name,
      Object.getOwnPropertyDescriptor(prototype, name)!,
    );
  }
  return CommandResolver;
}
