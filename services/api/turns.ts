import type { Request, RequestHandler } from 'express';
import type { Accounts } from '../accounts/accounts.js';
import type { Auth } from './auth.js';
import { identifyRequest } from './identity.js';

/**
 * Lets waiting requests start their work one per turn of the event loop, the lightest first (issue 11).
 *
 * A request's work past its document (resolvers over synchronous SQLite, serialising the answer) runs in one go, and
 * Node runs every request whose bytes arrived in the same poll phase before it looks at the sockets again: with forty
 * clients sending heavy requests as fast as they were answered, forty of them ran back to back while /healthz and the
 * ordinary screens waited for hundreds of ms. Here each request waits for a turn (a setImmediate), so between two of
 * them the loop polls its sockets, and /healthz, which never waits here, is answered after at most one request's work.
 * A busy server still runs a request per turn, and a turn of an idle loop costs microseconds.
 *
 * Which waiting request goes next: the one whose user (or, signed out, address) has used the least lately: the time
 * their turns lasted (from the turn's start to its `end`: for a query, until its answer is sent, a worker thread's part
 * included), decaying by half every HALF_LIFE_MS, plus a small prior from this request's price (the query-complexity
 * points the limit uses, known before it runs), so that among newcomers the cheaper goes first. The time is measured,
 * not the price: a price says nothing of a mutation's 4,000 names, a time does. Someone opening a case goes before
 * someone who has been sending year-long reports back to back; the heavy sender is slowed only while others wait, and
 * each ms a request waits takes AGING_PER_MS off its rank, so no one waits for ever.
 * A request whose client has gone (closed its connection while waiting) is dropped at its turn instead of run.
 */
export interface Turns {
  /** Resolves at this request's turn, or with null if its client went away meanwhile. */
  next(request: { who: string; price: number; gone: () => boolean }): Promise<Turn | null>;
  /** How many wait now. */
  readonly waiting: number;
}

/** A turn given: `end` says the work it let in is done (a second call does nothing). */
export interface Turn {
  end(): void;
}

const HALF_LIFE_MS = 10_000;
/** What a ms of waiting takes off a request's rank, so that no one waits for ever behind a stream of lighter users. */
const AGING_PER_MS = 0.005;
/** How much a point of estimated cost weighs against a ms of measured use when ranking (1,000 points: 1 ms). */
const PRIOR_MS_PER_POINT = 0.001;
/**
 * Users remembered before those whose spending has decayed to almost nothing are forgotten; the sweep runs at most once
 * a second, so a flood of new addresses costs one pass a second, not one per request.
 */
const REMEMBERED = 10_000;
const SWEEP_EVERY_MS = 1_000;

export function createTurns({ now = () => performance.now() }: { now?: () => number } = {}): Turns {
  const waiting: { who: string; price: number; asked: number; gone: () => boolean; resolve: (turn: Turn | null) => void }[] = [];
  const spent = new Map<string, { ms: number; at: number }>();
  const spentBy = (who: string, at: number) => {
    const s = spent.get(who);
    return s === undefined ? 0 : s.ms * 2 ** (-(at - s.at) / HALF_LIFE_MS);
  };
  let swept = -Infinity;
  const charge = (who: string, started: number) => {
    const at = now();
    spent.set(who, { ms: spentBy(who, at) + (at - started), at });
    if (spent.size <= REMEMBERED || at - swept < SWEEP_EVERY_MS) return;
    swept = at;
    for (const [someone] of spent) if (spentBy(someone, at) < 1) spent.delete(someone);
  };
  const turnOf = (who: string, started: number): Turn => {
    let ended = false;
    return {
      end() {
        if (!ended) charge(who, started);
        ended = true;
      },
    };
  };
  let scheduled = false;

  function pump() {
    scheduled = false;
    const at = now();
    for (let i = waiting.length - 1; i >= 0; i--) if (waiting[i]!.gone()) waiting.splice(i, 1)[0]!.resolve(null);
    if (waiting.length === 0) return;
    const rank = (w: (typeof waiting)[number]) => spentBy(w.who, at) + w.price * PRIOR_MS_PER_POINT - (at - w.asked) * AGING_PER_MS;
    let lightest = 0;
    for (let i = 1; i < waiting.length; i++) if (rank(waiting[i]!) < rank(waiting[lightest]!)) lightest = i;
    const [chosen] = waiting.splice(lightest, 1);
    // Its work runs in this callback's microtasks, before the loop polls again and the next turn lets another in.
    chosen!.resolve(turnOf(chosen!.who, at));
    schedule();
  }

  function schedule() {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    setImmediate(pump);
  }

  return {
    next({ who, price, gone }) {
      return new Promise<Turn | null>((resolve) => {
        waiting.push({ who, price, asked: now(), gone, resolve });
        schedule();
      });
    },
    get waiting() {
      return waiting.length;
    },
  };
}

/** The client's address (behind a proxy, as TRUST_PROXY lets Express read it). */
export const clientAddress = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/**
 * How one HTTP request takes its turns: counted to the signed-in user, else to the client's address, and dropped once
 * the client has closed its connection.
 */
export const requestTurns =
  (turns: Turns, req: Request, userId: string | null) =>
  (price: number): Promise<Turn | null> =>
    turns.next({ who: userId === null ? `address ${clientAddress(req)}` : `user ${userId}`, price, gone: () => req.socket.destroyed });

/** The exports wait for turns too, at the price of a whole-log replay (their worker thread does the rest). */
export const routesTakeTurns =
  (turns: Turns, price: number, auth: Auth, accounts: Accounts): RequestHandler =>
  (req, res, next) =>
    void identifyRequest(auth, accounts, req)
      .catch(() => null)
      .then((identity) => requestTurns(turns, req, identity?.actor.userId ?? null)(price))
      .then((turn) => {
        if (turn === null) return;
        res.once('close', () => turn.end());
        next();
      });
