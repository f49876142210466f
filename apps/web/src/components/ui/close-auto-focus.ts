/**
 * Radix hands focus back to a popover's, menu's or dialog's trigger once its closing animation has ended, after a
 * timer. By then the user may have gone on (a tap on the next button, another popover opened, a field that what
 * closed focused): focus stays where it went, and goes back only when it is nowhere, having been inside what
 * closed (so `document.activeElement` fell back to the body).
 */
export function focusMovedOn(): boolean {
  const active = document.activeElement;
  return active !== null && active !== document.body;
}

/** An `onCloseAutoFocus` that runs the caller's own first, then keeps focus where it went (`focusMovedOn`). */
export function keepFocusWhereItWent<E extends Event>(own?: (event: E) => void): (event: E) => void {
  return (event) => {
    own?.(event);
    if (!event.defaultPrevented && focusMovedOn()) event.preventDefault();
  };
}
