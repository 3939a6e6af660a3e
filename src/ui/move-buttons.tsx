interface MoveButtonsProps {
  upLabel: string;
  downLabel: string;
  /** Absent for the first item. */
  onUp: (() => void) | undefined;
  /** Absent for the last item. */
  onDown: (() => void) | undefined;
}

/** ↑ and ↓ buttons that reorder an item of a list, each named for screen readers. */
export function MoveButtons({ upLabel, downLabel, onUp, onDown }: MoveButtonsProps) {
  return (
    <span class="move-buttons">
      <button type="button" aria-label={upLabel} disabled={!onUp} onClick={onUp}>
        ↑
      </button>
      <button type="button" aria-label={downLabel} disabled={!onDown} onClick={onDown}>
        ↓
      </button>
    </span>
  );
}
