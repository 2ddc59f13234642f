import { describe, expect, it } from 'vitest';
import { permissions } from '../../services/api/permissions.js';
import { commandRoles } from '../../web/src/pages/case/command-roles.js';
import { complaintCommandInputSchemas } from '../../schema/commands/complaint-commands.js';

describe('the case page offers a command form only to the roles the server lets send it', () => {
  it('has a form for every complaint command on an existing dispute', () => {
    const onDispute = Object.keys(complaintCommandInputSchemas).filter((name) => name !== 'receiveComplaint');
    expect(Object.keys(commandRoles).sort()).toEqual(onDispute.sort());
  });

  it.each(Object.entries(commandRoles))('%s: the same roles as services/api/permissions.ts', (name, roles) => {
    expect([...roles].sort()).toEqual([...permissions[name as keyof typeof permissions]].sort());
  });
});
