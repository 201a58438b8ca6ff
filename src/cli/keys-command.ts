// `enroll keys create|list|revoke`: the operator's way to make organizations and their keys.
import type { Db } from '../db/database.ts';
import type { OrganizationKind } from '../db/tables.ts';
import { SCOPES, type Scope } from '../security/api-key-secret.ts';
import { ORGANIZATION_KINDS } from '../organizations/schema.ts';
import { createApiKey, createOrganization, findOrganizationByName, listApiKeys, revokeApiKeyByPrefix } from '../organizations/store.ts';
import { parseOptions, UsageError } from './main.ts';

export async function runKeysCommand(db: Db, args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [action, ...rest] = args;
  const { values } = parseOptions(rest, {
    organization: { type: 'string' },
    kind: { type: 'string' },
    scopes: { type: 'string' },
    name: { type: 'string' },
    prefix: { type: 'string' },
  });
  switch (action) {
    case 'create': {
      if (!values.organization) throw new UsageError('keys create needs --organization NAME');
      const kind = (values.kind ?? 'employer') as OrganizationKind;
      if (!ORGANIZATION_KINDS.includes(kind)) throw new UsageError(`--kind must be one of ${ORGANIZATION_KINDS.join(', ')}`);
      const scopes = (values.scopes ?? 'read,write').split(',').map((s) => s.trim()).filter(Boolean) as Scope[];
      const unknown = scopes.filter((scope) => !SCOPES.includes(scope));
      if (unknown.length || !scopes.length) throw new UsageError(`--scopes takes a comma-separated list of ${SCOPES.join(', ')}`);
      const { key, orgId, created } = await db.transaction().execute(async (trx) => {
        let org = await findOrganizationByName(trx, values.organization!);
        const created = !org;
        if (org && values.kind && org.kind !== kind) throw new UsageError(`Organization "${org.name}" exists with kind ${org.kind}, not ${kind}`);
        org ??= await createOrganization(trx, values.organization!, kind);
        const { key } = await createApiKey(trx, org.id, values.name ?? 'cli', [...new Set(scopes)]);
        return { key, orgId: org.id, created };
      });
      out(`${created ? 'Created' : 'Found'} organization "${values.organization}" (${orgId}).`);
      out(`API key with scopes ${scopes.join(', ')}, shown once:`);
      out(key);
      return 0;
    }
    case 'list': {
      if (!values.organization) throw new UsageError('keys list needs --organization NAME');
      const org = await findOrganizationByName(db, values.organization);
      if (!org) {
        err(`enroll: no organization named "${values.organization}"`);
        return 1;
      }
      for (const key of await listApiKeys(db, org.id, 10_000)) {
        out(`${key.prefix}  ${key.name}  ${key.scopes.join(',')}  created ${key.created_at.toISOString()}${key.revoked_at ? `  revoked ${key.revoked_at.toISOString()}` : ''}`);
      }
      return 0;
    }
    case 'revoke': {
      if (!values.prefix) throw new UsageError('keys revoke needs --prefix PREFIX (the part after enr_)');
      const revoked = await revokeApiKeyByPrefix(db, values.prefix);
      if (!revoked) {
        err(`enroll: no API key with prefix ${values.prefix}`);
        return 1;
      }
      out(`Revoked the API key enr_${revoked.prefix}_…`);
      return 0;
    }
    default:
      throw new UsageError('keys takes create, list or revoke');
  }
}
