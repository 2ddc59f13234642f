import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useClient, useMutation } from 'urql';
import { problemOf } from '../../api/errors';
import { CommandForm, FormHeadingLevel, valueOf } from '../../components/CommandForm';
import { Field } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';
import { missing, useCommand } from '../../components/useCommand';
import { formatDateTime } from '../../format/dates';
import { graphql } from '../../gql';

const PersonsOfDisputeDocument = graphql(`
  query PersonsOfDispute($id: ID!) {
    dispute(id: $id) {
      id
      category
      registerNumber
      complainant {
        name
      }
      complainantSubjectId
      complainantErasedAt
      mediations {
        id
        parties {
          partyId
          name
          role
          subjectId
        }
      }
    }
  }
`);
const EraseSubjectDocument = graphql(`
  mutation EraseSubject($input: EraseSubjectInput!) {
    eraseSubject(input: $input) {
      subjectId
      erasedAt
    }
  }
`);

interface Person {
  subjectId: string;
  name: string;
  as: string;
  erased: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Erasure of a person (GDPR art. 17): the administrator finds the person's id (pasted from a clerk's case page, or
 * picked from a case opened by its id), states the ground, reads what cannot be undone, and types a word to confirm.
 */
export function Erasure() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.erasure.title'));
  const client = useClient();
  const [params] = useSearchParams();
  const [subjectId, setSubjectId] = useState(params.get('subjectId') ?? '');
  const [persons, setPersons] = useState<Person[] | null>(null);
  const find = useCommand();
  const [{ fetching }, erase] = useMutation(EraseSubjectDocument);
  const command = useCommand({ ruleFields: { 'GDPR-17-already-erased': 'subjectId' } });
  const word = t('admin.erasure.confirmWord');

  async function open(form: HTMLFormElement) {
    const id = valueOf(form, 'disputeId').trim();
    setPersons(null);
    if (!find.check(missing({ disputeId: id }, t('form.required')))) return;
    if (!UUID.test(id)) return find.check({ disputeId: t('admin.erasure.noDispute') });
    const res = await client.query(PersonsOfDisputeDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    const dispute = res.data?.dispute;
    if (!find.settle(res.error, '') || !dispute) return !res.error && find.check({ disputeId: t('admin.erasure.noDispute') });
    const found: Person[] = [];
    if (dispute.complainantSubjectId) {
      found.push({
        subjectId: dispute.complainantSubjectId,
        name: dispute.complainant?.name ?? t('admin.erasure.alreadyErased'),
        as: t('admin.erasure.complainant'),
        erased: dispute.complainantErasedAt != null,
      });
    }
    for (const m of dispute.mediations) {
      for (const p of m.parties) {
        if (p.subjectId && !found.some((f) => f.subjectId === p.subjectId)) {
          found.push({
            subjectId: p.subjectId,
            name: p.name ?? t('admin.erasure.alreadyErased'),
            as: t('admin.erasure.mediationParty'),
            erased: p.name == null,
          });
        }
      }
    }
    setPersons(found);
  }

  return (
    <>
      <h1>{t('admin.erasure.title')}</h1>
      <p>{t('admin.erasure.intro')}</p>
      <FormHeadingLevel.Provider value={2}>
        <CommandForm
          title={t('admin.erasure.findTitle')}
          submitLabel={t('admin.erasure.open')}
          {...find}
          done={null}
          busy={false}
          onSubmit={open}
        >
          <p className="hint">{t('admin.erasure.findHint')}</p>
          <Field label={t('admin.erasure.disputeId')} error={find.errors.disputeId}>
            <input name="disputeId" autoComplete="off" spellCheck={false} />
          </Field>
        </CommandForm>
        {persons && (
          <section aria-labelledby="persons-title">
            <h2 id="persons-title">{t('admin.erasure.personsTitle')}</h2>
            <ul>
              {persons.map((p) => (
                <li key={p.subjectId}>
                  {p.name} ({p.as}
                  {p.erased ? `, ${t('admin.erasure.alreadyErased')}` : ''}){' '}
                  {!p.erased && (
                    <button type="button" className="secondary" onClick={() => setSubjectId(p.subjectId)}>
                      {t('admin.erasure.choose', { name: p.name })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <CommandForm
          title={t('admin.erasure.submit')}
          submitLabel={t('admin.erasure.submit')}
          danger
          {...command}
          done={command.done}
          busy={fetching}
          onSubmit={async (form) => {
            const reason = valueOf(form, 'reason').trim();
            const found = missing({ subjectId: subjectId.trim(), reason }, t('form.required'));
            if (valueOf(form, 'confirm').trim() !== word) found.confirm = t('admin.erasure.confirmWrong', { word });
            if (!command.check(found)) return;
            const res = await erase({ input: { subjectId: subjectId.trim(), reason } });
            const problem = problemOf(res.error);
            if (problem?.code === 'NOT_FOUND') return command.check({ subjectId: t('admin.erasure.notFound') });
            if (
              command.settle(res.error, t('admin.erasure.done', { at: formatDateTime(res.data?.eraseSubject.erasedAt, i18n.language) }))
            ) {
              form.reset();
              setSubjectId('');
              setPersons(null);
            }
          }}
        >
          <Field label={t('admin.erasure.subjectId')} hint={t('admin.erasure.subjectIdHint')} error={command.errors.subjectId}>
            <input
              name="subjectId"
              value={subjectId}
              onChange={(e) => setSubjectId(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <Field label={t('admin.erasure.reason')} hint={t('admin.erasure.reasonHint')} error={command.errors.reason}>
            <input name="reason" maxLength={2000} />
          </Field>
          <div className="warning" role="note" aria-labelledby="erasure-warning-title">
            <h3 id="erasure-warning-title">{t('admin.erasure.warningTitle')}</h3>
            <ul>
              <li>{t('admin.erasure.warning1')}</li>
              <li>{t('admin.erasure.warning2')}</li>
              <li>{t('admin.erasure.warning3')}</li>
              <li>{t('admin.erasure.warning4')}</li>
            </ul>
          </div>
          <Field label={t('admin.erasure.confirm', { word })} error={command.errors.confirm}>
            <input name="confirm" autoComplete="off" spellCheck={false} />
          </Field>
        </CommandForm>
      </FormHeadingLevel.Provider>
    </>
  );
}
