import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { problemOf } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FieldGroup } from '../../components/FieldGroup';
import { warsawLocalToInstant } from '../../format/dates';
import type { CaseDispute, CommandSpec, FieldSpec } from './commands';
import { explainProblem, type Explained } from './explain-problem';
import { commonLegalBases } from './legal-bases';

const channels = ['LETTER', 'EMAIL', 'EPUAP', 'PHONE', 'IN_PERSON', 'WEB'] as const;
const kinds = ['COMPLAINT', 'REQUEST', 'IN_PENDING_CASE', 'AGAINST_FINAL_DECISION', 'OUTSIDE_KPA'] as const;

/** Puts `value` at a dotted path of the input (`signer.name`). */
function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/**
 * The command's GraphQL input from the form. A required text goes as typed (empty too), so the API's validation names
 * what is missing; a required choice or date left empty is caught here, as GraphQL would refuse the whole request.
 */
function inputFrom(
  data: FormData,
  spec: CommandSpec,
  dispute: CaseDispute,
  freeRows: number,
): { input: Record<string, unknown>; missing: string[] } {
  const input: Record<string, unknown> = { disputeId: dispute.id, expectedRevision: dispute.revision };
  const missing: string[] = [];
  const text = (name: string) => String(data.get(name) ?? '').trim();
  for (const field of spec.fields) {
    const value = text(field.name);
    switch (field.kind) {
      case 'text':
      case 'textarea':
        setPath(input, field.name, value === '' && !field.required ? null : value);
        break;
      case 'lines':
        setPath(
          input,
          field.name,
          String(data.get(field.name) ?? '')
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        );
        break;
      case 'datetime':
        if (value === '' && field.required) missing.push(field.name);
        setPath(input, field.name, value === '' ? null : warsawLocalToInstant(value));
        break;
      case 'select':
      case 'channel':
      case 'kind':
        if (value === '' && (field.kind !== 'select' || field.required)) missing.push(field.name);
        setPath(input, field.name, value === '' && field.kind === 'select' && !field.required ? null : value);
        break;
      case 'checks':
        setPath(input, field.name, data.getAll(field.name).map(String));
        break;
      case 'yesNo':
        setPath(input, field.name, value === '' ? null : value === 'yes');
        break;
      case 'confirm':
        setPath(input, field.name, data.get(field.name) === 'on');
        break;
      case 'legalBasis': {
        const ticked = commonLegalBases
          .filter((b) => data.getAll('legalBasis.common').includes(b.key))
          .map(({ act, article }) => ({ act, article }));
        const free = Array.from({ length: freeRows }, (_, i) => ({
          act: text(`legalBasis.act.${i}`),
          article: text(`legalBasis.article.${i}`),
        })).filter((b) => b.act || b.article);
        input.legalBasis = [...ticked, ...free];
        break;
      }
    }
  }
  return { input, missing };
}

