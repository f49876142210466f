/** The input breaks a rule of subtasks or of an order (one level, same list and level): a field's fault, answered 422. */
export class FieldRuleError extends Error {
  /** `path` names the request field at fault ("" for the body as a whole). */
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "FieldRuleError";
  }
}
