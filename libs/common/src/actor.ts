/** Who did something: a signed-in user, an organisation's API key, or the platform itself (jobs). */
export interface Actor {
  kind: 'user' | 'api_key' | 'system';
  id: string | null;
}

export const systemActor: Actor = { kind: 'system', id: null };
