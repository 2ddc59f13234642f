import type { pl } from './pl';

/** Common English texts, with the same keys as the Polish ones (plural forms: one / other). */
export const en: DeepPartialStrings<typeof pl> = {
  app: { title: 'Complaints and mediation ledger', skipToContent: 'Skip to content', loading: 'Loading…', signOut: 'Sign out', signedInAs: 'Signed in: {{name}} ({{role}})', language: 'Language', menu: 'Main menu' },
  signIn: {
    title: 'Sign in',
    userId: 'User id',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Could not sign in: {{message}}',
    wrong: 'Wrong user id or password.',
    expired: 'Your session has expired. Please sign in again.',
    disabled: 'This account is disabled. Ask an administrator to enable it.',
    throttled: 'Too many failed sign-in attempts. The next one can be made after {{time}}.',
  },
  role: { CLERK: 'clerk', MEDIATOR: 'mediator', SUPERVISOR: 'supervisor', OMBUDSMAN: 'ombudsman', ADMIN: 'administrator' },
  channel: { IN_PERSON: 'in person', PHONE: 'by phone', LETTER: 'by letter', EMAIL: 'by e-mail', EPUAP: 'through ePUAP', WEB: 'through the web form' },
  outcome: { UPHELD: 'upheld', PARTLY_UPHELD: 'partly upheld', NOT_UPHELD: 'not upheld' },
  status: {
    RECEIVED: 'received',
    ACKNOWLEDGED: 'acknowledged',
    AWAITING_SUPPLEMENT: 'awaiting supplement',
    IN_MEDIATION: 'in mediation',
    DECIDED: 'decided',
    PRIOR_POSITION_KEPT: 'prior position kept',
    FORWARDED: 'forwarded',
    LEFT_UNEXAMINED: 'left unexamined',
    WITHDRAWN: 'withdrawn',
    CLOSED: 'closed',
  },
  count: { dispute_one: '{{count}} case', dispute_other: '{{count}} cases' },
  daysLeft_one: '{{count}} day left',
  daysLeft_other: '{{count}} days left',
  daysLate_one: '{{count}} day late',
  daysLate_other: '{{count}} days late',
  error: {
    UNAUTHENTICATED: 'You are not signed in or your session has expired. Please sign in again.',
    FORBIDDEN: 'Your role does not allow this.',
    NOT_FOUND: 'Not found.',
    CONFLICT: 'Someone else changed this case meanwhile. Reload the page and try again.',
    BAD_USER_INPUT: 'Please correct the marked fields.',
    RULE_VIOLATED: 'This cannot be done: {{message}}',
    UNAVAILABLE: 'The server is briefly unavailable. Try again in a moment.',
    NETWORK: 'No connection to the server. Check the network and try again.',
    RATE_LIMITED: 'Too many requests in a short time. Try again after {{time}}.',
    INTERNAL: 'Something unexpected went wrong. Try again; if it happens again, tell the administrator.',
  },
  notFound: { title: 'No such page', back: 'Back to the start page' },
  form: { required: 'This field is required.', invalid: 'Please correct this field.' },
};

type DeepPartialStrings<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartialStrings<T[K]> };
