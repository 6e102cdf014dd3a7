import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_CODES, type ErrorCode } from '../../web/src/i18n/error-codes.ts';

const STATUS = {
  bad_request: 400,
  validation_failed: 400,
  malformed_json: 400,
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  invalid_totp_code: 401,
  mfa_required: 401,
  mfa_enrolment_required: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  version_conflict: 409,
  idempotency_key_reused: 409,
  username_taken: 409,
  agency_code_taken: 409,
  group_code_taken: 409,
  invalid_period: 422,
  unknown_agency: 422,
  invalid_parent: 422,
  invalid_succession: 422,
  membership_overlap: 422,
  chair_terms_overlap: 422,
  group_not_cluster: 422,
  chair_not_member: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  password_too_short: 422,
  password_too_long: 422,
  password_too_common: 422,
  password_reused: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
  unknown_unit: 422,
  point_outside_coverage: 422,
  units_not_adjacent: 422,
  zone_single_jurisdiction: 422,
  refdata_unavailable: 503,
  too_few_parties: 422,
  invalid_status_transition: 422,
  zone_outside_parties: 422,
  unknown_zone: 422,
  unknown_agreement: 422,
  unknown_group: 422,
  duplicate_party: 422,
  not_a_party: 422,
  invalid_schedule: 422,
  not_a_pdf: 422,
  share_to_owner: 422,
  not_releasable_to_foreign: 422,
  classified_to_foreign: 422,
  handling_forbids_forwarding: 422,
  invalid_expiry: 422,
  invalid_identity_number: 422,
  invalid_birth_date: 422,
  external_ref_taken: 409,
  not_an_image: 422,
  self_link: 422,
  link_exists: 409,
  unknown_person: 422,
  unknown_hotspot: 422,
  point_outside_country: 422,
  date_in_future: 422,
  transition_out_of_order: 422,
  classification_overlap: 422,
  outside_jurisdiction: 422,
  classification_above_clearance: 422,
  duplicate_entry: 422,
  offence_required: 422,
  unknown_operation: 422,
  unit_not_allowed: 422,
  quantity_out_of_range: 422,
  custody_out_of_order: 422,
  operation_code_taken: 409,
  invalid_recipient: 422,
  deadline_in_past: 422,
  unknown_record: 422,
  unknown_attachment: 422,
  attachment_type_mismatch: 422,
} as const satisfies Record<ErrorCode, number>;

// The web app's list is the one list of codes: a code cannot exist here without its translations there.
export { ERROR_CODES, type ErrorCode };

export type FieldIssue = { path: string; code: string; message: string };

/** The one error type of the server: a stable code, a developer detail, and the fields at fault. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string,
    readonly extra: { errors?: FieldIssue[] } = {},
  ) {
    super(detail ?? code);
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** Throws `forbidden` unless an action rule allows it. */
export const assertCan = (allowed: boolean): void => {
  if (!allowed) {
    throw new AppError('forbidden', 'Your role does not allow this action');
  }
};

export const problemBody = (error: AppError, requestId: string) => ({
  type: `urn:giapranh:error:${error.code}`,
  title: error.code.replaceAll('_', ' '),
  status: error.status,
  detail: error.message,
  code: error.code,
  requestId,
  ...(error.extra.errors ? { errors: error.extra.errors } : {}),
});

type ZodLikeIssue = {
  path: PropertyKey[];
  code: string;
  message: string;
  keys?: string[];
  minimum?: unknown;
};

const FIELD_CODE: Record<string, string> = {
  invalid_type: 'invalid_type',
  too_small: 'too_short',
  too_big: 'too_big',
  invalid_format: 'invalid_format',
  invalid_string: 'invalid_format',
  invalid_value: 'invalid_value',
  invalid_enum_value: 'invalid_value',
  unrecognized_keys: 'unrecognized_key',
};

/** Turns Zod issues into field issues with dotted paths; unknown keys each get their own entry. */
export const toFieldIssues = (issues: readonly ZodLikeIssue[], prefix = ''): FieldIssue[] =>
  issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        path: base ? `${base}.${key}` : key,
        code: 'unrecognized_key',
        message: issue.message,
      }));
    }
    const isMissing =
      (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) ||
      (issue.code === 'too_small' && Number(issue.minimum) === 1);
    return [
      {
        path: base,
        code: isMissing ? 'required' : (FIELD_CODE[issue.code] ?? issue.code),
        message: issue.message,
      },
    ];
  });

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_VALIDATION: 'validation_failed',
  // @fastify/static refuses odd paths (e.g. `//` plus a segment longer than a route parameter may be): no such page.
  FST_STATIC_FORBIDDEN_PATH: 'not_found',
  FST_ERR_BAD_URL: 'bad_request',
  FST_ERR_MAX_PARAM_LENGTH: 'bad_request',
  FST_ERR_ASYNC_CONSTRAINT: 'bad_request',
};

/** Maps anything thrown in a request to an AppError; unknown errors become `internal_error`. */
export const toAppError = (error: unknown): AppError => {
  if (error instanceof AppError) {
    return error;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    const issues = error.validation.map((v) => ({
      path: v.instancePath.split('/').filter(Boolean),
      code: v.keyword,
      message: v.message ?? v.keyword,
      keys: Array.isArray(v.params.keys) ? v.params.keys.map(String) : undefined,
      minimum: v.params.minimum,
    }));
    return new AppError('validation_failed', 'The request does not match the schema', {
      errors: toFieldIssues(issues, context === 'body' ? '' : context),
    });
  }
  const fastifyError = error as Partial<FastifyError>;
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new AppError('malformed_json', 'The body is not valid JSON');
  }
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) {
    return new AppError(mapped, fastifyError.message);
  }
  if (fastifyError.statusCode === 400 || fastifyError.statusCode === 413 || fastifyError.statusCode === 415) {
    const code: ErrorCode =
      fastifyError.statusCode === 413
        ? 'payload_too_large'
        : fastifyError.statusCode === 415
          ? 'unsupported_media_type'
          : 'bad_request';
    return new AppError(code, fastifyError.message);
  }
  return new AppError('internal_error', 'An unexpected error occurred');
};

/** The Fastify error handler: every error leaves as an RFC 9457 problem document. */
export const sendProblem = (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
  const appError = toAppError(error);
  if (appError.code === 'internal_error') {
    request.log.error({ err: error, requestId: request.id }, 'unexpected error');
  }
  return reply
    .code(appError.status)
    .header('x-request-id', request.id)
    .type('application/problem+json')
    .header('cache-control', 'no-store')
    .send(problemBody(appError, request.id));
};
