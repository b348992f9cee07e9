import {
  PreflightError
} from "./chunk-7PJ34LFJ.js";
import {
  safeText
} from "./chunk-JOW2LR6I.js";

// src/submit/errors.ts
var SubmitError = class extends PreflightError {
  kind;
  provider;
  status;
  providerCode;
  providerMessage;
  taskId;
  constructor(init) {
    super(`submit_${init.kind}`, init.message, init.hint);
    this.name = "SubmitError";
    this.kind = init.kind;
    this.provider = init.provider ?? null;
    this.status = init.status ?? null;
    this.providerCode = init.providerCode ?? null;
    this.providerMessage = init.providerMessage ?? null;
    this.taskId = init.taskId ?? null;
  }
  /** Was a task created (and so billed)? 'unknown' when it may have been. */
  get sent() {
    if (this.kind === "ambiguous") return "unknown";
    return this.taskId !== null && this.kind !== "duplicate";
  }
  toJSON() {
    return {
      code: this.code,
      kind: this.kind,
      message: this.message,
      hint: this.hint,
      provider: this.provider,
      status: this.status,
      providerCode: this.providerCode,
      providerMessage: this.providerMessage,
      taskId: this.taskId,
      sent: this.sent
    };
  }
};
var AmbiguousSubmitError = class extends SubmitError {
  constructor(init) {
    super({ ...init, kind: "ambiguous" });
    this.name = "AmbiguousSubmitError";
  }
};
function isSubmitError(e) {
  return e instanceof SubmitError;
}
var KIND_WORDS = {
  rejected: "refused",
  not_sent: "not sent",
  ambiguous: "outcome unknown",
  task_failed: "task failed",
  bad_response: "status unreadable",
  wait_timeout: "still running",
  download: "download failed",
  upload: "upload failed",
  duplicate: "held back",
  config: "setup needed"
};
function submitErrorText(e) {
  const detail = e.providerMessage && !e.message.includes(e.providerMessage) ? `
  provider said: ${safeText(e.providerMessage)}` : "";
  return `seedance-preflight: ${KIND_WORDS[e.kind]}: ${safeText(e.message)}${detail}
  ${safeText(e.hint)}`;
}
function exitCodeOf(e) {
  return e.kind === "config" || e.kind === "duplicate" ? 2 : 1;
}

export {
  SubmitError,
  AmbiguousSubmitError,
  isSubmitError,
  KIND_WORDS,
  submitErrorText,
  exitCodeOf
};
