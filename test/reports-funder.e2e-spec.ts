import { eventually } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import {
  bearer,
  defaultPassword,
  logCareBatch,
  login,
  RegisteredOrg,
  registerOrg,
  verifyOrg,
} from './support/factories.js';
import { pdfPages, pdfTextBoxes } from './support/pdf-text.js';
import { startTestWorker } from './support/worker.js';

/**
 * Reports as a funder reads them, through the real api and worker, checked in the PDF's text: what was
 * given per item, the grant and its use, the verification address and page, readable file names,
 * verification of a file in each of its four states, and schedules.
 *
 * The ledger (October 2026 unless said): 6 people given 2 tubes of ointment at 450,50 ₽ (5 406,00 ₽),
 * 5 others 3 packs of nappies at 123,45 ₽ (1 851,75 ₽), 2 of the first given a nurse's visit at
 * 1 500,00 ₽ (3 000,00 ₽, about 2 people: withheld); all of it from one grant, which in September also
 * paid for 5 tubes given to 5 of the same people (2 252,50 ₽).
 */
describe('reports a funder can rely on', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let org: RegisteredOrg;
  let grantId: string;
  let platformToken: string;
  const platformEmail = `platform-${randomUUID()}@example.org`;
  const port = '4321';
  const base = `http://localhost:${port}`;

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: object) =>
    api.app.inject({
      method,
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: {
        ...bearer(org.accessToken),
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(payload ? { payload } : {}),
    });

  async function readyReport(payload: object): Promise<{ id: string; sha256: string }> {
    const requested = await call('POST', '/reports', payload);
    expect(requested.statusCode).toBe(202);
    return eventually(
      async () => {
        const report = (await call('GET', `/reports/${requested.json().id}`)).json();
        if (report.status !== 'ready') throw new Error(`report is ${report.status}`);
        return report;
      },
      { timeoutMs: 60_000 },
    );
  }

  async function textOf(reportId: string): Promise<{ pdf: Buffer; pages: string[]; text: string }> {
    const file = await call('GET', `/reports/${reportId}/file`);
    expect(file.statusCode).toBe(200);
    const pages = await pdfPages(file.rawPayload);
    return { pdf: file.rawPayload, pages, text: pages.join('\n').replace(/\s+/g, ' ') };
  }

  const october = { periodFrom: '2026-10-01', periodTo: '2026-10-31' };

  beforeAll(async () => {
    api = await startTestApi('reports-funder', {
      PORT: port,
      PUBLIC_BASE_URL: '',
      RATE_LIMIT_PER_MINUTE: '100000',
      PLATFORM_ADMIN_EMAIL: platformEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
    });
    worker = await startTestWorker(api.db);
    org = await registerOrg(api.app, { name: 'Фонд «Добрые руки»', regionCode: '48' });
    platformToken = await login(api.app, platformEmail);
    await verifyOrg(api.app, org, platformToken);
    const fixtures = new CareFixtures(api.db, org.orgId);
    const named = async (name: string, options: Parameters<CareFixtures['item']>[0]) => {
      const id = await fixtures.item(options);
      await api.db.asSuperuser(`update items set name = $2 where id = $1`, [id, name]);
      await fixtures.receive(id, 1000, options?.costKopecks);
      return id;
    };
    const ointment = await named('Мазь Бепантен, туба 30 г', { costKopecks: 45_050 });
    const nappies = await named('Подгузники, размер L', {
      unit: 'pack',
      category: 'hygiene',
      costKopecks: 12_345,
    });
    const visit = await named('Визит медсестры', {
      unit: 'visit',
      category: 'service',
      costKopecks: 150_000,
    });
    grantId = await fixtures.fundingSource('presidential_grant');
    await api.db.asSuperuser(
      `update funding_sources set name = 'Уход на дому 2026', amount_kopecks = 50000000,
              period_from = '2026-09-01', period_to = '2027-08-31' where id = $1`,
      [grantId],
    );
    const people = [];
    for (let i = 0; i < 11; i++) people.push(await fixtures.beneficiary());
    const event = (beneficiaryId: string, day: string, itemId: string, quantity: number) => ({
      beneficiaryId,
      occurredAt: `2026-${day}T10:00:00+03:00`,
      kind: 'delivery',
      lines: [{ itemId, quantity, fundingSourceId: grantId }],
    });
    await logCareBatch(api.app, org, [
      ...people.slice(0, 6).map((id, i) => event(id, `10-0${i + 1}`, ointment, 2)),
      ...people.slice(6).map((id, i) => event(id, `10-1${i}`, nappies, 3)),
      ...people.slice(0, 2).map((id) => event(id, '10-20', visit, 1)),
      ...people.slice(0, 5).map((id) => event(id, '09-15', ointment, 1)),
    ]);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('lists what was given per item with its people, totals per unit, and no empty register (ru)', async () => {
    const report = await readyReport({ type: 'activity', ...october, language: 'ru' });
    const { pages, text } = await textOf(report.id);
    expect(text).toContain('Что выдано: по позициям номенклатуры');
    // ointment: 6 people × 2 tubes × 450,50 ₽
    expect(text).toContain('Мазь Бепантен, туба 30 г туба 12 5 406,00 ₽ 6');
    // the visits are about 2 people; the nappies go with them, or hygiene less nappies would give them back
    expect(text).toMatch(/Визит медсестры визит скрыто \(менее 5\) скрыто \(менее 5\) скрыто \(менее 5\)/);
    expect(text).toMatch(/Выдано по единицам измерения Ед\. изм\. Кол-во упаковка 15 туба 12 визит скрыто/);
    // 5 406,00 + 1 851,75 + 3 000,00 over 11 people and 13 deliveries
    expect(text).toContain('Расходы 10 257,75 ₽');
    expect(text).toContain('Выдачи (случаи оказания помощи) 13');
    expect(text).toContain('Расходы на одного благополучателя 932,52 ₽');
    expect(text).not.toMatch(/всех единиц|Реестр|Нет данных/);
    expect(text).not.toMatch(/keyFigures|byCategory|byUnit|byItem|Kopecks|spend|quantity|items\.\d/);
    expect(text).toMatch(/В этом отчёте скрыто: [^.]*услуги \(расходы\)/);
    pages.forEach((page, i) => {
      expect(page).toContain(`${base}/reports/${report.id}`);
      expect(page).toContain(`Стр. ${i + 1}`);
    });
  });

  it('prints the same in English, with English words only', async () => {
    const report = await readyReport({ type: 'activity', ...october, language: 'en' });
    const { text } = await textOf(report.id);
    expect(text).toContain('What was given, by item');
    expect(text).toContain('Мазь Бепантен, туба 30 г tube 12 ₽5,406.00 6');
    expect(text).toMatch(/Quantities by unit Unit Qty pack 15 tube 12 visit withheld \(fewer than 5\)/);
    expect(text).toContain('Spend ₽10,257.75');
    expect(text).toMatch(/Withheld in this report: [^.]*services \(spend\)/);
    expect(text).not.toMatch(/Register|No data|all units|keyFigures|Kopecks|Стр\.|скрыто/);
    expect(text).toContain(`Verify this document: ${base}/reports/${report.id}`);
  });

  it('shows the grant, its use to date, the remainder and spend per month in a funding-source report', async () => {
    const report = await readyReport({
      type: 'funding_source',
      fundingSourceId: grantId,
      ...october,
      language: 'ru',
    });
    const { text } = await textOf(report.id);
    expect(text).toContain('Сумма гранта 500 000,00 ₽');
    expect(text).toContain('Срок реализации 01.09.2026 — 31.08.2027');
    expect(text).toContain('Израсходовано за период отчёта 10 257,75 ₽');
    // September's 5 tubes (2 252,50 ₽) count to date
    expect(text).toContain('Израсходовано с начала гранта по конец периода 12 510,25 ₽');
    expect(text).toContain('Остаток средств 487 489,75 ₽');
    expect(text).toContain('Расходы по месяцам Месяц Расходы 10.2026 10 257,75 ₽');
    expect(text).toContain('Реестр позиций выдачи');
    expect(text).toContain('10.2026 Мазь Бепантен, туба 30 г туба 12 450,50 ₽ 5 406,00 ₽');
    expect(text).toContain('Реестр печатает одну строку на позицию номенклатуры и месяц.');
  });

  it('lays out the longest names on the cover without one text box over another', async () => {
    const long = (word: string) => Array.from({ length: 12 }, (_, i) => `${word}${i}`).join(' ');
    await api.db.asSuperuser(`update organisations set name = $2 where id = $1`, [
      org.orgId,
      `Автономная некоммерческая организация ${long('Милосердие')}`,
    ]);
    const source = await new CareFixtures(api.db, org.orgId).fundingSource('business');
    await api.db.asSuperuser(`update funding_sources set name = $2, funder_name = $3 where id = $1`, [
      source,
      long('Программа'),
      long('Благотворительный-фонд'),
    ]);
    try {
      const report = await readyReport({
        type: 'funding_source',
        fundingSourceId: source,
        ...october,
        language: 'en',
      });
      const { pdf } = await textOf(report.id);
      const boxes = await pdfTextBoxes(pdf, 1);
      expect(boxes.map((box) => box.text).join(' ')).toContain('Программа11');
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap =
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          if (overlap) throw new Error(`"${a.text}" overlaps "${b.text}"`);
        }
      }
    } finally {
      await api.db.asSuperuser(`update organisations set name = 'Фонд «Добрые руки»' where id = $1`, [
        org.orgId,
      ]);
    }
  });

  it('names the file after the organisation, the report and its period, with an RFC 5987 name', async () => {
    const report = await readyReport({ type: 'activity', ...october, language: 'ru' });
    const file = await call('GET', `/reports/${report.id}/file`);
    expect(file.headers['content-disposition']).toBe(
      'inline; filename="fond-dobrye-ruki_activity-report_2026-10-01_2026-10-31.pdf"; ' +
        `filename*=UTF-8''${encodeURIComponent('Фонд «Добрые руки»_activity-report_2026-10-01_2026-10-31.pdf')}`,
    );
  });

  describe('verification', () => {
    const verifyRaw = (body: Buffer) =>
      api.app.inject({
        method: 'POST',
        url: '/api/v1/public/reports/verify',
        headers: { 'content-type': 'application/pdf' },
        payload: body,
      });
    const verifyForm = (body: Buffer, field = 'file') => {
      const boundary = `----careledger${randomUUID()}`;
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="report.pdf"\r\n` +
            'Content-Type: application/pdf\r\n\r\n',
        ),
        body,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return api.app.inject({
        method: 'POST',
        url: '/api/v1/public/reports/verify',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
    };
    const byNumber = (id: string) =>
      api.app.inject({ method: 'GET', url: `/api/v1/public/reports/${id}/verification` });
    const organisation = { id: '', name: 'Фонд «Добрые руки»' };

    let draft: { id: string; pdf: Buffer };
    let published: { id: string; pdf: Buffer };

    beforeAll(async () => {
      organisation.id = org.orgId;
      const first = await readyReport({
        type: 'funding_source',
        fundingSourceId: grantId,
        ...october,
        language: 'en',
      });
      draft = { id: first.id, pdf: (await textOf(first.id)).pdf };
      const second = await readyReport({
        type: 'activity',
        periodFrom: '2026-09-01',
        periodTo: '2026-10-31',
        language: 'ru',
      });
      expect((await call('POST', `/reports/${second.id}/publish`)).statusCode).toBe(200);
      published = { id: second.id, pdf: (await textOf(second.id)).pdf };
    });

    it('answers genuine_published with the organisation and period, by raw body and by form upload', async () => {
      for (const response of [await verifyRaw(published.pdf), await verifyForm(published.pdf)]) {
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({
          status: 'genuine_published',
          valid: true,
          reportId: published.id,
          type: 'activity',
          periodFrom: '2026-09-01',
          periodTo: '2026-10-31',
          organisation,
        });
      }
    });

    it('answers genuine_unpublished for a file never published, naming what the file itself says', async () => {
      const answer = (await verifyForm(draft.pdf)).json();
      expect(answer).toEqual({
        status: 'genuine_unpublished',
        valid: false,
        reportId: draft.id,
        type: 'funding_source',
        ...october,
        organisation,
      });
    });

    it('answers unknown for a changed byte, and 400 naming the field for a form without a file', async () => {
      const tampered = Buffer.from(published.pdf);
      tampered[tampered.length >> 1] ^= 1;
      expect((await verifyForm(tampered)).json()).toEqual({ status: 'unknown', valid: false });
      // a form upload takes the verify route's 50 MB, not the 1 MiB of other bodies
      const large = await verifyForm(Buffer.alloc(3 * 1024 * 1024, 7));
      expect(large.statusCode).toBe(200);
      expect(large.json()).toEqual({ status: 'unknown', valid: false });
      const boundary = 'careledger-empty';
      const noFile = await api.app.inject({
        method: 'POST',
        url: '/api/v1/public/reports/verify',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--${boundary}--\r\n`,
      });
      expect(noFile.statusCode).toBe(400);
      expect(noFile.json().errors).toEqual([expect.objectContaining({ field: 'file' })]);
    });

    it('says what the number at the printed address is: published, unpublished without its organisation, unknown', async () => {
      const shown = await byNumber(published.id);
      expect(shown.statusCode).toBe(200);
      const hash = (await call('GET', `/reports/${published.id}`)).json().sha256;
      expect(shown.json()).toMatchObject({
        status: 'genuine_published',
        report: {
          id: published.id,
          organisation,
          periodFrom: '2026-09-01',
          periodTo: '2026-10-31',
          sha256: hash,
          fileUrl: `${base}/api/v1/public/reports/${published.id}/file`,
          status: 'published',
        },
      });

      expect((await byNumber(draft.id)).json()).toEqual({ status: 'genuine_unpublished' });
      expect((await byNumber(randomUUID())).json()).toEqual({ status: 'unknown' });
    });

    it('answers withdrawn, and the page says so, once the organisation is suspended', async () => {
      const suspend = (status: string) =>
        api.app.inject({
          method: 'PATCH',
          url: `/api/v1/admin/organisations/${org.orgId}`,
          headers: bearer(platformToken),
          payload: { status, reason: 'проверка отчётности' },
        });
      expect((await suspend('suspended')).statusCode).toBe(200);
      try {
        expect((await verifyRaw(published.pdf)).json()).toMatchObject({
          status: 'withdrawn',
          valid: false,
          reportId: published.id,
          organisation,
        });
        expect((await byNumber(published.id)).json()).toMatchObject({
          status: 'withdrawn',
          report: { id: published.id, status: 'withdrawn' },
        });
      } finally {
        expect((await suspend('active')).statusCode).toBe(200);
      }
    });
  });

  describe('schedules', () => {
    it('validates a schedule as a request: a funding_source schedule names an existing source', async () => {
      const missing = await call('PUT', '/report-schedules/funding_source', {
        cadence: 'monthly',
        language: 'ru',
        autoPublish: true,
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors).toEqual([expect.objectContaining({ field: 'fundingSourceId' })]);
      const unknown = await call('PUT', '/report-schedules/funding_source', {
        cadence: 'monthly',
        language: 'ru',
        autoPublish: true,
        fundingSourceId: randomUUID(),
      });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'fundingSourceId' })]);
      const misplaced = await call('PUT', '/report-schedules/activity', {
        cadence: 'monthly',
        language: 'ru',
        autoPublish: false,
        fundingSourceId: grantId,
      });
      expect(misplaced.statusCode).toBe(400);
      expect(misplaced.json().errors).toEqual([expect.objectContaining({ field: 'fundingSourceId' })]);
    });

    it('lists, traces and removes schedules; a scheduled report to the funder names its source', async () => {
      const set = await call('PUT', '/report-schedules/funding_source', {
        cadence: 'monthly',
        language: 'en',
        autoPublish: true,
        fundingSourceId: grantId,
      });
      expect(set.statusCode).toBe(200);
      const schedule = set.json();
      expect(schedule).toMatchObject({
        type: 'funding_source',
        fundingSourceId: grantId,
        cadence: 'monthly',
      });
      const activity = (
        await call('PUT', '/report-schedules/activity', {
          cadence: 'quarterly',
          language: 'ru',
          autoPublish: false,
        })
      ).json();

      const listed = await call('GET', '/report-schedules?limit=1');
      expect(listed.statusCode).toBe(200);
      expect(listed.json().items).toHaveLength(1);
      const rest = (await call('GET', `/report-schedules?cursor=${listed.json().nextCursor}`)).json();
      expect([...listed.json().items, ...rest.items].map((s: { id: string }) => s.id).sort()).toEqual(
        [schedule.id, activity.id].sort(),
      );

      const { ReportSchedulesService } = await import('@careledger/reports');
      await worker.get(ReportSchedulesService).requestDue(new Date('2026-11-05T12:00:00Z'));
      const reports = (await call('GET', '/reports?limit=100')).json().items;
      const scheduled = reports.find((r: { scheduleId: string | null }) => r.scheduleId === schedule.id);
      expect(scheduled).toMatchObject({ type: 'funding_source', fundingSourceId: grantId, ...october });
      const done = await eventually(async () => {
        const state = (await call('GET', `/reports/${scheduled.id}`)).json();
        if (state.status !== 'ready') throw new Error(`scheduled report is ${state.status}`);
        return state;
      });
      expect(done.publishedAt).not.toBeNull();
      expect(done.publicUrl).toBe(`${base}/reports/${scheduled.id}`);

      const removal = `/report-schedules/funding_source?fundingSourceId=${grantId}`;
      expect((await call('DELETE', '/report-schedules/funding_source')).statusCode).toBe(400);
      expect((await call('DELETE', removal)).statusCode).toBe(204);
      expect((await call('DELETE', removal)).statusCode).toBe(404);
      const left = (await call('GET', '/report-schedules')).json().items;
      expect(left.map((s: { id: string }) => s.id)).toEqual([activity.id]);
      expect((await call('GET', `/reports/${scheduled.id}`)).json().scheduleId).toBe(schedule.id);
    });

    it('keeps another organisation’s schedule out of reach', async () => {
      const other = await registerOrg(api.app, { name: 'Другой фонд' });
      const theirs = await api.app.inject({
        method: 'PUT',
        url: `/api/v1/orgs/${other.orgId}/report-schedules/activity`,
        headers: bearer(other.accessToken),
        payload: { cadence: 'yearly', language: 'en', autoPublish: false },
      });
      expect(theirs.statusCode).toBe(200);
      // removing "our" yearly activity schedule removes ours, never theirs
      expect((await call('DELETE', '/report-schedules/activity')).statusCode).toBe(204);
      expect((await call('DELETE', '/report-schedules/activity')).statusCode).toBe(404);
      const own = await api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${other.orgId}/report-schedules`,
        headers: bearer(other.accessToken),
      });
      expect(own.json().items.map((s: { id: string }) => s.id)).toEqual([theirs.json().id]);
      expect(
        (await call('GET', '/report-schedules')).json().items.map((s: { id: string }) => s.id),
      ).not.toContain(theirs.json().id);
    });
  });
});
