import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useClient } from 'urql';
import { problemOf } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FieldGroup } from '../../components/FieldGroup';
import { usePageTitle } from '../../components/usePageTitle';
import { warsawLocalToInstant } from '../../format/dates';
import { graphql } from '../../gql';
import type { Channel, ComplaintKind, RepresentativeKind } from '../../gql/graphql';
import { explainProblem, type Explained } from '../case/explain-problem';

const ReceiveComplaintDocument = graphql(`
  mutation ReceiveComplaint($input: ReceiveComplaintInput!) {
    receiveComplaint(input: $input) {
      disputeId
      revision
    }
  }
`);

const ClassifyAtIntakeDocument = graphql(`
  mutation ClassifyAtIntake($input: ClassifyComplaintInput!) {
    classifyComplaint(input: $input) {
      disputeId
      revision
    }
  }
`);

/** "Orally, to the protocol" is how an oral complaint is recorded (KPA art. 63 § 3); the API knows it as IN_PERSON. */
const intakeChannels = ['LETTER', 'EMAIL', 'EPUAP', 'PHONE', 'IN_PERSON', 'PROTOCOL', 'WEB'] as const;
type IntakeChannel = (typeof intakeChannels)[number];
const kinds: ComplaintKind[] = ['COMPLAINT', 'REQUEST', 'IN_PENDING_CASE', 'AGAINST_FINAL_DECISION', 'OUTSIDE_KPA'];
const representativeKinds = ['MP', 'SENATOR', 'COUNCILLOR'] as const;
const fieldNames = [
  'channel',
  'receivedAt',
  'category',
  'description',
  'remedySought',
  'concernedUnit',
  'concernedStaffId',
  'complainant.name',
  'complainant.address',
  'complainant.email',
  'complainant.phone',
  'onBehalfOf',
  'accessibilityNeeds',
  'language',
  'passedOnBy.kind',
  'passedOnBy.name',
];

/**
 * The clerk's intake: every channel, anonymous complaints said for what they are (§ 8 of the 2002 regulation), and
 * the new case page at the end. Plain form controls in reading order, so Tab, Shift+Tab, Space and Enter do it all.
 */
