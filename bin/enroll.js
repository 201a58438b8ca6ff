#!/usr/bin/env node
// The `enroll` command. The sources are TypeScript run through tsx's loader, so a checkout needs no
// build step: `npm install && npm start` is all.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
