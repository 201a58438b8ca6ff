/**
 * A carrier simulator: it reads an 834 as a carrier's translator and enrollment system would, and
 * answers what a carrier sends back:
 * - the interchange envelope (ISA/IEA) broken → a TA1 rejecting it, with the note code saying why;
 *   nothing else (a carrier does not look inside an interchange it cannot trust);
 * - otherwise a 999 with one IK5 per transaction set: R with IK3/IK4 (which segment, which element)
 *   when the set breaks the guide (SE count, bad codes, missing required segments), A when it is sound;
 *   and a TA1 accepting the interchange inside the 999 when ISA14 asked for one;
 * - for each accepted transaction set, a carrier result file (carrier-result-file.ts): each member
 *   accepted or rejected by the carrier's rules (carrier-rules.ts).
 * A second interchange with a control number already received from the same sender is a duplicate
 * (TA1 note 025), as real carriers treat it.
 *
 * In-process and synchronous, so tests can use it directly; sandbox-connector.ts and
 * directory-sandbox.ts put it behind a connector and behind folders.
 */
import { createHash } from 'node:crypto';
import {
  read834,
  read834InSlices,
  write999,
  writeTa1,
  X12SyntaxError,
  type Acknowledgment999Input,
  type ElementErrorInput,
  type FunctionalGroupSyntaxErrorCode,
  type GroupHeader,
  type InterchangeHeader,
  type Issue,
  type Read834Result,
  type SegmentErrorInput,
  type Ta1Input,
  type Ta1NoteCode,
  type TransactionSetResultInput,
  type TransactionSetSyntaxErrorCode,
} from '../x12/index.ts';
import { checkMember, type CarrierRules, type MemberChecks, type SandboxGroup } from './carrier-rules.ts';
import { CARRIER_RESULT_FILE_TYPE, formatCarrierResultFile, type CarrierMemberResult, type CarrierResultFile } from './carrier-result-file.ts';

export type { SandboxGroup } from './carrier-rules.ts';

export interface SandboxCarrierConfig {
  groups: SandboxGroup[];
  /**
   * ISA08 the carrier answers to. An interchange addressed to another receiver is refused with a TA1
   * (note 009, unknown receiver). Without it, any receiver is accepted and the answers come from it.
   */
  receiverId?: string;
  /** HD03 codes offered (per group with `lines_of_coverage`). Default HLT, DEN, VIS. */
  linesOfCoverage?: string[];
  /** 'accept' checks members of groups not listed as if they existed (demos). Default 'reject'. */
  unknownGroups?: 'reject' | 'accept';
  /** Member rules to waive (each applies unless set false). */
  checks?: Partial<MemberChecks>;
  /** The clock for the answers' envelopes; tests pass a fixed one. */
  now?: () => Date;
}

export const DEFAULT_LINES_OF_COVERAGE: readonly string[] = ['HLT', 'DEN', 'VIS'];

export interface SandboxAnswer {
  /** The 834's file name, which the answers' names are built from. */
  fileName: string;
  /** The 999; absent when the interchange itself was refused (then `ta1` says why) or unreadable. */
  ack999?: string;
  /** A TA1: alone when the interchange is refused; inside the 999 text when ISA14 asked for one. */
  ta1?: string;
  /** One result file per accepted transaction set; empty when nothing was accepted. */
  results: CarrierResultFile[];
  /** `<file>.999`, `<file>.ta1`, `<file>.results.json` (`<file>.<ST02>.results.json` for several sets). */
  names: { ack999?: string; ta1?: string; results: string[] };
  /** Why the carrier could not answer in X12 at all: the text is not an interchange. */
  problems: string[];
}

export interface SandboxCarrier {
  receive834(content: string, fileName?: string): SandboxAnswer;
  /** The same answer, reading the file in slices so the thread it shares stays responsive. */
  receive834InSlices(content: string, fileName?: string): Promise<SandboxAnswer>;
}

