import { openTestNotificationDatabase, testBackends, type TestNotificationDatabase } from '../../testing/test-database';
import { JobLeaseRepository } from './job-lease.repository';
import { ReminderIssueRepository } from './reminder-issue.repository';

const issue = {
  key: 'progressOverdue:0411:2025-10:1',
  kind: 'progressOverdue',
  agencyCode: '0411',
  period: '2025-10',
  dueDate: '2025-11-15',
  sendOn: '2025-11-17',
  issuedBy: 'instance-a',
};

describe.each(testBackends)('reminder job tables on %s', (backend) => {
  let test: TestNotificationDatabase;
  let leases: JobLeaseRepository;
  let issues: ReminderIssueRepository;

  beforeAll(async () => {
    test = await openTestNotificationDatabase(backend);
    leases = new JobLeaseRepository(test.db.prisma);
    issues = new ReminderIssueRepository(test.db.prisma);
  });

  afterAll(async () => {
    await test?.dispose();
  });

  it('grants a free lease to one holder only', async () => {
    const [first, second] = await Promise.all([leases.acquire('job-a', 'instance-a', 60_000), leases.acquire('job-a', 'instance-b', 60_000)]);

    expect([first?.holder, second?.holder].filter(Boolean)).toHaveLength(1);
  });

  it('lets the holder renew and others wait', async () => {
    expect(await leases.acquire('job-b', 'instance-a', 60_000)).not.toBeNull();
    expect(await leases.acquire('job-b', 'instance-a', 60_000)).not.toBeNull();
    expect(await leases.acquire('job-b', 'instance-b', 60_000)).toBeNull();
  });

  it('frees the lease on release', async () => {
    await leases.acquire('job-c', 'instance-a', 60_000);
    await leases.release('job-c', 'instance-a');

    expect((await leases.acquire('job-c', 'instance-b', 60_000))?.holder).toBe('instance-b');
  });

  it('frees an expired lease', async () => {
    await leases.acquire('job-d', 'instance-a', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect((await leases.acquire('job-d', 'instance-b', 60_000))?.holder).toBe('instance-b');
  });

  it('keeps the latest run date', async () => {
    await leases.acquire('job-e', 'instance-a', 60_000);

    expect(await leases.recordRun('job-e', 'instance-a', '2025-11-20')).toBe(true);
    expect(await leases.recordRun('job-e', 'instance-a', '2025-11-12')).toBe(true);
    expect((await leases.get('job-e'))?.lastRunOn).toBe('2025-11-20');
  });

  it('records no run for a former holder', async () => {
    await leases.acquire('job-f', 'instance-a', 60_000);

    expect(await leases.recordRun('job-f', 'instance-b', '2025-11-20')).toBe(false);
  });

  it('issues a reminder key once', async () => {
    let sends = 0;
    const send = () => {
      sends += 1;

      return Promise.resolve(2);
    };
    const first = await issues.issueOnce(issue, send);
    const second = await issues.issueOnce(issue, send);

    expect(first).toMatchObject({ key: issue.key, recipients: 2, dueDate: '2025-11-15', sendOn: '2025-11-17' });
    expect(second).toBeNull();
    expect(sends).toBe(1);
  });

  it('lists issues by period', async () => {
    expect((await issues.listByPeriods(['2025-10'])).map((record) => record.key)).toEqual([issue.key]);
    expect(await issues.listByPeriods(['2025-11'])).toEqual([]);
  });
});
