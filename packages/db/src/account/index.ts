// The account domain module: what spans every table of a user.
export { deleteAccount } from "./delete-account";
export {
  type ImportCompletion,
  type ImportList,
  type ImportPlan,
  type ImportResult,
  type ImportTask,
  importAccount,
} from "./import-account";
export { type AccountData, readAccount } from "./read-account";
