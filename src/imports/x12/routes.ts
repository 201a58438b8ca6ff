// Inbound 834 imports over HTTP: the body is streamed into the database, read once for where it
// belongs (sponsor FEIN, group number, plans), queued as a job and answered at once (202); a worker
// applies it (imports/jobs), like a census. What the file implies and the group lacks is refused with
// a 422 listing it, or — with ?create_missing=true — created inside the import's own transaction.
import { Stream, type Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { ApiError, notFound, unprocessable, type ErrorItem } from '../../http/errors.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { findUnstorableText } from '../../db/storable-text.ts';
import { externalIdentifierTaken, findReachableGroup } from '../../enrollment/groups/store.ts';
import { findCarrier } from '../../carriers/registry/store.ts';
import { stream834, X12SyntaxError } from '../../carriers/x12/index.ts';
import { GroupX12ImportQuery, MissingTargetsBody, X12Import, X12ImportQuery, type X12Import as X12ImportView } from './schema.ts';
import { readFileFacts, type X12FileFacts } from './x12-file-facts.ts';
import { findReachableX12Import, findTargets, hasMissing, insertQueuedX12Import, newPlanFor, refusalOf, type Missing, type ToCreate, type X12ImportRow } from './x12-store.ts';
import { x12IdentifierProblem } from '../../carriers/x12/x12-text.ts';
import { deleteUpload, readUpload, storeUpload } from '../jobs/upload-store.ts';
import { queueImportJob } from '../jobs/import-jobs.ts';

const MAX_X12_BYTES = 1024 * 1024 * 1024;
const CONTENT_TYPES = ['application/edi-x12', 'text/plain'];

export const toX12Import = (row: X12ImportRow): X12ImportView => ({
  id: row.id,
  group_id: row.group_id,
  coverage_period_id: row.coverage_period_id,
  state: row.state,
  dry_run: row.dry_run,
  create_missing: row.create_missing,
  action_code: row.action_code,
  complete: row.complete,
  termination_date: row.termination_date,
  sponsor: row.sponsor as X12ImportView['sponsor'],
  carrier_group_number: row.carrier_group_number,
  file_bytes: Number(row.file_bytes),
  members_total: row.members_total,
  members_done: row.members_done,
  families_created: row.families_created,
  families_changed: row.families_changed,
  families_unchanged: row.families_unchanged,
  families_terminated: row.families_terminated,
  missing: row.missing as X12ImportView['missing'],
  created: row.created as X12ImportView['created'],
  error_count: row.error_count,
  errors: row.errors as X12ImportView['errors'],
  message: row.message,
  reference_number: row.reference_number,
  created_at: row.created_at.toISOString(),
  started_at: row.started_at?.toISOString() ?? null,
  finished_at: row.finished_at?.toISOString() ?? null,
});

/** A 422 that also says what is missing, so a client can create it (or ask us to). */
class MissingTargets extends ApiError {
  constructor(
    errors: ErrorItem[],
    readonly missing: Missing,
  ) {
    super(422, errors);
  }

  override body() {
    return { errors: this.errors, missing: this.missing };
  }
}

function missingErrors(missing: Missing): ErrorItem[] {
  const hint = 'send ?create_missing=true to create it from the file';
  return [
    ...(missing.group ? [{ error_type: 'unprocessable.group_not_found', message: `No group has the sponsor's FEIN ${missing.group.fein} (N1*P5); name the group (POST /groups/{id}/x12_imports) or ${hint}`, parameter: 'body' }] : []),
    ...missing.coverage_periods.map((p) => ({ error_type: 'unprocessable.coverage_period_not_found', message: `The group has no coverage period with group number ${p.carrier_group_number} (REF*1L) holding ${p.coverage_start_date}; ${hint}`, parameter: 'coverage_period_id' })),
    ...missing.plans.map((p) => ({ error_type: 'unprocessable.plan_not_found', message: `The coverage period has no ${p.product_line} plan with plan_identifier "${p.plan_identifier ?? ''}" (HD04, HD03 ${p.insurance_line_code}); ${hint}`, parameter: 'body' })),
  ];
}

/** What create_missing will create, checked before the file is accepted. */
async function plannedCreations(trx: Trx, organizationId: string, missing: Missing, facts: X12FileFacts, query: X12ImportQuery & GroupX12ImportQuery): Promise<ToCreate> {
  const problems: ErrorItem[] = [];
  const required = (parameter: keyof X12ImportQuery, why: string) => problems.push({ error_type: 'invalid_request.parameter_required', message: `${parameter} is required ${why}`, parameter });
  let group: ToCreate['group'] = null;
  if (missing.group) {
    const why = 'to create the group (an 834 carries no employer address)';
    if (!query.group_address_line_1) required('group_address_line_1', why);
    if (!query.group_city) required('group_city', why);
    if (!query.group_state) required('group_state', why);
    if (!query.group_zip) required('group_zip', why);
    const name = (query.group_name ?? missing.group.name ?? '').slice(0, 60);
    if (!name) required('group_name', 'to create the group: the sponsor (N1*P5) has no name');
    if (!/^[0-9]{9}$/.test(missing.group.fein)) problems.push({ error_type: 'unprocessable.x12_file', message: `The sponsor's identifier ${missing.group.fein} is not a nine-digit FEIN`, parameter: 'body' });
    const externalIdentifier = query.group_external_identifier ?? missing.group.fein;
    if (await externalIdentifierTaken(trx, organizationId, externalIdentifier)) problems.push({ error_type: 'conflict.external_identifier_taken', message: `A group with external_identifier ${externalIdentifier} exists; pass group_external_identifier`, parameter: 'group_external_identifier' });
    group = {
      external_identifier: externalIdentifier,
      name,
      employer: { organization_name: name, fein: missing.group.fein },
      primary_location: { id: newId(), address_line_1: query.group_address_line_1 ?? '', city: query.group_city ?? '', state: query.group_state!, zip: query.group_zip ?? '' },
      secondary_locations: [],
      status: 'active',
    };
  }
  let coverage_period: ToCreate['coverage_period'] = null;
  const period = missing.coverage_periods[0];
  if (period) {
    if (!query.carrier_id) required('carrier_id', 'to create the coverage period');
    else if (!(await findCarrier(trx, organizationId, query.carrier_id))) {
      problems.push({ error_type: 'unprocessable.carrier_not_found', message: 'carrier_id is not a carrier of the group’s organization', parameter: 'carrier_id' });
    }
    if (facts.latestDate && facts.latestDate > period.coverage_end_date) {
      problems.push({ error_type: 'unprocessable.coverage_outside_period', message: `The file's dates run to ${facts.latestDate}, past a year from its earliest start; create the coverage period yourself`, parameter: 'body' });
    }
    const problem = x12IdentifierProblem(period.carrier_group_number, 'The group number (REF*1L)');
    if (problem) problems.push({ error_type: 'invalid_request.parameter_invalid', message: problem, parameter: 'body' });
    coverage_period = { ...period, carrier_id: query.carrier_id ?? '' };
  }
  // What is created is what the API would take: a group number or plan code an 834 cannot carry is refused.
  for (const plan of missing.plans) {
    const problem = plan.plan_identifier === null ? undefined : x12IdentifierProblem(plan.plan_identifier, `The plan code (HD04) of ${plan.product_line}`);
    if (problem) problems.push({ error_type: 'invalid_request.parameter_invalid', message: problem, parameter: 'body' });
  }
  if (problems.length) throw unprocessable(problems);
  const plans = missing.plans.map(newPlanFor);
  // Two lines may share a plan code (HD04): the external identifiers must differ within a period.
  for (const plan of plans) if (plans.filter((p) => p.external_identifier === plan.external_identifier).length > 1) plan.external_identifier = `${plan.external_identifier}-${plan.product_line}`;
  return { group, coverage_period, plans };
}

export interface NewX12Import {
  id: string;
  callerOrganizationId: string;
  apiKeyId: string | null;
  groupId: string | undefined;
  query: X12ImportQuery & GroupX12ImportQuery;
  facts: X12FileFacts;
  fileBytes: number;
}

/**
 * The import row for a file whose facts were read: finds its group, period and plans, refuses (422, with
 * `missing`) or plans their creation. Throws ApiError. The route calls it, and `enroll import 834` on
 * the database directly; both then queue the import's job (queueImportJob) in the same transaction.
 */
export async function createX12Import(trx: Trx, input: NewX12Import): Promise<X12ImportRow> {
  const { facts, query } = input;
  let targets;
  try {
    targets = await findTargets(trx, facts, { callerOrganizationId: input.callerOrganizationId, ...(input.groupId ? { groupId: input.groupId } : {}), ...(query.coverage_period_id ? { coveragePeriodId: query.coverage_period_id } : {}) });
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    if (refusal.error_type === 'not_found') throw notFound('group');
    throw unprocessable([refusal]);
  }
  const missing = targets.missing;
  if (hasMissing(missing) && !query.create_missing) throw new MissingTargets(missingErrors(missing), missing);
  const toCreate = hasMissing(missing) ? await plannedCreations(trx, targets.organizationId, missing, facts, query) : { group: null, coverage_period: null, plans: [] };
  return insertQueuedX12Import(trx, {
    id: input.id,
    organizationId: targets.organizationId,
    groupId: targets.groupId,
    coveragePeriodId: targets.coveragePeriodId,
    apiKeyId: input.apiKeyId,
    dryRun: query.dry_run ?? false,
    createMissing: query.create_missing ?? false,
    actionCode: facts.actionCode,
    complete: facts.complete,
    terminationDate: facts.complete ? facts.fileDate : null,
    sponsor: facts.sponsors[0] ?? null,
    carrierGroupNumber: facts.groupNumbers[0] ?? null,
    fileBytes: input.fileBytes,
    membersTotal: facts.members,
    toCreate,
    missing,
  });
}

async function acceptFile(request: FastifyRequest, reply: FastifyReply, query: X12ImportQuery & GroupX12ImportQuery, groupId: string | undefined) {
  const { services } = request.server;
  // Refused before a byte is stored: a group the key cannot reach, a body that is not a file.
  if (groupId && !(await readAs(request, (trx) => findReachableGroup(trx, request.caller.organizationId, groupId)))) throw notFound('group');
  if (!(request.body instanceof Stream)) throw new ApiError(415, [{ error_type: 'invalid_request.content_type', message: `Send the 834 itself as the body, with Content-Type ${CONTENT_TYPES.join(' or ')}`, parameter: 'content-type' }]);
  const id = newId();
  const organizationId = request.caller.organizationId;
  const upload = await storeUpload(services.db, organizationId, id, request.body as Readable);
  try {
    let facts: X12FileFacts;
    try {
      facts = await readAs(request, (trx) => readFileFacts(stream834(readUpload(trx, upload.id))));
    } catch (error) {
      if (error instanceof X12SyntaxError) throw unprocessable([{ error_type: 'invalid_request.x12_invalid', message: `The body is not an X12 interchange: ${error.message}`, parameter: 'body' }]);
      throw error;
    }
    // The facts are stored with the import (sponsor name, group numbers): a NUL there is refused now.
    const unstorable = findUnstorableText(facts);
    if (unstorable !== undefined) throw unprocessable([{ error_type: 'invalid_request.x12_invalid', message: `The 834's ${unstorable} contains a NUL character (U+0000), which cannot be stored`, parameter: 'body' }]);
    const answer = await writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const row = await createX12Import(trx, { id, callerOrganizationId: caller.organizationId, apiKeyId: caller.apiKeyId, groupId, query, facts, fileBytes: upload.bytes });
      // A worker runs it: the job commits with the import's row, or neither does.
      await queueImportJob(trx, { id, kind: 'x12', organizationId: caller.organizationId, uploadId: upload.id });
      await audit({ resource_type: 'x12_import', resource_id: id, action: 'create', after: toX12Import(row) });
      return { status: 202, body: { x12_import: toX12Import(row) } };
    });
    if (reply.getHeader('idempotent-replayed')) await deleteUpload(services.db, organizationId, id);
    return answer;
  } catch (error) {
    await deleteUpload(services.db, organizationId, id).catch(() => {});
    throw error;
  }
}

