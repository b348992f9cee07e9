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
  constructor(code, message, hint) {
    super(code, message, hint);
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
