// Acknowledgements: every accepted write gets a reference number for the submission, one for each
// person and one for each coverage item in it, so the submitter can match any later answer (the
// carrier's included) to exactly what it sent.
import { randomBytes } from 'node:crypto';
import type { Trx } from '../../db/database.ts';
import type { AcknowledgementsTable } from '../../db/tables.ts';
import type { Acknowledgement } from './schema.ts';

// Crockford's base32 without I, L, O, U: read aloud over the phone without mistakes.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newReferenceNumber(): string {
  const bytes = randomBytes(12);
  let text = '';
  for (const byte of bytes) text += ALPHABET[byte & 31];
  return `ACK-${text}`;
}

export interface AcknowledgedItem {
  resource_type: string;
  resource_id: string;
  member_id?: string | null;
  product_line?: string | null;
  action: string;
}

export interface Submission {
  organizationId: string;
  groupId: string | null;
  resource_type: string;
  resource_id: string;
  action: string;
  people: AcknowledgedItem[];
  coverageItems: AcknowledgedItem[];
}

type Row = Omit<AcknowledgementsTable, 'created_at'>;

/** The rows of a submission's acknowledgement: its reference, one per person, one per coverage item. */
export function acknowledgementRows(submission: Submission): Row[] {
  const submissionReference = newReferenceNumber();
  const base = { organization_id: submission.organizationId, group_id: submission.groupId, submission_reference: submissionReference };
  const item = (kind: 'person' | 'coverage', entry: AcknowledgedItem): Row => ({
    ...base,
    reference_number: newReferenceNumber(),
    kind,
    resource_type: entry.resource_type,
    resource_id: entry.resource_id,
    member_id: entry.member_id ?? null,
    product_line: entry.product_line ?? null,
    action: entry.action,
  });
  const rows: Row[] = [
    { ...base, reference_number: submissionReference, kind: 'submission', resource_type: submission.resource_type, resource_id: submission.resource_id, member_id: null, product_line: null, action: submission.action },
    ...submission.people.map((entry) => item('person', entry)),
    ...submission.coverageItems.map((entry) => item('coverage', entry)),
  ];
  return rows;
}

export function toAcknowledgement(rows: Row[], createdAt: Date): Acknowledgement {
  const submission = rows.find((row) => row.kind === 'submission')!;
  const items = (kind: 'person' | 'coverage') =>
    rows
      .filter((row) => row.kind === kind)
      .map((row) => ({ reference_number: row.reference_number, kind, resource_type: row.resource_type, resource_id: row.resource_id, member_id: row.member_id, product_line: row.product_line, action: row.action }));
  return {
    reference_number: submission.reference_number,
    resource_type: submission.resource_type,
    resource_id: submission.resource_id,
    action: submission.action,
    received_at: createdAt.toISOString(),
    people: items('person'),
    coverage_items: items('coverage'),
  };
}

/** The whole submission that a reference number (of the submission or of any item in it) belongs to. */
export async function findAcknowledgement(trx: Trx, organizationId: string, referenceNumber: string): Promise<Acknowledgement | undefined> {
  const hit = await trx
    .selectFrom('acknowledgements')
    .select('submission_reference')
    .where('organization_id', '=', organizationId)
    .where('reference_number', '=', referenceNumber)
    .executeTakeFirst();
  if (!hit) return undefined;
  const rows = await trx
    .selectFrom('acknowledgements')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('submission_reference', '=', hit.submission_reference)
    .orderBy('kind')
    .execute();
  return toAcknowledgement(rows, rows[0]!.created_at);
}
