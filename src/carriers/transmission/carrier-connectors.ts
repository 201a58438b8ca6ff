// Which connector talks to which carrier: built from the carrier's stored connection (secrets opened
// only here, in memory) and kept for the worker's life. A carrier on `{type: 'sandbox'}` gets the
// in-process carrier simulator, told the carrier's groups from its coverage periods.
import type { Db } from '../../db/database.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { createConnector, type CarrierConnector, type ConnectionConfig } from '../connectors/index.ts';
import { SandboxConnector } from '../sandbox/sandbox-connector.ts';
import { createSandboxCarrier, type SandboxCarrier, type SandboxGroup } from '../sandbox/sandbox-carrier.ts';
import { parseSandboxConnection, sandboxCarrierConfig, type SandboxConnectionSettings } from '../sandbox/sandbox-config.ts';
import { openConnection, type StoredConnection } from '../registry/store.ts';

export interface ConnectorRegistry {
  connectorFor(carrierId: string): Promise<CarrierConnector | undefined>;
  close(): Promise<void>;
}

/**
 * A sandbox whose groups follow the carrier's coverage periods, with the connection's settings (lines,
 * groups, rules: sandbox-config.ts); its mailbox outlives the refreshes.
 */
function followingSandbox(settings: SandboxConnectionSettings): { sandbox: SandboxCarrier; setGroups(groups: SandboxGroup[]): void } {
  let key = '';
  let current = createSandboxCarrier(sandboxCarrierConfig(settings, []));
  return {
    sandbox: { receive834: (content, name) => current.receive834(content, name), receive834InSlices: (content, name) => current.receive834InSlices(content, name) },
    setGroups(groups) {
      const next = JSON.stringify(groups);
      if (next !== key) {
        key = next;
        current = createSandboxCarrier(sandboxCarrierConfig(settings, groups));
      }
    },
  };
}

/** carrierFilesDir: the root of `directory` carriers' folders (ENROLL_CARRIER_FILES_DIR); without it they cannot send. */
export function createConnectorRegistry(db: Db, cipher: PersonalDataCipher, options: { timeoutMs?: number; carrierFilesDir?: string } = {}): ConnectorRegistry {
  const cache = new Map<string, { key: string; connector: CarrierConnector; setGroups?: (groups: SandboxGroup[]) => void }>();

  async function sandboxGroups(carrierId: string): Promise<SandboxGroup[]> {
    const periods = await db.selectFrom('coverage_periods').select(['carrier_group_number', 'coverage_start_date', 'coverage_end_date']).where('carrier_id', '=', carrierId).orderBy('coverage_start_date').execute();
    // One group number may span several plan years: the carrier knows it from the first start.
    const byNumber = new Map<string, SandboxGroup>();
    for (const period of periods) {
      const known = byNumber.get(period.carrier_group_number);
      byNumber.set(period.carrier_group_number, {
        group_number: period.carrier_group_number,
        coverage_start_date: known?.coverage_start_date ?? period.coverage_start_date,
        coverage_end_date: period.coverage_end_date,
      });
    }
    return [...byNumber.values()];
  }

  return {
    async connectorFor(carrierId) {
      const carrier = await db.selectFrom('carriers').select(['connection']).where('id', '=', carrierId).executeTakeFirst();
      if (!carrier) return undefined;
      const stored = carrier.connection as StoredConnection;
      if (stored.type === 'none') return undefined;
      const key = JSON.stringify(stored);
      let entry = cache.get(carrierId);
      if (!entry || entry.key !== key) {
        await entry?.connector.close();
        if (stored.type === 'sandbox') {
          // Stored settings were checked when the carrier was saved.
          const settings = parseSandboxConnection(stored);
          const following = followingSandbox(settings);
          entry = { key, connector: new SandboxConnector(following.sandbox, { resultFiles: settings.result_files ?? true }), setGroups: following.setGroups };
        } else {
          entry = { key, connector: createConnector(openConnection(stored, cipher) as unknown as ConnectionConfig, { timeoutMs: options.timeoutMs, carrierFilesDir: options.carrierFilesDir }) };
        }
        cache.set(carrierId, entry);
      }
      entry.setGroups?.(await sandboxGroups(carrierId));
      return entry.connector;
    },
    async close() {
      for (const { connector } of cache.values()) await connector.close().catch(() => {});
      cache.clear();
    },
  };
}
