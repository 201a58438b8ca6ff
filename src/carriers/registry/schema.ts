// Carriers: who an organization sends 834 files to, how the files are addressed (ISA/GS envelope),
// how they travel (the connection) and the carrier's companion-guide choices. Secrets in a connection
// are write-only: the API answers "[set]" in their place.
import { Type, type Static, type TOptional, type TSchema, type TUnion } from '@sinclair/typebox';
import { DateTime, TaggedUnion, Uuid, X12Identifier } from '../../http/common-schemas.ts';
import { NextCursor } from '../../http/pagination.ts';
import { ACTION_CODES, INSURANCE_LINE_CODES, type InsuranceLineCode } from '../x12/code-lists.ts';
import { PRODUCT_LINES, type ProductLine } from '../../enrollment/enrollment-facts.ts';

/** What the API answers in place of a stored secret; sent back on update, it keeps the secret. */
export const SECRET_SET = '[set]';

/** One `enum` keyword, so a wrong value is one error naming the allowed values (not one per literal). */
const StringEnum = <T extends string>(values: readonly T[], options: Record<string, unknown> = {}) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });

/** ISA05/ISA07 interchange id qualifiers allowed by 005010X220A1. */
export const INTERCHANGE_ID_QUALIFIERS = {
  '01': 'Duns (Dun & Bradstreet)',
  '14': 'Duns Plus Suffix',
  '20': 'Health Industry Number (HIN)',
  '27': 'Carrier Identification Number as assigned by CMS',
  '28': 'Fiscal Intermediary Identification Number as assigned by CMS',
  '29': 'Medicare Provider and Supplier Identification Number as assigned by CMS',
  '30': 'U.S. Federal Tax Identification Number',
  '33': 'National Association of Insurance Commissioners Company Code (NAIC)',
  ZZ: 'Mutually Defined',
} as const;
export type InterchangeIdQualifier = keyof typeof INTERCHANGE_ID_QUALIFIERS;
const qualifierCodes = Object.keys(INTERCHANGE_ID_QUALIFIERS) as InterchangeIdQualifier[];

const Qualifier = (description: string) => StringEnum(qualifierCodes, { description, examples: ['ZZ'] });
const InterchangeId = (description: string, example: string) => X12Identifier({ minLength: 2, maxLength: 15, description, examples: [example] });
const ApplicationCode = (description: string) => X12Identifier({ minLength: 2, maxLength: 15, description });

const interchangeFields = {
  sender_qualifier: Qualifier('ISA05'),
  sender_id: InterchangeId('ISA06, at most 15 characters', 'OPENENROLL'),
  receiver_qualifier: Qualifier('ISA07'),
  receiver_id: InterchangeId('ISA08, at most 15 characters', '123456789'),
  application_sender_code: ApplicationCode('GS02; defaults to sender_id'),
  application_receiver_code: ApplicationCode('GS03; defaults to receiver_id'),
  usage_indicator: StringEnum(['T', 'P'] as const, { description: 'ISA15: T test (the default), P production' }),
};

export const InterchangeInput = Type.Object(
  {
    sender_qualifier: interchangeFields.sender_qualifier,
    sender_id: interchangeFields.sender_id,
    receiver_qualifier: interchangeFields.receiver_qualifier,
    receiver_id: interchangeFields.receiver_id,
    application_sender_code: Type.Optional(interchangeFields.application_sender_code),
    application_receiver_code: Type.Optional(interchangeFields.application_receiver_code),
    usage_indicator: Type.Optional(interchangeFields.usage_indicator),
  },
  { additionalProperties: false },
);
export type InterchangeInput = Static<typeof InterchangeInput>;
export const Interchange = Type.Object(interchangeFields);
export type Interchange = Static<typeof Interchange>;

const Path = (description: string) => Type.String({ minLength: 1, maxLength: 1024, description });
/** Create/update: a secret's text, null or absent for none, or "[set]" to keep the stored one (update). */
const SecretInput = (description: string) => Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 16384 }), Type.Null()], { description, writeOnly: true }));
/** Answers: "[set]" when a secret is stored, absent otherwise. */
const SecretOutput = Type.Optional(Type.Literal(SECRET_SET, { description: 'A secret is stored; it is never returned' }));

