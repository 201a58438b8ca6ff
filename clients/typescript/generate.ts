// Regenerates src/schema.d.ts from the API's own OpenAPI document: the app is built in-process (on an
// in-memory database nothing is written to), its document taken and turned into types by
// openapi-typescript. `npm run client:generate` writes the file; the tests compare against it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import openapiTS, { astToString } from 'openapi-typescript';
import { openDatabase } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import { createCipher } from '../../src/security/personal-data-cipher.ts';

export const SCHEMA_FILE = path.resolve(import.meta.dirname, 'src/schema.d.ts');

const HEADER = `// Generated from Open Enrollment's /openapi.json by openapi-typescript — do not edit.
// Regenerate with \`npm run client:generate\`.
`;

export async function openApiDocument(): Promise<object> {
  const database = await openDatabase({});
  try {
    const app = await buildApp({ db: database.db, databaseKind: database.kind, cipher: createCipher(randomBytes(32)), config: { bodyLimit: 1 << 20, uploadDir: os.tmpdir() } });
    await app.ready();
    const document = app.swagger() as object;
    await app.close();
    return document;
  } finally {
    await database.close();
  }
}

export async function generateSchema(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(await openApiDocument())));
  return HEADER + astToString(ast);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const target = process.argv[2] ? path.resolve(process.argv[2]) : SCHEMA_FILE;
  fs.writeFileSync(target, await generateSchema());
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
