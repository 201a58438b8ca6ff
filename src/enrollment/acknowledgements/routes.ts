import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app.ts';
import { notFound } from '../../http/errors.ts';
import { readAs } from '../../http/tenant-transaction.ts';
import { Acknowledgement } from './schema.ts';
import { findAcknowledgement } from './store.ts';

export function registerAcknowledgementRoutes(app: App): void {
  app.get('/acknowledgements/:reference_number', {
    config: { scope: 'read' },
    schema: {
      tags: ['acknowledgements'],
      summary: 'Find a submission by its reference number, or by the reference number of any person or coverage item in it',
      params: Type.Object({ reference_number: Type.String({ pattern: '^ACK-[0-9A-Z]{12}$', examples: ['ACK-3HT8W2LQ6NRC'] }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ acknowledgement: Acknowledgement }) },
    },
  }, async (request) => {
    const found = await readAs(request, (trx) => findAcknowledgement(trx, request.caller.organizationId, request.params.reference_number));
    if (!found) throw notFound('acknowledgement', 'reference_number');
    return { acknowledgement: found };
  });
}
