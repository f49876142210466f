import { MutationObserver, type MutationObserverOptions, type QueryClient } from "@tanstack/react-query";

/**
 * Runs one mutation with options of its own, as `useMutation` would: for writes whose options
 * depend on the task (its scope), several of them at a time. Settles once the mutation has.
 */
export function runMutation<TData, TVariables, TContext>(
  client: QueryClient,
  options: MutationObserverOptions<TData, Error, TVariables, TContext>,
  variables: TVariables,
): Promise<TData> {
  return new MutationObserver(client, options).mutate(variables);
}
