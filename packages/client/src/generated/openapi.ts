/**
 * Types of Roster's HTTP API, generated from its own OpenAPI document by openapi-typescript.
 * Do not edit: run `npm run generate -w @roster/client` after changing a route's schema.
 */

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The dev issuer's public signing keys (dev-issuer mode only). */
        get: operations["getWellKnownJwksJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit events, newest first */
        get: operations["getApiAdminAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invitations (oldest first), optionally of one organization or email */
        get: operations["getApiAdminInvitations"];
        put?: never;
        /** Invite an email to an organization (default expiry: 7 days) */
        post: operations["postApiAdminInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an invitation */
        get: operations["getApiAdminInvitationsById"];
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: operations["deleteApiAdminInvitationsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/memberships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a membership */
        get: operations["getApiAdminMembershipsById"];
        put?: never;
        post?: never;
        /** Remove a membership */
        delete: operations["deleteApiAdminMembershipsById"];
        options?: never;
        head?: never;
        /** Change a membership (status, isPrimary, roles) */
        patch: operations["patchApiAdminMembershipsById"];
        trace?: never;
    };
    "/api/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organizations (oldest first) */
        get: operations["getApiAdminOrganizations"];
        put?: never;
        /** Create an organization */
        post: operations["postApiAdminOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an organization */
        get: operations["getApiAdminOrganizationsById"];
        put?: never;
        post?: never;
        /** Delete an organization with its memberships, own roles, invitations and session contexts */
        delete: operations["deleteApiAdminOrganizationsById"];
        options?: never;
        head?: never;
        /** Change an organization's fields (settings are replaced) */
        patch: operations["patchApiAdminOrganizationsById"];
        trace?: never;
    };
    "/api/admin/organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's memberships (oldest first) */
        get: operations["getApiAdminOrganizationsByIdMembers"];
        put?: never;
        /** Add a user (by userId or email) to the organization */
        post: operations["postApiAdminOrganizationsByIdMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List permissions (by key) */
        get: operations["getApiAdminPermissions"];
        put?: never;
        /** Create a permission */
        post: operations["postApiAdminPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/permissions/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a permission by key */
        get: operations["getApiAdminPermissionsByKey"];
        put?: never;
        post?: never;
        /** Delete a permission; every role and grant holding it loses it */
        delete: operations["deleteApiAdminPermissionsByKey"];
        options?: never;
        head?: never;
        /** Change a permission's description (the key is fixed) */
        patch: operations["patchApiAdminPermissionsByKey"];
        trace?: never;
    };
    "/api/admin/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List roles (oldest first); filter by scope, or organizationId (`global` = roles of every organization) */
        get: operations["getApiAdminRoles"];
        put?: never;
        /** Create a role */
        post: operations["postApiAdminRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a role */
        get: operations["getApiAdminRolesById"];
        put?: never;
        post?: never;
        /** Delete a role; it leaves every membership and grant holding it */
        delete: operations["deleteApiAdminRolesById"];
        options?: never;
        head?: never;
        /** Change a role (scope and organization are fixed; `permissions` replaces the set) */
        patch: operations["patchApiAdminRolesById"];
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (oldest first); `email` matches after ASCII lower-casing */
        get: operations["getApiAdminUsers"];
        put?: never;
        /** Create a user; with an email, the first sign-in with that verified email links to it */
        post: operations["postApiAdminUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getApiAdminUsersById"];
        put?: never;
        post?: never;
        /** Delete a user with identities, memberships and grants */
        delete: operations["deleteApiAdminUsersById"];
        options?: never;
        head?: never;
        /** Change a user's attributes (profileSettings are merged; null clears a custom attribute) */
        patch: operations["patchApiAdminUsersById"];
        trace?: never;
    };
    "/api/admin/users/{id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's effective access: memberships with roles and permissions, global and resource grants
         * @description Rendered from the same cached snapshot as the user's own `/me` requests, resolved across sessions (the current organization is their latest choice anywhere, else the primary one). Unknown user: 404.
         */
        get: operations["getApiAdminUsersByIdAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant the user a global permission */
        post: operations["postApiAdminUsersByIdPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/permissions/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a global permission */
        delete: operations["deleteApiAdminUsersByIdPermissionsByKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/permissions/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * May this user do these things? The same checks for any user, without their token
         * @description Allowed when the permission is a global permission of the user; else one of their permissions in the organization (organizationId, else the current organization; only an active membership of an active organization counts); else, given a resource, when a resource grant on exactly that (type, id) gives it. Being a platform admin grants nothing by itself. Without organizationId, the user's current organization across sessions (their latest choice, else the primary one).
         */
        post: operations["postApiAdminUsersByIdPermissionsCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/platform-admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make the user a platform admin (idempotent) */
        put: operations["putApiAdminUsersByIdPlatformAdmin"];
        post?: never;
        /** End the user's platform admin status (idempotent) */
        delete: operations["deleteApiAdminUsersByIdPlatformAdmin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/resource-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant the user a role (scope resource) or a permission on one resource */
        post: operations["postApiAdminUsersByIdResourceGrants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/resource-grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a resource grant */
        delete: operations["deleteApiAdminUsersByIdResourceGrantsByGrantId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant the user a platform role (scope platform, by id or key) */
        post: operations["postApiAdminUsersByIdRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a platform role */
        delete: operations["deleteApiAdminUsersByIdRolesByRoleId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhooks (oldest first) */
        get: operations["getApiAdminWebhooks"];
        put?: never;
        /** Register a webhook; the answer carries its signing secret, shown only this once */
        post: operations["postApiAdminWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook */
        get: operations["getApiAdminWebhooksById"];
        put?: never;
        post?: never;
        /** Delete a webhook and its delivery history */
        delete: operations["deleteApiAdminWebhooksById"];
        options?: never;
        head?: never;
        /** Change a webhook's url, events, description or enabled flag */
        patch: operations["patchApiAdminWebhooksById"];
        trace?: never;
    };
    "/api/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a webhook's delivery attempts (newest first) */
        get: operations["getApiAdminWebhooksByIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user with platform standing and every active membership */
        get: operations["getApiAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/current-organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's current organization in full, or null */
        get: operations["getApiMeCurrentOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's active memberships and the session's current organization */
        get: operations["getApiMeOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/permissions/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * May the caller do this? One check
         * @description Allowed when the permission is a global permission of the user; else one of their permissions in the organization (organizationId, else the current organization; only an active membership of an active organization counts); else, given a resource, when a resource grant on exactly that (type, id) gives it. Being a platform admin grants nothing by itself. resourceType and resourceId go together.
         */
        get: operations["getApiMePermissionsCheck"];
        put?: never;
        /**
         * May the caller do these things? 1–100 checks, answered in order
         * @description Allowed when the permission is a global permission of the user; else one of their permissions in the organization (organizationId, else the current organization; only an active membership of an active organization counts); else, given a resource, when a resource grant on exactly that (type, id) gives it. Being a platform admin grants nothing by itself.
         */
        post: operations["postApiMePermissionsCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/switch-organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Makes an organization the current one for this session */
        post: operations["postApiMeSwitchOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's profile, role and permissions in the current organization */
        get: operations["getApiUsersMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the caller's own profile
         * @description Any of firstName, lastName, avatarUrl, phone, birthDate, profileSettings.
         */
        patch: operations["patchApiUsersMe"];
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's person document (JSON:API 1.1)
         * @description Query: include (comma list of profile, roles, roles.permissions, permissions, resourceRoleGrants, resourceRoleGrants.role, resourceRoleGrants.role.permissions, resourcePermissionGrants, resourcePermissionGrants.permission, memberships, memberships.organization, memberships.roles, memberships.roles.permissions, currentOrganization) and fields[TYPE] for person (alias people), profile, role, permission, resourceRoleGrant, resourcePermissionGrant, membership, organization. Any other parameter is a 400.
         */
        get: operations["getApiV1Me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the caller's profile
         * @description Same rules as PATCH /api/users/me, with phoneNumber for phone. Query: include (comma list of profile, roles, roles.permissions, permissions, resourceRoleGrants, resourceRoleGrants.role, resourceRoleGrants.role.permissions, resourcePermissionGrants, resourcePermissionGrants.permission, memberships, memberships.organization, memberships.roles, memberships.roles.permissions, currentOrganization) and fields[TYPE] for person (alias people), profile, role, permission, resourceRoleGrant, resourcePermissionGrant, membership, organization. Any other parameter is a 400.
         */
        patch: operations["patchApiV1Me"];
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Someone's public profile
         * @description Visible to themself, to everyone when isPublicProfile, to members of a shared active organization; else 404. Query: fields[person] (alias fields[people]) naming public attributes only. include is a 400.
         */
        get: operations["getApiV1PeopleById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The admin console (HTML) */
        get: operations["getConsole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/assets/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The console's scripts and styles */
        get: operations["getConsoleAssets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/dev-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dev issuer only, loopback only: a token for a demo user, for the console sign-in */
        post: operations["postConsoleDevToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/settings.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the console needs to sign in: mode, issuer, client id, resource */
        get: operations["getConsoleSettingsJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getReadyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alias of GET /api/users/me */
        get: operations["getUsersMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getWellKnownJwksJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminAuditEvents: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                cursor?: string;
                limit?: number;
                /** @description only events at or after this time */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description e.g. `organization.created`, `role.updated`, `membership.deleted` */
                            action: string;
                            /** @description `admin-token`, `cli`, `system`, or a user id */
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            target: {
                                id: string | null;
                                type: string;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminInvitations: {
        parameters: {
            query?: {
                cursor?: string;
                email?: string;
                limit?: number;
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            email: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            organizationId: string;
                            /** @description the role's key */
                            role: string | null;
                            usedAt: string | null;
                            usedBy: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /**
                     * Format: date-time
                     * @description in the future
                     */
                    expiresAt?: string;
                    organizationId: string;
                    /** @description a role id or key */
                    role?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            email: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            organizationId: string;
                            /** @description the role's key */
                            role: string | null;
                            usedAt: string | null;
                            usedBy: string | null;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminInvitationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            email: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            organizationId: string;
                            /** @description the role's key */
                            role: string | null;
                            usedAt: string | null;
                            usedBy: string | null;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminInvitationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminMembershipsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            isPrimary: boolean;
                            /** Format: date-time */
                            joinedAt: string;
                            organizationId: string;
                            roles: {
                                id: string;
                                key: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            status: "active" | "invited" | "suspended";
                            userId: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminMembershipsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    patchApiAdminMembershipsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isPrimary?: boolean;
                    /** @description role ids or keys (scope organization); replaces the set */
                    roles?: string[];
                    /** @enum {string} */
                    status?: "active" | "invited" | "suspended";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            isPrimary: boolean;
                            /** Format: date-time */
                            joinedAt: string;
                            organizationId: string;
                            roles: {
                                id: string;
                                key: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            status: "active" | "invited" | "suspended";
                            userId: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminOrganizations: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            logoUrl: string | null;
                            name: string;
                            settings: {
                                [key: string]: unknown;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    /** Format: uri */
                    logoUrl?: string | null;
                    name: string;
                    settings?: {
                        [key: string]: unknown;
                    };
                    slug: string;
                    /** @enum {string} */
                    status?: "active" | "suspended" | "archived";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            logoUrl: string | null;
                            name: string;
                            settings: {
                                [key: string]: unknown;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminOrganizationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            logoUrl: string | null;
                            name: string;
                            settings: {
                                [key: string]: unknown;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminOrganizationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    patchApiAdminOrganizationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    /** Format: uri */
                    logoUrl?: string | null;
                    name?: string;
                    settings?: {
                        [key: string]: unknown;
                    };
                    slug?: string;
                    /** @enum {string} */
                    status?: "active" | "suspended" | "archived";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            logoUrl: string | null;
                            name: string;
                            settings: {
                                [key: string]: unknown;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminOrganizationsByIdMembers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            isPrimary: boolean;
                            /** Format: date-time */
                            joinedAt: string;
                            organizationId: string;
                            roles: {
                                id: string;
                                key: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            status: "active" | "invited" | "suspended";
                            userId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminOrganizationsByIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    isPrimary?: boolean;
                    /** @description role ids or keys (scope organization); replaces the set */
                    roles?: string[];
                    /** @enum {string} */
                    status?: "active" | "invited" | "suspended";
                    userId?: string;
                } & (unknown | unknown);
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            isPrimary: boolean;
                            /** Format: date-time */
                            joinedAt: string;
                            organizationId: string;
                            roles: {
                                id: string;
                                key: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            status: "active" | "invited" | "suspended";
                            userId: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminPermissions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    /** @description `resource:action` — lower-case letters, digits, `_`, `.`, `-` on both sides; `*` too in the action */
                    key: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminPermissionsByKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminPermissionsByKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    patchApiAdminPermissionsByKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminRoles: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                organizationId?: string;
                scope?: "platform" | "organization" | "resource";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            color: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            name: string;
                            organizationId: string | null;
                            permissions: string[];
                            rank: number;
                            /** @enum {string} */
                            scope: "platform" | "organization" | "resource";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    color?: string | null;
                    description?: string | null;
                    /** @description letters, digits, `_ . : -` */
                    key: string;
                    name: string;
                    organizationId?: string | null;
                    /** @description replaces the whole set */
                    permissions?: string[];
                    rank?: number;
                    /** @enum {string} */
                    scope: "platform" | "organization" | "resource";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            color: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            name: string;
                            organizationId: string | null;
                            permissions: string[];
                            rank: number;
                            /** @enum {string} */
                            scope: "platform" | "organization" | "resource";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            color: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            name: string;
                            organizationId: string | null;
                            permissions: string[];
                            rank: number;
                            /** @enum {string} */
                            scope: "platform" | "organization" | "resource";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    patchApiAdminRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    color?: string | null;
                    description?: string | null;
                    /** @description letters, digits, `_ . : -` */
                    key?: string;
                    name?: string;
                    /** @description replaces the whole set */
                    permissions?: string[];
                    rank?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            color: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            name: string;
                            organizationId: string | null;
                            permissions: string[];
                            rank: number;
                            /** @enum {string} */
                            scope: "platform" | "organization" | "resource";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminUsers: {
        parameters: {
            query?: {
                cursor?: string;
                email?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            avatarUrl?: string | null;
                            birthDate?: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            emailVerified: boolean;
                            firstName: string | null;
                            fullName: string | null;
                            headline?: string | null;
                            /** Format: uuid */
                            id: string;
                            lastLoginAt?: string | null;
                            lastName: string | null;
                            linkedinUrl?: string | null;
                            onboardingCompletedAt?: string | null;
                            otpEnabled?: boolean;
                            otpRequiredForAdmin?: boolean;
                            phone?: string | null;
                            profileSettings: {
                                isPublicProfile: boolean;
                                portfolioVisible: boolean;
                            };
                            profileType?: string | null;
                            referralCode: string;
                            unconfirmedEmail?: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    avatarUrl?: string | null;
                    /**
                     * Format: date
                     * @description not in the future, not before 1900
                     */
                    birthDate?: string | null;
                    email?: string | null;
                    emailVerified?: boolean;
                    /** @description trimmed, stored in NFC; 1 to 100 characters (code points); no control or bidirectional control characters; something visible */
                    firstName?: string | null;
                    headline?: string | null;
                    /** @description trimmed, stored in NFC; 1 to 100 characters (code points); no control or bidirectional control characters; something visible */
                    lastName?: string | null;
                    /** Format: uri */
                    linkedinUrl?: string | null;
                    /** Format: date-time */
                    onboardingCompletedAt?: string | null;
                    otpEnabled?: boolean;
                    otpRequiredForAdmin?: boolean;
                    /** @description E.164 */
                    phone?: string | null;
                    profileSettings?: {
                        isPublicProfile?: boolean;
                        portfolioVisible?: boolean;
                    };
                    profileType?: string | null;
                    unconfirmedEmail?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            avatarUrl?: string | null;
                            birthDate?: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            emailVerified: boolean;
                            firstName: string | null;
                            fullName: string | null;
                            headline?: string | null;
                            /** Format: uuid */
                            id: string;
                            lastLoginAt?: string | null;
                            lastName: string | null;
                            linkedinUrl?: string | null;
                            onboardingCompletedAt?: string | null;
                            otpEnabled?: boolean;
                            otpRequiredForAdmin?: boolean;
                            phone?: string | null;
                            profileSettings: {
                                isPublicProfile: boolean;
                                portfolioVisible: boolean;
                            };
                            profileType?: string | null;
                            referralCode: string;
                            unconfirmedEmail?: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            avatarUrl?: string | null;
                            birthDate?: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            emailVerified: boolean;
                            firstName: string | null;
                            fullName: string | null;
                            headline?: string | null;
                            /** Format: uuid */
                            id: string;
                            lastLoginAt?: string | null;
                            lastName: string | null;
                            linkedinUrl?: string | null;
                            onboardingCompletedAt?: string | null;
                            otpEnabled?: boolean;
                            otpRequiredForAdmin?: boolean;
                            phone?: string | null;
                            profileSettings: {
                                isPublicProfile: boolean;
                                portfolioVisible: boolean;
                            };
                            profileType?: string | null;
                            referralCode: string;
                            unconfirmedEmail?: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    patchApiAdminUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    avatarUrl?: string | null;
                    /**
                     * Format: date
                     * @description not in the future, not before 1900
                     */
                    birthDate?: string | null;
                    email?: string | null;
                    emailVerified?: boolean;
                    /** @description trimmed, stored in NFC; 1 to 100 characters (code points); no control or bidirectional control characters; something visible */
                    firstName?: string | null;
                    headline?: string | null;
                    /** @description trimmed, stored in NFC; 1 to 100 characters (code points); no control or bidirectional control characters; something visible */
                    lastName?: string | null;
                    /** Format: uri */
                    linkedinUrl?: string | null;
                    /** Format: date-time */
                    onboardingCompletedAt?: string | null;
                    otpEnabled?: boolean;
                    otpRequiredForAdmin?: boolean;
                    /** @description E.164 */
                    phone?: string | null;
                    profileSettings?: {
                        isPublicProfile?: boolean;
                        portfolioVisible?: boolean;
                    };
                    profileType?: string | null;
                    unconfirmedEmail?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            avatarUrl?: string | null;
                            birthDate?: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            emailVerified: boolean;
                            firstName: string | null;
                            fullName: string | null;
                            headline?: string | null;
                            /** Format: uuid */
                            id: string;
                            lastLoginAt?: string | null;
                            lastName: string | null;
                            linkedinUrl?: string | null;
                            onboardingCompletedAt?: string | null;
                            otpEnabled?: boolean;
                            otpRequiredForAdmin?: boolean;
                            phone?: string | null;
                            profileSettings: {
                                isPublicProfile: boolean;
                                portfolioVisible: boolean;
                            };
                            profileType?: string | null;
                            referralCode: string;
                            unconfirmedEmail?: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminUsersByIdAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            currentOrganizationId: string | null;
                            email: string | null;
                            fullName: string | null;
                            globalPermissions: {
                                description: string | null;
                                /** Format: date-time */
                                grantedAt: string;
                                key: string;
                            }[];
                            isPlatformAdmin: boolean;
                            organizations: {
                                id: string;
                                isCurrent: boolean;
                                isPrimary: boolean;
                                membershipId: string;
                                /** @enum {string} */
                                membershipStatus: "active" | "invited" | "suspended";
                                name: string;
                                permissions: string[];
                                roles: {
                                    color: string | null;
                                    id: string;
                                    key: string;
                                    name: string;
                                    rank: number;
                                }[];
                                slug: string;
                                /** @enum {string} */
                                status: "active" | "suspended" | "archived";
                            }[];
                            platformRoles: {
                                color: string | null;
                                id: string;
                                key: string;
                                name: string;
                                permissions: string[];
                                rank: number;
                            }[];
                            resourcePermissionGrants: {
                                /** Format: date-time */
                                grantedAt: string;
                                id: string;
                                permission: string;
                                resourceId: string;
                                resourceType: string;
                            }[];
                            resourceRoleGrants: {
                                /** Format: date-time */
                                grantedAt: string;
                                id: string;
                                permissions: string[];
                                resourceId: string;
                                resourceType: string;
                                role: {
                                    color: string | null;
                                    id: string;
                                    key: string;
                                    name: string;
                                    rank: number;
                                };
                            }[];
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminUsersByIdPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description `resource:action` — lower-case letters, digits, `_`, `.`, `-` on both sides; `*` too in the action */
                    key: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            grantedAt: string;
                            id: string;
                            permission: string;
                            userId: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminUsersByIdPermissionsByKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminUsersByIdPermissionsCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    checks: {
                        /** @description The organization asked about; omitted = the current organization */
                        organizationId?: string;
                        /** @description A permission key such as `projects:edit`; one that does not exist is simply not allowed */
                        permission: string;
                        /** @description A resource; a grant on exactly this (type, id) counts */
                        resource?: {
                            id: string;
                            type: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description One per check, in order */
                            results: {
                                allowed: boolean;
                                /**
                                 * @description The first rule that allows it (global, then organization, then resource), or null
                                 * @enum {string|null}
                                 */
                                source: "global" | "organization" | "resource" | null;
                            }[];
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    putApiAdminUsersByIdPlatformAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminUsersByIdPlatformAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminUsersByIdResourceGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description `resource:action` — lower-case letters, digits, `_`, `.`, `-` on both sides; `*` too in the action */
                    permission?: string;
                    resourceId: string;
                    resourceType: string;
                    /** @description a role id or key */
                    role?: string;
                } & (unknown | unknown);
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            grantedAt: string;
                            id: string;
                            permission: string | null;
                            resourceId: string;
                            resourceType: string;
                            role: {
                                id: string;
                                key: string;
                                name: string;
                            } | null;
                            userId: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminUsersByIdResourceGrantsByGrantId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                grantId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminUsersByIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description a role id or key */
                    role: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            grantedAt: string;
                            id: string;
                            role: {
                                id: string;
                                key: string;
                                name: string;
                            };
                            userId: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminUsersByIdRolesByRoleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminWebhooks: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            enabled: boolean;
                            events: string[];
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiAdminWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    /** @description event types (user.created, user.updated, user.deleted, membership.created, membership.updated, membership.deleted, organization.created, organization.updated, organization.deleted, invitation.created, invitation.accepted) or ["*"] for all */
                    events: string[];
                    /** @description https, not resolving to a loopback, private or link-local address */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            enabled: boolean;
                            events: string[];
                            /** Format: uuid */
                            id: string;
                            /** @description `whsec_` + base64 signing key; shown only here */
                            secret: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            enabled: boolean;
                            events: string[];
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    deleteApiAdminWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    patchApiAdminWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    enabled?: boolean;
                    /** @description event types (user.created, user.updated, user.deleted, membership.created, membership.updated, membership.deleted, organization.created, organization.updated, organization.deleted, invitation.created, invitation.accepted) or ["*"] for all */
                    events?: string[];
                    /** @description https, not resolving to a loopback, private or link-local address */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            enabled: boolean;
                            events: string[];
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAdminWebhooksByIdDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: date-time
                             * @description when the attempt was made; for a pending one, when it is due
                             */
                            at: string;
                            attempt: number;
                            /** @description why a failed attempt got no answer (timeout, refused destination, …) */
                            error: string | null;
                            eventId: string;
                            eventType: string;
                            /** Format: uuid */
                            id: string;
                            responseStatus: number | null;
                            /** @enum {string} */
                            status: "pending" | "succeeded" | "failed";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiAuthMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy the client holds: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            avatar: string | null;
                            companies: {
                                id: string;
                                logo: string | null;
                                membershipId: string;
                                /** @enum {string} */
                                membershipStatus: "ACTIVE";
                                name: string;
                                permissions: string[];
                                roles: {
                                    color: string | null;
                                    id: string;
                                    name: string;
                                }[];
                                slug: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "SUSPENDED";
                            }[];
                            createdAt: string;
                            email: string | null;
                            emailVerified: boolean;
                            fullName: string | null;
                            globalPermissions: {
                                description: string | null;
                                grantedAt: string;
                                key: string;
                            }[];
                            id: string;
                            isPlatformAdmin: boolean;
                            lastLoginAt: string | null;
                            phone: string | null;
                        };
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            statusCode: number;
                        };
                        /** @enum {boolean} */
                        success: false;
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            statusCode: number;
                        };
                        /** @enum {boolean} */
                        success: false;
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            statusCode: number;
                        };
                        /** @enum {boolean} */
                        success: false;
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            statusCode: number;
                        };
                        /** @enum {boolean} */
                        success: false;
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            statusCode: number;
                        };
                        /** @enum {boolean} */
                        success: false;
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            statusCode: number;
                        };
                        /** @enum {boolean} */
                        success: false;
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            statusCode: number;
                        };
                        /** @enum {boolean} */
                        success: false;
                    };
                };
            };
        };
    };
    getApiMeCurrentOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy the client holds: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            description: string | null;
                            id: string;
                            logoUrl: string | null;
                            name: string;
                            settings: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "active";
                            updatedAt: string;
                            userRole: string | null;
                        } | null;
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiMeOrganizations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy the client holds: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            currentOrganizationId: string | null;
                            organizations: {
                                createdAt: string;
                                description: string | null;
                                id: string;
                                isPrimary: boolean;
                                joinedAt: string;
                                logoUrl: string | null;
                                name: string;
                                /** @enum {string} */
                                status: "active" | "suspended";
                                updatedAt: string;
                                userRole: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiMePermissionsCheck: {
        parameters: {
            query: {
                /** @description The organization asked about; omitted = the current organization */
                organizationId?: string;
                /** @description A permission key such as `projects:edit`; one that does not exist is simply not allowed */
                permission: string;
                resourceId?: string;
                resourceType?: string;
            };
            header?: {
                /** @description The ETag of the copy the client holds: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            allowed: boolean;
                            /**
                             * @description The first rule that allows it (global, then organization, then resource), or null
                             * @enum {string|null}
                             */
                            source: "global" | "organization" | "resource" | null;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiMePermissionsCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    checks: {
                        /** @description The organization asked about; omitted = the current organization */
                        organizationId?: string;
                        /** @description A permission key such as `projects:edit`; one that does not exist is simply not allowed */
                        permission: string;
                        /** @description A resource; a grant on exactly this (type, id) counts */
                        resource?: {
                            id: string;
                            type: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description One per check, in order */
                            results: {
                                allowed: boolean;
                                /**
                                 * @description The first rule that allows it (global, then organization, then resource), or null
                                 * @enum {string|null}
                                 */
                                source: "global" | "organization" | "resource" | null;
                            }[];
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postApiMeSwitchOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A UUID */
                    organizationId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            currentOrganizationId: string;
                            role: string | null;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiUsersMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy the client holds: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            avatarUrl: string | null;
                            /** Format: date */
                            birthDate: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            emailVerified: boolean;
                            firstName: string | null;
                            fullName: string | null;
                            /** Format: uuid */
                            id: string;
                            isPlatformAdmin: boolean;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            lastName: string | null;
                            /** @description The current organization's permissions ∪ global permissions, sorted */
                            permissions: string[];
                            phone: string | null;
                            /** @description Key of the highest-ranked role in the current organization */
                            role: string | null;
                            /** @description The current organization */
                            tenantId: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    patchApiUsersMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    avatarUrl?: string;
                    /**
                     * Format: date
                     * @description not in the future, not before 1900
                     */
                    birthDate?: string | null;
                    /** @description trimmed, stored in NFC; 1 to 100 characters (code points); no control or bidirectional control characters; something visible */
                    firstName?: string;
                    /** @description trimmed, stored in NFC; 1 to 100 characters (code points); no control or bidirectional control characters; something visible */
                    lastName?: string;
                    /** @description E.164 */
                    phone?: string | null;
                    profileSettings?: {
                        isPublicProfile?: boolean;
                        portfolioVisible?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            avatarUrl: string | null;
                            /** Format: date */
                            birthDate: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            emailVerified: boolean;
                            firstName: string | null;
                            fullName: string | null;
                            /** Format: uuid */
                            id: string;
                            isPlatformAdmin: boolean;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            lastName: string | null;
                            /** @description The current organization's permissions ∪ global permissions, sorted */
                            permissions: string[];
                            phone: string | null;
                            /** @description Key of the highest-ranked role in the current organization */
                            role: string | null;
                            /** @description The current organization */
                            tenantId: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getApiV1Me: {
        parameters: {
            query?: {
                /** @description Sparse fieldset: comma-separated fields of membership to return (empty = none) */
                "fields[membership]"?: string;
                /** @description Sparse fieldset: comma-separated fields of organization to return (empty = none) */
                "fields[organization]"?: string;
                /** @description Sparse fieldset: comma-separated fields of people to return (empty = none) */
                "fields[people]"?: string;
                /** @description Sparse fieldset: comma-separated fields of permission to return (empty = none) */
                "fields[permission]"?: string;
                /** @description Sparse fieldset: comma-separated fields of person to return (empty = none) */
                "fields[person]"?: string;
                /** @description Sparse fieldset: comma-separated fields of profile to return (empty = none) */
                "fields[profile]"?: string;
                /** @description Sparse fieldset: comma-separated fields of resourcePermissionGrant to return (empty = none) */
                "fields[resourcePermissionGrant]"?: string;
                /** @description Sparse fieldset: comma-separated fields of resourceRoleGrant to return (empty = none) */
                "fields[resourceRoleGrant]"?: string;
                /** @description Sparse fieldset: comma-separated fields of role to return (empty = none) */
                "fields[role]"?: string;
                /**
                 * @description Comma-separated relationship paths to include: profile, roles, roles.permissions, permissions, resourceRoleGrants, resourceRoleGrants.role, resourceRoleGrants.role.permissions, resourcePermissionGrants, resourcePermissionGrants.permission, memberships, memberships.organization, memberships.roles, memberships.roles.permissions, currentOrganization
                 * @example memberships.organization,memberships.roles
                 */
                include?: string;
            };
            header?: {
                /** @description The ETag of the copy the client holds: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: {
                            attributes?: {
                                avatarUrl?: string | null;
                                /** @description YYYY-MM-DD */
                                birthDate?: string | null;
                                /** Format: date-time */
                                createdAt?: string;
                                email?: string | null;
                                emailVerified?: boolean;
                                firstName?: string | null;
                                fullName?: string | null;
                                headline?: string | null;
                                lastLoginAt?: string | null;
                                lastName?: string | null;
                                linkedinUrl?: string | null;
                                onboardingCompletedAt?: string | null;
                                otpEnabled?: boolean;
                                otpRequiredForAdmin?: boolean;
                                pendingEmailChange?: boolean;
                                phoneNumber?: string | null;
                                profileSettings?: {
                                    isPublicProfile?: boolean;
                                    portfolioVisible?: boolean;
                                } & {
                                    [key: string]: unknown;
                                };
                                profileType?: string | null;
                                referralCode?: string;
                                unconfirmedEmail?: string | null;
                                /** Format: date-time */
                                updatedAt?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            links?: {
                                self?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            relationships?: {
                                currentOrganization?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                                /** @description Active and suspended memberships */
                                memberships?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                                /** @description Global permissions */
                                permissions?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                                profile?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                                resourcePermissionGrants?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                                resourceRoleGrants?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                                /** @description Platform roles */
                                roles?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            type: "person";
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Present exactly when include was given; each resource once */
                        included?: ({
                            /** @description The fields of the resource (sparse fieldsets apply); see docs/json-api.md for each type */
                            attributes?: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description Resource linkage per relationship: { data: { type, id } | null | [{ type, id }] } */
                            relationships?: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            type: "profile" | "role" | "permission" | "resourceRoleGrant" | "resourcePermissionGrant" | "membership" | "organization";
                        } & {
                            [key: string]: unknown;
                        })[];
                        meta?: {
                            auth?: {
                                /** Format: date-time */
                                expiresAt: string;
                                issuer: string;
                                sessionId: string | null;
                                subject: string;
                            };
                            currentPersonContext?: {
                                /** @description The current organization of this session, or null */
                                organizationId: string | null;
                                /** @description Permissions there and global ones, sorted */
                                permissions: string[];
                                /** @description Key of the top role there */
                                role: string | null;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description NotAcceptable: the Accept header excludes the media type */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
        };
    };
    patchApiV1Me: {
        parameters: {
            query?: {
                /** @description Sparse fieldset: comma-separated fields of membership to return (empty = none) */
                "fields[membership]"?: string;
                /** @description Sparse fieldset: comma-separated fields of organization to return (empty = none) */
                "fields[organization]"?: string;
                /** @description Sparse fieldset: comma-separated fields of people to return (empty = none) */
                "fields[people]"?: string;
                /** @description Sparse fieldset: comma-separated fields of permission to return (empty = none) */
                "fields[permission]"?: string;
                /** @description Sparse fieldset: comma-separated fields of person to return (empty = none) */
                "fields[person]"?: string;
                /** @description Sparse fieldset: comma-separated fields of profile to return (empty = none) */
                "fields[profile]"?: string;
                /** @description Sparse fieldset: comma-separated fields of resourcePermissionGrant to return (empty = none) */
                "fields[resourcePermissionGrant]"?: string;
                /** @description Sparse fieldset: comma-separated fields of resourceRoleGrant to return (empty = none) */
                "fields[resourceRoleGrant]"?: string;
                /** @description Sparse fieldset: comma-separated fields of role to return (empty = none) */
                "fields[role]"?: string;
                /**
                 * @description Comma-separated relationship paths to include: profile, roles, roles.permissions, permissions, resourceRoleGrants, resourceRoleGrants.role, resourceRoleGrants.role.permissions, resourcePermissionGrants, resourcePermissionGrants.permission, memberships, memberships.organization, memberships.roles, memberships.roles.permissions, currentOrganization
                 * @example memberships.organization,memberships.roles
                 */
                include?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": {
                    data: {
                        /** @description The attributes to change: these built-in ones and the editable custom ones; null clears one */
                        attributes: {
                            avatarUrl?: string | null;
                            /** @description YYYY-MM-DD */
                            birthDate?: string | null;
                            firstName?: string | null;
                            lastName?: string | null;
                            phoneNumber?: string | null;
                            profileSettings?: {
                                isPublicProfile?: boolean;
                                portfolioVisible?: boolean;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                        /**
                         * Format: uuid
                         * @description The caller's own id
                         */
                        id: string;
                        /** @enum {string} */
                        type: "person";
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: {
                            attributes?: {
                                avatarUrl?: string | null;
                                /** @description YYYY-MM-DD */
                                birthDate?: string | null;
                                /** Format: date-time */
                                createdAt?: string;
                                email?: string | null;
                                emailVerified?: boolean;
                                firstName?: string | null;
                                fullName?: string | null;
                                headline?: string | null;
                                lastLoginAt?: string | null;
                                lastName?: string | null;
                                linkedinUrl?: string | null;
                                onboardingCompletedAt?: string | null;
                                otpEnabled?: boolean;
                                otpRequiredForAdmin?: boolean;
                                pendingEmailChange?: boolean;
                                phoneNumber?: string | null;
                                profileSettings?: {
                                    isPublicProfile?: boolean;
                                    portfolioVisible?: boolean;
                                } & {
                                    [key: string]: unknown;
                                };
                                profileType?: string | null;
                                referralCode?: string;
                                unconfirmedEmail?: string | null;
                                /** Format: date-time */
                                updatedAt?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            links?: {
                                self?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            relationships?: {
                                currentOrganization?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                                /** @description Active and suspended memberships */
                                memberships?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                                /** @description Global permissions */
                                permissions?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                                profile?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                                resourcePermissionGrants?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                                resourceRoleGrants?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                                /** @description Platform roles */
                                roles?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            type: "person";
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Present exactly when include was given; each resource once */
                        included?: ({
                            /** @description The fields of the resource (sparse fieldsets apply); see docs/json-api.md for each type */
                            attributes?: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description Resource linkage per relationship: { data: { type, id } | null | [{ type, id }] } */
                            relationships?: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            type: "profile" | "role" | "permission" | "resourceRoleGrant" | "resourcePermissionGrant" | "membership" | "organization";
                        } & {
                            [key: string]: unknown;
                        })[];
                        meta?: {
                            auth?: {
                                /** Format: date-time */
                                expiresAt: string;
                                issuer: string;
                                sessionId: string | null;
                                subject: string;
                            };
                            currentPersonContext?: {
                                /** @description The current organization of this session, or null */
                                organizationId: string | null;
                                /** @description Permissions there and global ones, sorted */
                                permissions: string[];
                                /** @description Key of the top role there */
                                role: string | null;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description NotAcceptable: the Accept header excludes the media type */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description PayloadTooLarge: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description UnsupportedMediaType: the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
        };
    };
    getApiV1PeopleById: {
        parameters: {
            query?: {
                /** @description Sparse fieldset: comma-separated fields of people to return (empty = none) */
                "fields[people]"?: string;
                /** @description Sparse fieldset: comma-separated fields of person to return (empty = none) */
                "fields[person]"?: string;
            };
            header?: {
                /** @description The ETag of the copy the client holds: 304 when unchanged */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: {
                            attributes?: {
                                avatarUrl?: string | null;
                                /** Format: date-time */
                                createdAt?: string;
                                firstName?: string | null;
                                fullName?: string | null;
                                headline?: string | null;
                                lastName?: string | null;
                                linkedinUrl?: string | null;
                                profileSettings?: {
                                    isPublicProfile?: boolean;
                                    portfolioVisible?: boolean;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                updatedAt?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            links?: {
                                self?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            type: "person";
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Present exactly when include was given; each resource once */
                        included?: ({
                            /** @description The fields of the resource (sparse fieldsets apply); see docs/json-api.md for each type */
                            attributes?: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description Resource linkage per relationship: { data: { type, id } | null | [{ type, id }] } */
                            relationships?: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            type: "profile" | "role" | "permission" | "resourceRoleGrant" | "resourcePermissionGrant" | "membership" | "organization";
                        } & {
                            [key: string]: unknown;
                        })[];
                        meta?: {
                            auth?: {
                                /** Format: date-time */
                                expiresAt: string;
                                issuer: string;
                                sessionId: string | null;
                                subject: string;
                            };
                            currentPersonContext?: {
                                /** @description The current organization of this session, or null */
                                organizationId: string | null;
                                /** @description Permissions there and global ones, sorted */
                                permissions: string[];
                                /** @description Key of the top role there */
                                role: string | null;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description NotAcceptable: the Accept header excludes the media type */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        errors: {
                            code: string;
                            detail: string;
                            /** @description true on every 401: send the user through sign-in again */
                            requiresLogin?: boolean;
                            /** @description { pointer } into the request body or { parameter } of the query */
                            source?: {
                                [key: string]: unknown;
                            };
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
        };
    };
    getConsole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getConsoleAssets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "*": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    postConsoleDevToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accessToken: string;
                            expiresIn: number;
                            tokenType: string;
                        };
                    };
                };
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Forbidden or NotAMember: the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getConsoleSettingsJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getReadyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
    getUsersMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy the client holds: 304 when unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            avatarUrl: string | null;
                            /** Format: date */
                            birthDate: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            emailVerified: boolean;
                            firstName: string | null;
                            fullName: string | null;
                            /** Format: uuid */
                            id: string;
                            isPlatformAdmin: boolean;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            lastName: string | null;
                            /** @description The current organization's permissions ∪ global permissions, sorted */
                            permissions: string[];
                            phone: string | null;
                            /** @description Key of the highest-ranked role in the current organization */
                            role: string | null;
                            /** @description The current organization */
                            tenantId: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ValidationFailed or InvalidParameter: the request is not valid (details say where) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description MissingToken or InvalidToken: no bearer token, or one that fails verification */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description NotFound or UserNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Conflict, IdentityConflict or EmailNotVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description RateLimited: too many requests; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Internal: an unexpected failure (no detail is given) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
            /** @description Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: {
                                field: string;
                                message: string;
                            }[];
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
    };
}
