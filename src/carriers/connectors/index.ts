/**
 * Connectors: moving files to and from carriers. `createConnector` builds one from the connection a
 * carrier has stored (carriers.connection, with secrets already opened).
 */
import { SandboxConnector } from '../sandbox/sandbox-connector.ts';
import type { SandboxCarrier } from '../sandbox/sandbox-carrier.ts';
import { ConnectorError, type CarrierConnector, type ConnectionConfig, type ConnectorOptions } from './connector.ts';
import { DirectoryConnector } from './directory-connector.ts';
import { HttpConnector } from './http-connector.ts';
import { SftpConnector } from './sftp-connector.ts';

export * from './connector.ts';
export { writeFileAtomically } from './atomic-file.ts';
export { DirectoryConnector } from './directory-connector.ts';
export { EDI_CONTENT_TYPE, HttpConnector } from './http-connector.ts';
export { fingerprintOf, normalizeFingerprint, SftpConnector } from './sftp-connector.ts';
export { SandboxConnector } from '../sandbox/sandbox-connector.ts';

export interface CreateConnectorOptions extends ConnectorOptions {
  /**
   * For `{type: 'sandbox'}`: the connector to use (its mailbox holds the answers, so pass the same one
   * every time for one carrier), or the simulator to wrap. Default: a new sandbox that knows no groups
   * and accepts any group number.
   */
  sandbox?: SandboxConnector | SandboxCarrier;
}

export function createConnector(config: ConnectionConfig, options: CreateConnectorOptions = {}): CarrierConnector {
  switch (config.type) {
    case 'directory':
      return new DirectoryConnector(config, options);
    case 'sftp':
      return new SftpConnector(config, options);
    case 'http':
      return new HttpConnector(config, options);
    case 'sandbox':
      return options.sandbox instanceof SandboxConnector ? options.sandbox : new SandboxConnector(options.sandbox);
    case 'none':
      throw new ConnectorError('invalid_config', "The carrier's connection is 'none': its files are built but not sent");
    default:
      throw new ConnectorError('invalid_config', `Unknown connection type ${JSON.stringify((config as { type?: unknown }).type)}`);
  }
}
