// Running an import as a client sees it: upload, let the worker's import step run it, and poll the
// import until it is no longer queued or processing.
import { expect } from 'vitest';
import type { TestApp, Tenant } from './test-app.ts';
import type { Client } from './enrollment-fixtures.ts';

type ImportKind = 'x12_import' | 'census_import';

/** The import's answer once it finished (the worker's import step is run first). */
export async function finishedImport(t: TestApp, api: Client, kind: ImportKind, id: string, tenant?: Tenant) {
  await t.runImportJobs();
  for (let i = 0; i < 600; i++) {
    const state = (await api.get(`/${kind}s/${id}`, tenant)).body[kind];
    if (!['queued', 'processing'].includes(state.state)) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the import did not finish');
}

/** POST an 834 as application/edi-x12. */
export const postX12 = (t: TestApp, tenant: Tenant, url: string, body: string) =>
  t.app.inject({ method: 'POST', url, headers: { ...tenant.headers, 'content-type': 'application/edi-x12' }, payload: body });

/** Uploads an 834, expects it queued (202), and answers the finished import. */
export async function importX12(t: TestApp, api: Client, tenant: Tenant, body: string, url = '/x12_imports') {
  const res = await postX12(t, tenant, url, body);
  expect(res.statusCode, res.body).toBe(202);
  return finishedImport(t, api, 'x12_import', res.json().x12_import.id, tenant);
}
