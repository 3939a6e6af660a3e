import { useState } from 'preact/hooks';
import { writeFailureMessage } from './store-messages';

/**
 * For pages where the author starts writes (delete, move, publish): runs a
 * write and keeps the message of its failure, to be shown by
 * `<WriteFailure>`; a later success clears it. No rejection goes unseen.
 */
export function useWriteFailure(): {
  failure: string | null;
  guard(write: () => Promise<unknown>): Promise<boolean>;
} {
  const [failure, setFailure] = useState<string | null>(null);
  const guard = async (write: () => Promise<unknown>) => {
    try {
      await write();
      setFailure(null);
      return true;
    } catch (error) {
      setFailure(writeFailureMessage(error));
      return false;
    }
  };
  return { failure, guard };
}

export function WriteFailure({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" class="message error">
      {message}
    </p>
  );
}