// A sandbox connection's settings: what the simulated carrier accepts and how it answers. Codes and
// dates are checked by the sandbox's own parser (sandbox-config.ts), so a wrong one is a 422 that names it.
const Hd03Codes = (description: string) => Type.Array(Type.String({ minLength: 1, maxLength: 3 }), { minItems: 1, maxItems: 30, description, examples: [['HLT', 'DEN', 'VIS', 'AH']] });
const SandboxDate = (description: string) => Type.String({ minLength: 10, maxLength: 10, description, examples: ['2026-01-01'] });
const sandboxSettings = {
  lines_of_coverage: Type.Optional(Hd03Codes('HD03 insurance line codes the carrier accepts; HLT, DEN, VIS when left out. A coverage of another line is rejected (`line_of_coverage`)')),
  groups: Type.Optional(
    Type.Array(
      Type.Object(
        {
          group_number: Type.String({ minLength: 1, maxLength: 50, description: 'REF*1L: a coverage period\'s carrier_group_number, or another' }),
          coverage_start_date: Type.Optional(SandboxDate("The group's first covered day: an earlier coverage start is rejected. Default: the earliest start of the carrier's periods with this group number")),
          coverage_end_date: Type.Optional(SandboxDate("The group's last covered day: a coverage starting after it is rejected")),
          lines_of_coverage: Type.Optional(Hd03Codes('HD03 codes offered to this group; default the carrier\'s lines_of_coverage')),
        },
        { additionalProperties: false },
      ),
      { maxItems: 1000, description: "Groups as the carrier knows them. Without a setting, the carrier knows each of its coverage periods' group numbers from the period's start" },
    ),
  ),
  unknown_groups: Type.Optional(StringEnum(['reject', 'accept'] as const, { description: 'A member of a group number the carrier does not know: rejected (the default) or checked as if the group existed' })),
  receiver_id: Type.Optional(X12Identifier({ minLength: 2, maxLength: 15, description: 'ISA08 the carrier answers to: a file addressed to another receiver gets a TA1 rejection. Default: any' })),
  rules: Type.Optional(
    Type.Object(
      {
        subscriber_ssn_required: Type.Optional(Type.Boolean({ description: 'A subscriber without an SSN is rejected (default true)' })),
        subscriber_birth_date_required: Type.Optional(Type.Boolean({ description: 'A subscriber without a birth date is rejected (default true)' })),
        coverage_within_group_dates: Type.Optional(Type.Boolean({ description: "A coverage starting outside the group's covered dates is rejected (default true)" })),
      },
      { additionalProperties: false, description: 'The member rules the carrier applies; each on unless set false' },
    ),
  ),
  result_files: Type.Optional(Type.Boolean({ description: 'Answer a result file per transaction set after the 999 (the default); false: a 999 only, as most carriers answer' })),
};

const connectionVariants = <S extends TSchema>(secret: S) =>
  [
    Type.Object(
      {
        type: Type.Literal('sandbox', { description: 'The built-in carrier simulator' }),
        ...sandboxSettings,
      },
      { additionalProperties: false, title: 'sandbox' },
    ),
    Type.Object(
      { type: Type.Literal('directory'), outbound_path: Path('Folder files are written to'), inbound_path: Path('Folder acknowledgements are read from') },
      { additionalProperties: false, title: 'directory' },
    ),
    Type.Object(
      {
        type: Type.Literal('sftp'),
        host: Type.String({ minLength: 1, maxLength: 255, examples: ['sftp.carrier.example'] }),
        port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, description: '22 when left out' })),
        username: Type.String({ minLength: 1, maxLength: 255 }),
        password: secret,
        private_key: secret,
        outbound_path: Path('Remote folder files are put in'),
        inbound_path: Path('Remote folder acknowledgements are fetched from'),
        host_key_sha256: Type.Optional(Type.Union([Type.String({ minLength: 16, maxLength: 100, description: "Pins the server's host key: its SHA-256 fingerprint as OpenSSH prints it (SHA256:...)" }), Type.Null()])),
      },
      { additionalProperties: false, title: 'sftp' },
    ),
    Type.Object(
      { type: Type.Literal('http'), url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 }), auth_header: secret },
      { additionalProperties: false, title: 'http' },
    ),
    Type.Object({ type: Type.Literal('none', { description: 'Files are built but not sent' }) }, { additionalProperties: false, title: 'none' }),
  ] as const;

export const ConnectionInput = TaggedUnion('type', [...connectionVariants(SecretInput('Write-only'))]);
export type ConnectionInput = Static<typeof ConnectionInput>;
export const Connection = TaggedUnion('type', [...connectionVariants(SecretOutput)]);
export type Connection = Static<typeof Connection>;

const InsuranceLineCode = StringEnum(Object.keys(INSURANCE_LINE_CODES) as InsuranceLineCode[], { description: 'HD03 insurance line code' });

/** Product line → HD03, from the carrier's companion guide; only codes the 834 guide lists. */
export const LineOfCoverageCodes = Type.Object(
  Object.fromEntries(PRODUCT_LINES.map((line) => [line, Type.Optional(InsuranceLineCode)])) as Record<ProductLine, TOptional<typeof InsuranceLineCode>>,
  { additionalProperties: false, description: 'HD03 insurance line code per product line, where the carrier names one', examples: [{ life: 'AH', medical: 'HLT' }] },
);
export type LineOfCoverageCodes = Static<typeof LineOfCoverageCodes>;

