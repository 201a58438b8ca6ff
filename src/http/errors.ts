// Errors are values: a status and a list of `{error_type, message, parameter}`, the one shape every
// 4xx answer has (and the shape carrier errors have on a subscriber). Small helpers build them.
import { Type, type Static } from '@sinclair/typebox';

export const ErrorItem = Type.Object(
  {
    error_type: Type.String({ examples: ['invalid_request.parameter_required'] }),
    message: Type.String({ examples: ['The parameter is missing and is required'] }),
    parameter: Type.Union([Type.String(), Type.Null()], { examples: ['first_name'] }),
  },
  { $id: 'ErrorItem' },
);
export type ErrorItem = Static<typeof ErrorItem>;

export const ErrorBody = Type.Object({ errors: Type.Array(ErrorItem) }, { description: 'What was wrong with the request' });
export type ErrorBody = Static<typeof ErrorBody>;

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errors: ErrorItem[],
  ) {
    super(errors.map((e) => e.message).join('; '));
  }

  body(): ErrorBody {
    return { errors: this.errors };
  }
}

const one = (status: number, error_type: string, message: string, parameter: string | null) =>
  new ApiError(status, [{ error_type, message, parameter }]);

export const invalid = (parameter: string, message: string, error_type = 'invalid_request.parameter_invalid') =>
  one(400, error_type, message, parameter);
export const unauthenticated = (message: string, parameter = 'Authorization') =>
  one(401, 'authentication.invalid_key', message, parameter);
export const scopeMissing = (scope: string) =>
  one(403, 'authorization.scope_missing', `This API key lacks the "${scope}" scope this request needs`, 'scope');
export const forbidden = (message: string, parameter: string | null = null) => one(403, 'authorization.forbidden', message, parameter);
export const notFound = (resource: string, parameter = 'id') =>
  one(404, 'not_found', `No ${resource} with this id exists, or it is not visible to this API key`, parameter);
export const conflict = (kind: string, message: string, parameter: string | null = null) =>
  one(409, `conflict.${kind}`, message, parameter);
/** Business-rule violations: the request is well-formed but breaks a rule of the domain. */
export const unprocessable = (errors: ErrorItem[]) => new ApiError(422, errors);
