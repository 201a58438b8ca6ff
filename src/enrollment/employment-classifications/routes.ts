// Benefit classes over HTTP: a group's classes (created in a group the caller reaches), and which class
// a subscriber is in from which day (history kept: an assignment is never changed, a later one follows).
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { conflict, notFound, unprocessable, type ApiError, type ErrorItem } from '../../http/errors.ts';
import { decodeCursor, page, PageQuery } from '../../http/pagination.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import { compareDates } from '../dates.ts';
import { findReachableGroup, isUniqueViolation } from '../groups/store.ts';
import { AssignClassificationBody, ClassAssignmentAnswer, ClassAssignmentList, ClassificationAnswer, ClassificationList, CreateClassificationBody, UpdateClassificationBody } from './schema.ts';
import {
  classificationDateViolations,
  findReachableClassification,
  findSubscriberAndClass,
  insertAssignment,
  insertClassification,
  listAssignments,
  listClassificationsOfGroup,
  toAssignment,
  toClassification,
  updateClassification,
} from './store.ts';

const TAGS = ['employment classifications'];
const externalIdentifierTaken = (): ApiError =>
  conflict('external_identifier_taken', 'Another class of this group has this external_identifier', 'employment_classification.external_identifier');
const sameDayTaken = (): ApiError =>
  conflict('classification_assignment_exists', 'The subscriber already has a class from this effective_date; assign the change from another day', 'subscriber_employment_classification.effective_date');
const takenAs = (error: ApiError) => (thrown: unknown) => {
  throw isUniqueViolation(thrown) ? error : thrown;
};

export function registerEmploymentClassificationRoutes(app: App): void {
  app.post('/groups/:id/employment_classifications', {
    config: { scope: 'write' },
    schema: { tags: TAGS, summary: 'Create a benefit class (employment classification) of a group', params: IdParams, body: CreateClassificationBody, response: { 201: ClassificationAnswer } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const group = await findReachableGroup(trx, caller.organizationId, request.params.id);
      if (!group) throw notFound('group');
      const input = request.body.employment_classification;
      const violations = classificationDateViolations(input);
      if (violations.length) throw unprocessable(violations);
      const row = await insertClassification(trx, group, input).catch(takenAs(externalIdentifierTaken()));
      const employmentClassification = toClassification(row);
      await audit({ resource_type: 'employment_classification', resource_id: row.id, action: 'create', after: employmentClassification });
      return { status: 201, body: { employment_classification: employmentClassification } };
    }),
  );

  app.get('/groups/:id/employment_classifications', {
    config: { scope: 'read' },
    schema: { tags: TAGS, summary: "A group's benefit classes", params: IdParams, querystring: PageQuery, response: { 200: ClassificationList } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, async (trx) => {
      const group = await findReachableGroup(trx, request.caller.organizationId, request.params.id);
      if (!group) throw notFound('group');
      return listClassificationsOfGroup(trx, request.caller.organizationId, group.id, limit + 1, decodeCursor(request.query.cursor));
    });
    const { items, next_cursor } = page(rows, limit);
    return { employment_classifications: items.map(toClassification), next_cursor };
  });

  app.get('/employment_classifications/:id', {
    config: { scope: 'read' },
    schema: { tags: TAGS, summary: 'One benefit class', params: IdParams, response: { 200: ClassificationAnswer } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findReachableClassification(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('employment classification');
    return { employment_classification: toClassification(row) };
  });

  app.put('/employment_classifications/:id', {
    config: { scope: 'write' },
    schema: { tags: TAGS, summary: 'Update a benefit class: only the fields given change', params: IdParams, body: UpdateClassificationBody, response: { 200: ClassificationAnswer } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const before = await findReachableClassification(trx, caller.organizationId, request.params.id);
      if (!before) throw notFound('employment classification');
      const changes = request.body.employment_classification;
      const violations = classificationDateViolations({ start_date: changes.start_date === undefined ? before.start_date : changes.start_date, end_date: changes.end_date === undefined ? before.end_date : changes.end_date });
      if (violations.length) throw unprocessable(violations);
      const row = Object.keys(changes).length ? await updateClassification(trx, before.id, changes).catch(takenAs(externalIdentifierTaken())) : before;
      const employmentClassification = toClassification(row);
      await audit({ resource_type: 'employment_classification', resource_id: row.id, action: 'update', before: toClassification(before), after: employmentClassification });
      return { status: 200, body: { employment_classification: employmentClassification } };
    }),
  );

  app.post('/subscribers/:id/employment_classifications', {
    config: { scope: 'write' },
    schema: {
      tags: TAGS,
      summary: "Put a subscriber in a benefit class from an effective date (the class history is kept; the class in force on a day is the latest assignment effective on or before it)",
      params: IdParams,
      body: AssignClassificationBody,
      response: { 201: ClassAssignmentAnswer },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const input = request.body.subscriber_employment_classification;
      const found = await findSubscriberAndClass(trx, caller.organizationId, request.params.id, input.employment_classification_id);
      if (!found) throw notFound('subscriber');
      const violations: ErrorItem[] = [];
      const parameter = 'subscriber_employment_classification.effective_date';
      if (!found.class_id) {
        violations.push({ error_type: 'unprocessable.employment_classification_not_found', message: "employment_classification_id is not a class of this subscriber's group", parameter: 'subscriber_employment_classification.employment_classification_id' });
      } else if (found.class_start_date && compareDates(input.effective_date, found.class_start_date) < 0) {
        violations.push({ error_type: 'unprocessable.outside_classification_dates', message: `The class starts on ${found.class_start_date}; effective_date ${input.effective_date} is before it`, parameter });
      } else if (found.class_end_date && compareDates(input.effective_date, found.class_end_date) > 0) {
        violations.push({ error_type: 'unprocessable.outside_classification_dates', message: `The class ended on ${found.class_end_date}; effective_date ${input.effective_date} is after it`, parameter });
      }
      if (violations.length) throw unprocessable(violations);
      const row = await insertAssignment(trx, found, input.employment_classification_id, input.effective_date).catch(takenAs(sameDayTaken()));
      const assignment = toAssignment(row);
      await audit({ resource_type: 'subscriber', resource_id: found.id, action: 'assign_employment_classification', after: assignment });
      return { status: 201, body: { subscriber_employment_classification: assignment } };
    }, { lockSubscriberId: request.params.id }),
  );

  app.get('/subscribers/:id/employment_classifications', {
    config: { scope: 'read' },
    schema: { tags: TAGS, summary: "A subscriber's class history, by effective date", params: IdParams, response: { 200: ClassAssignmentList } },
  }, async (request) => {
    const rows = await readAs(request, (trx) => listAssignments(trx, request.caller.organizationId, request.params.id));
    if (!rows) throw notFound('subscriber');
    return { subscriber_employment_classifications: rows.map(toAssignment) };
  });
}
