/**
 * The sandbox carrier: a carrier simulator that answers 834s with TA1/999 and carrier result files,
 * in-process (createSandboxCarrier, SandboxConnector) or on folders (attachSandboxToDirectory).
 */
export { answerFiles, contentDigest, createSandboxCarrier, DEFAULT_LINES_OF_COVERAGE } from './sandbox-carrier.ts';
export type { SandboxAnswer, SandboxCarrier, SandboxCarrierConfig, SandboxGroup } from './sandbox-carrier.ts';
export { checkMember, PARAMETER_REQUIRED_MESSAGE, type CarrierRules } from './carrier-rules.ts';
export {
  CARRIER_RESULT_FILE_TYPE,
  CarrierResultFileError,
  formatCarrierResultFile,
  parseCarrierResultFile,
  type CarrierError,
  type CarrierMemberResult,
  type CarrierResultFile,
} from './carrier-result-file.ts';
export { attachSandboxToDirectory, type AttachedSandbox, type SandboxDirectoryOptions } from './directory-sandbox.ts';
export { SandboxConnector } from './sandbox-connector.ts';
export { parseSandboxCarrierConfig, SandboxConfigError } from './sandbox-config.ts';
