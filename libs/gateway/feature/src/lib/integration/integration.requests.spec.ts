import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { IntegrationEvaluationsQuery, IntegrationProgressQuery, PushProgressRequest, RegisterIntegrationWebhookRequest } from './integration.requests';

const indicatorId = '0d6f3c1e-5b7a-4f2e-9c41-8a2b6e0f7d15';
const note = { date: '2021-09-30', value: 70, text: 'ดำเนินการได้ตามเป้าหมายที่กำหนด' };

function failedProperties(type: new () => object, plain: object): string[] {
  return validateSync(plainToInstance(type, plain), { whitelist: true, forbidNonWhitelisted: true }).map((error) => error.property);
}

describe('PushProgressRequest', () => {
  it.each([
    ['an indicator id', { indicatorId, ...note }],
    ['a KPI code and fiscal year', { kpiCode: '0411-0012', fiscalYear: 2564, ...note }],
    ['a note without a value', { indicatorId, date: note.date, text: note.text }],
  ])('accepts %s', (_case, body) => {
    expect(failedProperties(PushProgressRequest, body)).toEqual([]);
  });

  it.each([
    ['no indicator at all', { ...note }, ['indicatorId', 'kpiCode', 'fiscalYear']],
    ['a KPI code without a year', { kpiCode: '0411-0012', ...note }, ['fiscalYear']],
    ['a Christian-era fiscal year', { kpiCode: '0411-0012', fiscalYear: 2021, ...note }, ['fiscalYear']],
    ['a year sent as text', { kpiCode: '0411-0012', fiscalYear: '2564', ...note }, ['fiscalYear']],
    ['a malformed id', { indicatorId: 'kpi-12', ...note }, ['indicatorId']],
    ['a Buddhist-era date', { indicatorId, ...note, date: '2564-09-30' }, ['date']],
    ['a Thai-style date', { indicatorId, ...note, date: '30/09/2564' }, ['date']],
    ['blank text', { indicatorId, ...note, text: '  ' }, ['text']],
    ['a value with 5 decimals', { indicatorId, ...note, value: 1.23456 }, ['value']],
    ['an unknown field', { indicatorId, ...note, agencyCode: '0411' }, ['agencyCode']],
  ])('rejects %s', (_case, body, fields) => {
    expect(failedProperties(PushProgressRequest, body)).toEqual(fields);
  });
});

describe('IntegrationProgressQuery', () => {
  it('converts query text to numbers', () => {
    const query = plainToInstance(IntegrationProgressQuery, { fiscalYear: '2564', quarter: '4', page: '2', pageSize: '200' });

    expect(validateSync(query)).toEqual([]);
    expect([query.fiscalYear, query.quarter, query.page, query.pageSize]).toEqual([2564, 4, 2, 200]);
  });

  it.each([
    ['fiscalYear', '2021'],
    ['quarter', '0'],
    ['agency', '411'],
    ['page', '0'],
    ['pageSize', '201'],
  ])('rejects %s = %p', (field, value) => {
    expect(failedProperties(IntegrationProgressQuery, { fiscalYear: '2564', [field]: value })).toEqual([field]);
  });
});

describe('IntegrationEvaluationsQuery', () => {
  it('requires the quarter of the round', () => {
    expect(failedProperties(IntegrationEvaluationsQuery, { fiscalYear: '2564' })).toEqual(['quarter']);
  });

  it('accepts a round with an agency', () => {
    expect(failedProperties(IntegrationEvaluationsQuery, { fiscalYear: '2564', quarter: '4', agency: '0411' })).toEqual([]);
  });
});

describe('RegisterIntegrationWebhookRequest', () => {
  it('accepts an internal host without a dot', () => {
    expect(failedProperties(RegisterIntegrationWebhookRequest, { url: 'http://digitalplans:8080/hooks', kinds: ['evaluationScored'] })).toEqual([]);
  });

  it.each([
    ['a reminder kind', { url: 'https://example.org/hooks', kinds: ['progressDueReminder'] }, ['kinds']],
    ['a repeated kind', { url: 'https://example.org/hooks', kinds: ['roundSignedOff', 'roundSignedOff'] }, ['kinds']],
    ['credentials in the URL', { url: 'https://user:secret@example.org/hooks' }, ['url']],
    ['an ftp URL', { url: 'ftp://example.org/hooks' }, ['url']],
    ['a recipient id', { url: 'https://example.org/hooks', recipientId: 'client:other' }, ['recipientId']],
  ])('rejects %s', (_case, body, fields) => {
    expect(failedProperties(RegisterIntegrationWebhookRequest, body)).toEqual(fields);
  });
});
