/** What the users page reports after an action: a success with the account's name, or an error. */
export type UserFeedback =
  | { kind: 'updated'; username: string }
  | { kind: 'created'; username: string }
  | { kind: 'error'; error: unknown };
