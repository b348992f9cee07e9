// src/errors.ts
var PreflightError = class extends Error {
  constructor(code, message, hint) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.name = "PreflightError";
  }
  code;
  hint;
};
var PreflightUsageError = class extends PreflightError {
  /** The option at fault, by its library name (e.g. 'out'), so a CLI can name its own flag. */
  option;
  constructor(code, message, hint, option) {
    super(code, message, hint);
    if (option) this.option = option;
    this.name = "PreflightUsageError";
  }
};
var PreflightEnvironmentError = class extends PreflightError {
  constructor(code, message, hint) {
    super(code, message, hint);
    this.name = "PreflightEnvironmentError";
  }
};

export {
  PreflightError,
  PreflightUsageError,
  PreflightEnvironmentError
};
