import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { notFound } from '../../http/errors.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import { Acknowledgement } from '../acknowledgements/schema.ts';
import { Coverage } from '../subscribers/schema.ts';
import { toCoverage, toEventView } from '../subscribers/subscriber-view.ts';
import { CreateQualifyingLifeEventBody, QualifyingLifeEventView } from './schema.ts';
import { recordQualifyingLifeEvent } from './record-event.ts';
import { findReachableQualifyingLifeEvent } from './store.ts';

export function registerQualifyingLifeEventRoutes(app: App): void {
  app.post('/subscribers/:id/qualifying_life_events', {
    config: { scope: 'write' },
    schema: {
      tags: ['qualifying life events'],
      summary: 'Record a qualifying life event: elections, waivers and terminations that start, change or end coverage',
      description:
        'A termination_of_employment ends every coverage of the subscriber and dependents (end dates from the request, else from the coverage period rule). ' +
        'A divorce or the death of a dependent ends that dependent\'s coverage; a birth or adoption adds the child; a waiver records its reason. ' +
        'Answers the event, every coverage row it started or ended, and an acknowledgement with reference numbers.',
      params: IdParams,
      body: CreateQualifyingLifeEventBody,
      response: { 201: Type.Object({ qualifying_life_event: QualifyingLifeEventView, coverages: Type.Array(Coverage), acknowledgement: Acknowledgement }) },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async (context) => {
      const { event, coverages, acknowledgement } = await recordQualifyingLifeEvent(context, request.params.id, request.body.qualifying_life_event);
      return { status: 201, body: { qualifying_life_event: toEventView(event), coverages: coverages.map(toCoverage), acknowledgement } };
    }, { lockSubscriberId: request.params.id }),
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
