import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { Role } from '../../gql/graphql';
import { availableCommands, commands, type CaseDispute } from './commands';
import { CommandForm } from './CommandForm';
import { commandRoles, type CommandName } from './command-roles';

/**
 * "Czynności": one select of the commands this role may send in the case's present state, opening one form at a
 * time. Roles that may send none (ombudsman, mediator) see no section at all.
 */
export function CaseActions({ dispute, role, onChanged }: { dispute: CaseDispute; role: Role; onChanged: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [chosen, setChosen] = useState<CommandName | ''>('');
  const [done, setDone] = useState<string | null>(null);
  if (!commands.some((c) => (commandRoles[c.name] as readonly Role[]).includes(role))) return null;
  const available = availableCommands(role, dispute);
  const spec = available.find((c) => c.name === chosen);

  return (
    <section aria-labelledby={titleId} className="case-actions no-print">
      <h2 id={titleId}>{t('case.actions.title')}</h2>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {available.length === 0 ? (
        <p>{t('case.actions.noneAvailable')}</p>
      ) : (
        <Field label={t('case.actions.choose')} hint={t('case.actions.chooseHint')}>
          <select
            value={spec ? chosen : ''}
            onChange={(e) => {
              setDone(null);
              setChosen(e.target.value as CommandName | '');
            }}
          >
            <option value="">{t('case.actions.none')}</option>
            {available.map((c) => (
              <option key={c.name} value={c.name}>
                {t(`case.cmd.${c.name}.title`)}
              </option>
            ))}
          </select>
        </Field>
      )}
      {spec && (
        <CommandForm
          key={spec.name}
          spec={spec}
          dispute={dispute}
          onCancel={() => setChosen('')}
          onReload={onChanged}
          onDone={() => {
            setDone(t('case.actions.done', { title: t(`case.cmd.${spec.name}.title`) }));
            setChosen('');
            onChanged();
          }}
        />
      )}
    </section>
  );
}
