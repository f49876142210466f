/** Where the API is and how to reach it: what `createTodoClient` and `openChangeStream` take. */
export interface TodoClientOptions {
  /** Where the API lives: "" for the same origin, or e.g. "https://todo.example". */
  baseUrl: string;
  /** The bearer JWT, asked for before every request so that a refreshed token is picked up. */
  getToken: () => Promise<string> | string;
  fetch?: typeof fetch;
}
