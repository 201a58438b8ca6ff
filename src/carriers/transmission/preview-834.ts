// The 834 a family's state produces for each carrier it has coverage with, built exactly as the worker
// builds a change file (the same loader, builder and writer) but not stored or sent: for
// `GET /subscribers/:id/preview_834` and for a life event's dry run, which previews inside its own
// transaction before rolling it back.
import { Type, type Static } from '@sinclair/typebox';
import type { Trx } from '../../db/database.ts';
import { Nullable, Uuid } from '../../http/common-schemas.ts';
import { ErrorItem } from '../../http/errors.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { write834 } from '../x12/write-834.ts';
import { buildFamilies, enrollmentFile, type FileFacts } from './build-834.ts';
import { settingsBuildErrors } from './build-errors.ts';
import { loadFamilies, loadPeriodContext } from './family-records.ts';

export const Preview834 = Type.Object({
  coverage_period_id: Uuid,
  carrier_id: Uuid,
  segments: Type.Array(Type.String(), { description: 'The segments of `x12`, one per item, terminators kept' }),
  x12: Nullable(
    Type.String({
      description:
        'The whole interchange (ISA to IEA) as the writer writes the file: `~` ends each segment, a line break follows it. Control numbers are 1 ' +
        '(they are given when the file is built for sending); SSNs are masked (XXXXX6789) unless the key has the pii scope. Null when nothing would be sent.',
    }),
  ),
  warnings: Type.Array(ErrorItem),
  errors: Type.Array(Type.Object(ErrorItem.properties), { description: 'Why this family cannot be written into the carrier’s file, if it cannot: nothing would be sent until it is corrected' }),
});
export type Preview834 = Static<typeof Preview834>;

/** NM108 34 is an SSN: without the pii scope a preview shows its last four digits only (XXXXX6789). */
export function maskSsnSegments(text: string): string {
  return text.replace(/^(NM1\*[^*~]*\*[^*~]*\*[^*~]*\*[^*~]*\*[^*~]*\*[^*~]*\*[^*~]*\*34\*)(\d{5})(\d{4})/gm, '$1XXXXX$3');
}

/** One preview per coverage period given, of the subscriber's family as the database has it now. */
export async function previewFamily834(
  trx: Trx,
  cipher: PersonalDataCipher,
  subscriberId: string,
  coveragePeriodIds: readonly string[],
  options: { revealSsn: boolean; now?: Date },
): Promise<Preview834[]> {
  const previews: Preview834[] = [];
  for (const coverage_period_id of coveragePeriodIds) {
    const context = await loadPeriodContext(trx, coverage_period_id);
    const [family] = await loadFamilies(trx, cipher, context, [subscriberId]);
    const now = options.now ?? new Date();
    const file: FileFacts = {
      kind: 'change',
      carrier: context.carrier,
      sponsor: context.sponsor,
      carrierGroupNumber: context.period.carrier_group_number,
      control: { interchange: 1, group: 1, transactionSet: 1 },
      date: now.toISOString().slice(0, 10),
      time: now.toISOString().slice(11, 16).replace(':', ''),
    };
    let previewed;
    try {
      previewed = buildFamilies(file, [family!]);
    } catch (error) {
      previews.push({ coverage_period_id, carrier_id: context.carrier.id, segments: [], x12: null, warnings: [], errors: settingsBuildErrors(error) });
      continue;
    }
    const built = previewed.built[0];
    const text = built ? write834(enrollmentFile(file, built.members), { lineBreak: '\n' }) : null;
    const shown = text === null ? null : options.revealSsn ? text : maskSsnSegments(text);
    previews.push({
      coverage_period_id,
      carrier_id: context.carrier.id,
      segments: shown === null ? [] : shown.split('\n').filter(Boolean),
      x12: shown,
      warnings: (built?.unmapped ?? []).map((u) => ({ error_type: 'carrier.line_of_coverage_unmapped', message: `No 834 line-of-coverage code for ${u.product_line}; set the carrier's line_of_coverage_codes`, parameter: 'line_of_coverage_codes' })),
      errors: previewed.failed.flatMap((failure) => failure.errors),
    });
  }
  return previews;
}