export function Intake() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('clerk.intake.title'));
  const client = useClient();
  const navigate = useNavigate();
  const [channel, setChannel] = useState<IntakeChannel>('LETTER');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [email, setEmail] = useState('');
  const [representative, setRepresentative] = useState<'NONE' | (typeof representativeKinds)[number]>('NONE');
  const [explained, setExplained] = useState<Explained | null>(null);
  const [sending, setSending] = useState(false);
  // One id per form: sending it again (a double click, a retry after a network error) records the complaint once.
  const [commandId] = useState(() => crypto.randomUUID());
  const [receivedId, setReceivedId] = useState<string | null>(null);
  // Without a name and an address to answer to (postal or e-mail) the complaint is anonymous.
  const anonymous = name.trim() === '' || (address.trim() === '' && email.trim() === '');
  const noComplainant = name.trim() === '';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (key: string) => {
      const value = String(data.get(key) ?? '').trim();
      return value === '' ? null : value;
    };
    const receivedAt = text('receivedAt');
    const kind = text('kind') as ComplaintKind | null;
    const input = {
      commandId,
      channel: (channel === 'PROTOCOL' ? 'IN_PERSON' : channel) as Channel,
      category: String(data.get('category') ?? ''),
      description: String(data.get('description') ?? ''),
      complainant: noComplainant
        ? null
        : { name: name.trim(), address: text('complainant.address'), email: text('complainant.email'), phone: text('complainant.phone') },
      onBehalfOf: noComplainant ? null : text('onBehalfOf'),
      accessibilityNeeds: noComplainant ? null : text('accessibilityNeeds'),
      passedOnBy:
        representative === 'NONE' ? null : { kind: representative as RepresentativeKind, name: String(data.get('passedOnBy.name') ?? '') },
      concernedUnit: text('concernedUnit'),
      concernedStaffId: text('concernedStaffId'),
      remedySought: text('remedySought'),
      language: text('language'),
      receivedAt: receivedAt ? warsawLocalToInstant(receivedAt) : null,
    };
    setSending(true);
    const result = await client.mutation(ReceiveComplaintDocument, { input }).toPromise();
    const problem = problemOf(result.error);
    if (problem) {
      setSending(false);
      return setExplained(explainProblem(problem, t, i18n.language, fieldNames));
    }
    const { disputeId, revision } = result.data!.receiveComplaint;
    if (kind) {
      const classified = await client
        .mutation(ClassifyAtIntakeDocument, { input: { disputeId, expectedRevision: revision, kind, category: input.category } })
        .toPromise();
      const failed = problemOf(classified.error);
      if (failed) {
        setSending(false);
        setReceivedId(disputeId);
        return setExplained({
          byField: {},
          general: [t('clerk.intake.classifyFailed', { message: explainProblem(failed, t, i18n.language, []).general.join(' ') })],
          conflict: false,
        });
      }
    }
    navigate(`/disputes/${disputeId}`);
  }

  const errorOf = (field: string) => explained?.byField[field] ?? null;
  const summary = explained ? [...explained.general, ...Object.values(explained.byField)] : [];

  return (
    <>
      <h1>{t('clerk.intake.title')}</h1>
      <p>{t('clerk.intake.intro')}</p>
      <form onSubmit={submit} noValidate aria-label={t('clerk.intake.title')}>
        <ErrorSummary messages={summary} />
        {receivedId && (
          <p>
            <Link to={`/disputes/${receivedId}`}>{t('clerk.intake.openCase')}</Link>
          </p>
        )}

        <FieldGroup legend={t('clerk.intake.how')}>
          <Field label={t('clerk.intake.channel')} hint={t(`clerk.intake.channelHint.${channel}`)} error={errorOf('channel')}>
            <select name="channel" value={channel} onChange={(e) => setChannel(e.target.value as IntakeChannel)}>
              {intakeChannels.map((c) => (
                <option key={c} value={c}>
                  {t(`clerk.intake.channelOption.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('clerk.intake.receivedAt')} hint={t('clerk.intake.receivedAtHint')} error={errorOf('receivedAt')}>
            <input name="receivedAt" type="datetime-local" />
          </Field>
        </FieldGroup>

        <FieldGroup legend={t('clerk.intake.what')}>
          <Field label={t('clerk.intake.category')} hint={t('clerk.intake.categoryHint')} error={errorOf('category')}>
            <input name="category" type="text" required aria-required="true" />
          </Field>
          <Field label={t('clerk.intake.kind')} hint={t('clerk.intake.kindHint')}>
            <select name="kind" defaultValue="">
              <option value="">{t('clerk.intake.kindNone')}</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`case.kinds.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('clerk.intake.description')} hint={t('clerk.intake.descriptionHint')} error={errorOf('description')}>
            <textarea name="description" rows={8} required aria-required="true" />
          </Field>
          <Field label={t('clerk.intake.remedySought')} error={errorOf('remedySought')}>
            <textarea name="remedySought" rows={3} />
          </Field>
          <Field label={t('clerk.intake.concernedUnit')} error={errorOf('concernedUnit')}>
            <input name="concernedUnit" type="text" />
          </Field>
          <Field
            label={t('clerk.intake.concernedStaffId')}
            hint={t('clerk.intake.concernedStaffIdHint')}
            error={errorOf('concernedStaffId')}
          >
            <input name="concernedStaffId" type="text" autoComplete="off" />
          </Field>
        </FieldGroup>

        <FieldGroup legend={t('clerk.intake.who')} hint={t('clerk.intake.whoHint')}>
          <Field label={t('clerk.intake.name')} error={errorOf('complainant.name')}>
            <input name="complainant.name" type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </Field>
          <Field label={t('clerk.intake.address')} error={errorOf('complainant.address')}>
            <textarea name="complainant.address" rows={2} value={address} onChange={(e) => setAddress(e.target.value)} autoComplete="off" />
          </Field>
          <Field label={t('clerk.intake.email')} error={errorOf('complainant.email')}>
            <input name="complainant.email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
          </Field>
          <Field label={t('clerk.intake.phone')} error={errorOf('complainant.phone')}>
            <input name="complainant.phone" type="tel" autoComplete="off" />
          </Field>
          <div className="notice-warning" role="status" aria-live="polite">
            {anonymous && <p>{t('clerk.intake.anonymous')}</p>}
          </div>
          <Field
            label={t('clerk.intake.onBehalfOf')}
            hint={noComplainant ? t('clerk.intake.needsComplainant') : t('clerk.intake.onBehalfOfHint')}
            error={errorOf('onBehalfOf')}
          >
            <input name="onBehalfOf" type="text" disabled={noComplainant} autoComplete="off" />
          </Field>
          <Field
            label={t('clerk.intake.accessibilityNeeds')}
            hint={noComplainant ? t('clerk.intake.needsComplainant') : t('clerk.intake.accessibilityNeedsHint')}
            error={errorOf('accessibilityNeeds')}
          >
            <input name="accessibilityNeeds" type="text" disabled={noComplainant} autoComplete="off" />
          </Field>
          <Field label={t('clerk.intake.language')} hint={t('clerk.intake.languageHint')} error={errorOf('language')}>
            <input name="language" type="text" autoComplete="off" />
          </Field>
        </FieldGroup>

        <FieldGroup legend={t('clerk.intake.representative')} hint={t('clerk.intake.representativeHint')}>
          <Field label={t('clerk.intake.representativeKind')} error={errorOf('passedOnBy.kind')}>
            <select
              name="passedOnBy.kind"
              value={representative}
              onChange={(e) => setRepresentative(e.target.value as typeof representative)}
            >
              {(['NONE', ...representativeKinds] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`clerk.intake.representativeKindOption.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          {representative !== 'NONE' && (
            <Field label={t('clerk.intake.representativeName')} error={errorOf('passedOnBy.name')}>
              <input name="passedOnBy.name" type="text" autoComplete="off" />
            </Field>
          )}
        </FieldGroup>

        <button type="submit" disabled={sending}>
          {t('clerk.intake.submit')}
        </button>
      </form>
    </>
  );
}
