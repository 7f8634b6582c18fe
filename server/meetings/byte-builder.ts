// A growing buffer that a big answer's JSON text is written into piece by piece: each piece leaves the JS heap as
// it is made, instead of thousands of strings held (and traced by every collection) until the answer is joined.
export class ByteBuilder {
  private buffer: Buffer;
  private used = 0;

  constructor(initialBytes = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /**
   * Appends `text` as UTF-8. Pieces must not split a surrogate pair: JSON.stringify's never hold a lone
   * surrogate, so pieces cut between JSON tokens give the bytes `Buffer.from` gives their whole text.
   */
  write(text: string): void {
    // At most 3 bytes per UTF-16 unit: room for any text of this length, so `write` never stops short.
    const room = this.used + text.length * 3;
    if (room > this.buffer.length) this.grow(room);
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** The bytes written so far (a view, not a copy). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.used);
  }

  private grow(atLeast: number): void {
    const next = Buffer.allocUnsafe(Math.max(atLeast, this.buffer.length * 2));
    this.buffer.copy(next, 0, 0, this.used);
    this.buffer = next;
  }
}
