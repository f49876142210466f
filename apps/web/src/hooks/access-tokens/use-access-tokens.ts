"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateAccessToken } from "@todo/contracts";
import { apiCall } from "@/lib/api-call";

const accessTokenKeys = { all: (userId: string) => ["access-tokens", userId] as const };

/** The user's access tokens, and creating and revoking them (the list reloaded after each). */
export function useAccessTokens(userId: string) {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: accessTokenKeys.all(userId) });
  const tokens = useQuery({
    queryKey: accessTokenKeys.all(userId),
    queryFn: () => apiCall((api) => api.listAccessTokens(userId)),
  });
  const create = useMutation({
    mutationFn: (input: CreateAccessToken) => apiCall((api) => api.createAccessToken(userId, input)),
    onSettled: invalidate,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => apiCall((api) => api.revokeAccessToken(userId, id)),
    onSettled: invalidate,
  });
  return { tokens, create, revoke };
}
