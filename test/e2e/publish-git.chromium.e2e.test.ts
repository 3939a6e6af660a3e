/**
 * Publish into the blog's git repository in Chromium (test/e2e/publish-git.ts).
 * The server's 401 carries no `WWW-Authenticate` here: in Chromium driven by
 * Playwright, an extension page's fetch answered with that challenge waits on
 * a sign-in prompt that nobody answers (Veille gives up after 30 s and says
 * the server did not answer); Firefox's run keeps the challenge.
 */
import { describePublishing } from './publish-git';

describePublishing({ challenge: false });
