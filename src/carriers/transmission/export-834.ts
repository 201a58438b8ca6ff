// An 834 of a whole coverage period, written as a stream: families are loaded and turned into
// segments a chunk at a time, so a 100,000-family file never sits in memory. The envelope comes from
// the writer itself (an empty file gives the header and trailer); only SE01, the segment count, is
// ours to keep, since the members arrive in pieces.
import type { Writable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { write834 } from '../x12/write-834.ts';
import { buildFamily, enrollmentFile, type FileFacts } from './build-834.ts';
import { loadFamilies, loadPeriodContext } from './family-records.ts';
import { nextControlNumbers } from './outbox-batcher.ts';

const CHUNK = 1000;

export interface ExportSummary {
  families: number;
  members: number;
  segments: number;
  interchangeControlNumber: number;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
}

export async function export834(db: Db, cipher: PersonalDataCipher, coveragePeriodId: string, kind: FileFacts['kind'], out: Writable, onProgress?: (families: number, total: number) => void): Promise<ExportSummary> {
  const context = await loadPeriodContext(db, coveragePeriodId);
  // An export is a real file a carrier may receive: it takes the carrier's next control numbers.
  const control = await db.transaction().execute((trx) => nextControlNumbers(trx, context.carrier.id));
  const now = new Date();
  const file: FileFacts = { kind, carrier: context.carrier, sponsor: context.sponsor, carrierGroupNumber: context.period.carrier_group_number, control, date: now.toISOString().slice(0, 10), time: now.toISOString().slice(11, 16).replace(':', '') };
  const skeleton = write834(enrollmentFile(file, []), { lineBreak: '\n' }).trimEnd().split('\n');
  const se = skeleton.findIndex((line) => line.startsWith('SE'));
  const st = skeleton.findIndex((line) => line.startsWith('ST'));
  const header = skeleton.slice(0, se);
  await write(out, header.join('\n') + '\n');

  const subscribers = (await db.selectFrom('coverages').select('subscriber_id').distinct().where('coverage_period_id', '=', coveragePeriodId).where('superseded_at', 'is', null).orderBy('subscriber_id').execute()).map((row) => row.subscriber_id);
  let members = 0;
  let families = 0;
  let memberSegments = 0;
  for (let i = 0; i < subscribers.length; i += CHUNK) {
    const chunk = await loadFamilies(db, cipher, context, subscribers.slice(i, i + CHUNK));
    const built = chunk.map((family) => buildFamily(file, family)).filter((family) => family.members.length);
    const loops = built.flatMap((family) => family.members);
    families += built.length;
    members += loops.length;
    if (loops.length) {
      const lines = write834(enrollmentFile(file, loops), { lineBreak: '\n' }).trimEnd().split('\n');
      const body = lines.slice(se, lines.findIndex((line) => line.startsWith('SE')));
      memberSegments += body.length;
      await write(out, body.join('\n') + '\n');
    }
    onProgress?.(Math.min(i + CHUNK, subscribers.length), subscribers.length);
  }
  // SE01 counts ST through SE: the header's segments from ST on, the members', and SE itself.
  const count = se - st + memberSegments + 1;
  const trailer = skeleton.slice(se);
  trailer[0] = trailer[0]!.replace(/^SE([^0-9A-Za-z])\d+/, `SE$1${count}`);
  await write(out, trailer.join('\n') + '\n');
  return { families, members, segments: count, interchangeControlNumber: control.interchange };
}