export function registerX12ImportRoutes(app: App): void {
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    // The file arrives as a stream; the handler writes it to a file as it comes.
    scope.removeContentTypeParser('text/plain');
    scope.addContentTypeParser(CONTENT_TYPES, (_request, payload, done) => done(null, payload));
    const responses = { 202: Type.Object({ x12_import: X12Import }), 422: MissingTargetsBody };
    const description =
      'Send the 834 as the body (Content-Type: application/edi-x12 or text/plain). A change file (BGN08 2) changes the members it lists; a full file (BGN08 4 or RX) also terminates the families it leaves out. ?dry_run=true checks everything and writes nothing. Re-importing the same file changes nothing.';

    scope.post('/groups/:id/x12_imports', {
      config: { scope: 'write' },
      bodyLimit: MAX_X12_BYTES,
      schema: {
        tags: ['imports'],
        summary: "Import an employer's or platform's 834 into this group: answered at once, processed in the background, all-or-nothing",
        description,
        params: IdParams,
        querystring: GroupX12ImportQuery,
        consumes: CONTENT_TYPES,
        response: responses,
      },
    }, (request, reply) => acceptFile(request, reply, request.query as X12ImportQuery & GroupX12ImportQuery, request.params.id));

    scope.post('/x12_imports', {
      config: { scope: 'write' },
      bodyLimit: MAX_X12_BYTES,
      schema: {
        tags: ['imports'],
        summary: "Import an 834 into the group its sponsor (N1*P5 FEIN) and group number (REF*1L) name; with ?create_missing=true the group, coverage period and plans it implies are created",
        description,
        querystring: X12ImportQuery,
        consumes: CONTENT_TYPES,
        response: responses,
      },
    }, (request, reply) => acceptFile(request, reply, request.query as X12ImportQuery & GroupX12ImportQuery, undefined));

    scope.get('/x12_imports/:id', {
      config: { scope: 'read' },
      schema: { tags: ['imports'], summary: 'An 834 import: state, members done of total, what it changed and created, and every rejected segment', params: IdParams, response: { 200: Type.Object({ x12_import: X12Import }) } },
    }, async (request) => {
      const row = await readAs(request, (trx) => findReachableX12Import(trx, request.caller.organizationId, request.params.id));
      if (!row) throw notFound('x12 import');
      return { x12_import: toX12Import(row) };
    });
  });
}
