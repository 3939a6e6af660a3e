// Every test file gets a real IndexedDB implementation in memory.
import 'fake-indexeddb/auto';
