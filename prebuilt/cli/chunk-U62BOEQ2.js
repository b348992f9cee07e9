// src/errors.ts
var PreflightUsageError = class extends Error {
  constructor(code, message, hint) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.name = "PreflightUsageError";
  }
  code;
  hint;
};
var PreflightEnvironmentError = class extends Error {
  constructor(code, message, hint) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.name = "PreflightEnvironmentError";
  }
  code;
  hint;
};

export {
  PreflightUsageError,
  PreflightEnvironmentError
};
