// Talking to a running server (`--url`), with the key from ENROLL_API_KEY.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { UsageError } from './main.ts';

export interface RemoteApi {
  get(path: string): Promise<any>;
  upload(path: string, file: string, contentType: string): Promise<any>;
}

export function remoteApi(baseUrl: string, env: NodeJS.ProcessEnv = process.env): RemoteApi {
  const key = env.ENROLL_API_KEY;
  if (!key) throw new UsageError('--url needs the API key in ENROLL_API_KEY');
  const base = baseUrl.replace(/\/$/, '');
  const answer = async (res: Response) => {
    const body = (await res.json().catch(() => ({}))) as { errors?: Array<{ message: string; parameter: string | null }> };
    if (!res.ok) {
      const detail = body.errors?.map((e) => `${e.message}${e.parameter ? ` (${e.parameter})` : ''}`).join('; ') ?? res.statusText;
      throw new UsageError(`The server answered ${res.status}: ${detail}`);
    }
    return body;
  };
  return {
    get: async (path) => answer(await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${key}` } })),
    upload: async (path, file, contentType) =>
      answer(
        await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': contentType },
          body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream,
          duplex: 'half',
        } as RequestInit),
      ),
  };
}
