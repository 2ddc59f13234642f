import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Field } from '../../components/Field';
import { warsawLocalToInstant } from '../../format/dates';
import type { MediationResult } from '../../gql/graphql';
import { CommandForm, checked, valueOf } from '../../components/CommandForm';
import { DisclosureDocument, EndMediationDocument, ExtendMediationDocument, FileProtocolDocument, RecuseDocument } from './documents';
import { usePartyName, type MediationData } from './MediationDetails';
import { missing, useCommand } from '../../components/useCommand';

const results: MediationResult[] = ['AGREEMENT', 'NO_AGREEMENT', 'WITHDRAWN', 'TIMED_OUT'];

/** The protocol (KPA art. 96m): arrangements, participants, signatures, and why one is missing. */
export function ProtocolForm({ mediation, onDone }: { mediation: MediationData; onDone: () => void }) {
  const { t } = useTranslation();
  const nameOf = usePartyName();
  const [{ fetching }, file] = useMutation(FileProtocolDocument);
  const command = useCommand({
    ruleFields: { 'KPA-96m-protocol-content': 'participants', 'KPA-96m-mediator-signature': 'mediatorSigned' },
  });
  return (
    <CommandForm
      title={t('mediation.protocol.file')}
      submitLabel={t('mediation.protocol.file')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const arrangements = valueOf(form, 'arrangements')
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean);
        const missingSignatureReason = valueOf(form, 'missingSignatureReason').trim();
        const place = valueOf(form, 'place').trim();
        const mediatorAddress = valueOf(form, 'mediatorAddress').trim();
        if (!command.check(missing({ place, mediatorAddress }, t('form.required')))) return;
        const res = await file({
          input: {
            mediationId: mediation.id,
            arrangements,
            participants: checked(form, 'participants'),
            signedBy: checked(form, 'signedBy'),
            missingSignatureReason: missingSignatureReason || null,
            place,
            mediatorAddress,
            mediatorSigned: checked(form, 'mediatorSigned').length > 0,
          },
        });
        if (command.settle(res.error, t('mediation.protocol.filed'))) onDone();
      }}
    >
      <Field
        label={t('mediation.protocol.arrangements')}
        hint={t('mediation.protocol.arrangementsHint')}
        error={command.errors.arrangements}
      >
        <textarea name="arrangements" />
      </Field>
      {(['participants', 'signedBy'] as const).map((group) => (
        <fieldset key={group} aria-invalid={command.errors[group] ? true : undefined}>
          <legend>{t(`mediation.protocol.${group}`)}</legend>
          {command.errors[group] && <p className="error">{command.errors[group]}</p>}
          {mediation.parties.map((p) => (
            <label className="checkbox" key={p.partyId}>
              <input type="checkbox" name={group} value={p.partyId} defaultChecked />
              {nameOf(p)}
            </label>
          ))}
        </fieldset>
      ))}
      <Field
        label={t('mediation.protocol.missingSignatureReason')}
        hint={t('mediation.protocol.missingSignatureHint')}
        error={command.errors.missingSignatureReason}
      >
        <input name="missingSignatureReason" maxLength={2000} />
      </Field>
      <Field label={t('mediation.protocol.place')} hint={t('mediation.protocol.placeHint')} error={command.errors.place}>
        <input name="place" maxLength={300} required />
      </Field>
      <Field
        label={t('mediation.protocol.mediatorAddress')}
        hint={t('mediation.protocol.mediatorAddressHint')}
        error={command.errors.mediatorAddress}
      >
        <input name="mediatorAddress" maxLength={500} required />
      </Field>
      <fieldset aria-invalid={command.errors.mediatorSigned ? true : undefined}>
        <legend>{t('mediation.protocol.mediatorSignature')}</legend>
        {command.errors.mediatorSigned && <p className="error">{command.errors.mediatorSigned}</p>}
        <label className="checkbox">
          <input type="checkbox" name="mediatorSigned" />
          {t('mediation.protocol.mediatorSigned')}
        </label>
      </fieldset>
    </CommandForm>
  );
}

