import {
  AmbiguousSubmitError,
  KIND_WORDS,
  SubmitError,
  exitCodeOf,
  isSubmitError,
  submitErrorText
} from "./chunk-SPJVPRD7.js";
import "./chunk-JOW2LR6I.js";
export {
  AmbiguousSubmitError,
  KIND_WORDS,
  SubmitError,
  exitCodeOf,
  isSubmitError,
  submitErrorText
};
