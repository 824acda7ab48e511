// The instrumenter's one error class. Every message is one line that quotes the bad value and
// says what was expected. The structured fields (abi/errors.ts) say what kind of error it is and
// which option it is about, so the CLI words it with its own flags: `error.describe(wording)`.

import { API_WORDING, type InstrumentErrorCode, type InstrumentErrorFields, type InstrumentOption, type Message, type Wording } from '../abi/errors';

export class InstrumentError extends Error {
  override name = 'InstrumentError';
  readonly code: InstrumentErrorCode;
  /** The option the error is about, when one is (code 'bad-option'). */
  readonly option?: InstrumentOption;
  /** That option's offending value, as given. */
  readonly value?: unknown;
  readonly #text: Message;

  /** `message`: a string, or a template over a Wording when it names options. */
  constructor(message: Message, fields: InstrumentErrorFields = { code: 'internal' }) {
    super(typeof message === 'string' ? message : message(API_WORDING));
    this.#text = message;
    this.code = fields.code;
    if (fields.option !== undefined) this.option = fields.option;
    if ('value' in fields) this.value = fields.value;
  }

  /** The message in another audience's words (the CLI's flags); `message` is the API's. */
  describe(wording: Wording): string {
    return typeof this.#text === 'string' ? this.#text : this.#text(wording);
  }
}
