/**
 * Chrome's offscreen document for background sync: it starts a dedicated
 * worker for each job the background sends and answers with its outcome.
 * It holds no sync code itself, and is closed when the sync ends.
 */
import { onSyncJob } from '../platform/sync-document-listener';
import { runInWorker } from './sync-worker-client';

onSyncJob((job) => runInWorker(job));
