// Routes that need no key: the health check and the OpenAPI document (the /docs page is the
// swagger-ui plugin's).
import { Type } from '@sinclair/typebox';
import { pingDatabase } from '../db/database.ts';
import type { App } from './app.ts';

export function registerSystemRoutes(app: App): void {
  app.get('/health', {
    config: { public: true },
    schema: {
      tags: ['system'],
      summary: 'Whether the server and its database answer',
      security: [],
      response: {
        200: Type.Object({ status: Type.Literal('ok'), database: Type.String() }),
        503: Type.Object({ status: Type.Literal('unavailable'), database: Type.String() }),
      },
    },
  }, async (request, reply) => {
    const { db, databaseKind } = request.server.services;
    // Which process answered: with several API processes on one port, the way to tell them apart.
    reply.header('x-served-by', String(process.pid));
    try {
      await pingDatabase(db);
      return { status: 'ok' as const, database: databaseKind };
    } catch (error) {
      request.log.warn({ err: error }, 'health check: database did not answer');
      return reply.code(503).send({ status: 'unavailable' as const, database: databaseKind });
    }
  });

  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
