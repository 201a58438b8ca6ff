import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { notFound } from '../../http/errors.ts';
import { hasScope } from '../../http/auth.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import { previewFamily834, Preview834 } from '../../carriers/transmission/preview-834.ts';
import { outboxPeriodsOfEvent } from '../../carriers/transmission/transmission-store.ts';
import { Acknowledgement } from '../acknowledgements/schema.ts';
import { Coverage } from '../subscribers/schema.ts';
import { toCoverage, toEventView } from '../subscribers/subscriber-view.ts';
import { CreateQualifyingLifeEventBody, QualifyingLifeEventView } from './schema.ts';
import { recordQualifyingLifeEvent } from './record-event.ts';
import { findReachableQualifyingLifeEvent } from './store.ts';
import { removeDependent } from './remove-dependent.ts';
import { DateString, Uuid } from '../../http/common-schemas.ts';

const RecordedEvent = Type.Object({ qualifying_life_event: QualifyingLifeEventView, coverages: Type.Array(Coverage), acknowledgement: Acknowledgement });

export function registerQualifyingLifeEventRoutes(app: App): void {
  app.post('/subscribers/:id/qualifying_life_events', {
    config: { scope: 'write' },
    schema: {
      tags: ['qualifying life events'],
      summary: 'Record a qualifying life event: elections, waivers and terminations that start, change or end coverage',
      description:
        'A termination_of_employment ends every coverage of the subscriber and dependents (end dates from the request, else from the coverage period rule). ' +
        'A divorce or the death of a dependent ends that dependent\'s coverage; a birth or adoption adds the child; a waiver records its reason. ' +
        'Answers the event, every coverage row it started or ended, and an acknowledgement with reference numbers. ' +
        'With `?dry_run=true` it answers 200 with the same and the 834 it would send (`previews`), and writes nothing.',
      params: IdParams,
      querystring: Type.Object(
        { dry_run: Type.Optional(Type.Boolean({ description: 'Try the event: answer 200 with what it would do and the 834 it would send, and write nothing' })) },
        { additionalProperties: false },
      ),
      body: CreateQualifyingLifeEventBody,
      response: {
        201: RecordedEvent,
        200: Type.Object(
          { dry_run: Type.Literal(true), ...RecordedEvent.properties, previews: Type.Array(Preview834, { description: 'The 834 of the family as the event leaves it, for each carrier and coverage period the event queues it for' }) },
          {
            description:
              'With `dry_run=true`: the event is recorded, its coverages started and ended and its 834 built in one transaction that is then rolled back — ' +
              'the answer is what the real request would answer (its errors too), and nothing of it is kept: no event, coverage, status, outbox, audit or ' +
              'webhook event. Its ids and reference numbers are those of a change that was not made (they find nothing afterwards). Abuse limits count it as a request.',
          },
        ),
      },
    },
  }, async (request, reply) => {
    const dryRun = request.query.dry_run === true;
    return writeOnce(request, reply, async (context) => {
      const { event, coverages, acknowledgement } = await recordQualifyingLifeEvent(context, request.params.id, request.body.qualifying_life_event);
      const recorded = { qualifying_life_event: toEventView(event), coverages: coverages.map(toCoverage), acknowledgement };
      if (!dryRun) return { status: 201, body: recorded };
      // The family as the event leaves it, read back inside the transaction that is about to roll back.
      const periods = await outboxPeriodsOfEvent(context.trx, event.id);
      const previews = await previewFamily834(context.trx, request.server.services.cipher, request.params.id, periods, { revealSsn: hasScope(request, 'pii') });
      return { status: 200, body: { dry_run: true as const, ...recorded, previews } };
    }, { lockSubscriberId: request.params.id }, { dryRun });
  });

  app.delete('/dependents/:id', {
    config: { scope: 'write' },
    schema: {
      tags: ['subscribers'],
      summary: "Remove a dependent from the family going forward: their coverage ends on end_date, recorded as a loss_of_eligibility event",
      description:
        "Records a `loss_of_eligibility` qualifying life event for the dependent: every coverage of theirs that runs past `end_date` ends on it (in every coverage period), " +
        'the dependent is removed from the subscriber (`removed_on` = end_date) and the carriers are sent the termination. Nothing is deleted: the coverage rows ' +
        'and the dependent stay on record, and `GET /subscribers/:id?as_of=` before the end date still shows them. `coverage_period_id` is the period the event is ' +
        "recorded in (default: that of the dependent's latest coverage); the period's time rules apply to end_date.",
      params: IdParams,
      querystring: Type.Object(
        { end_date: DateString, coverage_period_id: Type.Optional(Uuid) },
        { additionalProperties: false },
      ),
      response: { 200: RecordedEvent },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async (context) => {
      const { event, coverages, acknowledgement } = await removeDependent(context, request.params.id, request.query);
      return { status: 200, body: { qualifying_life_event: toEventView(event), coverages: coverages.map(toCoverage), acknowledgement } };
    }, { lockFamilyOfDependentId: request.params.id }),
  );

  app.get('/qualifying_life_events/:id', {
    config: { scope: 'read' },
    schema: { tags: ['qualifying life events'], summary: 'A qualifying life event and its carrier status', params: IdParams, response: { 200: Type.Object({ qualifying_life_event: QualifyingLifeEventView }) } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findReachableQualifyingLifeEvent(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('qualifying life event');
    return { qualifying_life_event: toEventView(row) };
  });
}
