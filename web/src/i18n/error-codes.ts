// Shared with the server: keep this file free of imports so both sides can use it as is.

/** Every top-level problem `code` the server may answer with; each needs `errors.<code>` in vi, en and lo. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'method_not_allowed',
  'unauthenticated',
  'session_expired',
  'csrf_failed',
  'invalid_credentials',
  'invalid_totp_code',
  'mfa_required',
  'mfa_enrolment_required',
  'forbidden',
  'not_found',
  'version_conflict',
  'username_taken',
  'agency_code_taken',
  'group_code_taken',
  'invalid_period',
  'unknown_agency',
  'invalid_parent',
  'invalid_succession',
  'membership_overlap',
  'chair_terms_overlap',
  'group_not_cluster',
  'chair_not_member',
  'password_too_short',
  'password_too_long',
  'password_too_common',
  'password_reused',
  'rate_limited',
  'internal_error',
  'service_unavailable',
  'unknown_unit',
  'point_outside_coverage',
  'units_not_adjacent',
  'zone_single_jurisdiction',
  'refdata_unavailable',
  'too_few_parties',
  'invalid_status_transition',
  'zone_outside_parties',
  'unknown_zone',
  'unknown_agreement',
  'unknown_group',
  'duplicate_party',
  'not_a_party',
  'invalid_schedule',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field-level `errors[].code` values besides the password codes above; each needs `errors.<code>` too. */
export const FIELD_ERROR_CODES = [
  'required',
  'invalid_type',
  'too_short',
  'too_big',
  'invalid_format',
  'invalid_value',
  'unrecognized_key',
  'invalid_characters',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
