// The account domain module: what spans every table of a user.
export { deleteAccount } from "./delete-account";
