import { eventually } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, RegisteredOrg, registerOrg } from './support/factories.js';
import { pdfPages } from './support/pdf-text.js';
import { startTestWorker } from './support/worker.js';

/**
 * An organisation's own reports are exact (issue 14, item 5): a figure about fewer than k people is
 * withheld, with whatever would give it back, and the register prints no line that undoes it.
 */
describe('reports: exact figures under disclosure control', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let org: RegisteredOrg;
  let fundingSourceId: string;

  const call = (method: 'GET' | 'POST', path: string, payload?: object) =>
    api.app.inject({
      method,
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: {
        ...bearer(org.accessToken),
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(payload ? { payload } : {}),
    });

  async function reportText(payload: object): Promise<string> {
    const requested = await call('POST', '/reports', payload);
    expect(requested.statusCode).toBe(202);
    const id: string = requested.json().id;
    await eventually(
      async () => {
        const report = (await call('GET', `/reports/${id}`)).json();
        if (report.status !== 'ready') throw new Error(`report is ${report.status}`);
      },
      { timeoutMs: 60_000 },
    );
    const file = await call('GET', `/reports/${id}/file`);
    expect(file.statusCode).toBe(200);
    return (await pdfPages(file.rawPayload)).join('\n').replace(/[\u00a0\u202f]/g, ' ');
  }

  beforeAll(async () => {
    api = await startTestApi('reports_exact', { RATE_LIMIT_PER_MINUTE: '100000' });
    worker = await startTestWorker(api.db);
    org = await registerOrg(api.app, { name: 'Фонд «Точный счёт»', regionCode: '48' });
    const fixtures = new CareFixtures(api.db, org.orgId);
    const ointment = await fixtures.item({ costKopecks: 45_050 });
    await fixtures.receive(ointment, 1000, 45_050);
    const nappies = await fixtures.item({ category: 'hygiene', unit: 'pack', costKopecks: 12_345 });
    await api.db.asSuperuser(`update items set name = 'Подгузники, упаковка' where id = $1`, [nappies]);
    await fixtures.receive(nappies, 100, 12_345);
    fundingSourceId = await fixtures.fundingSource('presidential_grant');
    const beneficiaries = [];
    for (let i = 0; i < 6; i++) beneficiaries.push(await fixtures.beneficiary());
    // six people given ointment twice (medication); one of them also given nappies (hygiene)
    const events = beneficiaries.flatMap((id, i) =>
      [1, 2].map((day) => ({
        beneficiaryId: id,
        occurredAt: `2026-10-${String(day + i).padStart(2, '0')}T10:00:00+03:00`,
        kind: 'delivery',
        lines: [
          { itemId: ointment, quantity: 2, fundingSourceId },
          ...(i === 0 && day === 1 ? [{ itemId: nappies, quantity: 3, fundingSourceId }] : []),
        ],
      })),
    );
    expect((await call('POST', '/care-events/batch', { events })).statusCode).toBe(201);
    // the one person given nappies needs 17 packs a month: 3 of 17 is a coverage of 18 %
    await api.db.asSuperuser(
      `insert into needs (tenant_id, id, beneficiary_id, item_id, quantity_per_month, valid_from)
       values ($1, $2, $3, $4, 17, '2026-10-01')`,
      [org.orgId, randomUUID(), beneficiaries[0], nappies],
    );
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('prints the exact total but no figure or register line that reveals a withheld category’s spend', async () => {
    const text = await reportText({
      type: 'funding_source',
      fundingSourceId,
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      language: 'ru',
    });
    const hygieneSpend = '370,35 ₽'; // 3 packs × 123,45 ₽, about one person
    const medicationSpend = '10 812,00 ₽'; // 12 events × 2 tubes × 450,50 ₽: the total less it is hygiene's
    expect(text).toContain('11 182,35 ₽'); // the total spend, exact
    expect(text).toContain('В этом отчёте скрыто');
    expect(text).toContain('средства гигиены (расходы)');
    expect(text).toContain('Подгузники, упаковка'); // its register line is printed, as withheld
    expect(text).not.toContain(hygieneSpend);
    expect(text).not.toContain(medicationSpend);
    expect(text).not.toContain('123,45 ₽'); // nor the unit cost of the withheld line
    expect(text).not.toMatch(/18\s?%/); // nor one person's need and its coverage
    // no printed amount is the total less the withheld category's spend
    const printed = [...text.matchAll(/\d[\d ]*,\d{2} ₽/g)].map(([amount]) => amount.trim());
    expect(printed).not.toContain(medicationSpend);
    expect(printed).not.toContain(hygieneSpend);
  });

  it('keeps a beneficiary statement exact, line by line', async () => {
    const [{ id: beneficiaryId }] = await api.db.asSuperuser<{ id: string }>(
      `select e.beneficiary_id as id from care_events e join care_lines l on l.tenant_id = e.tenant_id and l.event_id = e.id
        where e.tenant_id = $1 and l.category = 'hygiene'`,
      [org.orgId],
    );
    const text = await reportText({
      type: 'beneficiary_statement',
      beneficiaryId,
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      language: 'ru',
    });
    expect(text).toContain('370,35 ₽');
    expect(text).toContain('123,45 ₽');
    expect(text).toMatch(/18\s?%/);
    expect(text).not.toContain('В этом отчёте скрыто');
  });
});
