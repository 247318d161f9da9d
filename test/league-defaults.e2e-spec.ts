import { currentMethodology } from '@careledger/league';
import { eventually } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { bearer, defaultPassword, login } from './support/factories.js';
import { startTestWorker } from './support/worker.js';

describe('league table without a year, and a recompute followed by its id', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let token: string;
  const adminEmail = `platform-${randomUUID()}@example.org`;

  const get = (url: string, headers = {}) => api.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

  async function recompute(year: number): Promise<void> {
    const accepted = await api.app.inject({
      method: 'POST',
      url: `/api/v1/admin/league-table/recompute?year=${year}`,
      headers: bearer(token),
    });
    expect(accepted.statusCode).toBe(202);
    const jobId: string = accepted.json().id;
    const done = await eventually(
      async () => {
        const state = (await get(`/admin/league-table/recompute/${jobId}`, bearer(token))).json();
        if (state.status !== 'done') throw new Error(`recompute is ${state.status}`);
        return state;
      },
      { timeoutMs: 30_000 },
    );
    expect(done).toMatchObject({ id: jobId, year, status: 'done', failureReason: null });
  }

  beforeAll(async () => {
    api = await startTestApi('league-defaults', {
      PLATFORM_ADMIN_EMAIL: adminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
      PUBLIC_STATS_CACHE_SECONDS: '0',
    });
    worker = await startTestWorker(api.db);
    token = await login(api.app, adminEmail);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('answers 404 naming the table when no year has been computed, not 400', async () => {
    const response = await get('/public/league-table');
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toMatch(/league table/);
  });

  it('answers the latest computed year when no year is asked for, for the table and its CSVs', async () => {
    await recompute(2025);
    await recompute(2024);
    const table = await get('/public/league-table');
    expect(table.statusCode).toBe(200);
    expect(table.json()).toMatchObject({ year: 2025, methodologyVersion: currentMethodology.version });
    expect((await get('/public/league-table/results.csv')).statusCode).toBe(200);
    expect((await get('/public/league-table/inputs.csv')).statusCode).toBe(200);
    expect((await get('/public/league-table?year=2024')).json().year).toBe(2024);
  });

  it('keeps the state route to platform admins and answers 404 for an unknown job id', async () => {
    expect((await get(`/admin/league-table/recompute/${randomUUID()}`)).statusCode).toBe(401);
    expect((await get(`/admin/league-table/recompute/${randomUUID()}`, bearer(token))).statusCode).toBe(404);
    expect((await get('/admin/league-table/recompute/not-a-uuid', bearer(token))).statusCode).toBe(400);
  });
});
