// The account domain module: what spans every table of a user.
export { deleteAccount } from "./delete-account";
export { type AccountData, readAccount } from "./read-account";
