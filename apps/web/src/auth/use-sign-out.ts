// Signing out from a page: the session ends, every answer fetched under it is forgotten (their query
// keys start with 'session'), and the reader lands on the front page.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { signOut } from './session';

/** The query key prefix of everything fetched with the signed-in person's access token. */
export const sessionQueryKey = 'session';

export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    await signOut();
    queryClient.removeQueries({ queryKey: [sessionQueryKey] });
    await navigate('/');
  }, [queryClient, navigate]);
}
