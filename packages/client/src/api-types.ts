import type { paths } from './generated/openapi.js';

type Method = 'get' | 'post' | 'patch';

/** The JSON body of a 200 answer of `method path`, from the generated OpenAPI types. */
export type OkBody<P extends keyof paths, M extends Method> =
  paths[P] extends Record<M, infer Operation>
    ? Operation extends { responses: { 200: { content: { 'application/json': infer Body } } } }
      ? Body
      : never
    : never;

/** The JSON request body of `method path`. */
export type RequestBody<P extends keyof paths, M extends Method> =
  paths[P] extends Record<M, infer Operation>
    ? Operation extends { requestBody?: { content: { 'application/json': infer Body } } }
      ? Body
      : never
    : never;

/** `data` of `GET /api/users/me`: the profile, role and permissions in the current organization. */
export type UsersMe = OkBody<'/api/users/me', 'get'>['data'];
/** `data` of `GET /api/auth/me`: the profile with global permissions and every active company. */
export type AuthMe = OkBody<'/api/auth/me', 'get'>['data'];
/** `data` of `GET /api/me/organizations`. */
export type MeOrganizations = OkBody<'/api/me/organizations', 'get'>['data'];
/** One organization of {@link MeOrganizations}. */
export type MeOrganization = MeOrganizations['organizations'][number];
/** `data` of `GET /api/me/current-organization`: the organization in full, or null. */
export type CurrentOrganization = OkBody<'/api/me/current-organization', 'get'>['data'];
/** `data` of `POST /api/me/switch-organization`. */
export type SwitchedOrganization = OkBody<'/api/me/switch-organization', 'post'>['data'];
/** What `PATCH /api/users/me` accepts. */
export type ProfilePatch = RequestBody<'/api/users/me', 'patch'>;
/** One check of `POST /api/me/permissions/check`. */
export type PermissionCheck = RequestBody<'/api/me/permissions/check', 'post'>['checks'][number];
/** One answer of `POST /api/me/permissions/check`, in the order of the checks. */
export type PermissionCheckResult = OkBody<'/api/me/permissions/check', 'post'>['data']['results'][number];
