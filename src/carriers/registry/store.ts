// Carriers in SQL, and the two translations around it: connection secrets sealed on the way in (and
// never shown on the way out), and the envelope defaults resolved once so the 834 writer reads them as is.
import type { Trx } from '../../db/database.ts';
import { json, sql } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { ErrorItem } from '../../http/errors.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { parseSandboxConnection, SandboxConfigError } from '../sandbox/sandbox-config.ts';
import {
  SECRET_SET,
  type Carrier,
  type Connection,
  type ConnectionInput,
  type FileSettings,
  type FileSettingsInput,
  type Interchange,
  type InterchangeInput,
  type LineOfCoverageCodes,
} from './schema.ts';

const SECRET_FIELDS = ['password', 'private_key', 'auth_header'] as const;
type SecretField = (typeof SECRET_FIELDS)[number];

/** A connection as stored: secrets only as `<field>_sealed` (AES-256-GCM), never in plain text. */
export type StoredConnection = { type: Connection['type'] } & Record<string, string | number | undefined>; // a sandbox's settings are JSON values too

/** The carriers table has no column of its own for file settings; they travel in the interchange jsonb. */
type StoredInterchange = Interchange & { file_settings?: StoredFileSettings };

/** What counts as the carrier's acceptance; when not chosen, it follows the connection (see defaultAcceptance). */
export type Acceptance = FileSettings['acceptance'];
/** File settings as stored: an acceptance not chosen is left out, so it keeps following the connection. */
export type StoredFileSettings = Omit<FileSettings, 'acceptance'> & { acceptance?: Acceptance };

/**
 * Most carriers answer an 834 with a 999 (or 997) alone: its acceptance of the transaction set is the
 * carrier's acceptance. The sandbox carrier also sends a result file per family, which decides there.
 */
export const defaultAcceptance = (connectionType: string): Acceptance => (connectionType === 'sandbox' ? 'result_file' : 'acknowledgement');

export interface CarrierRow {
  id: string;
  organization_id: string;
  name: string;
  payer_identifier: string;
  interchange: StoredInterchange;
  connection: StoredConnection;
  line_of_coverage_codes: LineOfCoverageCodes;
  created_at: Date;
  updated_at: Date;
}

export interface CarrierValues {
  name: string;
  payer_identifier: string;
  interchange: Interchange;
  connection: StoredConnection;
  line_of_coverage_codes: LineOfCoverageCodes;
  file_settings: StoredFileSettings;
}

export const DEFAULT_FILE_SETTINGS: StoredFileSettings = { full_file_action_code: '4', maximum_members_per_file: null, subscriber_identifier: 'external_identifier' };
const DEFAULT_SFTP_PORT = 22;

/** GS02/GS03 default to the ISA ids, as most companion guides ask; ISA15 defaults to test. */
export function resolveInterchange(input: InterchangeInput): Interchange {
  return {
    sender_qualifier: input.sender_qualifier,
    sender_id: input.sender_id,
    receiver_qualifier: input.receiver_qualifier,
    receiver_id: input.receiver_id,
    application_sender_code: input.application_sender_code ?? input.sender_id,
    application_receiver_code: input.application_receiver_code ?? input.receiver_id,
    usage_indicator: input.usage_indicator ?? 'T',
  };
}

export function resolveFileSettings(input: FileSettingsInput | undefined, previous: StoredFileSettings = DEFAULT_FILE_SETTINGS): StoredFileSettings {
  const acceptance = input?.acceptance ?? previous.acceptance;
  return {
    full_file_action_code: input?.full_file_action_code ?? previous.full_file_action_code,
    maximum_members_per_file: input?.maximum_members_per_file === undefined ? previous.maximum_members_per_file : input.maximum_members_per_file,
    subscriber_identifier: input?.subscriber_identifier ?? previous.subscriber_identifier,
    ...(acceptance ? { acceptance } : {}),
  };
}

/**
 * Seals the connection's secrets. A secret left out or sent as "[set]" keeps the one stored before
 * when the connection keeps its type (so a client may PUT back what it read); null removes it.
 */
export function sealConnection(
  input: ConnectionInput,
  previous: StoredConnection | undefined,
  cipher: PersonalDataCipher,
): { connection: StoredConnection } | { invalid: ErrorItem } {
  const sameType = previous?.type === input.type;
  const stored: StoredConnection = { type: input.type };
  for (const [field, value] of Object.entries(input) as [string, unknown][]) {
    if (field === 'type' || (SECRET_FIELDS as readonly string[]).includes(field)) continue;
    stored[field] = value as string | number;
  }
  if (input.type === 'sftp') stored.port = input.port ?? DEFAULT_SFTP_PORT;
  const secretFields: SecretField[] = input.type === 'sftp' ? ['password', 'private_key'] : input.type === 'http' ? ['auth_header'] : [];
  for (const field of secretFields) {
    const value = (input as Partial<Record<SecretField, string | null>>)[field];
    const kept = sameType ? previous?.[`${field}_sealed`] : undefined;
    if (value === SECRET_SET && kept === undefined) {
      const message = `No ${field} is stored for this connection to keep; send the ${field} itself`;
      return { invalid: { error_type: 'unprocessable.secret_not_set', message, parameter: `carrier.connection.${field}` } };
    }
    if (value === undefined || value === SECRET_SET) {
      if (kept !== undefined) stored[`${field}_sealed`] = kept;
    } else if (value !== null) {
      stored[`${field}_sealed`] = cipher.seal(value);
    }
  }
  if (input.type === 'sandbox') {
    try {
      parseSandboxConnection(input);
    } catch (error) {
      if (!(error instanceof SandboxConfigError)) throw error;
      return { invalid: { error_type: 'unprocessable.sandbox_setting_invalid', message: error.message.replace(/^Sandbox carrier configuration: /, 'Sandbox setting '), parameter: `carrier.connection.${error.parameter}` } };
    }
  }
  if (input.type === 'sftp' && stored.password_sealed === undefined && stored.private_key_sealed === undefined) {
    const message = 'An sftp connection needs a password or a private_key';
    return { invalid: { error_type: 'unprocessable.credentials_required', message, parameter: 'carrier.connection.password' } };
  }
  return { connection: stored };
}

