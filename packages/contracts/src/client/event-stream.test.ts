import { describe, expect, it } from "vitest";
import { ChangeSchema } from "../change";
import { readChangeStream, readEventStream } from "./event-stream";

/** A body that arrives in the given chunks, as a network would cut it. */
function body(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function all<T>(messages: AsyncIterable<T>): Promise<T[]> {
  const read: T[] = [];
  for await (const message of messages) read.push(message);
  return read;
}

describe("readEventStream", () => {
  it("reads fields, comments and ids across chunks and line endings, keeping the last id", async () => {
    const messages = await all(
      readEventStream(
        body(
          "retry: 3000\r\n\r",
          "\n: keep",
          "-alive\n\nid: 4\nevent: task.updated\nda",
          'ta: {"a":1}\ndata:two\r\rid: 9\n\ndata: x\n\n',
        ),
      ),
    );
    expect(messages).toEqual([
      { lastEventId: "", retry: 3000, comments: [] },
      { lastEventId: "", comments: ["keep-alive"] },
      { lastEventId: "4", id: "4", event: "task.updated", data: '{"a":1}\ntwo', comments: [] },
      { lastEventId: "9", id: "9", comments: [] },
      { lastEventId: "9", data: "x", comments: [] },
    ]);
  });

  it("ignores a bad retry, an id with NUL, and drops a message the stream ended in the middle of", async () => {
    expect(await all(readEventStream(body("retry: soon\nid: a\0b\ndata: y\n\ndata: cut")))).toEqual([
      { lastEventId: "", data: "y", comments: [] },
    ]);
  });
});

describe("readChangeStream", () => {
  it("gives retry hints, positions and changes parsed by their contract, without comments", async () => {
    const change = { seq: 5, type: "task.deleted", id: 3, data: null };
    const messages = await all(
      readChangeStream(
        body(`retry: 3000\n\nid: 4\n\n: keep-alive\n\nid: 5\nevent: task.deleted\ndata: ${JSON.stringify(change)}\n\n`),
        (data) => ChangeSchema.parse(data),
      ),
    );
    expect(messages).toEqual([
      { kind: "retry", ms: 3000 },
      { kind: "position", seq: 4 },
      { kind: "change", change },
    ]);
  });

  it("refuses a change that breaks the contract", async () => {
    const bad = { seq: 5, type: "task.updated", id: 3, data: null };
    await expect(
      all(readChangeStream(body(`id: 5\ndata: ${JSON.stringify(bad)}\n\n`), (data) => ChangeSchema.parse(data))),
    ).rejects.toThrow();
  });
});
