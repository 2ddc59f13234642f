import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemMessage, problemOf } from '../../api/errors';
import { CommandForm, FormHeadingLevel, checked, valueOf } from '../../components/CommandForm';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';
import { missing, useCommand } from '../../components/useCommand';
import { formatDateTime } from '../../format/dates';
import { graphql } from '../../gql';
import type { Language, Role, UsersQuery } from '../../gql/graphql';

const UsersDocument = graphql(`
  query Users {
    users {
      userId
      name
      role
      language
      disabled
      createdAt
      lastSignInAt
    }
  }
`);
const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      userId
    }
  }
`);
const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      userId
      name
      role
      disabled
    }
  }
`);
const ResetUserPasswordDocument = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      userId
    }
  }
`);

type Account = UsersQuery['users'][number];
const roles: Role[] = ['CLERK', 'SUPERVISOR', 'MEDIATOR', 'OMBUDSMAN', 'ADMIN'];
const languages: Language[] = ['PL', 'EN'];

/** The administrator's home: every local account, a new one, and each one's name, role, lock and password. */
export function Users() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.users.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: UsersDocument });
  const [editing, setEditing] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const problem = problemOf(error);
  const users = data?.users ?? [];
  const selected = users.find((u) => u.userId === editing);
  return (
    <>
      <h1>{t('admin.users.title')}</h1>
      {problem && <ErrorSummary messages={[problemMessage(problem, t, i18n.language)]} />}
      {fetching && !data ? (
        <p role="status">{t('admin.users.loading')}</p>
      ) : users.length === 0 ? (
        <p>{t('admin.users.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('admin.users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.users.userId')}</th>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.role')}</th>
                <th scope="col">{t('admin.users.state')}</th>
                <th scope="col">{t('admin.users.lastSignIn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.users.editColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.userId}>
                  <th scope="row">{u.userId}</th>
                  <td>{u.name}</td>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>{u.disabled ? t('admin.users.disabled') : t('admin.users.active')}</td>
                  <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, i18n.language) : t('admin.users.never')}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      aria-expanded={editing === u.userId}
                      onClick={() => setEditing(editing === u.userId ? null : u.userId)}
                    >
                      {t('admin.users.edit', { name: u.name })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selected && <EditUser key={selected.userId} account={selected} onDone={reload} onClose={() => setEditing(null)} />}
      <FormHeadingLevel.Provider value={2}>
        <CreateUser onDone={reload} />
      </FormHeadingLevel.Provider>
    </>
  );
}

function CreateUser({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, create] = useMutation(CreateUserDocument);
  const command = useCommand();
  return (
    <CommandForm
      title={t('admin.users.createTitle')}
      submitLabel={t('admin.users.create')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const [userId, name, password] = ['userId', 'name', 'password'].map((k) => valueOf(form, k).trim()) as [string, string, string];
        if (!command.check(missing({ userId, name, password }, t('form.required')))) return;
        const res = await create({
          input: { userId, name, password, role: valueOf(form, 'role') as Role, language: valueOf(form, 'language') as Language },
        });
        if (command.settle(res.error, t('admin.users.created', { userId }))) {
          form.reset();
          onDone();
        }
      }}
    >
      <Field label={t('admin.users.userId')} hint={t('admin.users.userIdHint')} error={command.errors.userId}>
        <input name="userId" required maxLength={64} autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </Field>
      <Field label={t('admin.users.name')} error={command.errors.name}>
        <input name="name" required maxLength={200} autoComplete="off" />
      </Field>
      <Field label={t('admin.users.role')} error={command.errors.role}>
        <select name="role" defaultValue="CLERK">
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('admin.users.language')}>
        <select name="language" defaultValue="PL">
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`admin.users.languageName.${l}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('admin.users.password')} hint={t('admin.users.passwordHint')} error={command.errors.password}>
        <input name="password" type="password" required minLength={12} autoComplete="new-password" />
      </Field>
    </CommandForm>
  );
}

function EditUser({ account, onDone, onClose }: { account: Account; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [updating, update] = useMutation(UpdateUserDocument);
  const [resetting, reset] = useMutation(ResetUserPasswordDocument);
  const edit = useCommand();
  const password = useCommand();
  return (
    <section aria-labelledby="edit-user-title">
      <h2 id="edit-user-title">{t('admin.users.editTitle', { userId: account.userId })}</h2>
      <p>{t('admin.users.sessionsEnd')}</p>
      <CommandForm
        title={t('admin.users.save')}
        submitLabel={t('admin.users.save')}
        {...edit}
        busy={updating.fetching}
        onSubmit={async (form) => {
          const name = valueOf(form, 'name').trim();
          if (!edit.check(missing({ name }, t('form.required')))) return;
          const res = await update({
            input: { userId: account.userId, name, role: valueOf(form, 'role') as Role, disabled: checked(form, 'disabled').length > 0 },
          });
          if (edit.settle(res.error, t('admin.users.saved', { userId: account.userId }))) onDone();
        }}
      >
        <Field label={t('admin.users.name')} error={edit.errors.name}>
          <input name="name" required maxLength={200} defaultValue={account.name} autoComplete="off" />
        </Field>
        <Field label={t('admin.users.role')} error={edit.errors.role}>
          <select name="role" defaultValue={account.role}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <label className="checkbox">
          <input type="checkbox" name="disabled" value="yes" defaultChecked={account.disabled} />
          {t('admin.users.disable')}
        </label>
      </CommandForm>
      <CommandForm
        title={t('admin.users.resetTitle', { userId: account.userId })}
        submitLabel={t('admin.users.reset')}
        {...password}
        busy={resetting.fetching}
        onSubmit={async (form) => {
          const value = valueOf(form, 'password');
          if (!password.check(missing({ password: value }, t('form.required')))) return;
          const res = await reset({ input: { userId: account.userId, password: value } });
          if (password.settle(res.error, t('admin.users.resetDone'))) form.reset();
        }}
      >
        <input type="text" name="username" autoComplete="username" value={account.userId} hidden readOnly />
        <Field label={t('admin.users.newPassword')} hint={t('admin.users.passwordHint')} error={password.errors.password}>
          <input name="password" type="password" required minLength={12} autoComplete="new-password" />
        </Field>
      </CommandForm>
      <button type="button" className="secondary" onClick={onClose}>
        {t('admin.users.close')}
      </button>
    </section>
  );
}
