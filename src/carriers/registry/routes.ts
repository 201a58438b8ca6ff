// Carriers over HTTP. A carrier belongs to the organization that registered it; its connection
// secrets are sealed before they reach the database and answered only as "[set]".
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { notFound, unprocessable } from '../../http/errors.ts';
import { decodeCursor, page, PageQuery } from '../../http/pagination.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import { retryQueuesNow } from '../transmission/outbox-batcher.ts';
import { lineOfCoverageCodeNeeded, linesLostByCodes } from '../../enrollment/plans/receivable.ts';
import type { ProductLine } from '../../enrollment/enrollment-facts.ts';
import { placeDirectoryFolders } from './directory-folders.ts';
import { CarrierAnswer, CarrierList, CreateCarrierBody, UpdateCarrierBody } from './schema.ts';
import {
  findCarrier,
  insertCarrier,
  interchangeOf,
  listCarriers,
  resolveFileSettings,
  storedFileSettingsOf,
  resolveInterchange,
  carrierLinesInUse,
  sealConnection,
  toCarrier,
  updateCarrier,
} from './store.ts';

export function registerCarrierRoutes(app: App): void {
  app.post('/carriers', {
    config: { scope: 'write' },
    schema: { tags: ['carriers'], summary: 'Register a carrier: envelope ids, connection and companion-guide codes', body: CreateCarrierBody, response: { 201: CarrierAnswer } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const input = request.body.carrier;
      const sealed = sealConnection(input.connection, undefined, request.server.services.cipher);
      if ('invalid' in sealed) throw unprocessable([sealed.invalid]);
      const placed = await placeDirectoryFolders(trx, request.server.services.config.carrierFilesDir, sealed.connection);
      if ('invalid' in placed) throw unprocessable(placed.invalid);
      const row = await insertCarrier(trx, caller.organizationId, {
        name: input.name,
        payer_identifier: input.payer_identifier,
        interchange: resolveInterchange(input.interchange),
        connection: placed.connection,
        line_of_coverage_codes: input.line_of_coverage_codes ?? {},
        file_settings: resolveFileSettings(input.file_settings),
      });
      const carrier = toCarrier(row);
      await audit({ resource_type: 'carrier', resource_id: row.id, action: 'create', after: carrier });
      return { status: 201, body: { carrier } };
    }),
  );

  app.get('/carriers', {
    config: { scope: 'read' },
    schema: { tags: ['carriers'], summary: "List this organization's carriers", querystring: PageQuery, response: { 200: CarrierList } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, (trx) => listCarriers(trx, request.caller.organizationId, limit + 1, decodeCursor(request.query.cursor)));
    const { items, next_cursor } = page(rows, limit);
    return { carriers: items.map(toCarrier), next_cursor };
  });

  app.get('/carriers/:id', {
    config: { scope: 'read' },
    schema: { tags: ['carriers'], summary: 'One carrier (secrets shown only as "[set]")', params: IdParams, response: { 200: CarrierAnswer } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findCarrier(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('carrier');
    return { carrier: toCarrier(row) };
  });

  app.put('/carriers/:id', {
    config: { scope: 'write' },
    schema: {
      tags: ['carriers'],
      summary: 'Update a carrier: only the fields given change',
      description:
        '`line_of_coverage_codes` replaces the codes; it may not drop the code of a line that the 834 has no default for while plans or current ' +
        'coverages of this carrier are for that line (422 `unprocessable.line_of_coverage_code_needed` naming `carrier.line_of_coverage_codes.<line>`).',
      params: IdParams,
      body: UpdateCarrierBody,
      response: { 200: CarrierAnswer },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const before = await findCarrier(trx, caller.organizationId, request.params.id);
      if (!before) throw notFound('carrier');
      const changes = request.body.carrier;
      if (changes.line_of_coverage_codes) {
        // Plans and coverages of a line the new codes cannot carry would be left out of every file.
        const lost = linesLostByCodes(before.line_of_coverage_codes, changes.line_of_coverage_codes);
        const needed = await carrierLinesInUse(trx, before.id, lost);
        if (needed.length) throw unprocessable(needed.sort().map((line) => lineOfCoverageCodeNeeded(line as ProductLine)));
      }
      let connection = before.connection;
      if (changes.connection) {
        const sealed = sealConnection(changes.connection, before.connection, request.server.services.cipher);
        if ('invalid' in sealed) throw unprocessable([sealed.invalid]);
        const placed = await placeDirectoryFolders(trx, request.server.services.config.carrierFilesDir, sealed.connection, before.id);
        if ('invalid' in placed) throw unprocessable(placed.invalid);
        connection = placed.connection;
      }
      const row = await updateCarrier(trx, caller.organizationId, before.id, {
        name: changes.name ?? before.name,
        payer_identifier: changes.payer_identifier ?? before.payer_identifier,
        interchange: changes.interchange ? resolveInterchange(changes.interchange) : interchangeOf(before),
        connection,
        line_of_coverage_codes: changes.line_of_coverage_codes ?? before.line_of_coverage_codes,
        file_settings: resolveFileSettings(changes.file_settings, storedFileSettingsOf(before)),
      });
      const carrier = toCarrier(row);
      // Files that could not be built with the old settings are tried again at once.
      await retryQueuesNow(trx, { carrierId: row.id });
      await audit({ resource_type: 'carrier', resource_id: row.id, action: 'update', before: toCarrier(before), after: carrier });
      return { status: 200, body: { carrier } };
    }),
  );
}
