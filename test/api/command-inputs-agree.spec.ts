import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { complaintCommandInputSchemas } from '../../schema/commands/complaint-commands.js';
import {
  EraseSubjectInputSchema,
  recordEqualityDataInputSchema,
  WithdrawEqualityConsentInputSchema,
} from '../../schema/commands/equality-commands.js';
import { mediationCommandInputSchemas } from '../../schema/commands/mediation-commands.js';
import { equalityDimensions } from '../../schema/equality-dimensions.js';
import {
  ChangeMyPasswordInputSchema,
  CreateUserInputSchema,
  ResetUserPasswordInputSchema,
  SignInInputSchema,
  UpdateUserInputSchema,
} from '../../services/accounts/account-inputs.js';

/**
 * The GraphQL inputs are written as type-graphql classes and validated by zod schemas: two declarations of one
 * command. zod drops a field it does not declare, and a field GraphQL may leave out but zod requires is refused, so
 * each mutation's input is compared with its schema field by field: names, required or not, lists, enum values.
 */
const sdl = buildSchema(readFileSync(resolve(import.meta.dirname, '../../schema/schema.graphql'), 'utf8'));
const zodOf: Record<string, z.ZodType> = {
  ...complaintCommandInputSchemas,
  ...mediationCommandInputSchemas,
  recordEqualityData: recordEqualityDataInputSchema(equalityDimensions),
  withdrawEqualityConsent: WithdrawEqualityConsentInputSchema,
  eraseSubject: EraseSubjectInputSchema,
  signIn: SignInInputSchema,
  changeMyPassword: ChangeMyPasswordInputSchema,
  createUser: CreateUserInputSchema,
  updateUser: UpdateUserInputSchema,
  resetUserPassword: ResetUserPasswordInputSchema,
};

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
};

/** The JSON Schema's alternatives without `null`: a nullable field is one of them or null. */
const withoutNull = (schema: JsonSchema): JsonSchema => {
  const options = (schema.anyOf ?? [schema]).filter((s) => s.type !== 'null');
  return options.length === 1 ? options[0]! : schema;
};

/** Where the two declarations differ, as readable lines (empty when they agree). */
function differences(path: string, graphql: GraphQLInputType, json: JsonSchema): string[] {
  const type = getNullableType(graphql);
  const schema = withoutNull(json);
  if (isListType(type)) {
    if (schema.type !== 'array' || !schema.items) return [`${path}: a list in GraphQL, not in zod`];
    return differences(`${path}[]`, type.ofType, schema.items);
  }
  if (schema.type === 'array') return [`${path}: a list in zod, not in GraphQL`];
  if (isEnumType(type)) {
    const values = type
      .getValues()
      .map((v) => v.value as string)
      .sort();
    const allowed = (schema.enum ?? []).map(String).sort();
    return allowed.length > 0 && JSON.stringify(values) !== JSON.stringify(allowed)
      ? [`${path}: GraphQL ${type.name} allows ${values.join(', ')}; zod ${allowed.join(', ')}`]
      : [];
  }
  if (!isInputObjectType(type)) return [];
  const fields = type.getFields();
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const found: string[] = [];
  for (const name of new Set([...Object.keys(fields), ...Object.keys(properties)])) {
    const field = fields[name];
    const property = properties[name];
    if (!field) found.push(`${path}.${name}: in zod, not in GraphQL (no client can send it)`);
    else if (!property) found.push(`${path}.${name}: in GraphQL, not in zod (zod drops it)`);
    else {
      const mustBeSent = isNonNullType(field.type) && field.defaultValue === undefined;
      if (mustBeSent !== required.has(name))
        found.push(
          `${path}.${name}: ${mustBeSent ? 'required' : 'optional'} in GraphQL, ${required.has(name) ? 'required' : 'optional'} in zod`,
        );
      found.push(...differences(`${path}.${name}`, field.type, property));
    }
  }
  return found;
}

describe('each command is declared once in effect: its GraphQL input and its zod schema agree field by field', () => {
  const mutations = sdl.getMutationType()!.getFields();
  const withInput = Object.values(mutations).filter((m) => m.args.some((a) => a.name === 'input'));

  it('every mutation that takes an input has its zod schema here', () => {
    expect(withInput.map((m) => m.name).filter((name) => !(name in zodOf))).toEqual([]);
    expect(withInput.length).toBeGreaterThan(40);
  });

  for (const mutation of withInput) {
    it(`${mutation.name}(input: ${getNamedType(mutation.args[0]!.type).name})`, () => {
      const schema = zodOf[mutation.name];
      if (!schema) return;
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      expect(differences(mutation.name, mutation.args.find((a) => a.name === 'input')!.type, json)).toEqual([]);
    });
  }
});
