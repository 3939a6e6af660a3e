/**
 * Publish into the blog's git repository in Firefox (test/e2e/publish-git.ts),
 * with the server's 401 asking to sign in as GitHub's does: Firefox answers
 * the extension's fetch with the 401, and Veille says the token was refused.
 */
import { describePublishing } from './publish-git';

describePublishing({ challenge: true });
