import {
  AmbiguousSubmitError,
  KIND_WORDS,
  SubmitError,
  exitCodeOf,
  isSubmitError,
  submitErrorText
} from "./chunk-OUK7JTJY.js";
import "./chunk-7PJ34LFJ.js";
import "./chunk-JOW2LR6I.js";
export {
  AmbiguousSubmitError,
  KIND_WORDS,
  SubmitError,
  exitCodeOf,
  isSubmitError,
  submitErrorText
};
