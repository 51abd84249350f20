export {
  createRosterClient,
  type CanOptions,
  type PersonOptions,
  type RosterClient,
  type RosterClientOptions,
  type TokenSource,
} from './roster-client.js';
export { RosterApiError, type RosterErrorDetail } from './roster-api-error.js';
export type * from './api-types.js';
export type * from './person-document.js';
export type { paths as RosterPaths } from './generated/openapi.js';