const Acceptance = StringEnum(['acknowledgement', 'result_file'], {
  description:
    'What counts as the carrier accepting a family: `acknowledgement`, a 999 or 997 accepting the transaction set (how most carriers answer; the default), or `result_file`, a later result file per family (the default for the sandbox carrier). A TA1 or an acknowledgement that rejects the file is a rejection either way.',
});

const SubscriberIdentifier = StringEnum(['external_identifier', 'ssn'] as const, {
  description: "What REF*0F carries, the subscriber's id as the carrier knows it: the subscriber's external_identifier (the default) or SSN",
});

const FULL_FILE_ACTION_CODES = Object.keys(ACTION_CODES).filter((code) => code !== '2') as ('4' | 'RX')[];
export const FileSettingsInput = Type.Object(
  {
    // No schema `default` here: the validator would fill it into an update and reset the stored choice.
    full_file_action_code: Type.Optional(StringEnum(FULL_FILE_ACTION_CODES, { description: 'BGN08 of a full file: 4 verify (the default), RX replace' })),
    maximum_members_per_file: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 1_000_000 }), Type.Null()], { description: 'Split larger files; null for no limit' })),
    acceptance: Type.Optional(Acceptance),
    subscriber_identifier: Type.Optional(SubscriberIdentifier),
  },
  { additionalProperties: false },
);
export type FileSettingsInput = Static<typeof FileSettingsInput>;
export const FileSettings = Type.Object({
  full_file_action_code: StringEnum(FULL_FILE_ACTION_CODES),
  maximum_members_per_file: Type.Union([Type.Integer(), Type.Null()]),
  acceptance: Acceptance,
  subscriber_identifier: SubscriberIdentifier,
});
export type FileSettings = Static<typeof FileSettings>;

const carrierName = Type.String({ minLength: 1, maxLength: 60, examples: ['Acme Life Insurance Co.'] });
// N1*IN04: the carrier's id as the carrier asks for it (FEIN, NAIC code, or its own).
const payerIdentifier = X12Identifier({ minLength: 2, maxLength: 80, description: "The carrier's id in N1*IN (FEIN, NAIC, ...)", examples: ['987654321'] });

const exampleCarrier = {
  name: 'Acme Life Insurance Co.',
  payer_identifier: '987654321',
  interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: '30', receiver_id: '987654321', usage_indicator: 'T' },
  connection: { type: 'sftp', host: 'sftp.acme-life.example', username: 'openenroll', password: 's3cret', outbound_path: '/in', inbound_path: '/out' },
  line_of_coverage_codes: { life: 'AH' },
  file_settings: { full_file_action_code: 'RX', maximum_members_per_file: 5000 },
};

const carrierInputFields = {
  name: carrierName,
  payer_identifier: payerIdentifier,
  interchange: InterchangeInput,
  connection: ConnectionInput,
  line_of_coverage_codes: LineOfCoverageCodes,
  file_settings: FileSettingsInput,
};

export const CreateCarrierBody = Type.Object(
  {
    carrier: Type.Object(
      {
        name: carrierInputFields.name,
        payer_identifier: carrierInputFields.payer_identifier,
        interchange: carrierInputFields.interchange,
        connection: carrierInputFields.connection,
        line_of_coverage_codes: Type.Optional(carrierInputFields.line_of_coverage_codes),
        file_settings: Type.Optional(carrierInputFields.file_settings),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, examples: [{ carrier: exampleCarrier }] },
);
export type CreateCarrierBody = Static<typeof CreateCarrierBody>;

export const UpdateCarrierBody = Type.Object(
  {
    carrier: Type.Partial(Type.Object(carrierInputFields, { additionalProperties: false }), {
      additionalProperties: false,
      minProperties: 1,
      description: 'Only the fields given change. A connection replaces the old one; its secrets, left out or sent as "[set]", are kept when the type stays the same.',
    }),
  },
  { additionalProperties: false, examples: [{ carrier: { connection: { type: 'sftp', host: 'sftp.acme-life.example', username: 'openenroll', password: '[set]', outbound_path: '/inbound', inbound_path: '/outbound' } } }] },
);
export type UpdateCarrierBody = Static<typeof UpdateCarrierBody>;

export const Carrier = Type.Object({
  id: Uuid,
  name: Type.String(),
  payer_identifier: Type.String(),
  interchange: Interchange,
  connection: Connection,
  line_of_coverage_codes: LineOfCoverageCodes,
  file_settings: FileSettings,
  created_at: DateTime,
  updated_at: DateTime,
});
export type Carrier = Static<typeof Carrier>;

export const CarrierAnswer = Type.Object({ carrier: Carrier });
export const CarrierList = Type.Object({ carriers: Type.Array(Carrier), next_cursor: NextCursor });