/** The files of an answer, in the order a carrier sends them: TA1, 999, results. */
export function answerFiles(answer: SandboxAnswer): { name: string; content: string }[] {
  const files: { name: string; content: string }[] = [];
  if (answer.ta1 !== undefined && answer.names.ta1) files.push({ name: answer.names.ta1, content: answer.ta1 });
  if (answer.ack999 !== undefined && answer.names.ack999) files.push({ name: answer.names.ack999, content: answer.ack999 });
  answer.results.forEach((result, i) => files.push({ name: answer.names.results[i]!, content: formatCarrierResultFile(result) }));
  return files;
}

export function createSandboxCarrier(config: SandboxCarrierConfig): SandboxCarrier {
  const rules: CarrierRules = {
    groups: new Map(config.groups.map((group) => [group.group_number, group])),
    linesOfCoverage: config.linesOfCoverage ?? DEFAULT_LINES_OF_COVERAGE,
    unknownGroups: config.unknownGroups ?? 'reject',
    ...(config.checks ? { checks: config.checks } : {}),
  };
  const now = config.now ?? (() => new Date());
  const received = new Set<string>();
  let controlNumber = 0;
  const nextControlNumber = () => (controlNumber = (controlNumber % 999_999_999) + 1);

  const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
  const carrier: SandboxCarrier = {
    receive834(content, fileName) {
      let read: Read834Result;
      try {
        read = read834(content);
      } catch (error) {
        if (!(error instanceof X12SyntaxError)) throw error;
        return unanswerable(fileName ?? 'interchange.834', `Not an X12 interchange: ${error.message}`);
      }
      return answer(read, fileName);
    },
    async receive834InSlices(content, fileName) {
      let read: Read834Result;
      try {
        read = await read834InSlices(content, breathe);
      } catch (error) {
        if (!(error instanceof X12SyntaxError)) throw error;
        return unanswerable(fileName ?? 'interchange.834', `Not an X12 interchange: ${error.message}`);
      }
      return answer(read, fileName);
    },
  };
  return carrier;

  function answer(read: Read834Result, fileName: string | undefined): SandboxAnswer {
      const interchange = read.interchange;
      const name = fileName ?? `${interchange?.controlNumber || 'interchange'}.834`;
      if (!interchange) return unanswerable(name, 'The file has no ISA segment');

      const clock = now();
      const ours = {
        senderQualifier: interchange.receiverQualifier || 'ZZ',
        senderId: interchange.receiverId || config.receiverId || 'SANDBOX',
        receiverQualifier: interchange.senderQualifier || 'ZZ',
        receiverId: interchange.senderId || 'UNKNOWN',
        date: clock.toISOString().slice(0, 10),
        time: clock.toISOString().slice(11, 16).replace(':', ''),
        usage: interchange.usage === 'P' ? ('P' as const) : ('T' as const),
      };

      // The interchange: refused as a whole with a TA1, or accepted.
      let note = interchangeNote(read.issues, read.groups);
      if (!note && config.receiverId !== undefined && interchange.receiverId !== config.receiverId) note = '009';
      const duplicateKey = `${interchange.senderQualifier}:${interchange.senderId}:${interchange.controlNumber}`;
      if (!note && received.has(duplicateKey)) note = '025';
      const ta1Input = ta1For(interchange, note ? 'R' : 'A', note ?? '000');
      if (!ta1Input) return unanswerable(name, `ISA13 ${JSON.stringify(interchange.controlNumber)} is not a control number a TA1 can answer`);
      if (note) {
        const ta1 = writeTa1({ ...ours, interchangeControlNumber: nextControlNumber() }, ta1Input);
        return { fileName: name, ta1, results: [], names: { ta1: `${name}.ta1`, results: [] }, problems: [] };
      }
      received.add(duplicateKey);
      if (read.groups.length === 0) {
        // An envelope with nothing in it: the content of the interchange is what is wrong.
        const ta1 = writeTa1({ ...ours, interchangeControlNumber: nextControlNumber() }, { ...ta1Input, acknowledgmentCode: 'R', noteCode: '024' });
        return { fileName: name, ta1, results: [], names: { ta1: `${name}.ta1`, results: [] }, problems: [] };
      }

      // The functional groups: one 999 interchange each (a file we write has one).
      const answers: string[] = [];
      const results: CarrierResultFile[] = [];
      for (const group of read.groups) {
        const input = acknowledge(read, group);
        const groupAccepted = !input.acknowledgmentCode;
        const icn = nextControlNumber();
        const ack: Acknowledgment999Input = {
          ...input,
          interchange: { ...ours, interchangeControlNumber: icn, groupControlNumber: icn, transactionSetControlNumber: 1 },
        };
        if (interchange.acknowledgmentRequested && answers.length === 0) ack.ta1 = ta1Input;
        answers.push(write999(ack));
        if (!groupAccepted) continue;
        for (const set of input.transactionSets) {
          if (set.acknowledgmentCode !== 'A') continue;
          const transactionSet = read.transactionSets.find((candidate) => candidate.controlNumber === set.controlNumber && candidate.groupControlNumber === group.controlNumber);
          if (transactionSet) results.push(resultFile(interchange, transactionSet, rules));
        }
      }
      const resultNames = results.map((result) =>
        results.length === 1 ? `${name}.results.json` : `${name}.${result.transaction_set_control_number}.results.json`,
      );
      return {
        fileName: name,
        ack999: answers.join('\n'),
        results,
        names: { ack999: `${name}.999`, results: resultNames },
        problems: [],
      };
  }
}

