import { readFileSync } from 'node:fs';

/** Roster's version, from package.json. */
export const ROSTER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
