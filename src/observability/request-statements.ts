// Statements per request. Each request runs in an async context of its own holding a tally; every
// statement the database layer sends while in it (BEGIN and COMMIT included) adds one. /metrics
// reports the tally as a histogram by route, and the statement-count tests read it to hold each
// request to a handful of round trips. Background work (a batched rate-limit write, the keys' last
// use) runs in the context it was scheduled from at start-up, so it is no request's cost.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { STATEMENT_SEPARATOR } from '../db/database.ts';

export interface StatementTally {
  /** Statements, BEGIN and COMMIT included. */
  count: number;
  /** Texts sent (a text may hold several statements, sent in one round trip). */
  roundTrips: number;
  /** The first statements' SQL text (shortened), for a test that fails to say what was sent. */
  texts: string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    statements: StatementTally | null;
  }
}

const KEPT_TEXTS = 20;
const tallies = new AsyncLocalStorage<StatementTally>();
const listeners = new Map<OnStatement, { stop: () => void; apps: number }>();

function count(text: string): void {
  const tally = tallies.getStore();
  if (!tally) return;
  // A text of several statements (the tenant transaction's start) counts each of them.
  tally.count += text.split(STATEMENT_SEPARATOR).length;
  tally.roundTrips++;
  if (tally.texts.length < KEPT_TEXTS) tally.texts.push(text.replace(/\s+/g, ' ').slice(0, 200));
}

export type OnStatement = (listener: (sqlText: string) => void) => () => void;

/** Registers the tally. Call before every other onRequest hook, so authentication is counted too. */
export function registerStatementTally(app: FastifyInstance, onStatement: OnStatement | undefined): void {
  app.decorateRequest('statements', null);
  if (!onStatement) return;
  // One listener per database however many apps share it (the tally is the request's, not the app's).
  const listener = listeners.get(onStatement) ?? { stop: onStatement(count), apps: 0 };
  listener.apps++;
  listeners.set(onStatement, listener);
  app.addHook('onClose', async () => {
    if (--listener.apps === 0) {
      listener.stop();
      listeners.delete(onStatement);
    }
  });
  app.addHook('onRequest', (request, _reply, done) => {
    const tally: StatementTally = { count: 0, roundTrips: 0, texts: [] };
    request.statements = tally;
    tallies.run(tally, done);
  });
}
