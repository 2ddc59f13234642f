import 'reflect-metadata';
import { configFromEnv } from '../services/api/config.js';
import { progress, type Progress } from '../services/cli/progress.js';
import { createFilesPrivately, warnIfLooselyKept } from '../services/privacy/private-files.js';
import { rebuildReadModels } from './rebuild-read-models.js';

// `npm run rebuild-projections`: drops every read model and replays all events from position 0.
// Run it with the server stopped (the server would otherwise keep applying events to the old tables).
createFilesPrivately();
const config = configFromEnv(process.env);
warnIfLooselyKept([config.dataDir, config.sharedDir]);
const started = performance.now();
let bar = null as Progress | null;
const position = await rebuildReadModels(config, (done, head) => {
  bar ??= progress('rebuild-projections', { unit: 'events', total: Number(head) });
  bar.update(Number(done));
});
bar?.stop();
console.log(`Read models rebuilt up to position ${position} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
