// Generated from Open Enrollment's /openapi.json by openapi-typescript — do not edit.
// Regenerate with `npm run client:generate`.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server and its database answer */
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
                            database: string;
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
                            /** @enum {string} */
                            status: "unavailable";
                            database: string;
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
    "/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization of the calling API key */
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
                            organization: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                name: string;
                                kind: "employer" | "broker" | "administrator" | "partner" | "platform";
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API keys of this organization */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
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
                            api_keys: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                name: string;
                                /** @description The public part of the key: `enr_<prefix>_...` */
                                prefix: string;
                                scopes: ("read" | "write" | "pii" | "admin")[];
                                /** Format: date-time */
                                created_at: string;
                                last_used_at: string | null;
                                revoked_at: string | null;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the key is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "api_key": {
                     *         "name": "payroll integration",
                     *         "scopes": [
                     *           "read",
                     *           "write"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        api_key: {
                            /** @example payroll integration */
                            name: string;
                            /**
                             * @example [
                             *       "read",
                             *       "write"
                             *     ]
                             */
                            scopes: ("read" | "write" | "pii" | "admin")[];
                        };
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
                            api_key: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                name: string;
                                /** @description The public part of the key: `enr_<prefix>_...` */
                                prefix: string;
                                scopes: ("read" | "write" | "pii" | "admin")[];
                                /** Format: date-time */
                                created_at: string;
                                last_used_at: string | null;
                                revoked_at: string | null;
                                /** @description The whole key. Shown this once; only its hash is kept. */
                                key: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/api_keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One API key (never its secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            api_key: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                name: string;
                                /** @description The public part of the key: `enr_<prefix>_...` */
                                prefix: string;
                                scopes: ("read" | "write" | "pii" | "admin")[];
                                /** Format: date-time */
                                created_at: string;
                                last_used_at: string | null;
                                revoked_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/api_keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key; it stops working at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            api_key: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                name: string;
                                /** @description The public part of the key: `enr_<prefix>_...` */
                                prefix: string;
                                scopes: ("read" | "write" | "pii" | "admin")[];
                                /** Format: date-time */
                                created_at: string;
                                last_used_at: string | null;
                                revoked_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/audit_events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log of this organization, oldest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    resource_id?: string;
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
                            audit_events: {
                                id: number;
                                api_key_id: string | null;
                                /** Format: date-time */
                                occurred_at: string;
                                resource_type: string;
                                resource_id: string;
                                action: string;
                                before: unknown;
                                after: unknown;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the groups this organization owns or has been granted */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
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
                            groups: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                name: string;
                                employer: {
                                    /** @example Acme Widgets, Inc. */
                                    organization_name: string;
                                    /**
                                     * @description Federal EIN, 9 digits, optionally 12-3456789
                                     * @example 12-3456789
                                     */
                                    fein: string;
                                };
                                primary_location: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /** @example Headquarters */
                                    name?: string;
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                };
                                secondary_locations: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /** @example Headquarters */
                                    name?: string;
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                }[];
                                status: "active" | "inactive" | "terminated";
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a group; the calling organization owns it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "group": {
                     *         "external_identifier": "acme-001",
                     *         "name": "Acme Widgets",
                     *         "employer": {
                     *           "organization_name": "Acme Widgets, Inc.",
                     *           "fein": "12-3456789"
                     *         },
                     *         "primary_location": {
                     *           "name": "Headquarters",
                     *           "address_line_1": "100 Main St",
                     *           "city": "Springfield",
                     *           "state": "IL",
                     *           "zip": "62701"
                     *         },
                     *         "secondary_locations": [
                     *           {
                     *             "name": "Warehouse",
                     *             "address_line_1": "2 Dock Rd",
                     *             "city": "Peoria",
                     *             "state": "IL",
                     *             "zip": "61602"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        group: {
                            /**
                             * @description The client's own id for the group, unique per organization
                             * @example acme-001
                             */
                            external_identifier: string;
                            /**
                             * @description Defaults to employer.organization_name (Ideon's group body has no name)
                             * @example Acme Widgets
                             */
                            name?: string;
                            employer: {
                                /** @example Acme Widgets, Inc. */
                                organization_name: string;
                                /**
                                 * @description Federal EIN, 9 digits, optionally 12-3456789
                                 * @example 12-3456789
                                 */
                                fein: string;
                            };
                            primary_location: {
                                /**
                                 * @description An existing location's id, sent back on update to keep it
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id?: string;
                                /** @example Headquarters */
                                name?: string;
                                /** @example 100 Main St */
                                address_line_1: string;
                                address_line_2?: string | null;
                                /** @example Springfield */
                                city: string;
                                /** @description Two-letter USPS state code */
                                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                /** @example 62701 */
                                zip: string;
                                fips_county_code?: string | null;
                            };
                            secondary_locations?: {
                                /**
                                 * @description An existing location's id, sent back on update to keep it
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id?: string;
                                /** @example Headquarters */
                                name?: string;
                                /** @example 100 Main St */
                                address_line_1: string;
                                address_line_2?: string | null;
                                /** @example Springfield */
                                city: string;
                                /** @description Two-letter USPS state code */
                                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                /** @example 62701 */
                                zip: string;
                                fips_county_code?: string | null;
                            }[];
                            /** @description active when a group is created without one */
                            status?: "active" | "inactive" | "terminated";
                        };
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
                            group: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                name: string;
                                employer: {
                                    /** @example Acme Widgets, Inc. */
                                    organization_name: string;
                                    /**
                                     * @description Federal EIN, 9 digits, optionally 12-3456789
                                     * @example 12-3456789
                                     */
                                    fein: string;
                                };
                                primary_location: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /** @example Headquarters */
                                    name?: string;
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                };
                                secondary_locations: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /** @example Headquarters */
                                    name?: string;
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                }[];
                                status: "active" | "inactive" | "terminated";
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One group */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            group: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                name: string;
                                employer: {
                                    /** @example Acme Widgets, Inc. */
                                    organization_name: string;
                                    /**
                                     * @description Federal EIN, 9 digits, optionally 12-3456789
                                     * @example 12-3456789
                                     */
                                    fein: string;
                                };
                                primary_location: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /** @example Headquarters */
                                    name?: string;
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                };
                                secondary_locations: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /** @example Headquarters */
                                    name?: string;
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                }[];
                                status: "active" | "inactive" | "terminated";
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        /** Update a group: only the fields given change */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "group": {
                     *         "name": "Acme Widgets Holdings",
                     *         "status": "active"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Only the fields given change; a location sent with its id keeps that id */
                        group: {
                            /**
                             * @description The client's own id for the group, unique per organization
                             * @example acme-001
                             */
                            external_identifier?: string;
                            /** @example Acme Widgets */
                            name?: string;
                            employer?: {
                                /** @example Acme Widgets, Inc. */
                                organization_name: string;
                                /**
                                 * @description Federal EIN, 9 digits, optionally 12-3456789
                                 * @example 12-3456789
                                 */
                                fein: string;
                            };
                            primary_location?: {
                                /**
                                 * @description An existing location's id, sent back on update to keep it
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id?: string;
                                /** @example Headquarters */
                                name?: string;
                                /** @example 100 Main St */
                                address_line_1: string;
                                address_line_2?: string | null;
                                /** @example Springfield */
                                city: string;
                                /** @description Two-letter USPS state code */
                                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                /** @example 62701 */
                                zip: string;
                                fips_county_code?: string | null;
                            };
                            secondary_locations?: {
                                /**
                                 * @description An existing location's id, sent back on update to keep it
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id?: string;
                                /** @example Headquarters */
                                name?: string;
                                /** @example 100 Main St */
                                address_line_1: string;
                                address_line_2?: string | null;
                                /** @example Springfield */
                                city: string;
                                /** @description Two-letter USPS state code */
                                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                /** @example 62701 */
                                zip: string;
                                fips_county_code?: string | null;
                            }[];
                            /** @description active when a group is created without one */
                            status?: "active" | "inactive" | "terminated";
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
                            group: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                name: string;
                                employer: {
                                    /** @example Acme Widgets, Inc. */
                                    organization_name: string;
                                    /**
                                     * @description Federal EIN, 9 digits, optionally 12-3456789
                                     * @example 12-3456789
                                     */
                                    fein: string;
                                };
                                primary_location: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /** @example Headquarters */
                                    name?: string;
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                };
                                secondary_locations: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /** @example Headquarters */
                                    name?: string;
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                }[];
                                status: "active" | "inactive" | "terminated";
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/access_grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group's access grants, revoked ones included (a grantee sees only its own) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            access_grants: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                /**
                                 * @description The organization granted access
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                organization_id: string;
                                /** Format: date-time */
                                created_at: string;
                                revoked_at: string | null;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Grant a broker, administrator, partner or platform access to a group (owner only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "access_grant": {
                     *         "organization_id": "0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80"
                     *       }
                     *     }
                     */
                    "application/json": {
                        access_grant: {
                            /**
                             * @description A broker, administrator, partner or platform organization
                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                             */
                            organization_id: string;
                        };
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
                            access_grant: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                /**
                                 * @description The organization granted access
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                organization_id: string;
                                /** Format: date-time */
                                created_at: string;
                                revoked_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/groups/{id}/access_grants/{grant_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an access grant (owner only); the grantee stops reaching the group at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    grant_id: string;
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
                            access_grant: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                /**
                                 * @description The organization granted access
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                organization_id: string;
                                /** Format: date-time */
                                created_at: string;
                                revoked_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/carriers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List this organization's carriers */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
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
                            carriers: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                name: string;
                                payer_identifier: string;
                                interchange: {
                                    /**
                                     * @description ISA05
                                     * @example ZZ
                                     * @enum {string}
                                     */
                                    sender_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                    /**
                                     * @description ISA06, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     * @example OPENENROLL
                                     */
                                    sender_id: string;
                                    /**
                                     * @description ISA07
                                     * @example ZZ
                                     * @enum {string}
                                     */
                                    receiver_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                    /**
                                     * @description ISA08, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     * @example 123456789
                                     */
                                    receiver_id: string;
                                    /** @description GS02; defaults to sender_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    application_sender_code: string;
                                    /** @description GS03; defaults to receiver_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    application_receiver_code: string;
                                    /**
                                     * @description ISA15: T test (the default), P production
                                     * @enum {string}
                                     */
                                    usage_indicator: "T" | "P";
                                };
                                connection: {
                                    /**
                                     * @description The built-in carrier simulator
                                     * @enum {string}
                                     */
                                    type: "sandbox";
                                    /**
                                     * @description HD03 insurance line codes the carrier accepts; HLT, DEN, VIS when left out. A coverage of another line is rejected (`line_of_coverage`)
                                     * @example [
                                     *       "HLT",
                                     *       "DEN",
                                     *       "VIS",
                                     *       "AH"
                                     *     ]
                                     */
                                    lines_of_coverage?: string[];
                                    /** @description Groups as the carrier knows them. Without a setting, the carrier knows each of its coverage periods' group numbers from the period's start */
                                    groups?: {
                                        /** @description REF*1L: a coverage period's carrier_group_number, or another */
                                        group_number: string;
                                        /**
                                         * @description The group's first covered day: an earlier coverage start is rejected. Default: the earliest start of the carrier's periods with this group number
                                         * @example 2026-01-01
                                         */
                                        coverage_start_date?: string;
                                        /**
                                         * @description The group's last covered day: a coverage starting after it is rejected
                                         * @example 2026-01-01
                                         */
                                        coverage_end_date?: string;
                                        /**
                                         * @description HD03 codes offered to this group; default the carrier's lines_of_coverage
                                         * @example [
                                         *       "HLT",
                                         *       "DEN",
                                         *       "VIS",
                                         *       "AH"
                                         *     ]
                                         */
                                        lines_of_coverage?: string[];
                                    }[];
                                    /**
                                     * @description A member of a group number the carrier does not know: rejected (the default) or checked as if the group existed
                                     * @enum {string}
                                     */
                                    unknown_groups?: "reject" | "accept";
                                    /** @description ISA08 the carrier answers to: a file addressed to another receiver gets a TA1 rejection. Default: any. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    receiver_id?: string;
                                    /** @description The member rules the carrier applies; each on unless set false */
                                    rules?: {
                                        /** @description A subscriber without an SSN is rejected (default true) */
                                        subscriber_ssn_required?: boolean;
                                        /** @description A subscriber without a birth date is rejected (default true) */
                                        subscriber_birth_date_required?: boolean;
                                        /** @description A coverage starting outside the group's covered dates is rejected (default true) */
                                        coverage_within_group_dates?: boolean;
                                    };
                                    /** @description Answer a result file per transaction set after the 999 (the default); false: a 999 only, as most carriers answer */
                                    result_files?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "directory";
                                    /** @description Folder files are written to */
                                    outbound_path: string;
                                    /** @description Folder acknowledgements are read from */
                                    inbound_path: string;
                                } | {
                                    /** @enum {string} */
                                    type: "sftp";
                                    /** @example sftp.carrier.example */
                                    host: string;
                                    /** @description 22 when left out */
                                    port?: number;
                                    username: string;
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    password?: "[set]";
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    private_key?: "[set]";
                                    /** @description Remote folder files are put in */
                                    outbound_path: string;
                                    /** @description Remote folder acknowledgements are fetched from */
                                    inbound_path: string;
                                    host_key_sha256?: string | null;
                                } | {
                                    /** @enum {string} */
                                    type: "http";
                                    /** Format: uri */
                                    url: string;
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    auth_header?: "[set]";
                                } | {
                                    /**
                                     * @description Files are built but not sent
                                     * @enum {string}
                                     */
                                    type: "none";
                                };
                                /**
                                 * @description HD03 insurance line code per product line, where the carrier names one
                                 * @example {
                                 *       "life": "AH",
                                 *       "medical": "HLT"
                                 *     }
                                 */
                                line_of_coverage_codes: {
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    medical?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    dental?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    vision?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    non_voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    accident?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    critical_illness?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    hospital_indemnity?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    short_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    long_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    cancer?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    legal?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    identity_protection?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    pet?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    absence_management?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    employee_assistance_program?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                };
                                file_settings: {
                                    /** @enum {string} */
                                    full_file_action_code: "4" | "RX";
                                    maximum_members_per_file: number | null;
                                    /**
                                     * @description What counts as the carrier accepting a family: `acknowledgement`, a 999 or 997 accepting the transaction set (how most carriers answer; the default), or `result_file`, a later result file per family (the default for the sandbox carrier). A TA1 or an acknowledgement that rejects the file is a rejection either way.
                                     * @enum {string}
                                     */
                                    acceptance: "acknowledgement" | "result_file";
                                    /**
                                     * @description What REF*0F carries, the subscriber's id as the carrier knows it: the subscriber's external_identifier (the default) or SSN
                                     * @enum {string}
                                     */
                                    subscriber_identifier: "external_identifier" | "ssn";
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a carrier: envelope ids, connection and companion-guide codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "carrier": {
                     *         "name": "Acme Life Insurance Co.",
                     *         "payer_identifier": "987654321",
                     *         "interchange": {
                     *           "sender_qualifier": "ZZ",
                     *           "sender_id": "OPENENROLL",
                     *           "receiver_qualifier": "30",
                     *           "receiver_id": "987654321",
                     *           "usage_indicator": "T"
                     *         },
                     *         "connection": {
                     *           "type": "sftp",
                     *           "host": "sftp.acme-life.example",
                     *           "username": "openenroll",
                     *           "password": "s3cret",
                     *           "outbound_path": "/in",
                     *           "inbound_path": "/out"
                     *         },
                     *         "line_of_coverage_codes": {
                     *           "life": "AH"
                     *         },
                     *         "file_settings": {
                     *           "full_file_action_code": "RX",
                     *           "maximum_members_per_file": 5000
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        carrier: {
                            /** @example Acme Life Insurance Co. */
                            name: string;
                            /**
                             * @description The carrier's id in N1*IN (FEIN, NAIC, ...). Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                             * @example 987654321
                             */
                            payer_identifier: string;
                            interchange: {
                                /**
                                 * @description ISA05
                                 * @example ZZ
                                 * @enum {string}
                                 */
                                sender_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                /**
                                 * @description ISA06, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                 * @example OPENENROLL
                                 */
                                sender_id: string;
                                /**
                                 * @description ISA07
                                 * @example ZZ
                                 * @enum {string}
                                 */
                                receiver_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                /**
                                 * @description ISA08, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                 * @example 123456789
                                 */
                                receiver_id: string;
                                /** @description GS02; defaults to sender_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                application_sender_code?: string;
                                /** @description GS03; defaults to receiver_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                application_receiver_code?: string;
                                /**
                                 * @description ISA15: T test (the default), P production
                                 * @enum {string}
                                 */
                                usage_indicator?: "T" | "P";
                            };
                            connection: {
                                /**
                                 * @description The built-in carrier simulator
                                 * @enum {string}
                                 */
                                type: "sandbox";
                                /**
                                 * @description HD03 insurance line codes the carrier accepts; HLT, DEN, VIS when left out. A coverage of another line is rejected (`line_of_coverage`)
                                 * @example [
                                 *       "HLT",
                                 *       "DEN",
                                 *       "VIS",
                                 *       "AH"
                                 *     ]
                                 */
                                lines_of_coverage?: string[];
                                /** @description Groups as the carrier knows them. Without a setting, the carrier knows each of its coverage periods' group numbers from the period's start */
                                groups?: {
                                    /** @description REF*1L: a coverage period's carrier_group_number, or another */
                                    group_number: string;
                                    /**
                                     * @description The group's first covered day: an earlier coverage start is rejected. Default: the earliest start of the carrier's periods with this group number
                                     * @example 2026-01-01
                                     */
                                    coverage_start_date?: string;
                                    /**
                                     * @description The group's last covered day: a coverage starting after it is rejected
                                     * @example 2026-01-01
                                     */
                                    coverage_end_date?: string;
                                    /**
                                     * @description HD03 codes offered to this group; default the carrier's lines_of_coverage
                                     * @example [
                                     *       "HLT",
                                     *       "DEN",
                                     *       "VIS",
                                     *       "AH"
                                     *     ]
                                     */
                                    lines_of_coverage?: string[];
                                }[];
                                /**
                                 * @description A member of a group number the carrier does not know: rejected (the default) or checked as if the group existed
                                 * @enum {string}
                                 */
                                unknown_groups?: "reject" | "accept";
                                /** @description ISA08 the carrier answers to: a file addressed to another receiver gets a TA1 rejection. Default: any. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                receiver_id?: string;
                                /** @description The member rules the carrier applies; each on unless set false */
                                rules?: {
                                    /** @description A subscriber without an SSN is rejected (default true) */
                                    subscriber_ssn_required?: boolean;
                                    /** @description A subscriber without a birth date is rejected (default true) */
                                    subscriber_birth_date_required?: boolean;
                                    /** @description A coverage starting outside the group's covered dates is rejected (default true) */
                                    coverage_within_group_dates?: boolean;
                                };
                                /** @description Answer a result file per transaction set after the 999 (the default); false: a 999 only, as most carriers answer */
                                result_files?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "directory";
                                /** @description Folder files are written to */
                                outbound_path: string;
                                /** @description Folder acknowledgements are read from */
                                inbound_path: string;
                            } | {
                                /** @enum {string} */
                                type: "sftp";
                                /** @example sftp.carrier.example */
                                host: string;
                                /** @description 22 when left out */
                                port?: number;
                                username: string;
                                /** @description Write-only */
                                password?: string | null;
                                /** @description Write-only */
                                private_key?: string | null;
                                /** @description Remote folder files are put in */
                                outbound_path: string;
                                /** @description Remote folder acknowledgements are fetched from */
                                inbound_path: string;
                                host_key_sha256?: string | null;
                            } | {
                                /** @enum {string} */
                                type: "http";
                                /** Format: uri */
                                url: string;
                                /** @description Write-only */
                                auth_header?: string | null;
                            } | {
                                /**
                                 * @description Files are built but not sent
                                 * @enum {string}
                                 */
                                type: "none";
                            };
                            /**
                             * @description HD03 insurance line code per product line, where the carrier names one
                             * @example {
                             *       "life": "AH",
                             *       "medical": "HLT"
                             *     }
                             */
                            line_of_coverage_codes?: {
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                medical?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                dental?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                vision?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                non_voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                voluntary_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                voluntary_life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                accident?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                critical_illness?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                hospital_indemnity?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                short_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                long_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                cancer?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                legal?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                identity_protection?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                pet?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                absence_management?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                employee_assistance_program?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                            };
                            file_settings?: {
                                /**
                                 * @description BGN08 of a full file: 4 verify (the default), RX replace
                                 * @enum {string}
                                 */
                                full_file_action_code?: "4" | "RX";
                                /** @description Split larger files; null for no limit */
                                maximum_members_per_file?: number | null;
                                /**
                                 * @description What counts as the carrier accepting a family: `acknowledgement`, a 999 or 997 accepting the transaction set (how most carriers answer; the default), or `result_file`, a later result file per family (the default for the sandbox carrier). A TA1 or an acknowledgement that rejects the file is a rejection either way.
                                 * @enum {string}
                                 */
                                acceptance?: "acknowledgement" | "result_file";
                                /**
                                 * @description What REF*0F carries, the subscriber's id as the carrier knows it: the subscriber's external_identifier (the default) or SSN
                                 * @enum {string}
                                 */
                                subscriber_identifier?: "external_identifier" | "ssn";
                            };
                        };
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
                            carrier: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                name: string;
                                payer_identifier: string;
                                interchange: {
                                    /**
                                     * @description ISA05
                                     * @example ZZ
                                     * @enum {string}
                                     */
                                    sender_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                    /**
                                     * @description ISA06, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     * @example OPENENROLL
                                     */
                                    sender_id: string;
                                    /**
                                     * @description ISA07
                                     * @example ZZ
                                     * @enum {string}
                                     */
                                    receiver_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                    /**
                                     * @description ISA08, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     * @example 123456789
                                     */
                                    receiver_id: string;
                                    /** @description GS02; defaults to sender_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    application_sender_code: string;
                                    /** @description GS03; defaults to receiver_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    application_receiver_code: string;
                                    /**
                                     * @description ISA15: T test (the default), P production
                                     * @enum {string}
                                     */
                                    usage_indicator: "T" | "P";
                                };
                                connection: {
                                    /**
                                     * @description The built-in carrier simulator
                                     * @enum {string}
                                     */
                                    type: "sandbox";
                                    /**
                                     * @description HD03 insurance line codes the carrier accepts; HLT, DEN, VIS when left out. A coverage of another line is rejected (`line_of_coverage`)
                                     * @example [
                                     *       "HLT",
                                     *       "DEN",
                                     *       "VIS",
                                     *       "AH"
                                     *     ]
                                     */
                                    lines_of_coverage?: string[];
                                    /** @description Groups as the carrier knows them. Without a setting, the carrier knows each of its coverage periods' group numbers from the period's start */
                                    groups?: {
                                        /** @description REF*1L: a coverage period's carrier_group_number, or another */
                                        group_number: string;
                                        /**
                                         * @description The group's first covered day: an earlier coverage start is rejected. Default: the earliest start of the carrier's periods with this group number
                                         * @example 2026-01-01
                                         */
                                        coverage_start_date?: string;
                                        /**
                                         * @description The group's last covered day: a coverage starting after it is rejected
                                         * @example 2026-01-01
                                         */
                                        coverage_end_date?: string;
                                        /**
                                         * @description HD03 codes offered to this group; default the carrier's lines_of_coverage
                                         * @example [
                                         *       "HLT",
                                         *       "DEN",
                                         *       "VIS",
                                         *       "AH"
                                         *     ]
                                         */
                                        lines_of_coverage?: string[];
                                    }[];
                                    /**
                                     * @description A member of a group number the carrier does not know: rejected (the default) or checked as if the group existed
                                     * @enum {string}
                                     */
                                    unknown_groups?: "reject" | "accept";
                                    /** @description ISA08 the carrier answers to: a file addressed to another receiver gets a TA1 rejection. Default: any. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    receiver_id?: string;
                                    /** @description The member rules the carrier applies; each on unless set false */
                                    rules?: {
                                        /** @description A subscriber without an SSN is rejected (default true) */
                                        subscriber_ssn_required?: boolean;
                                        /** @description A subscriber without a birth date is rejected (default true) */
                                        subscriber_birth_date_required?: boolean;
                                        /** @description A coverage starting outside the group's covered dates is rejected (default true) */
                                        coverage_within_group_dates?: boolean;
                                    };
                                    /** @description Answer a result file per transaction set after the 999 (the default); false: a 999 only, as most carriers answer */
                                    result_files?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "directory";
                                    /** @description Folder files are written to */
                                    outbound_path: string;
                                    /** @description Folder acknowledgements are read from */
                                    inbound_path: string;
                                } | {
                                    /** @enum {string} */
                                    type: "sftp";
                                    /** @example sftp.carrier.example */
                                    host: string;
                                    /** @description 22 when left out */
                                    port?: number;
                                    username: string;
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    password?: "[set]";
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    private_key?: "[set]";
                                    /** @description Remote folder files are put in */
                                    outbound_path: string;
                                    /** @description Remote folder acknowledgements are fetched from */
                                    inbound_path: string;
                                    host_key_sha256?: string | null;
                                } | {
                                    /** @enum {string} */
                                    type: "http";
                                    /** Format: uri */
                                    url: string;
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    auth_header?: "[set]";
                                } | {
                                    /**
                                     * @description Files are built but not sent
                                     * @enum {string}
                                     */
                                    type: "none";
                                };
                                /**
                                 * @description HD03 insurance line code per product line, where the carrier names one
                                 * @example {
                                 *       "life": "AH",
                                 *       "medical": "HLT"
                                 *     }
                                 */
                                line_of_coverage_codes: {
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    medical?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    dental?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    vision?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    non_voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    accident?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    critical_illness?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    hospital_indemnity?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    short_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    long_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    cancer?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    legal?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    identity_protection?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    pet?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    absence_management?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    employee_assistance_program?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                };
                                file_settings: {
                                    /** @enum {string} */
                                    full_file_action_code: "4" | "RX";
                                    maximum_members_per_file: number | null;
                                    /**
                                     * @description What counts as the carrier accepting a family: `acknowledgement`, a 999 or 997 accepting the transaction set (how most carriers answer; the default), or `result_file`, a later result file per family (the default for the sandbox carrier). A TA1 or an acknowledgement that rejects the file is a rejection either way.
                                     * @enum {string}
                                     */
                                    acceptance: "acknowledgement" | "result_file";
                                    /**
                                     * @description What REF*0F carries, the subscriber's id as the carrier knows it: the subscriber's external_identifier (the default) or SSN
                                     * @enum {string}
                                     */
                                    subscriber_identifier: "external_identifier" | "ssn";
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/carriers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One carrier (secrets shown only as "[set]") */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            carrier: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                name: string;
                                payer_identifier: string;
                                interchange: {
                                    /**
                                     * @description ISA05
                                     * @example ZZ
                                     * @enum {string}
                                     */
                                    sender_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                    /**
                                     * @description ISA06, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     * @example OPENENROLL
                                     */
                                    sender_id: string;
                                    /**
                                     * @description ISA07
                                     * @example ZZ
                                     * @enum {string}
                                     */
                                    receiver_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                    /**
                                     * @description ISA08, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     * @example 123456789
                                     */
                                    receiver_id: string;
                                    /** @description GS02; defaults to sender_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    application_sender_code: string;
                                    /** @description GS03; defaults to receiver_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    application_receiver_code: string;
                                    /**
                                     * @description ISA15: T test (the default), P production
                                     * @enum {string}
                                     */
                                    usage_indicator: "T" | "P";
                                };
                                connection: {
                                    /**
                                     * @description The built-in carrier simulator
                                     * @enum {string}
                                     */
                                    type: "sandbox";
                                    /**
                                     * @description HD03 insurance line codes the carrier accepts; HLT, DEN, VIS when left out. A coverage of another line is rejected (`line_of_coverage`)
                                     * @example [
                                     *       "HLT",
                                     *       "DEN",
                                     *       "VIS",
                                     *       "AH"
                                     *     ]
                                     */
                                    lines_of_coverage?: string[];
                                    /** @description Groups as the carrier knows them. Without a setting, the carrier knows each of its coverage periods' group numbers from the period's start */
                                    groups?: {
                                        /** @description REF*1L: a coverage period's carrier_group_number, or another */
                                        group_number: string;
                                        /**
                                         * @description The group's first covered day: an earlier coverage start is rejected. Default: the earliest start of the carrier's periods with this group number
                                         * @example 2026-01-01
                                         */
                                        coverage_start_date?: string;
                                        /**
                                         * @description The group's last covered day: a coverage starting after it is rejected
                                         * @example 2026-01-01
                                         */
                                        coverage_end_date?: string;
                                        /**
                                         * @description HD03 codes offered to this group; default the carrier's lines_of_coverage
                                         * @example [
                                         *       "HLT",
                                         *       "DEN",
                                         *       "VIS",
                                         *       "AH"
                                         *     ]
                                         */
                                        lines_of_coverage?: string[];
                                    }[];
                                    /**
                                     * @description A member of a group number the carrier does not know: rejected (the default) or checked as if the group existed
                                     * @enum {string}
                                     */
                                    unknown_groups?: "reject" | "accept";
                                    /** @description ISA08 the carrier answers to: a file addressed to another receiver gets a TA1 rejection. Default: any. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    receiver_id?: string;
                                    /** @description The member rules the carrier applies; each on unless set false */
                                    rules?: {
                                        /** @description A subscriber without an SSN is rejected (default true) */
                                        subscriber_ssn_required?: boolean;
                                        /** @description A subscriber without a birth date is rejected (default true) */
                                        subscriber_birth_date_required?: boolean;
                                        /** @description A coverage starting outside the group's covered dates is rejected (default true) */
                                        coverage_within_group_dates?: boolean;
                                    };
                                    /** @description Answer a result file per transaction set after the 999 (the default); false: a 999 only, as most carriers answer */
                                    result_files?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "directory";
                                    /** @description Folder files are written to */
                                    outbound_path: string;
                                    /** @description Folder acknowledgements are read from */
                                    inbound_path: string;
                                } | {
                                    /** @enum {string} */
                                    type: "sftp";
                                    /** @example sftp.carrier.example */
                                    host: string;
                                    /** @description 22 when left out */
                                    port?: number;
                                    username: string;
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    password?: "[set]";
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    private_key?: "[set]";
                                    /** @description Remote folder files are put in */
                                    outbound_path: string;
                                    /** @description Remote folder acknowledgements are fetched from */
                                    inbound_path: string;
                                    host_key_sha256?: string | null;
                                } | {
                                    /** @enum {string} */
                                    type: "http";
                                    /** Format: uri */
                                    url: string;
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    auth_header?: "[set]";
                                } | {
                                    /**
                                     * @description Files are built but not sent
                                     * @enum {string}
                                     */
                                    type: "none";
                                };
                                /**
                                 * @description HD03 insurance line code per product line, where the carrier names one
                                 * @example {
                                 *       "life": "AH",
                                 *       "medical": "HLT"
                                 *     }
                                 */
                                line_of_coverage_codes: {
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    medical?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    dental?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    vision?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    non_voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    accident?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    critical_illness?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    hospital_indemnity?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    short_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    long_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    cancer?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    legal?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    identity_protection?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    pet?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    absence_management?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    employee_assistance_program?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                };
                                file_settings: {
                                    /** @enum {string} */
                                    full_file_action_code: "4" | "RX";
                                    maximum_members_per_file: number | null;
                                    /**
                                     * @description What counts as the carrier accepting a family: `acknowledgement`, a 999 or 997 accepting the transaction set (how most carriers answer; the default), or `result_file`, a later result file per family (the default for the sandbox carrier). A TA1 or an acknowledgement that rejects the file is a rejection either way.
                                     * @enum {string}
                                     */
                                    acceptance: "acknowledgement" | "result_file";
                                    /**
                                     * @description What REF*0F carries, the subscriber's id as the carrier knows it: the subscriber's external_identifier (the default) or SSN
                                     * @enum {string}
                                     */
                                    subscriber_identifier: "external_identifier" | "ssn";
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        /**
         * Update a carrier: only the fields given change
         * @description `line_of_coverage_codes` replaces the codes; it may not drop the code of a line that the 834 has no default for while plans or current coverages of this carrier are for that line (422 `unprocessable.line_of_coverage_code_needed` naming `carrier.line_of_coverage_codes.<line>`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "carrier": {
                     *         "connection": {
                     *           "type": "sftp",
                     *           "host": "sftp.acme-life.example",
                     *           "username": "openenroll",
                     *           "password": "[set]",
                     *           "outbound_path": "/inbound",
                     *           "inbound_path": "/outbound"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Only the fields given change. A connection replaces the old one; its secrets, left out or sent as "[set]", are kept when the type stays the same. */
                        carrier: {
                            /** @example Acme Life Insurance Co. */
                            name?: string;
                            /**
                             * @description The carrier's id in N1*IN (FEIN, NAIC, ...). Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                             * @example 987654321
                             */
                            payer_identifier?: string;
                            interchange?: {
                                /**
                                 * @description ISA05
                                 * @example ZZ
                                 * @enum {string}
                                 */
                                sender_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                /**
                                 * @description ISA06, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                 * @example OPENENROLL
                                 */
                                sender_id: string;
                                /**
                                 * @description ISA07
                                 * @example ZZ
                                 * @enum {string}
                                 */
                                receiver_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                /**
                                 * @description ISA08, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                 * @example 123456789
                                 */
                                receiver_id: string;
                                /** @description GS02; defaults to sender_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                application_sender_code?: string;
                                /** @description GS03; defaults to receiver_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                application_receiver_code?: string;
                                /**
                                 * @description ISA15: T test (the default), P production
                                 * @enum {string}
                                 */
                                usage_indicator?: "T" | "P";
                            };
                            connection?: {
                                /**
                                 * @description The built-in carrier simulator
                                 * @enum {string}
                                 */
                                type: "sandbox";
                                /**
                                 * @description HD03 insurance line codes the carrier accepts; HLT, DEN, VIS when left out. A coverage of another line is rejected (`line_of_coverage`)
                                 * @example [
                                 *       "HLT",
                                 *       "DEN",
                                 *       "VIS",
                                 *       "AH"
                                 *     ]
                                 */
                                lines_of_coverage?: string[];
                                /** @description Groups as the carrier knows them. Without a setting, the carrier knows each of its coverage periods' group numbers from the period's start */
                                groups?: {
                                    /** @description REF*1L: a coverage period's carrier_group_number, or another */
                                    group_number: string;
                                    /**
                                     * @description The group's first covered day: an earlier coverage start is rejected. Default: the earliest start of the carrier's periods with this group number
                                     * @example 2026-01-01
                                     */
                                    coverage_start_date?: string;
                                    /**
                                     * @description The group's last covered day: a coverage starting after it is rejected
                                     * @example 2026-01-01
                                     */
                                    coverage_end_date?: string;
                                    /**
                                     * @description HD03 codes offered to this group; default the carrier's lines_of_coverage
                                     * @example [
                                     *       "HLT",
                                     *       "DEN",
                                     *       "VIS",
                                     *       "AH"
                                     *     ]
                                     */
                                    lines_of_coverage?: string[];
                                }[];
                                /**
                                 * @description A member of a group number the carrier does not know: rejected (the default) or checked as if the group existed
                                 * @enum {string}
                                 */
                                unknown_groups?: "reject" | "accept";
                                /** @description ISA08 the carrier answers to: a file addressed to another receiver gets a TA1 rejection. Default: any. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                receiver_id?: string;
                                /** @description The member rules the carrier applies; each on unless set false */
                                rules?: {
                                    /** @description A subscriber without an SSN is rejected (default true) */
                                    subscriber_ssn_required?: boolean;
                                    /** @description A subscriber without a birth date is rejected (default true) */
                                    subscriber_birth_date_required?: boolean;
                                    /** @description A coverage starting outside the group's covered dates is rejected (default true) */
                                    coverage_within_group_dates?: boolean;
                                };
                                /** @description Answer a result file per transaction set after the 999 (the default); false: a 999 only, as most carriers answer */
                                result_files?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "directory";
                                /** @description Folder files are written to */
                                outbound_path: string;
                                /** @description Folder acknowledgements are read from */
                                inbound_path: string;
                            } | {
                                /** @enum {string} */
                                type: "sftp";
                                /** @example sftp.carrier.example */
                                host: string;
                                /** @description 22 when left out */
                                port?: number;
                                username: string;
                                /** @description Write-only */
                                password?: string | null;
                                /** @description Write-only */
                                private_key?: string | null;
                                /** @description Remote folder files are put in */
                                outbound_path: string;
                                /** @description Remote folder acknowledgements are fetched from */
                                inbound_path: string;
                                host_key_sha256?: string | null;
                            } | {
                                /** @enum {string} */
                                type: "http";
                                /** Format: uri */
                                url: string;
                                /** @description Write-only */
                                auth_header?: string | null;
                            } | {
                                /**
                                 * @description Files are built but not sent
                                 * @enum {string}
                                 */
                                type: "none";
                            };
                            /**
                             * @description HD03 insurance line code per product line, where the carrier names one
                             * @example {
                             *       "life": "AH",
                             *       "medical": "HLT"
                             *     }
                             */
                            line_of_coverage_codes?: {
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                medical?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                dental?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                vision?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                non_voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                voluntary_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                voluntary_life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                accident?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                critical_illness?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                hospital_indemnity?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                short_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                long_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                cancer?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                legal?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                identity_protection?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                pet?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                absence_management?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                /**
                                 * @description HD03 insurance line code
                                 * @enum {string}
                                 */
                                employee_assistance_program?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                            };
                            file_settings?: {
                                /**
                                 * @description BGN08 of a full file: 4 verify (the default), RX replace
                                 * @enum {string}
                                 */
                                full_file_action_code?: "4" | "RX";
                                /** @description Split larger files; null for no limit */
                                maximum_members_per_file?: number | null;
                                /**
                                 * @description What counts as the carrier accepting a family: `acknowledgement`, a 999 or 997 accepting the transaction set (how most carriers answer; the default), or `result_file`, a later result file per family (the default for the sandbox carrier). A TA1 or an acknowledgement that rejects the file is a rejection either way.
                                 * @enum {string}
                                 */
                                acceptance?: "acknowledgement" | "result_file";
                                /**
                                 * @description What REF*0F carries, the subscriber's id as the carrier knows it: the subscriber's external_identifier (the default) or SSN
                                 * @enum {string}
                                 */
                                subscriber_identifier?: "external_identifier" | "ssn";
                            };
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
                            carrier: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                name: string;
                                payer_identifier: string;
                                interchange: {
                                    /**
                                     * @description ISA05
                                     * @example ZZ
                                     * @enum {string}
                                     */
                                    sender_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                    /**
                                     * @description ISA06, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     * @example OPENENROLL
                                     */
                                    sender_id: string;
                                    /**
                                     * @description ISA07
                                     * @example ZZ
                                     * @enum {string}
                                     */
                                    receiver_qualifier: "14" | "20" | "27" | "28" | "29" | "30" | "33" | "01" | "ZZ";
                                    /**
                                     * @description ISA08, at most 15 characters. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     * @example 123456789
                                     */
                                    receiver_id: string;
                                    /** @description GS02; defaults to sender_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    application_sender_code: string;
                                    /** @description GS03; defaults to receiver_id. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    application_receiver_code: string;
                                    /**
                                     * @description ISA15: T test (the default), P production
                                     * @enum {string}
                                     */
                                    usage_indicator: "T" | "P";
                                };
                                connection: {
                                    /**
                                     * @description The built-in carrier simulator
                                     * @enum {string}
                                     */
                                    type: "sandbox";
                                    /**
                                     * @description HD03 insurance line codes the carrier accepts; HLT, DEN, VIS when left out. A coverage of another line is rejected (`line_of_coverage`)
                                     * @example [
                                     *       "HLT",
                                     *       "DEN",
                                     *       "VIS",
                                     *       "AH"
                                     *     ]
                                     */
                                    lines_of_coverage?: string[];
                                    /** @description Groups as the carrier knows them. Without a setting, the carrier knows each of its coverage periods' group numbers from the period's start */
                                    groups?: {
                                        /** @description REF*1L: a coverage period's carrier_group_number, or another */
                                        group_number: string;
                                        /**
                                         * @description The group's first covered day: an earlier coverage start is rejected. Default: the earliest start of the carrier's periods with this group number
                                         * @example 2026-01-01
                                         */
                                        coverage_start_date?: string;
                                        /**
                                         * @description The group's last covered day: a coverage starting after it is rejected
                                         * @example 2026-01-01
                                         */
                                        coverage_end_date?: string;
                                        /**
                                         * @description HD03 codes offered to this group; default the carrier's lines_of_coverage
                                         * @example [
                                         *       "HLT",
                                         *       "DEN",
                                         *       "VIS",
                                         *       "AH"
                                         *     ]
                                         */
                                        lines_of_coverage?: string[];
                                    }[];
                                    /**
                                     * @description A member of a group number the carrier does not know: rejected (the default) or checked as if the group existed
                                     * @enum {string}
                                     */
                                    unknown_groups?: "reject" | "accept";
                                    /** @description ISA08 the carrier answers to: a file addressed to another receiver gets a TA1 rejection. Default: any. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                    receiver_id?: string;
                                    /** @description The member rules the carrier applies; each on unless set false */
                                    rules?: {
                                        /** @description A subscriber without an SSN is rejected (default true) */
                                        subscriber_ssn_required?: boolean;
                                        /** @description A subscriber without a birth date is rejected (default true) */
                                        subscriber_birth_date_required?: boolean;
                                        /** @description A coverage starting outside the group's covered dates is rejected (default true) */
                                        coverage_within_group_dates?: boolean;
                                    };
                                    /** @description Answer a result file per transaction set after the 999 (the default); false: a 999 only, as most carriers answer */
                                    result_files?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "directory";
                                    /** @description Folder files are written to */
                                    outbound_path: string;
                                    /** @description Folder acknowledgements are read from */
                                    inbound_path: string;
                                } | {
                                    /** @enum {string} */
                                    type: "sftp";
                                    /** @example sftp.carrier.example */
                                    host: string;
                                    /** @description 22 when left out */
                                    port?: number;
                                    username: string;
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    password?: "[set]";
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    private_key?: "[set]";
                                    /** @description Remote folder files are put in */
                                    outbound_path: string;
                                    /** @description Remote folder acknowledgements are fetched from */
                                    inbound_path: string;
                                    host_key_sha256?: string | null;
                                } | {
                                    /** @enum {string} */
                                    type: "http";
                                    /** Format: uri */
                                    url: string;
                                    /**
                                     * @description A secret is stored; it is never returned
                                     * @enum {string}
                                     */
                                    auth_header?: "[set]";
                                } | {
                                    /**
                                     * @description Files are built but not sent
                                     * @enum {string}
                                     */
                                    type: "none";
                                };
                                /**
                                 * @description HD03 insurance line code per product line, where the carrier names one
                                 * @example {
                                 *       "life": "AH",
                                 *       "medical": "HLT"
                                 *     }
                                 */
                                line_of_coverage_codes: {
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    medical?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    dental?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    vision?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    non_voluntary_life?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    voluntary_life_accidental_death_dismemberment?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    accident?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    critical_illness?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    hospital_indemnity?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    short_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    long_term_disability?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    cancer?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    legal?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    identity_protection?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    pet?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    absence_management?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                    /**
                                     * @description HD03 insurance line code
                                     * @enum {string}
                                     */
                                    employee_assistance_program?: "AG" | "AH" | "AJ" | "AK" | "DCP" | "DEN" | "EPO" | "FAC" | "HE" | "HLT" | "HMO" | "LTC" | "LTD" | "MM" | "MOD" | "PDG" | "POS" | "PPO" | "PRA" | "STD" | "UR" | "VIS";
                                };
                                file_settings: {
                                    /** @enum {string} */
                                    full_file_action_code: "4" | "RX";
                                    maximum_members_per_file: number | null;
                                    /**
                                     * @description What counts as the carrier accepting a family: `acknowledgement`, a 999 or 997 accepting the transaction set (how most carriers answer; the default), or `result_file`, a later result file per family (the default for the sandbox carrier). A TA1 or an acknowledgement that rejects the file is a rejection either way.
                                     * @enum {string}
                                     */
                                    acceptance: "acknowledgement" | "result_file";
                                    /**
                                     * @description What REF*0F carries, the subscriber's id as the carrier knows it: the subscriber's external_identifier (the default) or SSN
                                     * @enum {string}
                                     */
                                    subscriber_identifier: "external_identifier" | "ssn";
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/coverage_periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group's coverage periods */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            coverage_periods: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                carrier_group_number: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                coverage_start_date: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                coverage_end_date: string;
                                open_enrollment_start_date: string | null;
                                open_enrollment_end_date: string | null;
                                /**
                                 * @description end_of_month: coverage ends on the last day of the month of the event; event_date: on the event date
                                 * @enum {string}
                                 */
                                termination_rule: "end_of_month" | "event_date";
                                birth_enrollment_window_days: number;
                                /** @description How many days before the day of the request a life event's date, and the start or end of a coverage it changes, may fall; beyond it the event is refused (422 unprocessable.retroactivity_limit) unless an admin key overrides it. null or left out: no limit (periods created before this setting existed keep accepting any date); 60 is the usual choice. Whatever it is, an open_enrollment event may change nothing dated before its window opens (retroactive_days 0 outside the window). Present only when the period sets it. */
                                retroactive_days?: number;
                                /** @description How many days after the day of the request a life event's date, and the start or end of a coverage it changes, may fall (422 unprocessable.future_limit beyond it, unless an admin key overrides it). null or left out: no limit; 180 is the usual choice. Present only when the period sets it. */
                                future_days?: number;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a coverage period of a group with one of your carriers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "coverage_period": {
                     *         "carrier_id": "0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80",
                     *         "carrier_group_number": "GRP-12345",
                     *         "coverage_start_date": "2026-01-01",
                     *         "coverage_end_date": "2026-12-31",
                     *         "open_enrollment_start_date": "2025-11-01",
                     *         "open_enrollment_end_date": "2025-11-30",
                     *         "termination_rule": "end_of_month",
                     *         "birth_enrollment_window_days": 60,
                     *         "retroactive_days": 60,
                     *         "future_days": 180
                     *       }
                     *     }
                     */
                    "application/json": {
                        coverage_period: {
                            /**
                             * @description One of this organization's carriers
                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                             */
                            carrier_id: string;
                            /**
                             * @description The group's number at the carrier (834 REF*1L). Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                             * @example GRP-12345
                             */
                            carrier_group_number: string;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                             * @example 2026-01-01
                             */
                            coverage_start_date: string;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                             * @example 2026-01-01
                             */
                            coverage_end_date: string;
                            open_enrollment_start_date?: string | null;
                            open_enrollment_end_date?: string | null;
                            /**
                             * @description end_of_month: coverage ends on the last day of the month of the event; event_date: on the event date
                             * @enum {string}
                             */
                            termination_rule?: "end_of_month" | "event_date";
                            /** @description Days after a birth or adoption in which it may be reported; default 60 */
                            birth_enrollment_window_days?: number;
                            retroactive_days?: number | null;
                            future_days?: number | null;
                        };
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
                            coverage_period: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                carrier_group_number: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                coverage_start_date: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                coverage_end_date: string;
                                open_enrollment_start_date: string | null;
                                open_enrollment_end_date: string | null;
                                /**
                                 * @description end_of_month: coverage ends on the last day of the month of the event; event_date: on the event date
                                 * @enum {string}
                                 */
                                termination_rule: "end_of_month" | "event_date";
                                birth_enrollment_window_days: number;
                                /** @description How many days before the day of the request a life event's date, and the start or end of a coverage it changes, may fall; beyond it the event is refused (422 unprocessable.retroactivity_limit) unless an admin key overrides it. null or left out: no limit (periods created before this setting existed keep accepting any date); 60 is the usual choice. Whatever it is, an open_enrollment event may change nothing dated before its window opens (retroactive_days 0 outside the window). Present only when the period sets it. */
                                retroactive_days?: number;
                                /** @description How many days after the day of the request a life event's date, and the start or end of a coverage it changes, may fall (422 unprocessable.future_limit beyond it, unless an admin key overrides it). null or left out: no limit; 180 is the usual choice. Present only when the period sets it. */
                                future_days?: number;
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/coverage_periods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One coverage period */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            coverage_period: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                carrier_group_number: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                coverage_start_date: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                coverage_end_date: string;
                                open_enrollment_start_date: string | null;
                                open_enrollment_end_date: string | null;
                                /**
                                 * @description end_of_month: coverage ends on the last day of the month of the event; event_date: on the event date
                                 * @enum {string}
                                 */
                                termination_rule: "end_of_month" | "event_date";
                                birth_enrollment_window_days: number;
                                /** @description How many days before the day of the request a life event's date, and the start or end of a coverage it changes, may fall; beyond it the event is refused (422 unprocessable.retroactivity_limit) unless an admin key overrides it. null or left out: no limit (periods created before this setting existed keep accepting any date); 60 is the usual choice. Whatever it is, an open_enrollment event may change nothing dated before its window opens (retroactive_days 0 outside the window). Present only when the period sets it. */
                                retroactive_days?: number;
                                /** @description How many days after the day of the request a life event's date, and the start or end of a coverage it changes, may fall (422 unprocessable.future_limit beyond it, unless an admin key overrides it). null or left out: no limit; 180 is the usual choice. Present only when the period sets it. */
                                future_days?: number;
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/coverage_periods/{id}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A coverage period's plans */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            plans: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                external_identifier: string;
                                description: string;
                                /**
                                 * @example medical
                                 * @enum {string}
                                 */
                                product_line: "medical" | "dental" | "vision" | "life" | "voluntary_life" | "non_voluntary_life" | "accidental_death_dismemberment" | "voluntary_accidental_death_dismemberment" | "life_accidental_death_dismemberment" | "voluntary_life_accidental_death_dismemberment" | "accident" | "critical_illness" | "hospital_indemnity" | "disability" | "short_term_disability" | "long_term_disability" | "cancer" | "legal" | "identity_protection" | "pet" | "absence_management" | "employee_assistance_program";
                                product_type: string | null;
                                plan_identifier: string | null;
                                voluntary: boolean;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a plan to a coverage period
         * @description Only for a product line the period's carrier can receive: one the 834 guide has an insurance line code (HD03) for (medical, dental, vision, short- and long-term disability; a disability plan's coverages go out as either), or one the carrier's `line_of_coverage_codes` names a code for. Otherwise 422 `unprocessable.product_line_not_receivable` naming `plan.product_line` and the carrier setting to add.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "plan": {
                     *         "external_identifier": "acme-ppo-2026",
                     *         "description": "Acme PPO 500",
                     *         "product_line": "medical",
                     *         "product_type": "PPO",
                     *         "plan_identifier": "PPO500",
                     *         "voluntary": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        plan: {
                            /**
                             * @description The client's own id for the plan, unique in its coverage period
                             * @example acme-ppo-2026
                             */
                            external_identifier: string;
                            /** @example Acme PPO 500 */
                            description: string;
                            /**
                             * @example medical
                             * @enum {string}
                             */
                            product_line: "medical" | "dental" | "vision" | "life" | "voluntary_life" | "non_voluntary_life" | "accidental_death_dismemberment" | "voluntary_accidental_death_dismemberment" | "life_accidental_death_dismemberment" | "voluntary_life_accidental_death_dismemberment" | "accident" | "critical_illness" | "hospital_indemnity" | "disability" | "short_term_disability" | "long_term_disability" | "cancer" | "legal" | "identity_protection" | "pet" | "absence_management" | "employee_assistance_program";
                            product_type?: string | null;
                            plan_identifier?: string | null;
                            /** @description Paid by the employee rather than the employer; false when left out */
                            voluntary?: boolean;
                        };
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
                            plan: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                external_identifier: string;
                                description: string;
                                /**
                                 * @example medical
                                 * @enum {string}
                                 */
                                product_line: "medical" | "dental" | "vision" | "life" | "voluntary_life" | "non_voluntary_life" | "accidental_death_dismemberment" | "voluntary_accidental_death_dismemberment" | "life_accidental_death_dismemberment" | "voluntary_life_accidental_death_dismemberment" | "accident" | "critical_illness" | "hospital_indemnity" | "disability" | "short_term_disability" | "long_term_disability" | "cancer" | "legal" | "identity_protection" | "pet" | "absence_management" | "employee_assistance_program";
                                product_type: string | null;
                                plan_identifier: string | null;
                                voluntary: boolean;
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            plan: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                external_identifier: string;
                                description: string;
                                /**
                                 * @example medical
                                 * @enum {string}
                                 */
                                product_line: "medical" | "dental" | "vision" | "life" | "voluntary_life" | "non_voluntary_life" | "accidental_death_dismemberment" | "voluntary_accidental_death_dismemberment" | "life_accidental_death_dismemberment" | "voluntary_life_accidental_death_dismemberment" | "accident" | "critical_illness" | "hospital_indemnity" | "disability" | "short_term_disability" | "long_term_disability" | "cancer" | "legal" | "identity_protection" | "pet" | "absence_management" | "employee_assistance_program";
                                product_type: string | null;
                                plan_identifier: string | null;
                                voluntary: boolean;
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/groups/{id}/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscribers of a group, by status, external_identifier or who was covered on a date */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "pending" | "submitted" | "synced" | "errors";
                    external_identifier?: string;
                    /**
                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                     * @example 2026-01-01
                     */
                    covered_on?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            subscribers: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                external_identifier: string;
                                first_name: string;
                                last_name: string;
                                birth_date: string | null;
                                status: "pending" | "submitted" | "synced" | "errors";
                                /** Format: date-time */
                                status_datetime: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Enroll a subscriber (employee), with dependents nested; answers the record and an acknowledgement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "subscriber": {
                     *         "external_identifier": "ABC-132A54",
                     *         "first_name": "John",
                     *         "last_name": "Smith",
                     *         "social_security_number": "222222222",
                     *         "gender": "male",
                     *         "marital_status": "married",
                     *         "birth_date": "1991-01-01",
                     *         "residential_address": {
                     *           "address_line_1": "100 Main St",
                     *           "city": "Springfield",
                     *           "state": "IL",
                     *           "zip": "62701"
                     *         },
                     *         "employment_details": {
                     *           "status": "full_time",
                     *           "start_date": "2020-01-01"
                     *         },
                     *         "dependents": [
                     *           {
                     *             "external_identifier": "Dependent1",
                     *             "first_name": "Joanna",
                     *             "last_name": "Smith",
                     *             "social_security_number": "333333333",
                     *             "gender": "female",
                     *             "subscriber_relationship": "spouse",
                     *             "birth_date": "1992-02-03"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        subscriber: {
                            /** @description The client's own id, unique per group (per subscriber for dependents). Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                            external_identifier: string;
                            /** @example John */
                            first_name: string;
                            middle_name?: string | null;
                            /** @example Smith */
                            last_name: string;
                            suffix?: string | null;
                            social_security_number?: string | null;
                            gender: "female" | "male" | "non_binary" | "unknown";
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                             * @example 2026-01-01
                             */
                            birth_date: string;
                            residential_address?: {
                                /** @example 100 Main St */
                                address_line_1: string;
                                address_line_2?: string | null;
                                /** @example Springfield */
                                city: string;
                                /** @description Two-letter USPS state code */
                                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                /** @example 62701 */
                                zip: string;
                                fips_county_code?: string | null;
                            } | null;
                            handicapped?: boolean | null;
                            tobacco_use?: boolean | null;
                            location_id?: string | null;
                            marital_status?: ("single" | "married" | "divorced" | "widowed" | "separated" | "registered_domestic_partner" | "unknown") | null;
                            mailing_address?: {
                                /** @example 100 Main St */
                                address_line_1: string;
                                address_line_2?: string | null;
                                /** @example Springfield */
                                city: string;
                                /** @description Two-letter USPS state code */
                                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                /** @example 62701 */
                                zip: string;
                                fips_county_code?: string | null;
                            } | null;
                            emails?: {
                                /**
                                 * Format: email
                                 * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                 */
                                address: string;
                                type?: "home" | "work";
                            }[];
                            phone_numbers?: {
                                /**
                                 * @description Ten digits
                                 * @example 5555550123
                                 */
                                number: string;
                                type?: "home" | "work" | "mobile";
                            }[];
                            employment_details: {
                                status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                start_date: string;
                                end_date?: string | null;
                                original_start_date?: string | null;
                                retirement_date?: string | null;
                                hours_per_week?: number | null;
                                annual_earnings?: number | null;
                                wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                title?: string | null;
                                employee_identifier?: string | null;
                                work_state?: string | null;
                            };
                            dependents?: {
                                /** @description The client's own id, unique per group (per subscriber for dependents). Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                                external_identifier: string;
                                /** @example John */
                                first_name: string;
                                middle_name?: string | null;
                                /** @example Smith */
                                last_name: string;
                                suffix?: string | null;
                                social_security_number?: string | null;
                                gender: "female" | "male" | "non_binary" | "unknown";
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                birth_date: string;
                                residential_address?: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                handicapped?: boolean | null;
                                tobacco_use?: boolean | null;
                                subscriber_relationship: "spouse" | "registered_domestic_partner" | "child" | "stepchild" | "grandchild" | "foster_child" | "adopted_child" | "court_ordered_dependent" | "ward" | "other";
                            }[];
                        };
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
                            /** @description synced only when every carrier the family has coverage with accepted its latest change; errors when any carrier rejected it (or it cannot be sent); else pending or submitted */
                            status: "pending" | "submitted" | "synced" | "errors";
                            /** Format: date-time */
                            status_datetime: string;
                            errors?: components["schemas"]["def-0"][];
                            subscriber: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                first_name: string;
                                middle_name: string | null;
                                last_name: string;
                                suffix: string | null;
                                social_security_number: string | null;
                                gender: string | null;
                                birth_date: string | null;
                                residential_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                handicapped: boolean | null;
                                tobacco_use: boolean | null;
                                benefit_start_date: string | null;
                                benefit_end_date: string | null;
                                coverages: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    member_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id: string;
                                    product_line: string;
                                    status: "employer_sponsored" | "cobra";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date: string | null;
                                    volume: number | null;
                                    qualifying_life_event_id: string | null;
                                    /** Format: date-time */
                                    recorded_at: string;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                location_id: string | null;
                                marital_status: string | null;
                                mailing_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                emails: {
                                    /**
                                     * Format: email
                                     * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     */
                                    address: string;
                                    type?: "home" | "work";
                                }[];
                                phone_numbers: {
                                    /**
                                     * @description Ten digits
                                     * @example 5555550123
                                     */
                                    number: string;
                                    type?: "home" | "work" | "mobile";
                                }[];
                                employment_details: {
                                    status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date?: string | null;
                                    original_start_date?: string | null;
                                    retirement_date?: string | null;
                                    hours_per_week?: number | null;
                                    annual_earnings?: number | null;
                                    wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                    title?: string | null;
                                    employee_identifier?: string | null;
                                    work_state?: string | null;
                                } | null;
                                dependents: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    external_identifier: string;
                                    first_name: string;
                                    middle_name: string | null;
                                    last_name: string;
                                    suffix: string | null;
                                    social_security_number: string | null;
                                    gender: string | null;
                                    birth_date: string | null;
                                    residential_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    handicapped: boolean | null;
                                    tobacco_use: boolean | null;
                                    benefit_start_date: string | null;
                                    benefit_end_date: string | null;
                                    coverages: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        plan_id: string;
                                        product_line: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date: string | null;
                                        volume: number | null;
                                        qualifying_life_event_id: string | null;
                                        /** Format: date-time */
                                        recorded_at: string;
                                    }[];
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    subscriber_relationship: string;
                                    removed_on: string | null;
                                }[];
                                current_qualifying_events: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    event: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    date: string;
                                    eligibility_start_date: string | null;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    external_identifier: string | null;
                                    member_id: string | null;
                                    /** @description The plan elections as submitted */
                                    plan_elections: unknown;
                                    status: "pending" | "submitted" | "synced" | "errors";
                                    /** Format: date-time */
                                    status_datetime: string;
                                    /** Format: date-time */
                                    created_at: string;
                                }[];
                            };
                            /** @description When synced: the subscriber as the carriers accepted it, every carrier's coverages together (SSNs masked) */
                            synced_subscriber?: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                first_name: string;
                                middle_name: string | null;
                                last_name: string;
                                suffix: string | null;
                                social_security_number: string | null;
                                gender: string | null;
                                birth_date: string | null;
                                residential_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                handicapped: boolean | null;
                                tobacco_use: boolean | null;
                                benefit_start_date: string | null;
                                benefit_end_date: string | null;
                                coverages: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    member_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id: string;
                                    product_line: string;
                                    status: "employer_sponsored" | "cobra";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date: string | null;
                                    volume: number | null;
                                    qualifying_life_event_id: string | null;
                                    /** Format: date-time */
                                    recorded_at: string;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                location_id: string | null;
                                marital_status: string | null;
                                mailing_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                emails: {
                                    /**
                                     * Format: email
                                     * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     */
                                    address: string;
                                    type?: "home" | "work";
                                }[];
                                phone_numbers: {
                                    /**
                                     * @description Ten digits
                                     * @example 5555550123
                                     */
                                    number: string;
                                    type?: "home" | "work" | "mobile";
                                }[];
                                employment_details: {
                                    status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date?: string | null;
                                    original_start_date?: string | null;
                                    retirement_date?: string | null;
                                    hours_per_week?: number | null;
                                    annual_earnings?: number | null;
                                    wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                    title?: string | null;
                                    employee_identifier?: string | null;
                                    work_state?: string | null;
                                } | null;
                                dependents: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    external_identifier: string;
                                    first_name: string;
                                    middle_name: string | null;
                                    last_name: string;
                                    suffix: string | null;
                                    social_security_number: string | null;
                                    gender: string | null;
                                    birth_date: string | null;
                                    residential_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    handicapped: boolean | null;
                                    tobacco_use: boolean | null;
                                    benefit_start_date: string | null;
                                    benefit_end_date: string | null;
                                    coverages: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        plan_id: string;
                                        product_line: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date: string | null;
                                        volume: number | null;
                                        qualifying_life_event_id: string | null;
                                        /** Format: date-time */
                                        recorded_at: string;
                                    }[];
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    subscriber_relationship: string;
                                    removed_on: string | null;
                                }[];
                                current_qualifying_events: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    event: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    date: string;
                                    eligibility_start_date: string | null;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    external_identifier: string | null;
                                    member_id: string | null;
                                    /** @description The plan elections as submitted */
                                    plan_elections: unknown;
                                    status: "pending" | "submitted" | "synced" | "errors";
                                    /** Format: date-time */
                                    status_datetime: string;
                                    /** Format: date-time */
                                    created_at: string;
                                }[];
                            };
                            /** @description One per carrier (coverage period) the family has coverage with */
                            carrier_statuses: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                status: "pending" | "submitted" | "synced" | "errors";
                                /** Format: date-time */
                                status_datetime: string;
                                /** @description This carrier's errors, or why the family cannot be sent to it */
                                errors: {
                                    /** @example invalid_request.parameter_required */
                                    error_type: string;
                                    /** @example The parameter is missing and is required */
                                    message: string;
                                    /** @example first_name */
                                    parameter: string | null;
                                }[];
                                /** @description The subscriber as this carrier last accepted it: the record as the API showed it when the accepted file was built, with the coverages that file carried (SSNs masked). Kept while a newer change is on its way. */
                                synced_subscriber?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    external_identifier: string;
                                    first_name: string;
                                    middle_name: string | null;
                                    last_name: string;
                                    suffix: string | null;
                                    social_security_number: string | null;
                                    gender: string | null;
                                    birth_date: string | null;
                                    residential_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    handicapped: boolean | null;
                                    tobacco_use: boolean | null;
                                    benefit_start_date: string | null;
                                    benefit_end_date: string | null;
                                    coverages: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        plan_id: string;
                                        product_line: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date: string | null;
                                        volume: number | null;
                                        qualifying_life_event_id: string | null;
                                        /** Format: date-time */
                                        recorded_at: string;
                                    }[];
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    group_id: string;
                                    location_id: string | null;
                                    marital_status: string | null;
                                    mailing_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    emails: {
                                        /**
                                         * Format: email
                                         * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                         */
                                        address: string;
                                        type?: "home" | "work";
                                    }[];
                                    phone_numbers: {
                                        /**
                                         * @description Ten digits
                                         * @example 5555550123
                                         */
                                        number: string;
                                        type?: "home" | "work" | "mobile";
                                    }[];
                                    employment_details: {
                                        status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        original_start_date?: string | null;
                                        retirement_date?: string | null;
                                        hours_per_week?: number | null;
                                        annual_earnings?: number | null;
                                        wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                        title?: string | null;
                                        employee_identifier?: string | null;
                                        work_state?: string | null;
                                    } | null;
                                    dependents: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        external_identifier: string;
                                        first_name: string;
                                        middle_name: string | null;
                                        last_name: string;
                                        suffix: string | null;
                                        social_security_number: string | null;
                                        gender: string | null;
                                        birth_date: string | null;
                                        residential_address: {
                                            /** @example 100 Main St */
                                            address_line_1: string;
                                            address_line_2?: string | null;
                                            /** @example Springfield */
                                            city: string;
                                            /** @description Two-letter USPS state code */
                                            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                            /** @example 62701 */
                                            zip: string;
                                            fips_county_code?: string | null;
                                        } | null;
                                        handicapped: boolean | null;
                                        tobacco_use: boolean | null;
                                        benefit_start_date: string | null;
                                        benefit_end_date: string | null;
                                        coverages: {
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            id: string;
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            member_id: string;
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            coverage_period_id: string;
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            plan_id: string;
                                            product_line: string;
                                            status: "employer_sponsored" | "cobra";
                                            /**
                                             * Format: date
                                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                             * @example 2026-01-01
                                             */
                                            start_date: string;
                                            end_date: string | null;
                                            volume: number | null;
                                            qualifying_life_event_id: string | null;
                                            /** Format: date-time */
                                            recorded_at: string;
                                        }[];
                                        /** Format: date-time */
                                        created_at: string;
                                        /** Format: date-time */
                                        updated_at: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        subscriber_id: string;
                                        subscriber_relationship: string;
                                        removed_on: string | null;
                                    }[];
                                    current_qualifying_events: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        subscriber_id: string;
                                        event: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        date: string;
                                        eligibility_start_date: string | null;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        external_identifier: string | null;
                                        member_id: string | null;
                                        /** @description The plan elections as submitted */
                                        plan_elections: unknown;
                                        status: "pending" | "submitted" | "synced" | "errors";
                                        /** Format: date-time */
                                        status_datetime: string;
                                        /** Format: date-time */
                                        created_at: string;
                                    }[];
                                };
                                /** Format: date-time */
                                synced_datetime?: string;
                            }[];
                            acknowledgement?: {
                                /** @example ACK-3HT8W2LQ6NRC */
                                reference_number: string;
                                resource_type: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                resource_id: string;
                                action: string;
                                /** Format: date-time */
                                received_at: string;
                                people: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                                coverage_items: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find subscribers across every group this organization owns or is granted: by name, external identifier or SSN last four (q), status, group or who was covered on a date */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /**
                     * @description Words that each begin the first or last name (case-insensitive, "ada love"), an external identifier, or the last four digits of the SSN
                     * @example lovelace
                     */
                    q?: string;
                    status?: "pending" | "submitted" | "synced" | "errors";
                    /** @description Only this group */
                    group_id?: string;
                    /**
                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                     * @example 2026-01-01
                     */
                    covered_on?: string;
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
                            subscribers: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                external_identifier: string;
                                first_name: string;
                                last_name: string;
                                birth_date: string | null;
                                status: "pending" | "submitted" | "synced" | "errors";
                                /** Format: date-time */
                                status_datetime: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/subscribers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscriber's carrier status, record, dependents, coverages and qualifying life events; ?as_of= shows the coverages in force that day */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                     * @example 2026-01-01
                     */
                    as_of?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            /** @description synced only when every carrier the family has coverage with accepted its latest change; errors when any carrier rejected it (or it cannot be sent); else pending or submitted */
                            status: "pending" | "submitted" | "synced" | "errors";
                            /** Format: date-time */
                            status_datetime: string;
                            errors?: components["schemas"]["def-0"][];
                            subscriber: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                first_name: string;
                                middle_name: string | null;
                                last_name: string;
                                suffix: string | null;
                                social_security_number: string | null;
                                gender: string | null;
                                birth_date: string | null;
                                residential_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                handicapped: boolean | null;
                                tobacco_use: boolean | null;
                                benefit_start_date: string | null;
                                benefit_end_date: string | null;
                                coverages: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    member_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id: string;
                                    product_line: string;
                                    status: "employer_sponsored" | "cobra";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date: string | null;
                                    volume: number | null;
                                    qualifying_life_event_id: string | null;
                                    /** Format: date-time */
                                    recorded_at: string;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                location_id: string | null;
                                marital_status: string | null;
                                mailing_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                emails: {
                                    /**
                                     * Format: email
                                     * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     */
                                    address: string;
                                    type?: "home" | "work";
                                }[];
                                phone_numbers: {
                                    /**
                                     * @description Ten digits
                                     * @example 5555550123
                                     */
                                    number: string;
                                    type?: "home" | "work" | "mobile";
                                }[];
                                employment_details: {
                                    status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date?: string | null;
                                    original_start_date?: string | null;
                                    retirement_date?: string | null;
                                    hours_per_week?: number | null;
                                    annual_earnings?: number | null;
                                    wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                    title?: string | null;
                                    employee_identifier?: string | null;
                                    work_state?: string | null;
                                } | null;
                                dependents: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    external_identifier: string;
                                    first_name: string;
                                    middle_name: string | null;
                                    last_name: string;
                                    suffix: string | null;
                                    social_security_number: string | null;
                                    gender: string | null;
                                    birth_date: string | null;
                                    residential_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    handicapped: boolean | null;
                                    tobacco_use: boolean | null;
                                    benefit_start_date: string | null;
                                    benefit_end_date: string | null;
                                    coverages: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        plan_id: string;
                                        product_line: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date: string | null;
                                        volume: number | null;
                                        qualifying_life_event_id: string | null;
                                        /** Format: date-time */
                                        recorded_at: string;
                                    }[];
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    subscriber_relationship: string;
                                    removed_on: string | null;
                                }[];
                                current_qualifying_events: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    event: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    date: string;
                                    eligibility_start_date: string | null;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    external_identifier: string | null;
                                    member_id: string | null;
                                    /** @description The plan elections as submitted */
                                    plan_elections: unknown;
                                    status: "pending" | "submitted" | "synced" | "errors";
                                    /** Format: date-time */
                                    status_datetime: string;
                                    /** Format: date-time */
                                    created_at: string;
                                }[];
                            };
                            /** @description When synced: the subscriber as the carriers accepted it, every carrier's coverages together (SSNs masked) */
                            synced_subscriber?: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                first_name: string;
                                middle_name: string | null;
                                last_name: string;
                                suffix: string | null;
                                social_security_number: string | null;
                                gender: string | null;
                                birth_date: string | null;
                                residential_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                handicapped: boolean | null;
                                tobacco_use: boolean | null;
                                benefit_start_date: string | null;
                                benefit_end_date: string | null;
                                coverages: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    member_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id: string;
                                    product_line: string;
                                    status: "employer_sponsored" | "cobra";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date: string | null;
                                    volume: number | null;
                                    qualifying_life_event_id: string | null;
                                    /** Format: date-time */
                                    recorded_at: string;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                location_id: string | null;
                                marital_status: string | null;
                                mailing_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                emails: {
                                    /**
                                     * Format: email
                                     * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     */
                                    address: string;
                                    type?: "home" | "work";
                                }[];
                                phone_numbers: {
                                    /**
                                     * @description Ten digits
                                     * @example 5555550123
                                     */
                                    number: string;
                                    type?: "home" | "work" | "mobile";
                                }[];
                                employment_details: {
                                    status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date?: string | null;
                                    original_start_date?: string | null;
                                    retirement_date?: string | null;
                                    hours_per_week?: number | null;
                                    annual_earnings?: number | null;
                                    wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                    title?: string | null;
                                    employee_identifier?: string | null;
                                    work_state?: string | null;
                                } | null;
                                dependents: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    external_identifier: string;
                                    first_name: string;
                                    middle_name: string | null;
                                    last_name: string;
                                    suffix: string | null;
                                    social_security_number: string | null;
                                    gender: string | null;
                                    birth_date: string | null;
                                    residential_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    handicapped: boolean | null;
                                    tobacco_use: boolean | null;
                                    benefit_start_date: string | null;
                                    benefit_end_date: string | null;
                                    coverages: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        plan_id: string;
                                        product_line: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date: string | null;
                                        volume: number | null;
                                        qualifying_life_event_id: string | null;
                                        /** Format: date-time */
                                        recorded_at: string;
                                    }[];
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    subscriber_relationship: string;
                                    removed_on: string | null;
                                }[];
                                current_qualifying_events: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    event: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    date: string;
                                    eligibility_start_date: string | null;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    external_identifier: string | null;
                                    member_id: string | null;
                                    /** @description The plan elections as submitted */
                                    plan_elections: unknown;
                                    status: "pending" | "submitted" | "synced" | "errors";
                                    /** Format: date-time */
                                    status_datetime: string;
                                    /** Format: date-time */
                                    created_at: string;
                                }[];
                            };
                            /** @description One per carrier (coverage period) the family has coverage with */
                            carrier_statuses: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                status: "pending" | "submitted" | "synced" | "errors";
                                /** Format: date-time */
                                status_datetime: string;
                                /** @description This carrier's errors, or why the family cannot be sent to it */
                                errors: {
                                    /** @example invalid_request.parameter_required */
                                    error_type: string;
                                    /** @example The parameter is missing and is required */
                                    message: string;
                                    /** @example first_name */
                                    parameter: string | null;
                                }[];
                                /** @description The subscriber as this carrier last accepted it: the record as the API showed it when the accepted file was built, with the coverages that file carried (SSNs masked). Kept while a newer change is on its way. */
                                synced_subscriber?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    external_identifier: string;
                                    first_name: string;
                                    middle_name: string | null;
                                    last_name: string;
                                    suffix: string | null;
                                    social_security_number: string | null;
                                    gender: string | null;
                                    birth_date: string | null;
                                    residential_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    handicapped: boolean | null;
                                    tobacco_use: boolean | null;
                                    benefit_start_date: string | null;
                                    benefit_end_date: string | null;
                                    coverages: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        plan_id: string;
                                        product_line: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date: string | null;
                                        volume: number | null;
                                        qualifying_life_event_id: string | null;
                                        /** Format: date-time */
                                        recorded_at: string;
                                    }[];
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    group_id: string;
                                    location_id: string | null;
                                    marital_status: string | null;
                                    mailing_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    emails: {
                                        /**
                                         * Format: email
                                         * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                         */
                                        address: string;
                                        type?: "home" | "work";
                                    }[];
                                    phone_numbers: {
                                        /**
                                         * @description Ten digits
                                         * @example 5555550123
                                         */
                                        number: string;
                                        type?: "home" | "work" | "mobile";
                                    }[];
                                    employment_details: {
                                        status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        original_start_date?: string | null;
                                        retirement_date?: string | null;
                                        hours_per_week?: number | null;
                                        annual_earnings?: number | null;
                                        wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                        title?: string | null;
                                        employee_identifier?: string | null;
                                        work_state?: string | null;
                                    } | null;
                                    dependents: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        external_identifier: string;
                                        first_name: string;
                                        middle_name: string | null;
                                        last_name: string;
                                        suffix: string | null;
                                        social_security_number: string | null;
                                        gender: string | null;
                                        birth_date: string | null;
                                        residential_address: {
                                            /** @example 100 Main St */
                                            address_line_1: string;
                                            address_line_2?: string | null;
                                            /** @example Springfield */
                                            city: string;
                                            /** @description Two-letter USPS state code */
                                            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                            /** @example 62701 */
                                            zip: string;
                                            fips_county_code?: string | null;
                                        } | null;
                                        handicapped: boolean | null;
                                        tobacco_use: boolean | null;
                                        benefit_start_date: string | null;
                                        benefit_end_date: string | null;
                                        coverages: {
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            id: string;
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            member_id: string;
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            coverage_period_id: string;
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            plan_id: string;
                                            product_line: string;
                                            status: "employer_sponsored" | "cobra";
                                            /**
                                             * Format: date
                                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                             * @example 2026-01-01
                                             */
                                            start_date: string;
                                            end_date: string | null;
                                            volume: number | null;
                                            qualifying_life_event_id: string | null;
                                            /** Format: date-time */
                                            recorded_at: string;
                                        }[];
                                        /** Format: date-time */
                                        created_at: string;
                                        /** Format: date-time */
                                        updated_at: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        subscriber_id: string;
                                        subscriber_relationship: string;
                                        removed_on: string | null;
                                    }[];
                                    current_qualifying_events: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        subscriber_id: string;
                                        event: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        date: string;
                                        eligibility_start_date: string | null;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        external_identifier: string | null;
                                        member_id: string | null;
                                        /** @description The plan elections as submitted */
                                        plan_elections: unknown;
                                        status: "pending" | "submitted" | "synced" | "errors";
                                        /** Format: date-time */
                                        status_datetime: string;
                                        /** Format: date-time */
                                        created_at: string;
                                    }[];
                                };
                                /** Format: date-time */
                                synced_datetime?: string;
                            }[];
                            acknowledgement?: {
                                /** @example ACK-3HT8W2LQ6NRC */
                                reference_number: string;
                                resource_type: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                resource_id: string;
                                action: string;
                                /** Format: date-time */
                                received_at: string;
                                people: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                                coverage_items: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        /** Update the fields given (address, name, demographics, employment); the status becomes pending */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "subscriber": {
                     *         "residential_address": {
                     *           "address_line_1": "200 Oak Ave",
                     *           "city": "Springfield",
                     *           "state": "IL",
                     *           "zip": "62704"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        subscriber: {
                            /** @description The client's own id, unique per group (per subscriber for dependents). Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                            external_identifier?: string;
                            /** @example John */
                            first_name?: string;
                            middle_name?: string | null;
                            /** @example Smith */
                            last_name?: string;
                            suffix?: string | null;
                            social_security_number?: string | null;
                            gender?: "female" | "male" | "non_binary" | "unknown";
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                             * @example 2026-01-01
                             */
                            birth_date?: string;
                            residential_address?: {
                                /** @example 100 Main St */
                                address_line_1: string;
                                address_line_2?: string | null;
                                /** @example Springfield */
                                city: string;
                                /** @description Two-letter USPS state code */
                                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                /** @example 62701 */
                                zip: string;
                                fips_county_code?: string | null;
                            } | null;
                            handicapped?: boolean | null;
                            tobacco_use?: boolean | null;
                            location_id?: string | null;
                            marital_status?: ("single" | "married" | "divorced" | "widowed" | "separated" | "registered_domestic_partner" | "unknown") | null;
                            mailing_address?: {
                                /** @example 100 Main St */
                                address_line_1: string;
                                address_line_2?: string | null;
                                /** @example Springfield */
                                city: string;
                                /** @description Two-letter USPS state code */
                                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                /** @example 62701 */
                                zip: string;
                                fips_county_code?: string | null;
                            } | null;
                            emails?: {
                                /**
                                 * Format: email
                                 * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                 */
                                address: string;
                                type?: "home" | "work";
                            }[];
                            phone_numbers?: {
                                /**
                                 * @description Ten digits
                                 * @example 5555550123
                                 */
                                number: string;
                                type?: "home" | "work" | "mobile";
                            }[];
                            employment_details?: {
                                status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                start_date: string;
                                end_date?: string | null;
                                original_start_date?: string | null;
                                retirement_date?: string | null;
                                hours_per_week?: number | null;
                                annual_earnings?: number | null;
                                wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                title?: string | null;
                                employee_identifier?: string | null;
                                work_state?: string | null;
                            };
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
                            /** @description synced only when every carrier the family has coverage with accepted its latest change; errors when any carrier rejected it (or it cannot be sent); else pending or submitted */
                            status: "pending" | "submitted" | "synced" | "errors";
                            /** Format: date-time */
                            status_datetime: string;
                            errors?: components["schemas"]["def-0"][];
                            subscriber: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                first_name: string;
                                middle_name: string | null;
                                last_name: string;
                                suffix: string | null;
                                social_security_number: string | null;
                                gender: string | null;
                                birth_date: string | null;
                                residential_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                handicapped: boolean | null;
                                tobacco_use: boolean | null;
                                benefit_start_date: string | null;
                                benefit_end_date: string | null;
                                coverages: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    member_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id: string;
                                    product_line: string;
                                    status: "employer_sponsored" | "cobra";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date: string | null;
                                    volume: number | null;
                                    qualifying_life_event_id: string | null;
                                    /** Format: date-time */
                                    recorded_at: string;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                location_id: string | null;
                                marital_status: string | null;
                                mailing_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                emails: {
                                    /**
                                     * Format: email
                                     * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     */
                                    address: string;
                                    type?: "home" | "work";
                                }[];
                                phone_numbers: {
                                    /**
                                     * @description Ten digits
                                     * @example 5555550123
                                     */
                                    number: string;
                                    type?: "home" | "work" | "mobile";
                                }[];
                                employment_details: {
                                    status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date?: string | null;
                                    original_start_date?: string | null;
                                    retirement_date?: string | null;
                                    hours_per_week?: number | null;
                                    annual_earnings?: number | null;
                                    wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                    title?: string | null;
                                    employee_identifier?: string | null;
                                    work_state?: string | null;
                                } | null;
                                dependents: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    external_identifier: string;
                                    first_name: string;
                                    middle_name: string | null;
                                    last_name: string;
                                    suffix: string | null;
                                    social_security_number: string | null;
                                    gender: string | null;
                                    birth_date: string | null;
                                    residential_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    handicapped: boolean | null;
                                    tobacco_use: boolean | null;
                                    benefit_start_date: string | null;
                                    benefit_end_date: string | null;
                                    coverages: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        plan_id: string;
                                        product_line: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date: string | null;
                                        volume: number | null;
                                        qualifying_life_event_id: string | null;
                                        /** Format: date-time */
                                        recorded_at: string;
                                    }[];
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    subscriber_relationship: string;
                                    removed_on: string | null;
                                }[];
                                current_qualifying_events: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    event: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    date: string;
                                    eligibility_start_date: string | null;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    external_identifier: string | null;
                                    member_id: string | null;
                                    /** @description The plan elections as submitted */
                                    plan_elections: unknown;
                                    status: "pending" | "submitted" | "synced" | "errors";
                                    /** Format: date-time */
                                    status_datetime: string;
                                    /** Format: date-time */
                                    created_at: string;
                                }[];
                            };
                            /** @description When synced: the subscriber as the carriers accepted it, every carrier's coverages together (SSNs masked) */
                            synced_subscriber?: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                first_name: string;
                                middle_name: string | null;
                                last_name: string;
                                suffix: string | null;
                                social_security_number: string | null;
                                gender: string | null;
                                birth_date: string | null;
                                residential_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                handicapped: boolean | null;
                                tobacco_use: boolean | null;
                                benefit_start_date: string | null;
                                benefit_end_date: string | null;
                                coverages: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    member_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id: string;
                                    product_line: string;
                                    status: "employer_sponsored" | "cobra";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date: string | null;
                                    volume: number | null;
                                    qualifying_life_event_id: string | null;
                                    /** Format: date-time */
                                    recorded_at: string;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                location_id: string | null;
                                marital_status: string | null;
                                mailing_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                emails: {
                                    /**
                                     * Format: email
                                     * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                     */
                                    address: string;
                                    type?: "home" | "work";
                                }[];
                                phone_numbers: {
                                    /**
                                     * @description Ten digits
                                     * @example 5555550123
                                     */
                                    number: string;
                                    type?: "home" | "work" | "mobile";
                                }[];
                                employment_details: {
                                    status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date?: string | null;
                                    original_start_date?: string | null;
                                    retirement_date?: string | null;
                                    hours_per_week?: number | null;
                                    annual_earnings?: number | null;
                                    wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                    title?: string | null;
                                    employee_identifier?: string | null;
                                    work_state?: string | null;
                                } | null;
                                dependents: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    external_identifier: string;
                                    first_name: string;
                                    middle_name: string | null;
                                    last_name: string;
                                    suffix: string | null;
                                    social_security_number: string | null;
                                    gender: string | null;
                                    birth_date: string | null;
                                    residential_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    handicapped: boolean | null;
                                    tobacco_use: boolean | null;
                                    benefit_start_date: string | null;
                                    benefit_end_date: string | null;
                                    coverages: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        plan_id: string;
                                        product_line: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date: string | null;
                                        volume: number | null;
                                        qualifying_life_event_id: string | null;
                                        /** Format: date-time */
                                        recorded_at: string;
                                    }[];
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    subscriber_relationship: string;
                                    removed_on: string | null;
                                }[];
                                current_qualifying_events: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    subscriber_id: string;
                                    event: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    date: string;
                                    eligibility_start_date: string | null;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    external_identifier: string | null;
                                    member_id: string | null;
                                    /** @description The plan elections as submitted */
                                    plan_elections: unknown;
                                    status: "pending" | "submitted" | "synced" | "errors";
                                    /** Format: date-time */
                                    status_datetime: string;
                                    /** Format: date-time */
                                    created_at: string;
                                }[];
                            };
                            /** @description One per carrier (coverage period) the family has coverage with */
                            carrier_statuses: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                status: "pending" | "submitted" | "synced" | "errors";
                                /** Format: date-time */
                                status_datetime: string;
                                /** @description This carrier's errors, or why the family cannot be sent to it */
                                errors: {
                                    /** @example invalid_request.parameter_required */
                                    error_type: string;
                                    /** @example The parameter is missing and is required */
                                    message: string;
                                    /** @example first_name */
                                    parameter: string | null;
                                }[];
                                /** @description The subscriber as this carrier last accepted it: the record as the API showed it when the accepted file was built, with the coverages that file carried (SSNs masked). Kept while a newer change is on its way. */
                                synced_subscriber?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    external_identifier: string;
                                    first_name: string;
                                    middle_name: string | null;
                                    last_name: string;
                                    suffix: string | null;
                                    social_security_number: string | null;
                                    gender: string | null;
                                    birth_date: string | null;
                                    residential_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    handicapped: boolean | null;
                                    tobacco_use: boolean | null;
                                    benefit_start_date: string | null;
                                    benefit_end_date: string | null;
                                    coverages: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        plan_id: string;
                                        product_line: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date: string | null;
                                        volume: number | null;
                                        qualifying_life_event_id: string | null;
                                        /** Format: date-time */
                                        recorded_at: string;
                                    }[];
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    group_id: string;
                                    location_id: string | null;
                                    marital_status: string | null;
                                    mailing_address: {
                                        /** @example 100 Main St */
                                        address_line_1: string;
                                        address_line_2?: string | null;
                                        /** @example Springfield */
                                        city: string;
                                        /** @description Two-letter USPS state code */
                                        state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                        /** @example 62701 */
                                        zip: string;
                                        fips_county_code?: string | null;
                                    } | null;
                                    emails: {
                                        /**
                                         * Format: email
                                         * @description Sent as PER*EM. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                                         */
                                        address: string;
                                        type?: "home" | "work";
                                    }[];
                                    phone_numbers: {
                                        /**
                                         * @description Ten digits
                                         * @example 5555550123
                                         */
                                        number: string;
                                        type?: "home" | "work" | "mobile";
                                    }[];
                                    employment_details: {
                                        status: "full_time" | "part_time" | "retired" | "terminated" | "leave_of_absence" | "seasonal" | "temporary" | "contract";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        original_start_date?: string | null;
                                        retirement_date?: string | null;
                                        hours_per_week?: number | null;
                                        annual_earnings?: number | null;
                                        wage_frequency?: ("hourly" | "weekly" | "biweekly" | "semimonthly" | "monthly" | "annually") | null;
                                        title?: string | null;
                                        employee_identifier?: string | null;
                                        work_state?: string | null;
                                    } | null;
                                    dependents: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        external_identifier: string;
                                        first_name: string;
                                        middle_name: string | null;
                                        last_name: string;
                                        suffix: string | null;
                                        social_security_number: string | null;
                                        gender: string | null;
                                        birth_date: string | null;
                                        residential_address: {
                                            /** @example 100 Main St */
                                            address_line_1: string;
                                            address_line_2?: string | null;
                                            /** @example Springfield */
                                            city: string;
                                            /** @description Two-letter USPS state code */
                                            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                            /** @example 62701 */
                                            zip: string;
                                            fips_county_code?: string | null;
                                        } | null;
                                        handicapped: boolean | null;
                                        tobacco_use: boolean | null;
                                        benefit_start_date: string | null;
                                        benefit_end_date: string | null;
                                        coverages: {
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            id: string;
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            member_id: string;
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            coverage_period_id: string;
                                            /**
                                             * @description A UUID made by the server
                                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                             */
                                            plan_id: string;
                                            product_line: string;
                                            status: "employer_sponsored" | "cobra";
                                            /**
                                             * Format: date
                                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                             * @example 2026-01-01
                                             */
                                            start_date: string;
                                            end_date: string | null;
                                            volume: number | null;
                                            qualifying_life_event_id: string | null;
                                            /** Format: date-time */
                                            recorded_at: string;
                                        }[];
                                        /** Format: date-time */
                                        created_at: string;
                                        /** Format: date-time */
                                        updated_at: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        subscriber_id: string;
                                        subscriber_relationship: string;
                                        removed_on: string | null;
                                    }[];
                                    current_qualifying_events: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        subscriber_id: string;
                                        event: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        date: string;
                                        eligibility_start_date: string | null;
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        coverage_period_id: string;
                                        external_identifier: string | null;
                                        member_id: string | null;
                                        /** @description The plan elections as submitted */
                                        plan_elections: unknown;
                                        status: "pending" | "submitted" | "synced" | "errors";
                                        /** Format: date-time */
                                        status_datetime: string;
                                        /** Format: date-time */
                                        created_at: string;
                                    }[];
                                };
                                /** Format: date-time */
                                synced_datetime?: string;
                            }[];
                            acknowledgement?: {
                                /** @example ACK-3HT8W2LQ6NRC */
                                reference_number: string;
                                resource_type: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                resource_id: string;
                                action: string;
                                /** Format: date-time */
                                received_at: string;
                                people: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                                coverage_items: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscribers/{id}/dependents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a dependent to a subscriber */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "dependent": {
                     *         "external_identifier": "Dependent2",
                     *         "first_name": "Mia",
                     *         "last_name": "Smith",
                     *         "gender": "female",
                     *         "subscriber_relationship": "child",
                     *         "birth_date": "2021-06-01"
                     *       }
                     *     }
                     */
                    "application/json": {
                        dependent: {
                            /** @description The client's own id, unique per group (per subscriber for dependents). Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                            external_identifier: string;
                            /** @example John */
                            first_name: string;
                            middle_name?: string | null;
                            /** @example Smith */
                            last_name: string;
                            suffix?: string | null;
                            social_security_number?: string | null;
                            gender: "female" | "male" | "non_binary" | "unknown";
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                             * @example 2026-01-01
                             */
                            birth_date: string;
                            residential_address?: {
                                /** @example 100 Main St */
                                address_line_1: string;
                                address_line_2?: string | null;
                                /** @example Springfield */
                                city: string;
                                /** @description Two-letter USPS state code */
                                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                /** @example 62701 */
                                zip: string;
                                fips_county_code?: string | null;
                            } | null;
                            handicapped?: boolean | null;
                            tobacco_use?: boolean | null;
                            subscriber_relationship: "spouse" | "registered_domestic_partner" | "child" | "stepchild" | "grandchild" | "foster_child" | "adopted_child" | "court_ordered_dependent" | "ward" | "other";
                        };
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
                            dependent: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                first_name: string;
                                middle_name: string | null;
                                last_name: string;
                                suffix: string | null;
                                social_security_number: string | null;
                                gender: string | null;
                                birth_date: string | null;
                                residential_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                handicapped: boolean | null;
                                tobacco_use: boolean | null;
                                benefit_start_date: string | null;
                                benefit_end_date: string | null;
                                coverages: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    member_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id: string;
                                    product_line: string;
                                    status: "employer_sponsored" | "cobra";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date: string | null;
                                    volume: number | null;
                                    qualifying_life_event_id: string | null;
                                    /** Format: date-time */
                                    recorded_at: string;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                subscriber_relationship: string;
                                removed_on: string | null;
                            };
                            acknowledgement?: {
                                /** @example ACK-3HT8W2LQ6NRC */
                                reference_number: string;
                                resource_type: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                resource_id: string;
                                action: string;
                                /** Format: date-time */
                                received_at: string;
                                people: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                                coverage_items: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/dependents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dependent and its coverages */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                     * @example 2026-01-01
                     */
                    as_of?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            dependent: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                first_name: string;
                                middle_name: string | null;
                                last_name: string;
                                suffix: string | null;
                                social_security_number: string | null;
                                gender: string | null;
                                birth_date: string | null;
                                residential_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                handicapped: boolean | null;
                                tobacco_use: boolean | null;
                                benefit_start_date: string | null;
                                benefit_end_date: string | null;
                                coverages: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    member_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id: string;
                                    product_line: string;
                                    status: "employer_sponsored" | "cobra";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date: string | null;
                                    volume: number | null;
                                    qualifying_life_event_id: string | null;
                                    /** Format: date-time */
                                    recorded_at: string;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                subscriber_relationship: string;
                                removed_on: string | null;
                            };
                            acknowledgement?: {
                                /** @example ACK-3HT8W2LQ6NRC */
                                reference_number: string;
                                resource_type: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                resource_id: string;
                                action: string;
                                /** Format: date-time */
                                received_at: string;
                                people: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                                coverage_items: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        /** Update the fields given of a dependent; the family's status becomes pending */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "dependent": {
                     *         "last_name": "Smith-Jones"
                     *       }
                     *     }
                     */
                    "application/json": {
                        dependent: {
                            /** @description The client's own id, unique per group (per subscriber for dependents). Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                            external_identifier?: string;
                            /** @example John */
                            first_name?: string;
                            middle_name?: string | null;
                            /** @example Smith */
                            last_name?: string;
                            suffix?: string | null;
                            social_security_number?: string | null;
                            gender?: "female" | "male" | "non_binary" | "unknown";
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                             * @example 2026-01-01
                             */
                            birth_date?: string;
                            residential_address?: {
                                /** @example 100 Main St */
                                address_line_1: string;
                                address_line_2?: string | null;
                                /** @example Springfield */
                                city: string;
                                /** @description Two-letter USPS state code */
                                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                /** @example 62701 */
                                zip: string;
                                fips_county_code?: string | null;
                            } | null;
                            handicapped?: boolean | null;
                            tobacco_use?: boolean | null;
                            subscriber_relationship?: "spouse" | "registered_domestic_partner" | "child" | "stepchild" | "grandchild" | "foster_child" | "adopted_child" | "court_ordered_dependent" | "ward" | "other";
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
                            dependent: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                external_identifier: string;
                                first_name: string;
                                middle_name: string | null;
                                last_name: string;
                                suffix: string | null;
                                social_security_number: string | null;
                                gender: string | null;
                                birth_date: string | null;
                                residential_address: {
                                    /** @example 100 Main St */
                                    address_line_1: string;
                                    address_line_2?: string | null;
                                    /** @example Springfield */
                                    city: string;
                                    /** @description Two-letter USPS state code */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                                    /** @example 62701 */
                                    zip: string;
                                    fips_county_code?: string | null;
                                } | null;
                                handicapped: boolean | null;
                                tobacco_use: boolean | null;
                                benefit_start_date: string | null;
                                benefit_end_date: string | null;
                                coverages: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    member_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id: string;
                                    product_line: string;
                                    status: "employer_sponsored" | "cobra";
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date: string | null;
                                    volume: number | null;
                                    qualifying_life_event_id: string | null;
                                    /** Format: date-time */
                                    recorded_at: string;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                subscriber_relationship: string;
                                removed_on: string | null;
                            };
                            acknowledgement?: {
                                /** @example ACK-3HT8W2LQ6NRC */
                                reference_number: string;
                                resource_type: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                resource_id: string;
                                action: string;
                                /** Format: date-time */
                                received_at: string;
                                people: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                                coverage_items: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a dependent from the family going forward: their coverage ends on end_date, recorded as a loss_of_eligibility event
         * @description Records a `loss_of_eligibility` qualifying life event for the dependent: every coverage of theirs that runs past `end_date` ends on it (in every coverage period), the dependent is removed from the subscriber (`removed_on` = end_date) and the carriers are sent the termination. Nothing is deleted: the coverage rows and the dependent stay on record, and `GET /subscribers/:id?as_of=` before the end date still shows them. `coverage_period_id` is the period the event is recorded in (default: that of the dependent's latest coverage); the period's time rules apply to end_date.
         */
        delete: {
            parameters: {
                query: {
                    /**
                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                     * @example 2026-01-01
                     */
                    end_date: string;
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    coverage_period_id?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            qualifying_life_event: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                event: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                date: string;
                                eligibility_start_date: string | null;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                external_identifier: string | null;
                                member_id: string | null;
                                /** @description The plan elections as submitted */
                                plan_elections: unknown;
                                status: "pending" | "submitted" | "synced" | "errors";
                                /** Format: date-time */
                                status_datetime: string;
                                /** Format: date-time */
                                created_at: string;
                            };
                            coverages: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                member_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                plan_id: string;
                                product_line: string;
                                status: "employer_sponsored" | "cobra";
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                start_date: string;
                                end_date: string | null;
                                volume: number | null;
                                qualifying_life_event_id: string | null;
                                /** Format: date-time */
                                recorded_at: string;
                            }[];
                            acknowledgement: {
                                /** @example ACK-3HT8W2LQ6NRC */
                                reference_number: string;
                                resource_type: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                resource_id: string;
                                action: string;
                                /** Format: date-time */
                                received_at: string;
                                people: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                                coverage_items: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/subscribers/{id}/qualifying_life_events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a qualifying life event: elections, waivers and terminations that start, change or end coverage
         * @description A termination_of_employment ends every coverage of the subscriber and dependents (end dates from the request, else from the coverage period rule). A divorce or the death of a dependent ends that dependent's coverage; a birth or adoption adds the child; a waiver records its reason. Answers the event, every coverage row it started or ended, and an acknowledgement with reference numbers. With `?dry_run=true` it answers 200 with the same and the 834 it would send (`previews`), and writes nothing.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Try the event: answer 200 with what it would do and the 834 it would send, and write nothing */
                    dry_run?: boolean;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "qualifying_life_event": {
                     *         "event": "termination_of_employment",
                     *         "date": "2020-05-01",
                     *         "eligibility_start_date": "2020-01-01",
                     *         "coverage_period_id": "0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80",
                     *         "plan_elections": {
                     *           "medical": {
                     *             "plan_id": "0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a81",
                     *             "type": "election",
                     *             "coverages": [
                     *               {
                     *                 "member_id": "0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a82",
                     *                 "status": "employer_sponsored",
                     *                 "start_date": "2020-01-01",
                     *                 "end_date": "2020-05-31"
                     *               },
                     *               {
                     *                 "member_id": "0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a83",
                     *                 "status": "employer_sponsored",
                     *                 "start_date": "2020-01-01",
                     *                 "end_date": "2020-05-31"
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        qualifying_life_event: {
                            event?: "initial_enrollment" | "open_enrollment" | "new_hire" | "newly_eligible" | "re_hire" | "marriage" | "divorce" | "birth" | "adoption" | "death" | "loss_of_coverage" | "termination_of_employment" | "cobra" | "loss_of_eligibility";
                            type?: "initial_enrollment" | "open_enrollment" | "new_hire" | "newly_eligible" | "re_hire" | "marriage" | "divorce" | "birth" | "adoption" | "death" | "loss_of_coverage" | "termination_of_employment" | "cobra" | "loss_of_eligibility";
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                             * @example 2026-01-01
                             */
                            date: string;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                             * @example 2026-01-01
                             */
                            eligibility_start_date?: string;
                            /**
                             * @description A UUID made by the server
                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                             */
                            coverage_period_id: string;
                            external_identifier?: string;
                            /**
                             * @description A UUID made by the server
                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                             */
                            member_id?: string;
                            /** @description One election or waiver per product line */
                            plan_elections?: {
                                medical?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                dental?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                vision?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                life?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                voluntary_life?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                non_voluntary_life?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                accidental_death_dismemberment?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                voluntary_accidental_death_dismemberment?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                life_accidental_death_dismemberment?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                voluntary_life_accidental_death_dismemberment?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                accident?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                critical_illness?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                hospital_indemnity?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                disability?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                short_term_disability?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                long_term_disability?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                cancer?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                legal?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                identity_protection?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                pet?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                absence_management?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                                employee_assistance_program?: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    plan_id?: string;
                                    type: "election" | "waiver";
                                    waiver_reason?: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    waiver_signature_date?: string;
                                    coverages?: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        member_id: string;
                                        status: "employer_sponsored" | "cobra";
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        start_date: string;
                                        end_date?: string | null;
                                        volume?: number | null;
                                    }[];
                                };
                            };
                            /** @description On a birth or adoption: the lines the child (member_id) joins, each with the plan the family has in it and from the event date, without restating the family (absent: every line where the family has dependent coverage). On a marriage: the lines the spouse (member_id) joins (absent: none). A line also given in plan_elections is taken as listed there. */
                            product_lines?: ("medical" | "dental" | "vision" | "life" | "voluntary_life" | "non_voluntary_life" | "accidental_death_dismemberment" | "voluntary_accidental_death_dismemberment" | "life_accidental_death_dismemberment" | "voluntary_life_accidental_death_dismemberment" | "accident" | "critical_illness" | "hospital_indemnity" | "disability" | "short_term_disability" | "long_term_disability" | "cancer" | "legal" | "identity_protection" | "pet" | "absence_management" | "employee_assistance_program")[];
                            /**
                             * Format: date
                             * @description On a loss_of_eligibility: the member's last covered day (absent: the coverage period's termination rule applied to the event date).
                             * @example 2026-01-01
                             */
                            coverage_end_date?: string;
                            /** @description Record the event although a date falls outside the coverage period's time rules (retroactive_days, future_days, open enrollment's no-retroactivity): only with an API key that has the `admin` scope (403 otherwise). The override and every limit it set aside are written to the audit log (resource_type qualifying_life_event, action override_time_limits). Other rules are never overridden. */
                            override_time_limits?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description With `dry_run=true`: the event is recorded, its coverages started and ended and its 834 built in one transaction that is then rolled back — the answer is what the real request would answer (its errors too), and nothing of it is kept: no event, coverage, status, outbox, audit or webhook event. Its ids and reference numbers are those of a change that was not made (they find nothing afterwards). Abuse limits count it as a request. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            dry_run: true;
                            qualifying_life_event: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                event: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                date: string;
                                eligibility_start_date: string | null;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                external_identifier: string | null;
                                member_id: string | null;
                                /** @description The plan elections as submitted */
                                plan_elections: unknown;
                                status: "pending" | "submitted" | "synced" | "errors";
                                /** Format: date-time */
                                status_datetime: string;
                                /** Format: date-time */
                                created_at: string;
                            };
                            coverages: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                member_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                plan_id: string;
                                product_line: string;
                                status: "employer_sponsored" | "cobra";
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                start_date: string;
                                end_date: string | null;
                                volume: number | null;
                                qualifying_life_event_id: string | null;
                                /** Format: date-time */
                                recorded_at: string;
                            }[];
                            acknowledgement: {
                                /** @example ACK-3HT8W2LQ6NRC */
                                reference_number: string;
                                resource_type: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                resource_id: string;
                                action: string;
                                /** Format: date-time */
                                received_at: string;
                                people: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                                coverage_items: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                            };
                            /** @description The 834 of the family as the event leaves it, for each carrier and coverage period the event queues it for */
                            previews: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /** @description The segments of `x12`, one per item, terminators kept */
                                segments: string[];
                                x12: string | null;
                                warnings: components["schemas"]["def-0"][];
                                /** @description Why this family cannot be written into the carrier’s file, if it cannot: nothing would be sent until it is corrected */
                                errors: {
                                    /** @example invalid_request.parameter_required */
                                    error_type: string;
                                    /** @example The parameter is missing and is required */
                                    message: string;
                                    /** @example first_name */
                                    parameter: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            qualifying_life_event: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                event: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                date: string;
                                eligibility_start_date: string | null;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                external_identifier: string | null;
                                member_id: string | null;
                                /** @description The plan elections as submitted */
                                plan_elections: unknown;
                                status: "pending" | "submitted" | "synced" | "errors";
                                /** Format: date-time */
                                status_datetime: string;
                                /** Format: date-time */
                                created_at: string;
                            };
                            coverages: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                member_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                plan_id: string;
                                product_line: string;
                                status: "employer_sponsored" | "cobra";
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                start_date: string;
                                end_date: string | null;
                                volume: number | null;
                                qualifying_life_event_id: string | null;
                                /** Format: date-time */
                                recorded_at: string;
                            }[];
                            acknowledgement: {
                                /** @example ACK-3HT8W2LQ6NRC */
                                reference_number: string;
                                resource_type: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                resource_id: string;
                                action: string;
                                /** Format: date-time */
                                received_at: string;
                                people: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                                coverage_items: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/qualifying_life_events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A qualifying life event and its carrier status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            qualifying_life_event: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                event: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                date: string;
                                eligibility_start_date: string | null;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                external_identifier: string | null;
                                member_id: string | null;
                                /** @description The plan elections as submitted */
                                plan_elections: unknown;
                                status: "pending" | "submitted" | "synced" | "errors";
                                /** Format: date-time */
                                status_datetime: string;
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/groups/{id}/upcoming_age_outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dependents who reach the dependent age limit soon, with the date their coverage ends
         * @description A child's coverage ends on the last day of the month of the 26th birthday unless the child is handicapped. Lists the group's current dependents whose limit falls within `within_days` from today (or has passed while coverage still runs past it), earliest first, with the coverage rows that run past it.
         */
        get: {
            parameters: {
                query?: {
                    /** @description List the dependents whose coverage ends within this many days from today (default 60) */
                    within_days?: number;
                    /** @description At most this many dependents, the earliest first */
                    limit?: number;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            upcoming_age_outs: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                dependent_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                first_name: string;
                                last_name: string;
                                subscriber_relationship: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                birth_date: string;
                                /**
                                 * Format: date
                                 * @description The last covered day: the end of the month of the 26th birthday. Before today when the limit has passed and the coverage has not been ended yet.
                                 */
                                coverage_end_date: string;
                                /** @description The current coverage rows that run past the limit, as they stand */
                                coverages: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    product_line: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    start_date: string;
                                    end_date: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/coverage_periods/{id}/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the coverage period into the next plan year: its plans mapped old → new, and every current election rolled forward
         * @description Creates the next coverage period (same carrier and rules; dates, group number and open enrollment as given) and its plans — each plan renewed as it is unless `plans` maps it (new identifiers, two plans merged into one, or `drop`) — and queues a job that rolls forward every coverage in force on this period’s last day, family by family in chunks: same members, new plans, from the new period’s first day; each renewed family becomes pending and is queued for the carrier. A family that already has coverage in the new period (its own open-enrollment election) is left as it is; a member removed from the family, a child past the age limit and a dropped plan are not renewed. A period is renewed once. `?dry_run=true` runs all of it in the request and rolls it back: the answer has the counts the renewal would reach. GET /renewals/{id} follows the job.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Do the whole renewal and roll it back: the answer counts what it would renew */
                    dry_run?: boolean;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "renewal": {
                     *         "plans": [
                     *           {
                     *             "from_plan_id": "0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80",
                     *             "external_identifier": "acme-ppo-2027",
                     *             "plan_identifier": "PPO750"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        renewal: {
                            /**
                             * Format: date
                             * @description The new plan year’s first day; default the day after this period ends
                             * @example 2026-01-01
                             */
                            coverage_start_date?: string;
                            /**
                             * Format: date
                             * @description Its last day; default a year after it starts, less a day
                             * @example 2026-01-01
                             */
                            coverage_end_date?: string;
                            /** @description The group's number at the carrier next year; default this period's. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$ */
                            carrier_group_number?: string;
                            open_enrollment_start_date?: string | null;
                            open_enrollment_end_date?: string | null;
                            /** @description Old plan → new plan. A plan not listed is renewed as it is; entries with one external_identifier become one plan (of one product line) */
                            plans?: {
                                /**
                                 * @description A plan of the period being renewed
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                from_plan_id: string;
                                /** @description Not offered next year: its elections are not renewed */
                                drop?: boolean;
                                /**
                                 * @description The client's own id for the plan, unique in its coverage period
                                 * @example acme-ppo-2026
                                 */
                                external_identifier?: string;
                                /** @example Acme PPO 500 */
                                description?: string;
                                plan_identifier?: string | null;
                                product_type?: string | null;
                            }[];
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
                            renewal: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /** @description validated: a dry run’s answer, nothing kept */
                                state: "queued" | "processing" | "completed" | "failed" | "validated";
                                dry_run: boolean;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                from_coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /** @description Where each old plan’s elections go; null: not renewed */
                                plan_mapping: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    from_plan_id: string;
                                    to_plan_id: string | null;
                                }[];
                                /** @description Families with coverage in force on the last day of the period renewed */
                                families_total: number;
                                families_renewed: number;
                                /** @description Families that already had coverage in the new period (their own open-enrollment election): left as they are */
                                families_skipped: number;
                                coverages_renewed: number;
                                /** @description Coverages in force that were not rolled forward: a dropped plan, a member removed, a child past the age limit */
                                coverages_not_renewed: number;
                                message: string | null;
                                /** Format: date-time */
                                created_at: string;
                                started_at: string | null;
                                finished_at: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            renewal: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /** @description validated: a dry run’s answer, nothing kept */
                                state: "queued" | "processing" | "completed" | "failed" | "validated";
                                dry_run: boolean;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                from_coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /** @description Where each old plan’s elections go; null: not renewed */
                                plan_mapping: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    from_plan_id: string;
                                    to_plan_id: string | null;
                                }[];
                                /** @description Families with coverage in force on the last day of the period renewed */
                                families_total: number;
                                families_renewed: number;
                                /** @description Families that already had coverage in the new period (their own open-enrollment election): left as they are */
                                families_skipped: number;
                                coverages_renewed: number;
                                /** @description Coverages in force that were not rolled forward: a dropped plan, a member removed, a child past the age limit */
                                coverages_not_renewed: number;
                                message: string | null;
                                /** Format: date-time */
                                created_at: string;
                                started_at: string | null;
                                finished_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/renewals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A renewal: its state, its plans’ mapping and what it renewed so far */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            renewal: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /** @description validated: a dry run’s answer, nothing kept */
                                state: "queued" | "processing" | "completed" | "failed" | "validated";
                                dry_run: boolean;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                from_coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /** @description Where each old plan’s elections go; null: not renewed */
                                plan_mapping: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    from_plan_id: string;
                                    to_plan_id: string | null;
                                }[];
                                /** @description Families with coverage in force on the last day of the period renewed */
                                families_total: number;
                                families_renewed: number;
                                /** @description Families that already had coverage in the new period (their own open-enrollment election): left as they are */
                                families_skipped: number;
                                coverages_renewed: number;
                                /** @description Coverages in force that were not rolled forward: a dropped plan, a member removed, a child past the age limit */
                                coverages_not_renewed: number;
                                message: string | null;
                                /** Format: date-time */
                                created_at: string;
                                started_at: string | null;
                                finished_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/groups/{id}/employment_classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group's benefit classes */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            employment_classifications: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                external_identifier: string;
                                carrier_identifier: string | null;
                                description: string | null;
                                type: string | null;
                                start_date: string | null;
                                end_date: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a benefit class (employment classification) of a group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "employment_classification": {
                     *         "external_identifier": "SALARIED",
                     *         "carrier_identifier": "CLASS-A",
                     *         "description": "Salaried employees",
                     *         "type": "benefit_class",
                     *         "start_date": "2026-01-01"
                     *       }
                     *     }
                     */
                    "application/json": {
                        employment_classification: {
                            /**
                             * @description The client's own id of the class, unique per group. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                             * @example SALARIED
                             */
                            external_identifier: string;
                            carrier_identifier?: string | null;
                            description?: string | null;
                            type?: string | null;
                            start_date?: string | null;
                            end_date?: string | null;
                        };
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
                            employment_classification: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                external_identifier: string;
                                carrier_identifier: string | null;
                                description: string | null;
                                type: string | null;
                                start_date: string | null;
                                end_date: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/employment_classifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One benefit class */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            employment_classification: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                external_identifier: string;
                                carrier_identifier: string | null;
                                description: string | null;
                                type: string | null;
                                start_date: string | null;
                                end_date: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        /** Update a benefit class: only the fields given change */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "employment_classification": {
                     *         "description": "Salaried, full time"
                     *       }
                     *     }
                     */
                    "application/json": {
                        employment_classification: {
                            /**
                             * @description The client's own id of the class, unique per group. Sent in the 834 as given: letters, digits, inner spaces and !"&'()+,-./;?=%@[]_{}\|<>#$
                             * @example SALARIED
                             */
                            external_identifier?: string;
                            carrier_identifier?: string | null;
                            description?: string | null;
                            type?: string | null;
                            start_date?: string | null;
                            end_date?: string | null;
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
                            employment_classification: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                external_identifier: string;
                                carrier_identifier: string | null;
                                description: string | null;
                                type: string | null;
                                start_date: string | null;
                                end_date: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscribers/{id}/employment_classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscriber's class history, by effective date */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            /** @description By effective date, the earliest first */
                            subscriber_employment_classifications: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                employment_classification_id: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                effective_date: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Put a subscriber in a benefit class from an effective date (the class history is kept; the class in force on a day is the latest assignment effective on or before it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "subscriber_employment_classification": {
                     *         "employment_classification_id": "0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80",
                     *         "effective_date": "2026-01-01"
                     *       }
                     *     }
                     */
                    "application/json": {
                        subscriber_employment_classification: {
                            /**
                             * @description One of the subscriber's group's classes
                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                             */
                            employment_classification_id: string;
                            /**
                             * Format: date
                             * @description The first day the subscriber is in this class; until the effective date of the next assignment
                             * @example 2026-01-01
                             */
                            effective_date: string;
                        };
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
                            subscriber_employment_classification: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                employment_classification_id: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                effective_date: string;
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/coverage_periods/{id}/eligibility_rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A coverage period's eligibility rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            eligibility_rules: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                employment_classification_id: string | null;
                                plan_ids: string[] | null;
                                minimum_hours_per_week: number | null;
                                waiting_period: {
                                    /**
                                     * @description first_of_month_after: coverage may start on the first of a month on or after the `days`-th day after the date of hire; after_days: on the `days`-th day after it; date_of_hire: on the date of hire (employment_details.start_date)
                                     * @enum {string}
                                     */
                                    type: "first_of_month_after" | "date_of_hire" | "after_days";
                                    days?: number | null;
                                } | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set the eligibility rule of a benefit class (or the default rule) in a coverage period: its plans, minimum weekly hours and waiting period */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "eligibility_rule": {
                     *         "employment_classification_id": "0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80",
                     *         "plan_ids": [
                     *           "0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a81"
                     *         ],
                     *         "minimum_hours_per_week": 30,
                     *         "waiting_period": {
                     *           "type": "first_of_month_after",
                     *           "days": 30
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        eligibility_rule: {
                            employment_classification_id?: string | null;
                            plan_ids?: string[] | null;
                            minimum_hours_per_week?: number | null;
                            waiting_period?: {
                                /**
                                 * @description first_of_month_after: coverage may start on the first of a month on or after the `days`-th day after the date of hire; after_days: on the `days`-th day after it; date_of_hire: on the date of hire (employment_details.start_date)
                                 * @enum {string}
                                 */
                                type: "first_of_month_after" | "date_of_hire" | "after_days";
                                days?: number | null;
                            } | null;
                        };
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
                            eligibility_rule: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                employment_classification_id: string | null;
                                plan_ids: string[] | null;
                                minimum_hours_per_week: number | null;
                                waiting_period: {
                                    /**
                                     * @description first_of_month_after: coverage may start on the first of a month on or after the `days`-th day after the date of hire; after_days: on the `days`-th day after it; date_of_hire: on the date of hire (employment_details.start_date)
                                     * @enum {string}
                                     */
                                    type: "first_of_month_after" | "date_of_hire" | "after_days";
                                    days?: number | null;
                                } | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/eligibility_rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One eligibility rule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            eligibility_rule: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                employment_classification_id: string | null;
                                plan_ids: string[] | null;
                                minimum_hours_per_week: number | null;
                                waiting_period: {
                                    /**
                                     * @description first_of_month_after: coverage may start on the first of a month on or after the `days`-th day after the date of hire; after_days: on the `days`-th day after it; date_of_hire: on the date of hire (employment_details.start_date)
                                     * @enum {string}
                                     */
                                    type: "first_of_month_after" | "date_of_hire" | "after_days";
                                    days?: number | null;
                                } | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        /** Change an eligibility rule: only the fields given change (its class stays) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "eligibility_rule": {
                     *         "minimum_hours_per_week": 20
                     *       }
                     *     }
                     */
                    "application/json": {
                        eligibility_rule: {
                            plan_ids?: string[] | null;
                            minimum_hours_per_week?: number | null;
                            waiting_period?: {
                                /**
                                 * @description first_of_month_after: coverage may start on the first of a month on or after the `days`-th day after the date of hire; after_days: on the `days`-th day after it; date_of_hire: on the date of hire (employment_details.start_date)
                                 * @enum {string}
                                 */
                                type: "first_of_month_after" | "date_of_hire" | "after_days";
                                days?: number | null;
                            } | null;
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
                            eligibility_rule: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                employment_classification_id: string | null;
                                plan_ids: string[] | null;
                                minimum_hours_per_week: number | null;
                                waiting_period: {
                                    /**
                                     * @description first_of_month_after: coverage may start on the first of a month on or after the `days`-th day after the date of hire; after_days: on the `days`-th day after it; date_of_hire: on the date of hire (employment_details.start_date)
                                     * @enum {string}
                                     */
                                    type: "first_of_month_after" | "date_of_hire" | "after_days";
                                    days?: number | null;
                                } | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acknowledgements/{reference_number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a submission by its reference number, or by the reference number of any person or coverage item in it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example ACK-3HT8W2LQ6NRC */
                    reference_number: string;
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
                            acknowledgement: {
                                /** @example ACK-3HT8W2LQ6NRC */
                                reference_number: string;
                                resource_type: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                resource_id: string;
                                action: string;
                                /** Format: date-time */
                                received_at: string;
                                people: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                                coverage_items: {
                                    /** @example ACK-7QX2M4KD9PZB */
                                    reference_number: string;
                                    kind: "person" | "coverage";
                                    /**
                                     * @example dependent
                                     * @example coverage
                                     */
                                    resource_type: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    resource_id: string;
                                    member_id: string | null;
                                    product_line: string | null;
                                    /**
                                     * @example created
                                     * @example updated
                                     * @example started
                                     * @example ended
                                     */
                                    action: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/coverage_periods/{id}/file_deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 834 files built for this coverage period, newest first, with their status and the carrier’s answers */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            file_deliveries: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                kind: "change" | "full";
                                /** @description ready → sent → acknowledged → completed; or rejected; or failed after the last retry */
                                status: string;
                                file_name: string;
                                interchange_control_number: number;
                                group_control_number: number;
                                transaction_set_control_number: number;
                                member_count: number;
                                attempts: number;
                                last_error: string | null;
                                errors: components["schemas"]["def-0"][];
                                /** Format: date-time */
                                created_at: string;
                                sent_at: string | null;
                                acknowledged_at: string | null;
                                resent_from_id: string | null;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Build a full file now (BGN08 4 or the carrier’s RX, 030 audit records): the whole population of the coverage period, sent by the worker */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "file_delivery": {
                     *         "kind": "full"
                     *       }
                     *     }
                     */
                    "application/json": {
                        file_delivery: {
                            /** @enum {string} */
                            kind: "full";
                        };
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
                            file_delivery: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                kind: "change" | "full";
                                /** @description ready → sent → acknowledged → completed; or rejected; or failed after the last retry */
                                status: string;
                                file_name: string;
                                interchange_control_number: number;
                                group_control_number: number;
                                transaction_set_control_number: number;
                                member_count: number;
                                attempts: number;
                                last_error: string | null;
                                errors: components["schemas"]["def-0"][];
                                /** Format: date-time */
                                created_at: string;
                                sent_at: string | null;
                                acknowledged_at: string | null;
                                resent_from_id: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/members/{id}/coverage_transmissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every file that carried this member (subscriber or dependent), what it said of them, and the carrier’s answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            coverage_transmissions: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                file_delivery_id: string;
                                file_name: string;
                                kind: string;
                                status: string;
                                sent_at: string | null;
                                result: string | null;
                                errors: components["schemas"]["def-0"][];
                                /** @description The member’s loop as sent, SSN masked */
                                record: unknown;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/file_deliveries/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A built file as it was (or will be) sent, with the answers the carrier sent back for it
         * @description Needs the pii scope: the 834 holds SSNs in full. Every read is recorded in the audit log (`file_delivery`, action `read_content`). `content` is the whole 834 interchange exactly as stored and sent. `acknowledgements` are the carrier’s files matched to it (TA1, 999, result files), oldest first, each with its content when kept (answers received before content was kept show null); they are visible to the organization that owns the carrier.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            file_delivery: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                kind: "change" | "full";
                                /** @description ready → sent → acknowledged → completed; or rejected; or failed after the last retry */
                                status: string;
                                file_name: string;
                                interchange_control_number: number;
                                group_control_number: number;
                                transaction_set_control_number: number;
                                member_count: number;
                                attempts: number;
                                last_error: string | null;
                                errors: components["schemas"]["def-0"][];
                                /** Format: date-time */
                                created_at: string;
                                sent_at: string | null;
                                acknowledged_at: string | null;
                                resent_from_id: string | null;
                            };
                            /** @description The 834 as sent: ISA to IEA, `~` after each segment and a line break after that */
                            content: string;
                            acknowledgements: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /** @description The file name the carrier gave it */
                                name: string;
                                /** @description 999, ta1, results (a result file) or unknown */
                                kind: string;
                                /** Format: date-time */
                                received_at: string;
                                processed_at: string | null;
                                problem: string | null;
                                content: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/subscribers/{id}/preview_834": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The exact 834 this subscriber’s family will produce for each carrier, before anything is sent
         * @description Each preview holds the whole interchange as the worker would write it (`x12`: ISA to IEA, readable as it is by any X12 validator) and its segments. Control numbers are given when the file is built for sending, so the preview shows 1. SSNs are masked unless the key has the pii scope.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            previews: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /** @description The segments of `x12`, one per item, terminators kept */
                                segments: string[];
                                x12: string | null;
                                warnings: components["schemas"]["def-0"][];
                                /** @description Why this family cannot be written into the carrier’s file, if it cannot: nothing would be sent until it is corrected */
                                errors: {
                                    /** @example invalid_request.parameter_required */
                                    error_type: string;
                                    /** @example The parameter is missing and is required */
                                    message: string;
                                    /** @example first_name */
                                    parameter: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/webhook_endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhook endpoints of this organization (never their secrets) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
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
                            webhook_endpoints: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                url: string;
                                description: string;
                                events: ("subscriber.status_changed" | "subscriber.carrier_status_changed" | "qualifying_life_event.status_changed" | "file_delivery.created" | "file_delivery.acknowledged" | "carrier_error.created" | "census_import.completed" | "discrepancy.created" | "discrepancy.resolved")[];
                                /** @description false when turned off through the API or disabled automatically after days of failed deliveries */
                                enabled: boolean;
                                disabled_reason: string | null;
                                disabled_at: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a webhook endpoint; its signing secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "webhook_endpoint": {
                     *         "url": "https://platform.example/hooks/enrollment",
                     *         "events": [
                     *           "subscriber.status_changed",
                     *           "carrier_error.created"
                     *         ],
                     *         "description": "Enrollment status for our HR platform"
                     *       }
                     *     }
                     */
                    "application/json": {
                        webhook_endpoint: {
                            /**
                             * Format: uri
                             * @description Where events are POSTed. https:// in production; http:// is accepted (for local development). Addresses in private networks are refused unless the server allows them.
                             * @example https://platform.example.com/hooks/open-enrollment
                             */
                            url: string;
                            /**
                             * @example [
                             *       "subscriber.status_changed",
                             *       "carrier_error.created"
                             *     ]
                             */
                            events: ("subscriber.status_changed" | "subscriber.carrier_status_changed" | "qualifying_life_event.status_changed" | "file_delivery.created" | "file_delivery.acknowledged" | "carrier_error.created" | "census_import.completed" | "discrepancy.created" | "discrepancy.resolved")[];
                            /** @example Status sync for the payroll platform */
                            description?: string;
                        };
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
                            webhook_endpoint: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                url: string;
                                description: string;
                                events: ("subscriber.status_changed" | "subscriber.carrier_status_changed" | "qualifying_life_event.status_changed" | "file_delivery.created" | "file_delivery.acknowledged" | "carrier_error.created" | "census_import.completed" | "discrepancy.created" | "discrepancy.resolved")[];
                                /** @description false when turned off through the API or disabled automatically after days of failed deliveries */
                                enabled: boolean;
                                disabled_reason: string | null;
                                disabled_at: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /** @description The signing secret. Shown this once; keep it to verify Open-Enrollment-Signature. */
                                secret: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/webhook_endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint (never its secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            webhook_endpoint: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                url: string;
                                description: string;
                                events: ("subscriber.status_changed" | "subscriber.carrier_status_changed" | "qualifying_life_event.status_changed" | "file_delivery.created" | "file_delivery.acknowledged" | "carrier_error.created" | "census_import.completed" | "discrepancy.created" | "discrepancy.resolved")[];
                                /** @description false when turned off through the API or disabled automatically after days of failed deliveries */
                                enabled: boolean;
                                disabled_reason: string | null;
                                disabled_at: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        /** Change a webhook endpoint’s URL, events or description, or enable or disable it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "webhook_endpoint": {
                     *         "enabled": true
                     *       }
                     *     }
                     */
                    "application/json": {
                        webhook_endpoint: {
                            /**
                             * Format: uri
                             * @description Where events are POSTed. https:// in production; http:// is accepted (for local development). Addresses in private networks are refused unless the server allows them.
                             * @example https://platform.example.com/hooks/open-enrollment
                             */
                            url?: string;
                            /**
                             * @example [
                             *       "subscriber.status_changed",
                             *       "carrier_error.created"
                             *     ]
                             */
                            events?: ("subscriber.status_changed" | "subscriber.carrier_status_changed" | "qualifying_life_event.status_changed" | "file_delivery.created" | "file_delivery.acknowledged" | "carrier_error.created" | "census_import.completed" | "discrepancy.created" | "discrepancy.resolved")[];
                            /** @example Status sync for the payroll platform */
                            description?: string;
                            /** @description true re-enables a disabled endpoint; its pending deliveries resume */
                            enabled?: boolean;
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
                            webhook_endpoint: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                url: string;
                                description: string;
                                events: ("subscriber.status_changed" | "subscriber.carrier_status_changed" | "qualifying_life_event.status_changed" | "file_delivery.created" | "file_delivery.acknowledged" | "carrier_error.created" | "census_import.completed" | "discrepancy.created" | "discrepancy.resolved")[];
                                /** @description false when turned off through the API or disabled automatically after days of failed deliveries */
                                enabled: boolean;
                                disabled_reason: string | null;
                                disabled_at: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a webhook endpoint, its pending deliveries and its delivery log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/webhook_endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test.ping event to this endpoint (delivered by the worker like any event; see its deliveries) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            event: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /** @enum {string} */
                                type: "test.ping";
                                /** Format: date-time */
                                created_at: string;
                            };
                            /**
                             * @description A UUID made by the server
                             * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                             */
                            webhook_delivery_id: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/webhook_endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deliveries to this endpoint, newest first, each with every attempt: time, HTTP status, latency, error */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            webhook_deliveries: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                event_id: string;
                                event_type: "subscriber.status_changed" | "subscriber.carrier_status_changed" | "qualifying_life_event.status_changed" | "file_delivery.created" | "file_delivery.acknowledged" | "carrier_error.created" | "census_import.completed" | "discrepancy.created" | "discrepancy.resolved" | "test.ping";
                                status: "pending" | "succeeded" | "failed";
                                attempt_count: number;
                                next_attempt_at: string | null;
                                last_error: string | null;
                                /** Format: date-time */
                                created_at: string;
                                delivered_at: string | null;
                                /** @description Every attempt, oldest first */
                                attempts: {
                                    /** Format: date-time */
                                    attempted_at: string;
                                    http_status: number | null;
                                    latency_ms: number;
                                    error: string | null;
                                }[];
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/reconciliations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reconciliation run: as of when, and what it found by type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            reconciliation: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /** @description What the carrier's truth came as: a full 834, or a census CSV */
                                source: "x12_834" | "census_csv";
                                /** @enum {string} */
                                status: "completed";
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                as_of: string;
                                file_reference: string | null;
                                /** @description Member loops (INS) in the carrier's 834, or people (rows) in its census */
                                members_in_file: number;
                                /** @description Differences this run found, by type */
                                counts: {
                                    member_missing_at_carrier: number;
                                    member_unknown_to_us: number;
                                    coverage_missing_at_carrier: number;
                                    coverage_unknown_to_us: number;
                                    coverage_dates_differ: number;
                                    plan_differs: number;
                                    coverage_level_differs: number;
                                    volume_differs: number;
                                    demographics_differ: number;
                                    relationship_differs: number;
                                };
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/reconciliations/{id}/discrepancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The differences a run found, with the values it saw (each with its status as a work item now) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            discrepancies: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                type: "member_missing_at_carrier" | "member_unknown_to_us" | "coverage_missing_at_carrier" | "coverage_unknown_to_us" | "coverage_dates_differ" | "plan_differs" | "coverage_level_differs" | "volume_differs" | "demographics_differ" | "relationship_differs";
                                member_id: string | null;
                                subscriber_id: string | null;
                                carrier_member: string | null;
                                line: string | null;
                                field: string | null;
                                our_value: string | null;
                                carrier_value: string | null;
                                last_file_delivery_id: string | null;
                                status: "open" | "resolved";
                                resolution: ("fixed_here" | "carrier_will_fix" | "dismissed" | "no_longer_found") | null;
                                resolution_note: string | null;
                                resolved_at: string | null;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                first_reconciliation_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                last_reconciliation_id: string;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/coverage_periods/{id}/discrepancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A coverage period's discrepancies (?status=open for the work still to do) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    status?: "open" | "resolved";
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            discrepancies: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                type: "member_missing_at_carrier" | "member_unknown_to_us" | "coverage_missing_at_carrier" | "coverage_unknown_to_us" | "coverage_dates_differ" | "plan_differs" | "coverage_level_differs" | "volume_differs" | "demographics_differ" | "relationship_differs";
                                member_id: string | null;
                                subscriber_id: string | null;
                                carrier_member: string | null;
                                line: string | null;
                                field: string | null;
                                our_value: string | null;
                                carrier_value: string | null;
                                last_file_delivery_id: string | null;
                                status: "open" | "resolved";
                                resolution: ("fixed_here" | "carrier_will_fix" | "dismissed" | "no_longer_found") | null;
                                resolution_note: string | null;
                                resolved_at: string | null;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                first_reconciliation_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                last_reconciliation_id: string;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/discrepancies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A discrepancy with its comments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            discrepancy: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                type: "member_missing_at_carrier" | "member_unknown_to_us" | "coverage_missing_at_carrier" | "coverage_unknown_to_us" | "coverage_dates_differ" | "plan_differs" | "coverage_level_differs" | "volume_differs" | "demographics_differ" | "relationship_differs";
                                member_id: string | null;
                                subscriber_id: string | null;
                                carrier_member: string | null;
                                line: string | null;
                                field: string | null;
                                our_value: string | null;
                                carrier_value: string | null;
                                last_file_delivery_id: string | null;
                                status: "open" | "resolved";
                                resolution: ("fixed_here" | "carrier_will_fix" | "dismissed" | "no_longer_found") | null;
                                resolution_note: string | null;
                                resolved_at: string | null;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                first_reconciliation_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                last_reconciliation_id: string;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            comments: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                discrepancy_id: string;
                                body: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/discrepancies/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a discrepancy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "comment": {
                     *         "body": "Asked the carrier for its enrollment screen of this member"
                     *       }
                     *     }
                     */
                    "application/json": {
                        comment: {
                            body: string;
                        };
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
                            comment: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                discrepancy_id: string;
                                body: string;
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/discrepancies/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a discrepancy: fixed_here, carrier_will_fix or dismissed (a dismissed one stays resolved when a later run finds it again; the others reopen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "resolution": "carrier_will_fix",
                     *       "note": "The carrier confirmed the end date by phone; it corrects it in its next cycle"
                     *     }
                     */
                    "application/json": {
                        resolution: "fixed_here" | "carrier_will_fix" | "dismissed";
                        note?: string;
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
                            discrepancy: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                type: "member_missing_at_carrier" | "member_unknown_to_us" | "coverage_missing_at_carrier" | "coverage_unknown_to_us" | "coverage_dates_differ" | "plan_differs" | "coverage_level_differs" | "volume_differs" | "demographics_differ" | "relationship_differs";
                                member_id: string | null;
                                subscriber_id: string | null;
                                carrier_member: string | null;
                                line: string | null;
                                field: string | null;
                                our_value: string | null;
                                carrier_value: string | null;
                                last_file_delivery_id: string | null;
                                status: "open" | "resolved";
                                resolution: ("fixed_here" | "carrier_will_fix" | "dismissed" | "no_longer_found") | null;
                                resolution_note: string | null;
                                resolved_at: string | null;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                first_reconciliation_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                last_reconciliation_id: string;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/discrepancies/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a resolved discrepancy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            discrepancy: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                type: "member_missing_at_carrier" | "member_unknown_to_us" | "coverage_missing_at_carrier" | "coverage_unknown_to_us" | "coverage_dates_differ" | "plan_differs" | "coverage_level_differs" | "volume_differs" | "demographics_differ" | "relationship_differs";
                                member_id: string | null;
                                subscriber_id: string | null;
                                carrier_member: string | null;
                                line: string | null;
                                field: string | null;
                                our_value: string | null;
                                carrier_value: string | null;
                                last_file_delivery_id: string | null;
                                status: "open" | "resolved";
                                resolution: ("fixed_here" | "carrier_will_fix" | "dismissed" | "no_longer_found") | null;
                                resolution_note: string | null;
                                resolved_at: string | null;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                first_reconciliation_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                last_reconciliation_id: string;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/coverage_periods/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Errors of this coverage period, newest first (?status=open for the work still to do): families the carrier rejected, with the carrier’s errors, and families we could not write into a file (no file_delivery_id), with what to correct
         * @description Each error is a work item: comment it, resolve it (fixed_here, carrier_will_fix, dismissed) or reopen it. An open error of a family the carrier later accepts (synced) is resolved by the system: fixed_here, resolved_by system.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "resolved";
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            errors: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                file_delivery_id: string | null;
                                received_at: string | null;
                                errors: components["schemas"]["def-0"][];
                                status: "open" | "resolved";
                                resolution: ("fixed_here" | "carrier_will_fix" | "dismissed") | null;
                                resolution_note: string | null;
                                resolved_at: string | null;
                                resolved_by: ("user" | "system") | null;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/errors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A carrier error with its comments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            error: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                file_delivery_id: string | null;
                                received_at: string | null;
                                errors: components["schemas"]["def-0"][];
                                status: "open" | "resolved";
                                resolution: ("fixed_here" | "carrier_will_fix" | "dismissed") | null;
                                resolution_note: string | null;
                                resolved_at: string | null;
                                resolved_by: ("user" | "system") | null;
                            };
                            comments: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                error_id: string;
                                body: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/errors/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a carrier error */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "comment": {
                     *         "body": "Asked the carrier for its enrollment screen of this member"
                     *       }
                     *     }
                     */
                    "application/json": {
                        comment: {
                            body: string;
                        };
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
                            comment: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                error_id: string;
                                body: string;
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/errors/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a carrier error: fixed_here, carrier_will_fix or dismissed, with a note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "resolution": "carrier_will_fix",
                     *       "note": "The carrier confirmed the end date by phone; it corrects it in its next cycle"
                     *     }
                     */
                    "application/json": {
                        resolution: "fixed_here" | "carrier_will_fix" | "dismissed";
                        note?: string;
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
                            error: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                file_delivery_id: string | null;
                                received_at: string | null;
                                errors: components["schemas"]["def-0"][];
                                status: "open" | "resolved";
                                resolution: ("fixed_here" | "carrier_will_fix" | "dismissed") | null;
                                resolution_note: string | null;
                                resolved_at: string | null;
                                resolved_by: ("user" | "system") | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/errors/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a resolved carrier error */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            error: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                file_delivery_id: string | null;
                                received_at: string | null;
                                errors: components["schemas"]["def-0"][];
                                status: "open" | "resolved";
                                resolution: ("fixed_here" | "carrier_will_fix" | "dismissed") | null;
                                resolution_note: string | null;
                                resolved_at: string | null;
                                resolved_by: ("user" | "system") | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/subscribers/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue the family’s current state for each of its carriers again: the next change file of each carries it, and the family is pending with them until then */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            resend: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                subscriber_id: string;
                                queued: {
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    coverage_period_id: string;
                                    /**
                                     * @description A UUID made by the server
                                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                     */
                                    carrier_id: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/file_deliveries/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Build a rejected or failed file again for its families, with new control numbers (ISA13, GS06, ST02), sent by the worker
         * @description The new file carries the families as they are now and names the file it replaces (resent_from_id); the changes the old file carried move with it, and its families are pending with the carrier again. A file that is not rejected or failed answers 409 conflict.file_delivery_not_resendable.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            file_delivery: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                kind: "change" | "full";
                                /** @description ready → sent → acknowledged → completed; or rejected; or failed after the last retry */
                                status: string;
                                file_name: string;
                                interchange_control_number: number;
                                group_control_number: number;
                                transaction_set_control_number: number;
                                member_count: number;
                                attempts: number;
                                last_error: string | null;
                                errors: components["schemas"]["def-0"][];
                                /** Format: date-time */
                                created_at: string;
                                sent_at: string | null;
                                acknowledged_at: string | null;
                                resent_from_id: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/groups/{id}/census_imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a census CSV (one row per person; docs/census-format.md): answered at once, processed in the background, all-or-nothing
         * @description Send the file as the body with Content-Type: text/csv. ?dry_run=true validates the whole file and writes nothing; ?complete=true terminates the families the file leaves out. Re-importing the same file changes nothing.
         */
        post: {
            parameters: {
                query: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    coverage_period_id: string;
                    /** @description Validate the whole file and write nothing */
                    dry_run?: boolean;
                    /** @description The file is the whole population: families missing from it are terminated (termination_date, and the coverage period’s rule) */
                    complete?: boolean;
                    /**
                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                     * @example 2026-01-01
                     */
                    termination_date?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            census_import: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /** @description queued → processing → completed | validated (dry run) | failed (nothing written) */
                                state: "queued" | "processing" | "completed" | "validated" | "failed";
                                dry_run: boolean;
                                complete: boolean;
                                termination_date: string | null;
                                file_bytes: number;
                                rows_total: number | null;
                                rows_done: number;
                                families_created: number;
                                families_changed: number;
                                families_unchanged: number;
                                families_terminated: number;
                                error_count: number;
                                /** @description Every rejected row (the first 1000) */
                                errors: {
                                    /** @description Line of the file, the header being 1 */
                                    row: number;
                                    column: string | null;
                                    error_type: string;
                                    message: string;
                                }[];
                                message: string | null;
                                reference_number: string | null;
                                /** Format: date-time */
                                created_at: string;
                                started_at: string | null;
                                finished_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/census_imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A census import: state, rows done of total, what it changed, and every rejected row with its column and typed error */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            census_import: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                group_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /** @description queued → processing → completed | validated (dry run) | failed (nothing written) */
                                state: "queued" | "processing" | "completed" | "validated" | "failed";
                                dry_run: boolean;
                                complete: boolean;
                                termination_date: string | null;
                                file_bytes: number;
                                rows_total: number | null;
                                rows_done: number;
                                families_created: number;
                                families_changed: number;
                                families_unchanged: number;
                                families_terminated: number;
                                error_count: number;
                                /** @description Every rejected row (the first 1000) */
                                errors: {
                                    /** @description Line of the file, the header being 1 */
                                    row: number;
                                    column: string | null;
                                    error_type: string;
                                    message: string;
                                }[];
                                message: string | null;
                                reference_number: string | null;
                                /** Format: date-time */
                                created_at: string;
                                started_at: string | null;
                                finished_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/groups/{id}/x12_imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an employer's or platform's 834 into this group: answered at once, processed in the background, per member or all-or-nothing (?mode)
         * @description Send the 834 as the body (Content-Type: application/edi-x12 or text/plain). A change file (BGN08 2) applies each member transaction against what is on file by its INS03 (021 add, 001 change, 024 terminate or cancel, 025 reinstate, 030 audit: compared, not applied); a change for someone not on file is rejected (member_not_found). A full file (BGN08 4 or RX) also terminates the families it leaves out. The answer lists every member transaction: applied, unchanged or rejected with its errors. ?mode=per-member (a change file's default) applies every valid member; ?mode=all-or-nothing (a full file's default) writes nothing on any error. ?dry_run=true checks everything and writes nothing. Re-importing the same file changes nothing.
         */
        post: {
            parameters: {
                query?: {
                    /**
                     * @description The coverage period; left out, the group's period with the file's group number (REF*1L) that holds its coverage dates
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    coverage_period_id?: string;
                    /** @description Read and check the whole file and write (and create) nothing */
                    dry_run?: boolean;
                    /** @description Create the coverage period and plans (and, without a group named, the group) the file implies and the group lacks; without it they are listed in a 422 */
                    create_missing?: boolean;
                    /** @description all-or-nothing: any error writes nothing. per-member: every valid member transaction is applied and the rejected ones are listed (only an error of the file itself writes nothing). Default: per-member for a change file (BGN08 2), all-or-nothing for a full file */
                    mode?: "all-or-nothing" | "per-member";
                    /**
                     * @description The carrier of a coverage period created for the file (required then)
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    carrier_id?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            x12_import: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                group_id: string | null;
                                coverage_period_id: string | null;
                                /** @description queued → processing → completed | validated (dry run) | failed (nothing written) */
                                state: "queued" | "processing" | "completed" | "validated" | "failed";
                                dry_run: boolean;
                                mode: "all-or-nothing" | "per-member";
                                create_missing: boolean;
                                /** @description BGN08: '2' change file, '4' or 'RX' full file */
                                action_code: string;
                                /** @description A full file: families with coverage it leaves out are terminated */
                                complete: boolean;
                                termination_date: string | null;
                                sponsor: {
                                    name: string | null;
                                    id: string;
                                    id_qualifier: string;
                                } | null;
                                carrier_group_number: string | null;
                                file_bytes: number;
                                members_total: number | null;
                                members_done: number;
                                families_created: number;
                                families_changed: number;
                                families_unchanged: number;
                                families_terminated: number;
                                /** @description What the file implies and the group lacks */
                                missing: {
                                    group: {
                                        name: string | null;
                                        fein: string;
                                    } | null;
                                    /** @description From REF*1L and the coverage dates: a year from the earliest DTP*348 */
                                    coverage_periods: {
                                        carrier_group_number: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_start_date: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_end_date: string;
                                    }[];
                                    plans: {
                                        /**
                                         * @example medical
                                         * @enum {string}
                                         */
                                        product_line: "medical" | "dental" | "vision" | "life" | "voluntary_life" | "non_voluntary_life" | "accidental_death_dismemberment" | "voluntary_accidental_death_dismemberment" | "life_accidental_death_dismemberment" | "voluntary_life_accidental_death_dismemberment" | "accident" | "critical_illness" | "hospital_indemnity" | "disability" | "short_term_disability" | "long_term_disability" | "cancer" | "legal" | "identity_protection" | "pet" | "absence_management" | "employee_assistance_program";
                                        plan_identifier: string | null;
                                        /** @description HD03 */
                                        insurance_line_code: string;
                                    }[];
                                };
                                /** @description What the applied import created (empty until it completes) */
                                created: {
                                    group: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        name: string;
                                        external_identifier: string;
                                    } | null;
                                    coverage_periods: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        carrier_group_number: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_start_date: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_end_date: string;
                                    }[];
                                    plans: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        product_line: string;
                                        external_identifier: string;
                                        plan_identifier: string | null;
                                    }[];
                                };
                                error_count: number;
                                /** @description Every rejected segment (the first 1000): row is the segment position in the file, ISA = 1; column the element, e.g. HD03 */
                                errors: {
                                    /** @description Line of the file, the header being 1 */
                                    row: number;
                                    column: string | null;
                                    error_type: string;
                                    message: string;
                                }[];
                                /** @description What the reader normalized, and what the file carries that is not stored, one entry per kind with a count (no personal data) */
                                warnings: {
                                    /** @description trailing_spaces_trimmed, lowercase_code_uppercased, zip_hyphen_removed (normalized); provider_not_stored (loop 2310), coordination_of_benefits_not_stored (2320), member_party_not_stored (2100B-H, one per NM101), reporting_categories_not_stored (2700), contact_not_stored (a second phone or email), employment_status_not_stored (INS08 without DTP*336), dtp_qualifier_not_stored, ref_qualifier_not_stored (one per qualifier) */
                                    code: string;
                                    message: string;
                                    /** @description How many times the file has it */
                                    count: number;
                                }[];
                                /** @description Every member transaction (INS loop) in file order (the first 1000): applied, unchanged or rejected with its errors */
                                members: {
                                    /** @description The member's INS segment, ISA = 1 */
                                    row: number;
                                    external_identifier: string | null;
                                    maintenance_type: string | null;
                                    outcome: "applied" | "unchanged" | "rejected";
                                    errors: {
                                        /** @description Line of the file, the header being 1 */
                                        row: number;
                                        column: string | null;
                                        error_type: string;
                                        message: string;
                                    }[];
                                    note?: string;
                                }[];
                                message: string | null;
                                reference_number: string | null;
                                /** Format: date-time */
                                created_at: string;
                                started_at: string | null;
                                finished_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description What was wrong; for a file whose group, coverage period or plans are missing, what is missing */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                            /** @description What the file implies and the group lacks */
                            missing?: {
                                group: {
                                    name: string | null;
                                    fein: string;
                                } | null;
                                /** @description From REF*1L and the coverage dates: a year from the earliest DTP*348 */
                                coverage_periods: {
                                    carrier_group_number: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    coverage_start_date: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    coverage_end_date: string;
                                }[];
                                plans: {
                                    /**
                                     * @example medical
                                     * @enum {string}
                                     */
                                    product_line: "medical" | "dental" | "vision" | "life" | "voluntary_life" | "non_voluntary_life" | "accidental_death_dismemberment" | "voluntary_accidental_death_dismemberment" | "life_accidental_death_dismemberment" | "voluntary_life_accidental_death_dismemberment" | "accident" | "critical_illness" | "hospital_indemnity" | "disability" | "short_term_disability" | "long_term_disability" | "cancer" | "legal" | "identity_protection" | "pet" | "absence_management" | "employee_assistance_program";
                                    plan_identifier: string | null;
                                    /** @description HD03 */
                                    insurance_line_code: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/x12_imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an 834 into the group its sponsor (N1*P5 FEIN) and group number (REF*1L) name; with ?create_missing=true the group, coverage period and plans it implies are created
         * @description Send the 834 as the body (Content-Type: application/edi-x12 or text/plain). A change file (BGN08 2) applies each member transaction against what is on file by its INS03 (021 add, 001 change, 024 terminate or cancel, 025 reinstate, 030 audit: compared, not applied); a change for someone not on file is rejected (member_not_found). A full file (BGN08 4 or RX) also terminates the families it leaves out. The answer lists every member transaction: applied, unchanged or rejected with its errors. ?mode=per-member (a change file's default) applies every valid member; ?mode=all-or-nothing (a full file's default) writes nothing on any error. ?dry_run=true checks everything and writes nothing. Re-importing the same file changes nothing.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Read and check the whole file and write (and create) nothing */
                    dry_run?: boolean;
                    /** @description Create the coverage period and plans (and, without a group named, the group) the file implies and the group lacks; without it they are listed in a 422 */
                    create_missing?: boolean;
                    /** @description all-or-nothing: any error writes nothing. per-member: every valid member transaction is applied and the rejected ones are listed (only an error of the file itself writes nothing). Default: per-member for a change file (BGN08 2), all-or-nothing for a full file */
                    mode?: "all-or-nothing" | "per-member";
                    /**
                     * @description The carrier of a coverage period created for the file (required then)
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    carrier_id?: string;
                    /** @description A created group's name; the sponsor's N102 when left out */
                    group_name?: string;
                    /** @description A created group's external_identifier; the sponsor's FEIN when left out */
                    group_external_identifier?: string;
                    /** @description A created group's primary location (an 834 carries no employer address): required then */
                    group_address_line_1?: string;
                    group_city?: string;
                    group_state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "PR" | "VI" | "GU" | "AS" | "MP";
                    group_zip?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            x12_import: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                group_id: string | null;
                                coverage_period_id: string | null;
                                /** @description queued → processing → completed | validated (dry run) | failed (nothing written) */
                                state: "queued" | "processing" | "completed" | "validated" | "failed";
                                dry_run: boolean;
                                mode: "all-or-nothing" | "per-member";
                                create_missing: boolean;
                                /** @description BGN08: '2' change file, '4' or 'RX' full file */
                                action_code: string;
                                /** @description A full file: families with coverage it leaves out are terminated */
                                complete: boolean;
                                termination_date: string | null;
                                sponsor: {
                                    name: string | null;
                                    id: string;
                                    id_qualifier: string;
                                } | null;
                                carrier_group_number: string | null;
                                file_bytes: number;
                                members_total: number | null;
                                members_done: number;
                                families_created: number;
                                families_changed: number;
                                families_unchanged: number;
                                families_terminated: number;
                                /** @description What the file implies and the group lacks */
                                missing: {
                                    group: {
                                        name: string | null;
                                        fein: string;
                                    } | null;
                                    /** @description From REF*1L and the coverage dates: a year from the earliest DTP*348 */
                                    coverage_periods: {
                                        carrier_group_number: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_start_date: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_end_date: string;
                                    }[];
                                    plans: {
                                        /**
                                         * @example medical
                                         * @enum {string}
                                         */
                                        product_line: "medical" | "dental" | "vision" | "life" | "voluntary_life" | "non_voluntary_life" | "accidental_death_dismemberment" | "voluntary_accidental_death_dismemberment" | "life_accidental_death_dismemberment" | "voluntary_life_accidental_death_dismemberment" | "accident" | "critical_illness" | "hospital_indemnity" | "disability" | "short_term_disability" | "long_term_disability" | "cancer" | "legal" | "identity_protection" | "pet" | "absence_management" | "employee_assistance_program";
                                        plan_identifier: string | null;
                                        /** @description HD03 */
                                        insurance_line_code: string;
                                    }[];
                                };
                                /** @description What the applied import created (empty until it completes) */
                                created: {
                                    group: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        name: string;
                                        external_identifier: string;
                                    } | null;
                                    coverage_periods: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        carrier_group_number: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_start_date: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_end_date: string;
                                    }[];
                                    plans: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        product_line: string;
                                        external_identifier: string;
                                        plan_identifier: string | null;
                                    }[];
                                };
                                error_count: number;
                                /** @description Every rejected segment (the first 1000): row is the segment position in the file, ISA = 1; column the element, e.g. HD03 */
                                errors: {
                                    /** @description Line of the file, the header being 1 */
                                    row: number;
                                    column: string | null;
                                    error_type: string;
                                    message: string;
                                }[];
                                /** @description What the reader normalized, and what the file carries that is not stored, one entry per kind with a count (no personal data) */
                                warnings: {
                                    /** @description trailing_spaces_trimmed, lowercase_code_uppercased, zip_hyphen_removed (normalized); provider_not_stored (loop 2310), coordination_of_benefits_not_stored (2320), member_party_not_stored (2100B-H, one per NM101), reporting_categories_not_stored (2700), contact_not_stored (a second phone or email), employment_status_not_stored (INS08 without DTP*336), dtp_qualifier_not_stored, ref_qualifier_not_stored (one per qualifier) */
                                    code: string;
                                    message: string;
                                    /** @description How many times the file has it */
                                    count: number;
                                }[];
                                /** @description Every member transaction (INS loop) in file order (the first 1000): applied, unchanged or rejected with its errors */
                                members: {
                                    /** @description The member's INS segment, ISA = 1 */
                                    row: number;
                                    external_identifier: string | null;
                                    maintenance_type: string | null;
                                    outcome: "applied" | "unchanged" | "rejected";
                                    errors: {
                                        /** @description Line of the file, the header being 1 */
                                        row: number;
                                        column: string | null;
                                        error_type: string;
                                        message: string;
                                    }[];
                                    note?: string;
                                }[];
                                message: string | null;
                                reference_number: string | null;
                                /** Format: date-time */
                                created_at: string;
                                started_at: string | null;
                                finished_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description What was wrong; for a file whose group, coverage period or plans are missing, what is missing */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                            /** @description What the file implies and the group lacks */
                            missing?: {
                                group: {
                                    name: string | null;
                                    fein: string;
                                } | null;
                                /** @description From REF*1L and the coverage dates: a year from the earliest DTP*348 */
                                coverage_periods: {
                                    carrier_group_number: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    coverage_start_date: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                     * @example 2026-01-01
                                     */
                                    coverage_end_date: string;
                                }[];
                                plans: {
                                    /**
                                     * @example medical
                                     * @enum {string}
                                     */
                                    product_line: "medical" | "dental" | "vision" | "life" | "voluntary_life" | "non_voluntary_life" | "accidental_death_dismemberment" | "voluntary_accidental_death_dismemberment" | "life_accidental_death_dismemberment" | "voluntary_life_accidental_death_dismemberment" | "accident" | "critical_illness" | "hospital_indemnity" | "disability" | "short_term_disability" | "long_term_disability" | "cancer" | "legal" | "identity_protection" | "pet" | "absence_management" | "employee_assistance_program";
                                    plan_identifier: string | null;
                                    /** @description HD03 */
                                    insurance_line_code: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/x12_imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An 834 import: state, members done of total, what it changed and created, and every rejected segment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
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
                            x12_import: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                group_id: string | null;
                                coverage_period_id: string | null;
                                /** @description queued → processing → completed | validated (dry run) | failed (nothing written) */
                                state: "queued" | "processing" | "completed" | "validated" | "failed";
                                dry_run: boolean;
                                mode: "all-or-nothing" | "per-member";
                                create_missing: boolean;
                                /** @description BGN08: '2' change file, '4' or 'RX' full file */
                                action_code: string;
                                /** @description A full file: families with coverage it leaves out are terminated */
                                complete: boolean;
                                termination_date: string | null;
                                sponsor: {
                                    name: string | null;
                                    id: string;
                                    id_qualifier: string;
                                } | null;
                                carrier_group_number: string | null;
                                file_bytes: number;
                                members_total: number | null;
                                members_done: number;
                                families_created: number;
                                families_changed: number;
                                families_unchanged: number;
                                families_terminated: number;
                                /** @description What the file implies and the group lacks */
                                missing: {
                                    group: {
                                        name: string | null;
                                        fein: string;
                                    } | null;
                                    /** @description From REF*1L and the coverage dates: a year from the earliest DTP*348 */
                                    coverage_periods: {
                                        carrier_group_number: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_start_date: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_end_date: string;
                                    }[];
                                    plans: {
                                        /**
                                         * @example medical
                                         * @enum {string}
                                         */
                                        product_line: "medical" | "dental" | "vision" | "life" | "voluntary_life" | "non_voluntary_life" | "accidental_death_dismemberment" | "voluntary_accidental_death_dismemberment" | "life_accidental_death_dismemberment" | "voluntary_life_accidental_death_dismemberment" | "accident" | "critical_illness" | "hospital_indemnity" | "disability" | "short_term_disability" | "long_term_disability" | "cancer" | "legal" | "identity_protection" | "pet" | "absence_management" | "employee_assistance_program";
                                        plan_identifier: string | null;
                                        /** @description HD03 */
                                        insurance_line_code: string;
                                    }[];
                                };
                                /** @description What the applied import created (empty until it completes) */
                                created: {
                                    group: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        name: string;
                                        external_identifier: string;
                                    } | null;
                                    coverage_periods: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        carrier_group_number: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_start_date: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                         * @example 2026-01-01
                                         */
                                        coverage_end_date: string;
                                    }[];
                                    plans: {
                                        /**
                                         * @description A UUID made by the server
                                         * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                         */
                                        id: string;
                                        product_line: string;
                                        external_identifier: string;
                                        plan_identifier: string | null;
                                    }[];
                                };
                                error_count: number;
                                /** @description Every rejected segment (the first 1000): row is the segment position in the file, ISA = 1; column the element, e.g. HD03 */
                                errors: {
                                    /** @description Line of the file, the header being 1 */
                                    row: number;
                                    column: string | null;
                                    error_type: string;
                                    message: string;
                                }[];
                                /** @description What the reader normalized, and what the file carries that is not stored, one entry per kind with a count (no personal data) */
                                warnings: {
                                    /** @description trailing_spaces_trimmed, lowercase_code_uppercased, zip_hyphen_removed (normalized); provider_not_stored (loop 2310), coordination_of_benefits_not_stored (2320), member_party_not_stored (2100B-H, one per NM101), reporting_categories_not_stored (2700), contact_not_stored (a second phone or email), employment_status_not_stored (INS08 without DTP*336), dtp_qualifier_not_stored, ref_qualifier_not_stored (one per qualifier) */
                                    code: string;
                                    message: string;
                                    /** @description How many times the file has it */
                                    count: number;
                                }[];
                                /** @description Every member transaction (INS loop) in file order (the first 1000): applied, unchanged or rejected with its errors */
                                members: {
                                    /** @description The member's INS segment, ISA = 1 */
                                    row: number;
                                    external_identifier: string | null;
                                    maintenance_type: string | null;
                                    outcome: "applied" | "unchanged" | "rejected";
                                    errors: {
                                        /** @description Line of the file, the header being 1 */
                                        row: number;
                                        column: string | null;
                                        error_type: string;
                                        message: string;
                                    }[];
                                    note?: string;
                                }[];
                                message: string | null;
                                reference_number: string | null;
                                /** Format: date-time */
                                created_at: string;
                                started_at: string | null;
                                finished_at: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
    "/coverage_periods/{id}/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare a carrier's full 834 or census CSV with what we hold for this coverage period, as of the file's date (DTP*007, else BGN03; a census: today); nothing is applied
         * @description Send the 834 as the body (Content-Type: application/edi-x12 or text/plain), a full file (BGN08 4 or RX), or the carrier's census (Content-Type: text/csv, the census format of docs/census-format.md: people found by external_identifier, plans by the plan's external_identifier, the coverage level derived from who the rows cover in each line as our 834 derives HD05; a bad row is a 422 naming its row and column). Members are matched by REF*23 (our member id), REF*ZZ (the carrier's member id), SSN, then REF*0F and name or birth date within the family. Each difference becomes a discrepancy of the coverage period; one found again keeps its id (reopened unless dismissed), an open one no longer found is resolved (no_longer_found).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description A UUID made by the server
                     * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reconciliation: {
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                coverage_period_id: string;
                                /**
                                 * @description A UUID made by the server
                                 * @example 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80
                                 */
                                carrier_id: string;
                                /** @description What the carrier's truth came as: a full 834, or a census CSV */
                                source: "x12_834" | "census_csv";
                                /** @enum {string} */
                                status: "completed";
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD, 1900-01-01 or later
                                 * @example 2026-01-01
                                 */
                                as_of: string;
                                file_reference: string | null;
                                /** @description Member loops (INS) in the carrier's 834, or people (rows) in its census */
                                members_in_file: number;
                                /** @description Differences this run found, by type */
                                counts: {
                                    member_missing_at_carrier: number;
                                    member_unknown_to_us: number;
                                    coverage_missing_at_carrier: number;
                                    coverage_unknown_to_us: number;
                                    coverage_dates_differ: number;
                                    plan_differs: number;
                                    coverage_level_differs: number;
                                    volume_differs: number;
                                    demographics_differ: number;
                                    relationship_differs: number;
                                };
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: components["schemas"]["def-0"][];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** ErrorItem */
        "def-0": {
            /** @example invalid_request.parameter_required */
            error_type: string;
            /** @example The parameter is missing and is required */
            message: string;
            /** @example first_name */
            parameter: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
