import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules/.bin/depcruise');

async function cruise(cwd: string, folders: string[]) {
  try {
    const { stdout } = await promisify(execFile)(depcruise, [...folders, '--config', config, '--output-type', 'err'], { cwd });
    return { failed: false, stdout };
  } catch (error) {
    return { failed: true, stdout: String((error as { stdout?: string }).stdout) };
  }
}

describe('the layers of docs/architecture.md, checked by dependency-cruiser', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('hold for the whole code base, tests and web app included', async () => {
    const result = await cruise(root, ['schema', 'services', 'projections', 'bench', 'test', 'web/src']);
    expect(result.stdout).not.toMatch(/error/);
    expect(result.failed).toBe(false);
  }, 60_000);

  it('refuse each import the architecture forbids, and a cycle', async () => {
    const files: Record<string, string> = {
      'tsconfig.json': '{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext" } }',
      'services/errors.ts': 'export class RuleViolated extends Error {}',
      'services/store/event-store.ts': "import '../domain/complaint/decide.js';",
      'services/domain/complaint/decide.ts': "import '../../errors.js';\nimport '../../api/app.js';",
      'services/api/app.ts': 'export {};',
      'services/commands/ids.ts': 'export {};',
      'schema/events/catalogue.ts': "import '../../services/store/event-store.js';",
      'projections/a.ts': "import '../services/commands/ids.js';\nimport './b.js';",
      'projections/b.ts': "import type {} from './a.js';",
      'projections/rebuild-cli.ts': "import '../services/api/app.js';",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    }
    const { failed, stdout } = await cruise(scratch, ['schema', 'services', 'projections']);
    expect(failed).toBe(true);
    const broken = [...stdout.matchAll(/error (\S+): (\S+) → (\S+)/g)].map((m) => `${m[1]}: ${m[2]} → ${m[3]}`);
    expect(broken).toEqual(
      expect.arrayContaining([
        'store-knows-no-domain-api-or-projection: services/store/event-store.ts → services/domain/complaint/decide.ts',
        'domain-imports-only-schema: services/domain/complaint/decide.ts → services/api/app.ts',
        'schema-imports-nothing-of-services: schema/events/catalogue.ts → services/store/event-store.ts',
        'projections-import-neither-api-nor-commands: projections/a.ts → services/commands/ids.ts',
      ]),
    );
    expect(stdout).toMatch(/no-cycles: projections\/a\.ts/);
    // The shared kernel and a composition root are allowed.
    expect(stdout).not.toContain('→ services/errors.ts');
    expect(stdout).not.toContain('projections/rebuild-cli.ts →');
  }, 60_000);
});
