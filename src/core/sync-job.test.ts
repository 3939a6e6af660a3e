import { describe, expect, it } from 'vitest';
import { isSyncOutcome, localFailure, RUN_SYNC, type SyncJob } from './sync-job';
import { isRunSyncMessage, isSyncJob } from './sync-job-check';

const job: SyncJob = {
  account: { url: 'https://dav.example/veille/', user: 'me', password: 'pw', passphrase: '' },
  settings: {
    version: 2,
    seriesName: 'Veille',
    postLanguage: 'en',
    timeZone: '',
    fallbackSection: '',
    preset: 'hugo',
  },
  template: '',
  base: undefined,
  deviceName: 'Chromium',
};

describe('the background sync messages', () => {
  it('accept a whole job, in its message', () => {
    expect(isSyncJob(job)).toBe(true);
    expect(isSyncJob({ ...job, base: { values: { seriesName: 'x' }, hlc: '1.000001.d' } })).toBe(
      true,
    );
    expect(isRunSyncMessage({ type: RUN_SYNC, job })).toBe(true);
  });

  it('refuse a job missing a field, another message, or another type', () => {
    const { password: _, ...noPassword } = job.account;
    expect(isSyncJob({ ...job, account: noPassword })).toBe(false);
    expect(isSyncJob({ ...job, template: 3 })).toBe(false);
    expect(isSyncJob({ ...job, base: { values: {} } })).toBe(false);
    expect(isRunSyncMessage({ type: 'other', job })).toBe(false);
    expect(isRunSyncMessage({ type: RUN_SYNC })).toBe(false);
    expect(isRunSyncMessage(null)).toBe(false);
  });

  it('check an outcome whole', () => {
    const status = { at: 5, failure: '', detail: '', received: 1, sent: 0 };
    expect(isSyncOutcome({ status })).toBe(true);
    expect(isSyncOutcome({ status, settings: { settings: job.settings, template: 't' } })).toBe(
      true,
    );
    expect(isSyncOutcome({ status: { ...status, sent: '0' } })).toBe(false);
    expect(isSyncOutcome({ status, settings: { template: 't' } })).toBe(false);
    expect(isSyncOutcome(undefined)).toBe(false);
  });

  it('turn a runner failure into a status in plain words', () => {
    expect(localFailure(7, new Error('no worker'))).toEqual({
      status: { at: 7, failure: 'background', detail: 'no worker', received: 0, sent: 0 },
    });
  });
});
