export { toAccountExport } from "./to-account-export";