export function CommandForm({
  spec,
  dispute,
  onDone,
  onCancel,
  onReload,
}: {
  spec: CommandSpec;
  dispute: CaseDispute;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const titleId = useId();
  const [explained, setExplained] = useState<Explained | null>(null);
  const [sending, setSending] = useState(false);
  const [freeRows, setFreeRows] = useState(1);
  const names = spec.fields.map((f) => f.name);
  const lists = new Set(spec.fields.filter((f) => f.kind === 'lines' || f.kind === 'legalBasis').map((f) => f.name));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, missing } = inputFrom(new FormData(event.currentTarget), spec, dispute, freeRows);
    if (missing.length > 0) {
      const byField = Object.fromEntries(
        missing.map((name) => [
          name,
          t(spec.fields.find((f) => f.name === name)?.kind === 'datetime' ? 'case.validation.required' : 'case.validation.choose'),
        ]),
      );
      return setExplained({ byField, general: [], conflict: false });
    }
    setSending(true);
    const result = await client.mutation(spec.document, { input }).toPromise();
    setSending(false);
    const problem = problemOf(result.error);
    if (!problem) {
      setExplained(null);
      return onDone();
    }
    setExplained(explainProblem(problem, t, i18n.language, names, lists));
  }

  const errorOf = (name: string) => explained?.byField[name] ?? null;
  const labelOf = (field: FieldSpec) => t(('label' in field && field.label) || `case.fields.${field.name}`);
  const hintOf = (field: FieldSpec) => ('hint' in field && field.hint ? t(field.hint) : undefined);
  const summary = explained ? [...explained.general, ...Object.values(explained.byField)] : [];

  return (
    <form className="command-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h3 id={titleId}>{t(`case.cmd.${spec.name}.title`)}</h3>
      <ErrorSummary messages={summary} />
      {explained?.conflict && (
        <p>
          <button type="button" className="secondary" onClick={onReload}>
            {t('case.timeline.reload')}
          </button>
        </p>
      )}
      {spec.fields.map((field) => {
        switch (field.kind) {
          case 'text':
            return (
              <Field key={field.name} label={labelOf(field)} hint={hintOf(field)} error={errorOf(field.name)}>
                <input name={field.name} type="text" />
              </Field>
            );
          case 'textarea':
          case 'lines':
            return (
              <Field key={field.name} label={labelOf(field)} hint={hintOf(field)} error={errorOf(field.name)}>
                <textarea name={field.name} rows={field.kind === 'lines' ? 3 : 5} />
              </Field>
            );
          case 'datetime':
            return (
              <Field key={field.name} label={labelOf(field)} hint={hintOf(field)} error={errorOf(field.name)}>
                <input name={field.name} type="datetime-local" />
              </Field>
            );
          case 'select':
          case 'channel':
          case 'kind': {
            const options: readonly string[] = field.kind === 'select' ? field.options : field.kind === 'channel' ? channels : kinds;
            const optionLabel = (o: string) =>
              t(field.kind === 'select' ? `${field.optionLabels}.${o}` : field.kind === 'channel' ? `channel.${o}` : `case.kinds.${o}`);
            return (
              <Field key={field.name} label={labelOf(field)} hint={hintOf(field)} error={errorOf(field.name)}>
                <select name={field.name} defaultValue="">
                  <option value="">{t('case.options.choose')}</option>
                  {options.map((o) => (
                    <option key={o} value={o}>
                      {optionLabel(o)}
                    </option>
                  ))}
                </select>
              </Field>
            );
          }
          case 'yesNo':
            if (!dispute.mediations.some((m) => m.result === 'AGREEMENT')) return null;
            return (
              <Field key={field.name} label={labelOf(field)} error={errorOf(field.name)}>
                <select name={field.name} defaultValue="">
                  <option value="">{t('case.yesNo.empty')}</option>
                  <option value="yes">{t('case.yesNo.yes')}</option>
                  <option value="no">{t('case.yesNo.no')}</option>
                </select>
              </Field>
            );
          case 'confirm':
            return (
              <FieldGroup key={field.name} legend={labelOf(field)} error={errorOf(field.name)}>
                <label className="check">
                  <input type="checkbox" name={field.name} /> {t(`case.confirm.${field.name}`)}
                </label>
              </FieldGroup>
            );
          case 'checks':
            return (
              <FieldGroup key={field.name} legend={labelOf(field)} hint={hintOf(field)} error={errorOf(field.name)}>
                {field.options.map((o) => (
                  <label key={o} className="check">
                    <input type="checkbox" name={field.name} value={o} /> {t(`${field.optionLabels}.${o}`)}
                  </label>
                ))}
              </FieldGroup>
            );
          case 'legalBasis':
            return (
              <FieldGroup key={field.name} legend={t('case.legal.legend')} hint={t('case.legal.hint')} error={errorOf('legalBasis')}>
                {commonLegalBases.map((b) => (
                  <label key={b.key} className="check">
                    <input type="checkbox" name="legalBasis.common" value={b.key} /> {t(`case.legal.common.${b.key}`)}
                  </label>
                ))}
                {Array.from({ length: freeRows }, (_, i) => (
                  <div key={i} className="legal-free">
                    <Field label={t('case.legal.act', { n: i + 1 })}>
                      <input name={`legalBasis.act.${i}`} type="text" />
                    </Field>
                    <Field label={t('case.legal.article', { n: i + 1 })}>
                      <input name={`legalBasis.article.${i}`} type="text" />
                    </Field>
                  </div>
                ))}
                <button type="button" className="secondary" onClick={() => setFreeRows((n) => n + 1)}>
                  {t('case.legal.add')}
                </button>
              </FieldGroup>
            );
        }
      })}
      <div className="form-buttons">
        <button type="submit" disabled={sending}>
          {t(`case.cmd.${spec.name}.submit`)}
        </button>{' '}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('case.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
