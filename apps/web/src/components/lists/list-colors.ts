/** The colours a list can take (Todoist's palette, trimmed): name for screen readers, value as stored. */
export const LIST_COLORS = [
  ["Red", "#db4035"],
  ["Orange", "#ff9933"],
  ["Yellow", "#e5b800"],
  ["Green", "#299438"],
  ["Teal", "#158fad"],
  ["Blue", "#4073ff"],
  ["Violet", "#884dff"],
  ["Magenta", "#e05194"],
  ["Grey", "#808080"],
] as const;
