import { overdueRenderReason, renderFailureReason } from './report-renderer.service.js';

describe('the reason a failed report gives', () => {
  it('says a render stalled twice stopped, in words, not in BullMQ’s', () => {
    expect(renderFailureReason('job stalled more than allowable limit')).toBe(
      'rendering stopped twice without finishing (the worker was stopped or hung); request the report again',
    );
  });

  it('keeps the error of a render that failed on every attempt, and says what to do', () => {
    expect(renderFailureReason('Connection terminated unexpectedly')).toBe(
      'rendering failed on every attempt: Connection terminated unexpectedly; request the report again',
    );
  });

  it('names the render limit in minutes', () => {
    expect(overdueRenderReason(1800)).toBe(
      'rendering did not finish within 30 minutes; request the report again',
    );
  });
});
