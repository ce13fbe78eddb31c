/**
 * Keyboard movement between the questions of an accordion (WAI-ARIA APG): ArrowDown and ArrowUp
 * move to the next and previous question, wrapping; Home and End to the first and last.
 */

/** The question to focus after `key` on question `current` of `count`, or undefined for other keys. */
export function nextQuestion(key: string, current: number, count: number): number | undefined {
  if (count < 1 || current < 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** Whether a key event is one the questions handle: no modifier held. */
export function isPlainKey(event: KeyboardEvent): boolean {
  return !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey);
}
