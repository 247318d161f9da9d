import { JobHandler } from './job-handler.js';
import { allJobNames, JobName } from './job-map.js';
import { handlersByName } from './queue-workers.js';

const handler = (jobName: JobName): JobHandler => ({ jobName, handle: async () => undefined });
const everyHandler = () => allJobNames.map(handler);

describe('handlersByName', () => {
  it('maps every job name to its handler', () => {
    const handlers = everyHandler();
    const byName = handlersByName(handlers);
    for (const handler of handlers) expect(byName.get(handler.jobName)).toBe(handler);
  });

  it('refuses to start when a job name has no handler', () => {
    const withoutRender = everyHandler().filter((handler) => handler.jobName !== 'report.render');
    expect(() => handlersByName(withoutRender)).toThrow('no handler for job(s): report.render');
  });

  it('refuses two handlers for one job name', () => {
    expect(() => handlersByName([handler('audit.verify'), handler('audit.verify')])).toThrow(
      'two handlers for job audit.verify',
    );
  });
});
