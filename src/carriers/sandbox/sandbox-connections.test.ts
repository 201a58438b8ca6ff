import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConnector, DirectoryConnector } from '../connectors/index.ts';
import { readAcknowledgments, write834, type Member834 } from '../x12/index.ts';
import { parseCarrierResultFile } from './carrier-result-file.ts';
import { attachSandboxToDirectory, type AttachedSandbox } from './directory-sandbox.ts';
import { createSandboxCarrier } from './sandbox-carrier.ts';
import { SandboxConnector } from './sandbox-connector.ts';

const member = (first: string | undefined, reference: string): Member834 => ({
  isSubscriber: true,
  relationship: 'self',
  maintenanceType: '021',
  benefitStatus: 'A',
  subscriberId: `SUB-${reference}`,
  groupPolicyNumber: 'GRP-1',
  memberReference: reference,
  name: first === undefined ? { last: 'Doe' } : { last: 'Doe', first },
  ssn: '123456789',
  demographics: { birthDate: '1980-01-01', gender: 'U' },
  coverages: [{ maintenanceType: '021', insuranceLineCode: 'HLT', startDate: '2026-01-01', coverageReference: `cov-${reference}` }],
});

const file834 = (icn: number, members: Member834[]) =>
  write834({
    interchange: {
      senderQualifier: 'ZZ',
      senderId: 'OPENENROLL',
      receiverQualifier: 'ZZ',
      receiverId: 'SANDBOX',
      interchangeControlNumber: icn,
      groupControlNumber: icn,
      transactionSetControlNumber: 1,
      date: '2026-03-15',
      time: '0930',
      usage: 'T',
    },
    header: { referenceNumber: `F${icn}`, actionCode: '2' },
    sponsor: { id: '123456789' },
    payer: { id: '987654321' },
    members,
  });

const sandboxConfig = { groups: [{ group_number: 'GRP-1', coverage_start_date: '2026-01-01' }] };

describe('SandboxConnector', () => {
  it('answers at once: send an 834, receive its 999 and results, mark them processed', async () => {
    const connector = createConnector({ type: 'sandbox' }, { sandbox: createSandboxCarrier(sandboxConfig) });
    expect(connector).toBeInstanceOf(SandboxConnector);
    const content = file834(1, [member('Ana', 'p1'), member(undefined, 'p2')]);
    await connector.send({ name: 'OE_x_000000001.834', content });
    await connector.send({ name: 'OE_x_000000001.834', content }); // a retry: no second answer

    const inbound = await connector.receive();
    expect(inbound.map((file) => file.name)).toEqual(['OE_x_000000001.834.999', 'OE_x_000000001.834.results.json']);
    expect(readAcknowledgments(inbound[0]!.content).acknowledgments[0]!.accepted).toBe(true);
    const results = parseCarrierResultFile(inbound[1]!.content).results;
    expect(results.map((result) => [result.member_reference, result.status])).toEqual([
      ['p1', 'accepted'],
      ['p2', 'rejected'],
    ]);

    for (const file of inbound) await connector.markProcessed(file.name);
    await connector.markProcessed(inbound[0]!.name); // again: still fine
    expect(await connector.receive()).toEqual([]);
    await expect(connector.markProcessed('never-seen.999')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses the same name with different content', async () => {
    const connector = new SandboxConnector(createSandboxCarrier(sandboxConfig));
    await connector.send({ name: 'a.834', content: file834(2, [member('Ana', 'p1')]) });
    await expect(connector.send({ name: 'a.834', content: file834(3, [member('Ana', 'p1')]) })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('attachSandboxToDirectory', () => {
  let root: string;
  let attached: AttachedSandbox | undefined;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sandbox-dir-'));
    await mkdir(join(root, 'to-carrier'));
    await mkdir(join(root, 'from-carrier'));
  });
  afterEach(async () => {
    await attached?.stop();
    attached = undefined;
    await rm(root, { recursive: true, force: true });
  });

  it('answers each 834 once, end to end through the directory connector', async () => {
    // Both sides with folders relative to the carrier files root, as a registered carrier has them.
    const folders = { outbound_path: 'to-carrier', inbound_path: 'from-carrier' };
    const errors: Error[] = [];
    attached = attachSandboxToDirectory(createSandboxCarrier(sandboxConfig), { ...folders, carrierFilesDir: root, pollIntervalMs: 10_000, onError: (error) => errors.push(error) });
    const connector = new DirectoryConnector({ type: 'directory', ...folders }, { carrierFilesDir: root });

    const content = file834(7, [member('Ana', 'p1')]);
    await connector.send({ name: 'OE_acme_000000007.834', content });
    await writeFile(join(root, 'to-carrier', 'notes.txt'), 'not an 834');
    expect(await attached.poll()).toEqual(['OE_acme_000000007.834']);
    expect(await attached.poll()).toEqual([]);

    const inbound = await connector.receive();
    expect(inbound.map((file) => file.name).sort()).toEqual(['OE_acme_000000007.834.999', 'OE_acme_000000007.834.results.json']);
    const ack = inbound.find((file) => file.name.endsWith('.999'))!;
    expect(readAcknowledgments(ack.content).acknowledgments[0]!.accepted).toBe(true);
    expect(parseCarrierResultFile(inbound.find((file) => file.name.endsWith('.json'))!.content).results[0]!.status).toBe('accepted');
    expect((await readdir(join(root, 'to-carrier'))).sort()).toEqual(['notes.txt', 'processed']);
    expect(await readFile(join(root, 'to-carrier', 'processed', 'OE_acme_000000007.834'), 'utf8')).toBe(content);

    // A retry of the same file after the carrier took it: quietly dropped, no second answer.
    await connector.send({ name: 'OE_acme_000000007.834', content });
    expect(await attached.poll()).toEqual([]);
    expect(await readdir(join(root, 'to-carrier'))).not.toContain('OE_acme_000000007.834');

    for (const file of inbound) await connector.markProcessed(file.name);
    expect(await connector.receive()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('polls on its own', async () => {
    const folders = { outbound_path: join(root, 'to-carrier'), inbound_path: join(root, 'from-carrier') };
    attached = attachSandboxToDirectory(createSandboxCarrier(sandboxConfig), { ...folders, pollIntervalMs: 20 });
    const connector = new DirectoryConnector({ type: 'directory', ...folders }, { carrierFilesDir: root });
    await connector.send({ name: 'b.834', content: file834(8, [member('Ana', 'p1')]) });
    const deadline = Date.now() + 5_000;
    let names: string[] = [];
    while (names.length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      names = (await connector.receive()).map((file) => file.name);
    }
    expect(names.sort()).toEqual(['b.834.999', 'b.834.results.json']);
  });

  it('answers a broken envelope with a TA1 only', async () => {
    const folders = { outbound_path: join(root, 'to-carrier'), inbound_path: join(root, 'from-carrier') };
    attached = attachSandboxToDirectory(createSandboxCarrier(sandboxConfig), { ...folders, pollIntervalMs: 10_000 });
    const broken = file834(9, [member('Ana', 'p1')]).replace('IEA*1*000000009', 'IEA*2*000000009');
    await writeFile(join(folders.outbound_path, 'c.834'), broken);
    await attached.poll();
    const inbound = await new DirectoryConnector({ type: 'directory', ...folders }, { carrierFilesDir: root }).receive();
    expect(inbound.map((file) => file.name)).toEqual(['c.834.ta1']);
    expect(readAcknowledgments(inbound[0]!.content).ta1s[0]).toMatchObject({ acknowledgmentCode: 'R', noteCode: '021' });
  });
});
