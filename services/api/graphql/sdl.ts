import { printSchema } from 'graphql';
import { buildApiSchema } from './schema.js';

/** The SDL clients read: generated from the resolvers, committed as schema/schema.graphql, checked by a test. */
export async function currentSdl(): Promise<string> {
  return `${printSchema(await buildApiSchema())}\n`;
}
