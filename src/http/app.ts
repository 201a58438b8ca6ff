// The Fastify application: cross-cutting plugins first (OpenAPI, validation, errors, auth), then the
// feature routes. Building it does no I/O, so tests drive it in-process with `app.inject`.
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { PersonalDataCipher } from '../security/personal-data-cipher.ts';
import { ApiError, ErrorBody, type ErrorItem } from './errors.ts';
import { describeValidationErrors, refuseUnstorableText, validationStatus, validatorCompiler } from './validation.ts';
import { registerAuth } from './auth.ts';
import { serializerCompiler } from './response-serializer.ts';
import { registerRoutes } from './routes.ts';
import { registerRateLimits } from './rate-limits/rate-limits.ts';
import { registerStatementTally, type OnStatement } from '../observability/request-statements.ts';
import { batchedHitCounter, memoryHitCounter, postgresHitCounter } from './rate-limits/hit-counter.ts';
import { registerMetrics } from '../observability/metrics.ts';

export interface Services {
  db: Db;
  databaseKind: 'pglite' | 'postgres';
  cipher: PersonalDataCipher;
  /** The database's statement hook (Database.onStatement): statements are counted per request. */
  onStatement?: OnStatement;
  /**
   * allowPrivateWebhookUrls unset means false: webhook URLs into private networks are refused.
   * carrierFilesDir unset means no `directory` connections are taken. rateLimits unset: no limits;
   * metrics unset: no /metrics.
   */
  config: Pick<Config, 'bodyLimit'> & Partial<Pick<Config, 'allowPrivateWebhookUrls' | 'carrierFilesDir' | 'rateLimits' | 'metrics'>> & { uploadDir: string };
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
    /** `METHOD /path/{param}` of every documented route, as the OpenAPI document names them. */
    apiRoutes: string[];
  }
}

export type App = FastifyInstance<any, any, any, any, TypeBoxTypeProvider>;

const ERROR_STATUSES = ['400', '401', '403', '404', '409', '413', '415', '422', '429'] as const;

export async function buildApp(services: Services, options: { logger?: FastifyBaseLogger } = {}): Promise<App> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: services.config.bodyLimit,
    // Ids are opaque to clients; case-sensitive, no trailing-slash surprises.
    routerOptions: { ignoreTrailingSlash: true },
    ajv: { customOptions: { removeAdditional: false } },
    // A path that is not percent-encoded UTF-8 (`%ED%A0%80`, `%zz`) fails in the router, before the error handler.
    frameworkErrors: (error, _request, reply) => {
      const badUrl = error.code === 'FST_ERR_BAD_URL';
      (reply as unknown as FastifyReply).code(400).send({ errors: [{ error_type: badUrl ? 'invalid_request.parameter_invalid' : 'invalid_request.invalid', message: badUrl ? 'The URL path is not valid percent-encoded UTF-8' : error.message, parameter: badUrl ? 'url' : null }] });
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('services', services);
  app.decorate('apiRoutes', [] as string[]);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setSchemaErrorFormatter((errors, context) => {
    const error = new ApiError(validationStatus(errors as never), describeValidationErrors(errors as never, context));
    return error;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Open Enrollment API',
        version: '0.1.0',
        description:
          'Benefits enrollment and carrier connectivity. Every 4xx answer is `{"errors": [{"error_type", "message", "parameter"}]}`. ' +
          'Writes accept an `Idempotency-Key` header: a replay returns the first answer.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API key `enr_<prefix>_<secret>`' },
          vericredApiKey: { type: 'apiKey', in: 'header', name: 'Vericred-Api-Key', description: 'The same key, for clients written against Ideon' },
        },
      },
      security: [{ bearer: [] }, { vericredApiKey: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  // Every route's error answers share one schema: added here so no route can forget it.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/docs') && !route.schema?.hide) {
      const methods = [route.method].flat().filter((method) => method !== 'HEAD');
      for (const method of methods) app.apiRoutes.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    }
    if (route.config?.public || route.url.startsWith('/docs') || !route.schema) return;
    const response = (route.schema.response ??= {}) as Record<string, unknown>;
    for (const status of ERROR_STATUSES) response[status] ??= { ...ErrorBody, description: 'Error' };
  });

  // Before any schema check, so no route can hand PostgreSQL a NUL or a lone surrogate (a 500 there).
  app.addHook('preValidation', async (request) => {
    const refused = refuseUnstorableText(request);
    if (refused) throw new ApiError(400, [refused]);
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send(error.body());
    const mapped = mapFrameworkError(error as FastifyError);
    if (mapped) return reply.code(mapped.status).send({ errors: [mapped.error] });
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ errors: [{ error_type: 'internal_error', message: 'Something went wrong on our side; the change was not made', parameter: null }] });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ errors: [{ error_type: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}`, parameter: 'url' }] }),
  );

  registerStatementTally(app, services.onStatement);
  registerMetrics(app, services.config.metrics);
  // One process (PGlite) counts in memory; PostgreSQL counts in a table every API process shares.
  const counter = services.databaseKind === 'postgres' ? batchedHitCounter(postgresHitCounter(services.db)) : memoryHitCounter();
  app.addHook('onClose', async () => counter.flush?.().catch(() => {}));
  const keyLimits = await registerRateLimits(app, services.config.rateLimits, counter);
  registerAuth(app, services.db, keyLimits);
  registerRoutes(app);
  return app;
}

function mapFrameworkError(error: FastifyError): { status: number; error: ErrorItem } | undefined {
  const item = (error_type: string, message: string, parameter: string | null) => ({ error_type, message, parameter });
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, error: item('invalid_request.content_type', 'Send the body as application/json', 'Content-Type') };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, error: item('invalid_request.body_too_large', 'The request body is larger than this server accepts', 'body') };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, error: item('invalid_request.parameter_required', 'The JSON body is empty', 'body') };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, error: item('invalid_request.malformed_json', 'The body is not valid JSON', 'body') };
    default:
      break;
  }
  // Fastify's own 4xx (bad JSON syntax from the parser, unsupported encodings, ...).
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const parameter = error instanceof SyntaxError ? 'body' : null;
    const type = error instanceof SyntaxError ? 'invalid_request.malformed_json' : 'invalid_request.invalid';
    return { status: error.statusCode, error: item(type, error instanceof SyntaxError ? 'The body is not valid JSON' : error.message, parameter) };
  }
  return undefined;
}
