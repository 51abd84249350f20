import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { pino } from 'pino';
import { loadConfig } from '../../../src/config/config.ts';
import { openRoster } from '../../../src/roster.ts';

/** Where the generated types live, committed beside the client's source. */
export const GENERATED_TYPES_PATH = fileURLToPath(new URL('../src/generated/openapi.ts', import.meta.url));

const HEADER = `/**
 * Types of Roster's HTTP API, generated from its own OpenAPI document by openapi-typescript.
 * Do not edit: run \`npm run generate -w @roster/client\` after changing a route's schema.
 */

`;

/**
 * Roster's OpenAPI document as the app builds it (over an in-memory database, never listening),
 * with the defaults of a fresh install: no custom profile attributes.
 */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const dataDir = await mkdtemp(join(tmpdir(), 'roster-openapi-'));
  try {
    const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', ROSTER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const { app } = await openRoster(config, pino({ level: 'silent' }));
    try {
      await app.ready();
      return app.swagger() as unknown as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The text of `src/generated/openapi.ts` for Roster's current routes. */
export async function generateOpenApiTypes(): Promise<string> {
  const nodes = await openapiTS(await buildOpenApiDocument(), { alphabetize: true });
  return HEADER + astToString(nodes);
}
