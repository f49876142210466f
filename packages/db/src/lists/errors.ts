/** The list does not exist, or is not the user's: the two are never told apart. */
export class ListNotFoundError extends Error {
  constructor() {
    super("List not found");
    this.name = "ListNotFoundError";
  }
}

/** The change breaks a rule about lists: a duplicate name, too many lists, renaming or deleting the Inbox. */
export class ListConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ListConflictError";
  }
}
