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
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
            };
        };
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        /** Invite an email to an organization (default expiry: 7 days) */
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        post?: never;
        /** Remove a membership */
        delete: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        options?: never;
        head?: never;
        /** Change a membership (status, isPrimary, roles) */
        patch: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        /** Create an organization */
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        post?: never;
        /** Delete an organization with its memberships, own roles, invitations and session contexts */
        delete: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        options?: never;
        head?: never;
        /** Change an organization's fields (settings are replaced) */
        patch: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        /** Add a user (by userId or email) to the organization */
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        /** Create a permission */
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        post?: never;
        /** Delete a permission; every role and grant holding it loses it */
        delete: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        options?: never;
        head?: never;
        /** Change a permission's description (the key is fixed) */
        patch: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        /** Create a role */
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        post?: never;
        /** Delete a role; it leaves every membership and grant holding it */
        delete: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        options?: never;
        head?: never;
        /** Change a role (scope and organization are fixed; `permissions` replaces the set) */
        patch: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        /** Create a user; with an email, the first sign-in with that verified email links to it */
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        post?: never;
        /** Delete a user with identities, memberships and grants */
        delete: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        options?: never;
        head?: never;
        /** Change a user's attributes (profileSettings are merged; null clears a custom attribute) */
        patch: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        delete: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        post?: never;
        /** End the user's platform admin status (idempotent) */
        delete: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        delete: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        delete: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        /** The current user with platform standing and every active membership (seed 001) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        /** The session's current organization in full, or null (seed 002) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        /** The caller's active memberships and the session's current organization (seed 002) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
            parameters: {
                query: {
                    /** @description The organization asked about; omitted = the current organization */
                    organizationId?: string;
                    /** @description A permission key such as `projects:edit`; one that does not exist is simply not allowed */
                    permission: string;
                    resourceId?: string;
                    resourceType?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        /**
         * May the caller do these things? 1–100 checks, answered in order
         * @description Allowed when the permission is a global permission of the user; else one of their permissions in the organization (organizationId, else the current organization; only an active membership of an active organization counts); else, given a resource, when a resource grant on exactly that (type, id) gives it. Being a platform admin grants nothing by itself.
         */
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        /** Makes an organization the current one for this session (seed 002) */
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
            parameters: {
                query?: never;
                header?: {
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the caller's own profile
         * @description Any of firstName, lastName, avatarUrl, phone, birthDate, profileSettings.
         */
        patch: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description The fields of the resource (sparse fieldsets apply) */
                                attributes?: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @description links.self */
                                links?: {
                                    [key: string]: unknown;
                                };
                                /** @description Resource linkage: { data: { type, id } | null | [{ type, id }] } per relationship */
                                relationships?: {
                                    [key: string]: unknown;
                                };
                                type: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description Present exactly when include was given; each resource once */
                            included?: ({
                                /** @description The fields of the resource (sparse fieldsets apply) */
                                attributes?: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @description links.self */
                                links?: {
                                    [key: string]: unknown;
                                };
                                /** @description Resource linkage: { data: { type, id } | null | [{ type, id }] } per relationship */
                                relationships?: {
                                    [key: string]: unknown;
                                };
                                type: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description currentPersonContext { organizationId, role, permissions } and auth { issuer, subject, sessionId, expiresAt } */
                            meta?: {
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the caller's profile: { data: { type: 'person', id, attributes } }
         * @description Same rules as PATCH /api/users/me, with phoneNumber for phone. Query: include (comma list of profile, roles, roles.permissions, permissions, resourceRoleGrants, resourceRoleGrants.role, resourceRoleGrants.role.permissions, resourcePermissionGrants, resourcePermissionGrants.permission, memberships, memberships.organization, memberships.roles, memberships.roles.permissions, currentOrganization) and fields[TYPE] for person (alias people), profile, role, permission, resourceRoleGrant, resourcePermissionGrant, membership, organization. Any other parameter is a 400.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description The fields of the resource (sparse fieldsets apply) */
                                attributes?: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @description links.self */
                                links?: {
                                    [key: string]: unknown;
                                };
                                /** @description Resource linkage: { data: { type, id } | null | [{ type, id }] } per relationship */
                                relationships?: {
                                    [key: string]: unknown;
                                };
                                type: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description Present exactly when include was given; each resource once */
                            included?: ({
                                /** @description The fields of the resource (sparse fieldsets apply) */
                                attributes?: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @description links.self */
                                links?: {
                                    [key: string]: unknown;
                                };
                                /** @description Resource linkage: { data: { type, id } | null | [{ type, id }] } per relationship */
                                relationships?: {
                                    [key: string]: unknown;
                                };
                                type: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description currentPersonContext { organizationId, role, permissions } and auth { issuer, subject, sessionId, expiresAt } */
                            meta?: {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
         * Someone's public profile: visible to themself, to all when isPublicProfile, to members of a shared active organization; else 404
         * @description Query: fields[person] (alias fields[people]) naming public attributes only. include is a 400.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description The fields of the resource (sparse fieldsets apply) */
                                attributes?: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @description links.self */
                                links?: {
                                    [key: string]: unknown;
                                };
                                /** @description Resource linkage: { data: { type, id } | null | [{ type, id }] } per relationship */
                                relationships?: {
                                    [key: string]: unknown;
                                };
                                type: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description Present exactly when include was given; each resource once */
                            included?: ({
                                /** @description The fields of the resource (sparse fieldsets apply) */
                                attributes?: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @description links.self */
                                links?: {
                                    [key: string]: unknown;
                                };
                                /** @description Resource linkage: { data: { type, id } | null | [{ type, id }] } per relationship */
                                relationships?: {
                                    [key: string]: unknown;
                                };
                                type: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description currentPersonContext { organizationId, role, permissions } and auth { issuer, subject, sessionId, expiresAt } */
                            meta?: {
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
            };
        };
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
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
            };
        };
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
        get: {
            parameters: {
                query?: never;
                header?: {
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Default Response */
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
export type operations = Record<string, never>;
