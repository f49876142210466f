import { isObject, type OpenApiDocument, operations } from "./types";

const IF_MATCH = { $ref: "#/components/parameters/IfMatch" };
const IF_NONE_MATCH = { $ref: "#/components/parameters/IfNoneMatch" };
const PREFER_COUNT = { $ref: "#/components/parameters/PreferCount" };
const LAST_EVENT_ID = { $ref: "#/components/parameters/LastEventId" };

/** Whether a `200` answer of the operation carries `X-Total-Count`. */
function answersTotalCount(responses: Record<string, unknown>): boolean {
  const ok = responses["200"];
  return isObject(ok) && isObject(ok.headers) && "X-Total-Count" in ok.headers;
}

/** Whether the operation's `200` answer is a Server-Sent Events stream. */
function answersEventStream(responses: Record<string, unknown>): boolean {
  const ok = responses["200"];
  return isObject(ok) && isObject(ok.content) && "text/event-stream" in ok.content;
}

function hasParameter(parameters: unknown[], ref: { $ref: string }): boolean {
  return parameters.some((p) => isObject(p) && p.$ref === ref.$ref);
}

/**
 * An operation that can answer 412 takes `If-Match`, one that can answer 304 `If-None-Match`, and one that answers `X-Total-Count` takes
 * `Prefer: count=exact`, and an event stream `Last-Event-ID` (the generator reads request headers only
 * from a Zod schema, and the contracts have none for them). Parameter-level `example`s are dropped: the generator makes
 * them up from the name (`"123"` for a uuid, `"example"` for an enum); examples belong in the schema.
 */
export function tidyOperations(doc: OpenApiDocument): void {
  for (const { operation } of operations(doc)) {
    const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
    for (const parameter of parameters) {
      if (isObject(parameter)) delete parameter.example;
    }
    const responses = isObject(operation.responses) ? operation.responses : {};
    if ("412" in responses && !hasParameter(parameters, IF_MATCH)) parameters.push({ ...IF_MATCH });
    if ("304" in responses && !hasParameter(parameters, IF_NONE_MATCH)) parameters.push({ ...IF_NONE_MATCH });
    if (answersTotalCount(responses) && !hasParameter(parameters, PREFER_COUNT)) parameters.push({ ...PREFER_COUNT });
    if (answersEventStream(responses) && !hasParameter(parameters, LAST_EVENT_ID))
      parameters.push({ ...LAST_EVENT_ID });
    if (parameters.length > 0) operation.parameters = parameters;
    else delete operation.parameters;
  }
}
