/**
 * A one-off request, from the "Please explain that" card, to open the Words tool straight at its
 * "What does this mean?" form. Kept outside the room store: it is about this page, not the room.
 */
let addWordAsked = false;

/** Asks the next Words tool shown to put the cursor in its add form. */
export function askToAddWord(): void {
  addWordAsked = true;
}

/** Whether someone asked to add a word since the last call; answers true once per request. */
export function takeAddWordRequest(): boolean {
  const asked = addWordAsked;
  addWordAsked = false;
  return asked;
}
