import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { currentSdl } from './graphql/sdl.js';

// `npm run schema`: regenerates schema/schema.graphql after a change to the GraphQL types.
writeFileSync(new URL('../../../schema/schema.graphql', import.meta.url), await currentSdl());
console.log('schema/schema.graphql written.');
