import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { SessionEndedError } from "./session-token";

/**
 * The page's QueryClient. No retries: a refused token is renewed and retried once by apiCall, and
 * any other failure is the user's to retry. Requests go out even when the browser believes it is
 * offline, so the failure says so. No refetch on focus: another tab's changes are not fetched
 * behind the user's back. A request that finds the session gone calls `onSessionEnded`.
 */
export function makeQueryClient(onSessionEnded: () => void): QueryClient {
  const onError = (error: Error) => {
    if (error instanceof SessionEndedError) onSessionEnded();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, networkMode: "always" },
      mutations: { retry: false, networkMode: "always" },
    },
  });
}
