import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWebhookUrl, forbiddenAddressKind, type ResolveHost } from './url-safety.ts';
import { postWebhook } from './webhook-request.ts';

const fixed = (answers: Record<string, string[]>): ResolveHost => async (host) => {
  const addresses = answers[host];
  if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

describe('forbidden addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['127.8.9.10', 'loopback'], ['::1', 'loopback'],
    ['10.0.0.1', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'], ['192.168.1.1', 'private'], ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'link-local'], ['fe80::1', 'link-local'],
    ['0.0.0.0', 'unspecified'], ['::', 'unspecified'],
    ['100.64.0.1', 'shared (carrier-grade NAT)'], ['224.0.0.1', 'multicast'], ['ff02::1', 'multicast'], ['255.255.255.255', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:a9fe:a9fe', 'link-local'], ['64:ff9b::10.0.0.1', 'private'],
  ])('refuses %s (%s)', (address, kind) => {
    expect(forbiddenAddressKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '203.0.113.10', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows the public address %s', (address) => {
    expect(forbiddenAddressKind(address)).toBeUndefined();
  });
});

describe('checking a webhook URL', () => {
  const resolve = fixed({ 'hooks.example.com': ['93.184.215.14'], 'internal.example.com': ['93.184.215.14', '10.0.0.7'], 'metadata.example.com': ['169.254.169.254'] });

  it('accepts a public host and refuses one with any private address', async () => {
    expect(await checkWebhookUrl('https://hooks.example.com/in', { allowPrivate: false, resolve })).toBeUndefined();
    expect(await checkWebhookUrl('https://internal.example.com/in', { allowPrivate: false, resolve })).toMatchObject({ kind: 'refused', message: expect.stringContaining('10.0.0.7 is private') });
    expect(await checkWebhookUrl('http://metadata.example.com/', { allowPrivate: false, resolve })).toMatchObject({ kind: 'refused', message: expect.stringContaining('link-local') });
    expect(await checkWebhookUrl('http://[::1]:8080/', { allowPrivate: false, resolve })).toMatchObject({ kind: 'refused' });
    expect(await checkWebhookUrl('https://nowhere.example.com/', { allowPrivate: false, resolve })).toMatchObject({ kind: 'refused', message: expect.stringContaining('does not resolve') });
  });

  it('refuses other schemes and credentials in the URL whatever the setting', async () => {
    expect(await checkWebhookUrl('ftp://hooks.example.com/', { allowPrivate: true })).toMatchObject({ kind: 'invalid' });
    expect(await checkWebhookUrl('https://user:pw@hooks.example.com/', { allowPrivate: true })).toMatchObject({ kind: 'invalid' });
    expect(await checkWebhookUrl('not a url', { allowPrivate: true })).toMatchObject({ kind: 'invalid' });
  });

  it('allows private addresses when the setting says so', async () => {
    expect(await checkWebhookUrl('http://127.0.0.1:3000/hooks', { allowPrivate: true })).toBeUndefined();
  });
});

describe('the connect-time check', () => {
  let server: http.Server;
  let port: number;
  let hits = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits++;
      req.resume();
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a name that was public when saved and resolves to loopback when the request is made', async () => {
    // DNS rebinding: the check at creation saw a public address; the connection would see 127.0.0.1.
    let answer = '93.184.215.14';
    const resolve: ResolveHost = async () => [{ address: answer, family: 4 }];
    expect(await checkWebhookUrl(`http://rebind.example.com:${port}/`, { allowPrivate: false, resolve })).toBeUndefined();
    answer = '127.0.0.1';
    const outcome = await postWebhook(`http://rebind.example.com:${port}/`, '{}', {}, { timeoutMs: 2000, allowPrivate: false, resolve });
    expect(outcome).toMatchObject({ httpStatus: null, error: expect.stringMatching(/^Refused: .*127\.0\.0\.1 is loopback/) });
    expect(hits).toBe(0);
  });

  it('refuses an IP literal, which connects without a lookup', async () => {
    const outcome = await postWebhook(`http://127.0.0.1:${port}/`, '{}', {}, { timeoutMs: 2000, allowPrivate: false });
    expect(outcome.error).toMatch(/^Refused: /);
    expect(hits).toBe(0);
  });

  it('connects when allowed, through the same lookup', async () => {
    const resolve: ResolveHost = async () => [{ address: '127.0.0.1', family: 4 }];
    const outcome = await postWebhook(`http://rebind.example.com:${port}/`, '{}', {}, { timeoutMs: 2000, allowPrivate: true, resolve });
    expect(outcome).toMatchObject({ httpStatus: 200, error: null });
    expect(hits).toBe(1);
  });
});