/** A fingerprint of content, for telling a resend of the same file from a different one. */
export function contentDigest(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

function unanswerable(fileName: string, problem: string): SandboxAnswer {
  return { fileName, results: [], names: { results: [] }, problems: [problem] };
}

function ta1For(interchange: InterchangeHeader, code: 'A' | 'R', noteCode: Ta1NoteCode): Ta1Input | undefined {
  const number = /^\d{1,9}$/.test(interchange.controlNumber) ? Number(interchange.controlNumber) : 0;
  if (number < 1) return undefined;
  return {
    interchangeControlNumber: number,
    // TA102/TA103 repeat the ISA's date and time; an unreadable one is answered with today's.
    date: interchange.date ?? new Date().toISOString().slice(0, 10),
    time: /^([01]\d|2[0-3])[0-5]\d$/.test(interchange.time) ? interchange.time : '0000',
    acknowledgmentCode: code,
    noteCode,
  };
}

// ---------------------------------------------------------------------------------------------------
// Which issues refuse what: the interchange (TA1), a functional group (AK9) or a transaction set (IK5).

/** The TA105 note for the first error that breaks the interchange envelope, if any. */
function interchangeNote(issues: Issue[], groups: GroupHeader[]): Ta1NoteCode | undefined {
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const m = issue.message;
    if (issue.segmentId === 'ISA') {
      if (m.startsWith('ISA13')) return '018';
      if (m.startsWith('ISA15')) return '020';
      if (m.startsWith('ISA09')) return '014';
      return '022';
    }
    if (issue.segmentId === 'IEA') {
      if (m.startsWith('IEA01')) return '021';
      if (m.startsWith('IEA02')) return '001';
      return '022';
    }
    if (m === 'The interchange has no IEA') return '023';
    if (issue.segmentId === 'TA1' || m.startsWith('GS outside an interchange')) return '022';
    // A segment outside every group (no GS yet) cannot be blamed on a group.
    if (m.includes('is outside a transaction set') && !groups.some((group) => group.segmentIndex < issue.segmentIndex)) return '022';
  }
  return undefined;
}

interface GroupAcknowledgment {
  acknowledgedGroup: Acknowledgment999Input['acknowledgedGroup'];
  transactionSets: (TransactionSetResultInput & { acknowledgmentCode: 'A' | 'R' })[];
  includedCount: number;
  groupErrors: FunctionalGroupSyntaxErrorCode[];
  acknowledgmentCode?: 'R';
}

