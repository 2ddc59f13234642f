import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Field } from '../../components/Field';
import { formatDateTime, instantToWarsawLocal, warsawLocalToInstant } from '../../format/dates';
import { CommandForm, checked, valueOf } from '../../components/CommandForm';
import { CancelSessionDocument, RecordSessionDocument, ScheduleSessionDocument } from './documents';
import { usePartyName, type MediationData } from './MediationDetails';
import { missing, useCommand } from '../../components/useCommand';

type Session = MediationData['sessions'][number];

/** The next free session reference: people never type ids. */
function nextSessionId(mediation: MediationData): string {
  const taken = new Set(mediation.sessions.map((s) => s.sessionId));
  let n = mediation.sessions.length + 1;
  while (taken.has(`posiedzenie-${n}`)) n += 1;
  return `posiedzenie-${n}`;
}

export function ScheduleSessionForm({ mediation, onDone }: { mediation: MediationData; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, schedule] = useMutation(ScheduleSessionDocument);
  const command = useCommand({ ruleFields: { 'KPA-96e-time-limit': 'startsAt', 'KPA-96b-consent-before-session': 'startsAt' } });
  return (
    <CommandForm
      title={t('mediation.sessions.scheduleTitle')}
      submitLabel={t('mediation.sessions.schedule')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const startsAt = valueOf(form, 'startsAt');
        const place = valueOf(form, 'place');
        if (!command.check(missing({ startsAt, place }, t('form.required')))) return;
        const res = await schedule({
          input: { mediationId: mediation.id, sessionId: nextSessionId(mediation), startsAt: warsawLocalToInstant(startsAt), place },
        });
        if (command.settle(res.error, t('mediation.sessions.scheduled'))) {
          form.reset();
          onDone();
        }
      }}
    >
      <Field label={t('mediation.sessions.startsAt')} hint={t('mediation.sessions.startsAtHint')} error={command.errors.startsAt}>
        <input name="startsAt" type="datetime-local" required />
      </Field>
      <Field label={t('mediation.sessions.place')} error={command.errors.place}>
        <input name="place" required maxLength={300} />
      </Field>
    </CommandForm>
  );
}

export function RecordSessionForm({ mediation, session, onDone }: { mediation: MediationData; session: Session; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePartyName();
  const [{ fetching }, record] = useMutation(RecordSessionDocument);
  const command = useCommand();
  const at = formatDateTime(session.startsAt, i18n.language);
  return (
    <CommandForm
      title={t('mediation.sessions.recordTitle', { at })}
      submitLabel={t('mediation.sessions.record')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const heldAt = valueOf(form, 'heldAt');
        if (!command.check(missing({ heldAt }, t('form.required')))) return;
        const res = await record({
          input: {
            mediationId: mediation.id,
            sessionId: session.sessionId,
            heldAt: warsawLocalToInstant(heldAt),
            attendees: checked(form, 'attendees'),
          },
        });
        if (command.settle(res.error, t('mediation.sessions.recorded'))) onDone();
      }}
    >
      <Field label={t('mediation.sessions.heldAt')} hint={t('mediation.sessions.startsAtHint')} error={command.errors.heldAt}>
        <input name="heldAt" type="datetime-local" required defaultValue={instantToWarsawLocal(session.startsAt)} />
      </Field>
      <fieldset aria-invalid={command.errors.attendees ? true : undefined}>
        <legend>{t('mediation.sessions.attendees')}</legend>
        <p className="hint">{t('mediation.sessions.attendeesHint')}</p>
        {command.errors.attendees && <p className="error">{command.errors.attendees}</p>}
        {mediation.parties.map((p) => (
          <label className="checkbox" key={p.partyId}>
            <input type="checkbox" name="attendees" value={p.partyId} defaultChecked />
            {nameOf(p)}
          </label>
        ))}
      </fieldset>
    </CommandForm>
  );
}

export function CancelSessionForm({ mediation, session, onDone }: { mediation: MediationData; session: Session; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [{ fetching }, cancel] = useMutation(CancelSessionDocument);
  const command = useCommand();
  const at = formatDateTime(session.startsAt, i18n.language);
  return (
    <CommandForm
      title={t('mediation.sessions.cancelTitle', { at })}
      submitLabel={t('mediation.sessions.cancel')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const reason = valueOf(form, 'reason');
        if (!command.check(missing({ reason }, t('form.required')))) return;
        const res = await cancel({ input: { mediationId: mediation.id, sessionId: session.sessionId, reason } });
        if (command.settle(res.error, t('mediation.sessions.cancelledDone'))) onDone();
      }}
    >
      <Field label={t('mediation.sessions.cancelReason')} error={command.errors.reason}>
        <input name="reason" required maxLength={2000} />
      </Field>
    </CommandForm>
  );
}

/** Every form a session needs, for whoever may send them: schedule a new one; record or cancel each one planned. */
export function SessionForms({ mediation, onDone }: { mediation: MediationData; onDone: () => void }) {
  const planned = mediation.sessions.filter((s) => !s.heldAt && !s.cancelled);
  return (
    <>
      <ScheduleSessionForm mediation={mediation} onDone={onDone} />
      {planned.map((s) => (
        <div key={s.sessionId}>
          <RecordSessionForm mediation={mediation} session={s} onDone={onDone} />
          <CancelSessionForm mediation={mediation} session={s} onDone={onDone} />
        </div>
      ))}
    </>
  );
}
