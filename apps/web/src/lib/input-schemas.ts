/** The contract's schemas that the page's own forms check what was typed with, before it is sent. */
export { CreateTaskSchema, SignInSchema, SignUpSchema, TaskTitleSchema } from "@todo/contracts";
