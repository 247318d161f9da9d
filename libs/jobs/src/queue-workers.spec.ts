import { JobHandler } from './job-handler.js';
import { handlersByName } from './queue-workers.js';

const handler = (jobName: 'audit.verify'): JobHandler => ({ jobName, handle: async () => undefined });

describe('handlersByName', () => {
  it('maps every job name to its handler', () => {
    const verify = handler('audit.verify');
    expect(handlersByName([verify]).get('audit.verify')).toBe(verify);
  });

  it('refuses to start when a job name has no handler', () => {
    expect(() => handlersByName([])).toThrow('no handler for job(s): audit.verify');
  });

  it('refuses two handlers for one job name', () => {
    expect(() => handlersByName([handler('audit.verify'), handler('audit.verify')])).toThrow(
      'two handlers for job audit.verify',
    );
  });
});