function acknowledge(read: Read834Result, group: GroupHeader): GroupAcknowledgment {
  const groupIndex = read.groups.indexOf(group);
  const nextGroup = read.groups[groupIndex + 1];
  const inGroup = (index: number) => index >= group.segmentIndex && (!nextGroup || index < nextGroup.segmentIndex);
  const sets = read.transactionSets.filter((set) => set.groupControlNumber === group.controlNumber && inGroup(set.segmentIndex));
  const setAt = (index: number) => sets.filter((set) => set.segmentIndex <= index).at(-1);

  const errors = new Map(sets.map((set) => [set, { segments: [] as SegmentErrorInput[], syntax: new Set<TransactionSetSyntaxErrorCode>() }]));
  const groupErrors = new Set<FunctionalGroupSyntaxErrorCode>();
  let groupRefused = false;

  for (const issue of read.issues) {
    if (issue.severity !== 'error' || !inGroup(issue.segmentIndex)) continue;
    const m = issue.message;
    const named = /^(?:Transaction set (\S+) has no SE|GE before transaction set (\S+) ended with SE|ST before transaction set (\S+) ended with SE)/.exec(m);
    if (named) {
      const set = sets.find((candidate) => candidate.controlNumber === (named[1] ?? named[2] ?? named[3]));
      if (set) errors.get(set)!.syntax.add('2');
      continue;
    }
    if (issue.segmentId === 'GS' || issue.segmentId === 'GE' || m.startsWith('Functional group') || m.includes('is outside a transaction set')) {
      groupRefused = true;
      if (m.startsWith('GS01')) groupErrors.add('1');
      else if (m.startsWith('GS06')) groupErrors.add('6');
      else if (m.startsWith('GE01')) groupErrors.add('5');
      else if (m.startsWith('GE02')) groupErrors.add('4');
      else if (m.includes('has no GE')) groupErrors.add('3');
      continue;
    }
    if (issue.segmentId === 'IEA' || issue.segmentId === 'ISA') continue;
    const set = setAt(issue.segmentIndex);
    if (!set) continue;
    const found = errors.get(set)!;
    if (issue.segmentId === 'SE') found.syntax.add(m.startsWith('SE02') ? '3' : '4');
    else if (issue.segmentId === 'ST' && m.startsWith('ST01')) found.syntax.add('6');
    else if (issue.segmentId === 'ST' && m.startsWith('ST02')) found.syntax.add('7');
    else found.segments.push(segmentError(issue, set.segmentIndex));
  }

  const transactionSets = sets.map((set) => {
    const found = errors.get(set)!;
    const rejected = found.segments.length > 0 || found.syntax.size > 0;
    const result: TransactionSetResultInput & { acknowledgmentCode: 'A' | 'R' } = {
      controlNumber: set.controlNumber,
      acknowledgmentCode: rejected ? 'R' : 'A',
      errors: found.segments,
    };
    if (set.implementationReference) result.implementationReference = set.implementationReference;
    if (found.syntax.size > 0) result.syntaxErrors = [...found.syntax, ...(found.segments.length > 0 ? (['5'] as const) : [])].slice(0, 5);
    return result;
  });
  const acknowledgedGroup: GroupAcknowledgment['acknowledgedGroup'] = {
    functionalIdentifierCode: group.functionalIdentifierCode || 'BE',
    controlNumber: group.controlNumber || '0',
  };
  if (group.version) acknowledgedGroup.version = group.version;
  const acknowledgment: GroupAcknowledgment = { acknowledgedGroup, transactionSets, includedCount: sets.length, groupErrors: [...groupErrors].slice(0, 5) };
  if (groupRefused) acknowledgment.acknowledgmentCode = 'R';
  return acknowledgment;
}

/** Loops that one segment id always opens or belongs to in an 834, for IK303. */
const LOOP_OF_SEGMENT: Record<string, string> = { INS: '2000', NM1: '2100A', N3: '2100A', N4: '2100A', DMG: '2100A', PER: '2100A', HD: '2300' };

