// The instrumenter's one error class. Every message is one line that quotes the bad value and
// says what was expected, so the CLI can print it as is and exit 2.

export class InstrumentError extends Error {
  override name = 'InstrumentError';
}
