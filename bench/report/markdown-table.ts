/** Column alignment: text left, figures right. */
export type Align = "left" | "right";

const width = (text: string) => [...text].length;
const escapePipes = (cell: string) => cell.replace(/\|/g, "\\|");

function pad(text: string, size: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, size - width(text)));
  return align === "right" ? fill + text : text + fill;
}

/** A Markdown table with its columns padded to one width, as a formatter would leave it. */
export function markdownTable(header: string[], rows: string[][], align: Align[]): string {
  const cells = [header, ...rows].map((row) => row.map(escapePipes));
  const sizes = header.map((_, column) => Math.max(3, ...cells.map((row) => width(row[column] ?? ""))));
  const line = (row: string[]) =>
    `| ${sizes.map((size, column) => pad(row[column] ?? "", size, align[column] ?? "left")).join(" | ")} |`;
  const rule = `| ${sizes.map((size, column) => (align[column] === "right" ? `${"-".repeat(size - 1)}:` : "-".repeat(size))).join(" | ")} |`;
  const [head, ...body] = cells;
  return [line(head ?? []), rule, ...body.map(line)].join("\n");
}
