import * as v from 'valibot';

/** Where a month's post was committed (MonthRecord.publishedTo), `time` being the file's own check. */
export function publishedToSchema<T extends v.GenericSchema<unknown, number>>(time: T) {
  return v.object({
    repository: v.string(),
    branch: v.string(),
    path: v.string(),
    commit: v.string(),
    at: time,
  });
}