export function EndMediationForm({ mediation, onDone }: { mediation: MediationData; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, end] = useMutation(EndMediationDocument);
  const command = useCommand({ ruleFields: { 'KPA-96e-time-limit': 'result' } });
  return (
    <CommandForm
      title={t('mediation.end.title')}
      submitLabel={t('mediation.end.submit')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const res = await end({ input: { mediationId: mediation.id, result: valueOf(form, 'result') as MediationResult } });
        if (command.settle(res.error, t('mediation.end.done'))) onDone();
      }}
    >
      <Field
        label={t('mediation.end.result')}
        hint={mediation.protocol ? undefined : t('mediation.end.agreementHint')}
        error={command.errors.result}
      >
        <select
          name="result"
          defaultValue={mediation.protocol && mediation.protocol.arrangements.length > 0 ? 'AGREEMENT' : 'NO_AGREEMENT'}
        >
          {results.map((r) => (
            <option key={r} value={r}>
              {t(`mediation.resultName.${r}`)}
            </option>
          ))}
        </select>
      </Field>
    </CommandForm>
  );
}

/** Once, by at most a month (KPA art. 96e § 2): the office's step. */
export function ExtendMediationForm({ mediation, onDone }: { mediation: MediationData; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, extend] = useMutation(ExtendMediationDocument);
  const command = useCommand();
  return (
    <CommandForm
      title={t('mediation.extend.title')}
      submitLabel={t('mediation.extend.submit')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const reason = valueOf(form, 'reason');
        const newEndsAt = valueOf(form, 'newEndsAt');
        if (!command.check(missing({ reason }, t('form.required')))) return;
        const res = await extend({
          input: {
            mediationId: mediation.id,
            reason,
            jointRequest: checked(form, 'jointRequest').length > 0,
            newEndsAt: newEndsAt ? warsawLocalToInstant(newEndsAt) : null,
          },
        });
        if (command.settle(res.error, t('mediation.extend.done'))) onDone();
      }}
    >
      <Field label={t('mediation.extend.reason')} error={command.errors.reason}>
        <input name="reason" required maxLength={2000} />
      </Field>
      <label className="checkbox">
        <input type="checkbox" name="jointRequest" value="yes" defaultChecked />
        {t('mediation.extend.jointRequest')}
      </label>
      <Field label={t('mediation.extend.newEndsAt')} hint={t('mediation.extend.newEndsAtHint')} error={command.errors.newEndsAt}>
        <input name="newEndsAt" type="datetime-local" />
      </Field>
    </CommandForm>
  );
}

/** The mediator's own statements about their impartiality (KPA art. 96g). */
export function ImpartialityForms({ mediation, onDone }: { mediation: MediationData; onDone: () => void }) {
  const { t } = useTranslation();
  const [disclosing, disclose] = useMutation(DisclosureDocument);
  const [recusing, recuse] = useMutation(RecuseDocument);
  const disclosure = useCommand();
  const recusal = useCommand();
  return (
    <>
      <CommandForm
        title={t('mediation.disclosure.title')}
        submitLabel={t('mediation.disclosure.submit')}
        {...disclosure}
        busy={disclosing.fetching}
        onSubmit={async (form) => {
          const circumstances = valueOf(form, 'circumstances');
          if (!disclosure.check(missing({ circumstances }, t('form.required')))) return;
          const res = await disclose({ input: { mediationId: mediation.id, circumstances } });
          if (disclosure.settle(res.error, t('mediation.disclosure.done'))) {
            form.reset();
            onDone();
          }
        }}
      >
        <Field
          label={t('mediation.disclosure.circumstances')}
          hint={t('mediation.disclosure.hint')}
          error={disclosure.errors.circumstances}
        >
          <textarea name="circumstances" maxLength={5000} />
        </Field>
      </CommandForm>
      <CommandForm
        title={t('mediation.recuse.title')}
        submitLabel={t('mediation.recuse.submit')}
        danger
        {...recusal}
        busy={recusing.fetching}
        onSubmit={async (form) => {
          const reason = valueOf(form, 'reason');
          if (!recusal.check(missing({ reason }, t('form.required')))) return;
          const res = await recuse({ input: { mediationId: mediation.id, reason } });
          if (recusal.settle(res.error, t('mediation.recuse.done'))) onDone();
        }}
      >
        <Field label={t('mediation.recuse.reason')} hint={t('mediation.recuse.hint')} error={recusal.errors.reason}>
          <input name="reason" required maxLength={2000} />
        </Field>
      </CommandForm>
    </>
  );
}
