export type Args = Record<string, unknown>;

/** Words for one finding code. `subject` is the file or request the finding is about. */
export interface MessageSpec {
  /** What is wrong, with the measured value and the limit. */
  message: (args: Args, subject: string) => string;
  /** What to do about it; omitted where there is nothing to do. */
  fix?: (args: Args, subject: string) => string;
}

export type MessageTable = Record<string, MessageSpec>;
