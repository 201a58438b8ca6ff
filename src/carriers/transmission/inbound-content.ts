// What a carrier answered, kept: the worker reads a carrier's files through this wrapper, which seals
// each file's content into its inbound_files row (migration 0016) when the file is marked processed —
// after the transaction that recorded and applied it has committed, so the row is there. A file whose
// move fails is read again on the next pass and its content kept then. Shown with the file it answers
// (GET /file_deliveries/{id}/content).
import type { Db } from '../../db/database.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import type { CarrierConnector, InboundFile } from '../connectors/connector.ts';

export function keepingInboundContent(db: Db, cipher: PersonalDataCipher, carrierId: string, connector: CarrierConnector): CarrierConnector {
  const received = new Map<string, string>();
  return {
    send: (file) => connector.send(file),
    async receive(): Promise<InboundFile[]> {
      const files = await connector.receive();
      for (const file of files) received.set(file.name, file.content);
      return files;
    },
    async markProcessed(name) {
      const content = received.get(name);
      if (content !== undefined) {
        await db
          .updateTable('inbound_files')
          .set({ content_sealed: cipher.seal(content) })
          .where('carrier_id', '=', carrierId)
          .where('name', '=', name)
          .where('content_sealed', 'is', null)
          .execute();
        received.delete(name);
      }
      await connector.markProcessed(name);
    },
    close: () => connector.close(),
  };
}