/** The API view of a stored connection: "[set]" where a secret is stored, nothing of the secret itself. */
export function describeConnection(stored: StoredConnection): Connection {
  const view: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(stored)) {
    const secret = /^(.*)_sealed$/.exec(field)?.[1];
    if (secret) view[secret] = SECRET_SET;
    else view[field] = value;
  }
  return view as Connection;
}

/** The connection with its secrets opened, for the connector that sends files; never for an answer. */
export function openConnection(stored: StoredConnection, cipher: PersonalDataCipher): Record<string, string | number> & { type: Connection['type'] } {
  const opened: Record<string, string | number> = {};
  for (const [field, value] of Object.entries(stored)) {
    if (value === undefined) continue;
    const secret = /^(.*)_sealed$/.exec(field)?.[1];
    opened[secret ?? field] = secret ? cipher.open(String(value)) : value;
  }
  return opened as Record<string, string | number> & { type: Connection['type'] };
}

/** The settings in force, the acceptance resolved. */
export function fileSettingsOf(row: Pick<CarrierRow, 'interchange' | 'connection'>): FileSettings {
  const stored = storedFileSettingsOf(row);
  return { ...stored, acceptance: stored.acceptance ?? defaultAcceptance(row.connection.type) };
}

export function storedFileSettingsOf(row: Pick<CarrierRow, 'interchange'>): StoredFileSettings {
  // Settings stored before a setting existed take its default.
  return { ...DEFAULT_FILE_SETTINGS, ...row.interchange.file_settings };
}

export function interchangeOf(row: Pick<CarrierRow, 'interchange'>): Interchange {
  const { file_settings: _fileSettings, ...interchange } = row.interchange;
  return interchange;
}

export const toCarrier = (row: CarrierRow): Carrier => ({
  id: row.id,
  name: row.name,
  payer_identifier: row.payer_identifier,
  interchange: interchangeOf(row),
  connection: describeConnection(row.connection),
  line_of_coverage_codes: row.line_of_coverage_codes,
  file_settings: fileSettingsOf(row),
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
});

const columns = (values: CarrierValues) => ({
  name: values.name,
  payer_identifier: values.payer_identifier,
  interchange: json({ ...values.interchange, file_settings: values.file_settings } satisfies StoredInterchange),
  connection: json(values.connection),
  line_of_coverage_codes: json(values.line_of_coverage_codes),
});

export async function insertCarrier(trx: Trx, organizationId: string, values: CarrierValues): Promise<CarrierRow> {
  const row = await trx
    .insertInto('carriers')
    .values({ id: newId(), organization_id: organizationId, ...columns(values) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as CarrierRow;
}

export async function updateCarrier(trx: Trx, organizationId: string, id: string, values: CarrierValues): Promise<CarrierRow> {
  const row = await trx
    .updateTable('carriers')
    .set((eb) => ({ ...columns(values), updated_at: eb.fn<Date>('now') }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as CarrierRow;
}

/** The organization's own carrier; another organization's is not found, like a missing one. */
export async function findCarrier(trx: Trx, organizationId: string, id: string): Promise<CarrierRow | undefined> {
  const row = await trx.selectFrom('carriers').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  return row as CarrierRow | undefined;
}

export async function listCarriers(trx: Trx, organizationId: string, limit: number, after?: string): Promise<CarrierRow[]> {
  let query = trx.selectFrom('carriers').selectAll().where('organization_id', '=', organizationId);
  if (after) query = query.where('id', '>', after);
  return (await query.orderBy('id').limit(limit).execute()) as CarrierRow[];
}

/**
 * Every other directory carrier's folders, in any organization (the SECURITY DEFINER function reads
 * past row-level security, and serializes registrations so two cannot take one folder at once).
 */
export async function directoryFoldersInUse(trx: Trx, exceptCarrierId: string | undefined): Promise<{ outbound_path: string | null; inbound_path: string | null }[]> {
  const result = await sql<{ outbound_path: string | null; inbound_path: string | null }>`
    SELECT outbound_path, inbound_path FROM enroll_directory_folders_in_use(${exceptCarrierId ?? null}::uuid)`.execute(trx);
  return result.rows;
}

/**
 * Of `lines`, those a plan or a current coverage of the carrier's coverage periods is for, in any
 * group (the SECURITY DEFINER function of migration 0016 reads past row-level security, for the
 * caller's own carrier only, and takes the lock plan creation takes on the carrier's lines).
 */
export async function carrierLinesInUse(trx: Trx, carrierId: string, lines: readonly string[]): Promise<string[]> {
  if (lines.length === 0) return [];
  const result = await sql<{ product_line: string }>`SELECT product_line FROM enroll_carrier_lines_in_use(${carrierId}::uuid, ${[...lines]}::text[])`.execute(trx);
  return result.rows.map((row) => row.product_line);
}
