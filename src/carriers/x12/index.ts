/**
 * The X12 module's public API: pure functions from plain data to X12 text and back, no I/O.
 * - write834 / generate834: an 834 enrollment file (005010X220A1)
 * - read834 / stream834: read an 834 (tests, the carrier sandbox, files received back)
 * - readAcknowledgments: TA1 and 999 from a carrier; write999 / writeTa1 for the sandbox
 * - code-lists: the code tables and the API → X12 mappings (relationship, life event, product line, tier)
 */
export * from './code-lists.ts';
export * from './ack-code-lists.ts';
export type * from './enrollment-834.ts';
export { X220A1 } from './enrollment-834.ts';
export {
  formatGroupControlNumber,
  formatInterchangeControlNumber,
  formatTransactionSetControlNumber,
  type FunctionalGroupEnvelope,
  type InterchangeEnvelope,
} from './envelope.ts';
export type { GroupHeader, InterchangeHeader, TransactionSetHeader } from './envelope-reader.ts';
export { DEFAULT_DELIMITERS, type Delimiters } from './delimiters.ts';
export { X12SyntaxError, X12ValueError, type Issue, type IssueSeverity } from './issues.ts';
export { parseSegments, streamSegments, SegmentTokenizer, element, components, repetitions } from './segments.ts';
export type { Chunk, ParsedSegments, Segment } from './segments.ts';
export { checkHeader834, checkMembers834, generate834, write834, type Write834Options } from './write-834.ts';
export { read834, read834InSlices, stream834 } from './read-834.ts';
export { isVersion4010 } from './read-834.ts';
export type { Read834Event, Read834Result, ReadCoverage834, ReadWarning834, ReadFileHeader834, ReadMember834, TransactionSet834 } from './read-834.ts';
export { readAcknowledgments, readAcknowledgmentsFromStream, write999, X231, X231A1 } from './ack-999.ts';
export type {
  Acknowledgment999Input,
  AcknowledgmentsResult,
  CodedError,
  ElementError,
  ElementErrorInput,
  FunctionalGroupAcknowledgment,
  SegmentError,
  SegmentErrorInput,
  TransactionSetAcknowledgment,
  TransactionSetResultInput,
} from './ack-999.ts';
export { writeTa1, type Ta1, type Ta1Input } from './ta1.ts';
