/**
 * Queue names. Frozen: renaming one strands every job already waiting in it under the old name.
 * Add a queue, never rename one.
 */
export const Queues = {
  Maintenance: 'maintenance',
  Reports: 'reports',
  League: 'league',
} as const;

export type QueueName = (typeof Queues)[keyof typeof Queues];

export const allQueues: QueueName[] = Object.values(Queues);
