// A typed client for the Open Enrollment API: openapi-fetch over the types generated from the API's
// OpenAPI document (schema.d.ts). Every path, parameter, body and answer is checked by TypeScript.
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.d.ts';

export type { components, paths };
export type EnrollmentClient = Client<paths>;

export interface EnrollmentClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Where the API is served, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  /** An API key, `enr_<prefix>_<secret>`, sent as a Bearer token. */
  apiKey: string;
}

export function createEnrollmentClient({ baseUrl, apiKey, headers, ...options }: EnrollmentClientOptions): EnrollmentClient {
  return createClient<paths>({ ...options, baseUrl: baseUrl.replace(/\/$/, ''), headers: { ...(headers as Record<string, string> | undefined), authorization: `Bearer ${apiKey}` } });
}