function segmentError(issue: Issue, setIndex: number): SegmentErrorInput {
  // "has no X (REF*0F)": the missing segment is the one in parentheses, reported where it was missed.
  const missing = /has no .*?\(?\b([A-Z][A-Z0-9]{1,2})\*/.exec(issue.message) ?? /has no ([A-Z][A-Z0-9]{1,2}) segment/.exec(issue.message);
  const segmentId = missing?.[1] ?? issue.segmentId;
  const error: SegmentErrorInput = { segmentId, position: Math.max(1, issue.segmentIndex - setIndex + 1) };
  const loop = LOOP_OF_SEGMENT[segmentId];
  if (loop) error.loopId = loop;
  if (missing) {
    error.code = '3';
  } else if (issue.elementPosition !== undefined) {
    error.code = '8';
    const element: ElementErrorInput = { position: issue.elementPosition, code: elementErrorCode(issue.message) };
    error.elementErrors = [element];
  } else {
    error.code = issue.message.includes('before any') || issue.message.includes('outside') ? '7' : '2';
  }
  return error;
}

function elementErrorCode(message: string): ElementErrorInput['code'] {
  if (message.includes('is not a date')) return '8';
  if (message.includes('is required')) return '1';
  return '7';
}

// ---------------------------------------------------------------------------------------------------
// Results: each member through the carrier's rules.

/**
 * The sandbox's member id for a person: the one the 834 sent back (REF*ZZ) when it carries one, else
 * made from who the person is to this carrier (sender, REF*0F, and our REF*23, or else relationship,
 * name and birth date) — so the same person always gets the same id, file after file, with no state.
 */
export function carrierMemberId(interchange: Pick<InterchangeHeader, 'senderId'>, member: Read834Result['members'][number]): string {
  if (member.carrierMemberId) return member.carrierMemberId;
  const who = member.memberReference ?? `${member.relationshipCode}|${member.name?.last ?? ''}|${member.name?.first ?? ''}|${member.demographics?.birthDate ?? ''}`;
  return `SBX${createHash('sha256').update(`${interchange.senderId}|${member.subscriberId ?? ''}|${who}`).digest('hex').slice(0, 12).toUpperCase()}`;
}

function resultFile(interchange: InterchangeHeader, set: Read834Result['transactionSets'][number], rules: CarrierRules): CarrierResultFile {
  // Dependents usually carry no REF*1L: their group is their family's (same REF*0F), or else that of
  // the subscriber they follow (the guide puts dependents right after their subscriber).
  const familyGroup = new Map<string, string>();
  for (const member of set.members) {
    if (member.subscriberId !== undefined && member.groupPolicyNumber && (member.isSubscriber || !familyGroup.has(member.subscriberId))) {
      familyGroup.set(member.subscriberId, member.groupPolicyNumber);
    }
  }
  let subscriberGroup: string | undefined;
  const results = set.members.map((member): CarrierMemberResult => {
    const family = member.subscriberId !== undefined ? familyGroup.get(member.subscriberId) : undefined;
    if (member.isSubscriber) subscriberGroup = member.groupPolicyNumber || family;
    const group = member.groupPolicyNumber || family || (member.isSubscriber ? undefined : subscriberGroup) || set.header.masterPolicyNumber;
    const errors = checkMember(member, group, rules);
    const accepted = errors.length === 0;
    return {
      subscriber_id: member.subscriberId ?? '',
      member_reference: member.memberReference ?? null,
      coverage_references: member.coverages.flatMap((coverage) => (coverage.coverageReference ? [coverage.coverageReference] : [])),
      // An enrolled member gets the carrier's own id, as carriers answer with their member numbers.
      ...(accepted ? { carrier_member_id: carrierMemberId(interchange, member) } : {}),
      status: accepted ? 'accepted' : 'rejected',
      errors,
    };
  });
  return {
    type: CARRIER_RESULT_FILE_TYPE,
    interchange_control_number: interchange.controlNumber,
    transaction_set_control_number: set.controlNumber,
    results,
  };
}
