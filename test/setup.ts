// Every test file gets a real IndexedDB implementation in memory.
import 'fake-indexeddb/auto';
import { installFakeI18n } from './helpers/i18n';

// And the English UI strings through `chrome.i18n`, as the extension pages read them.
installFakeI18n();
