import {
  AmbiguousSubmitError,
  KIND_WORDS,
  SubmitError,
  exitCodeOf,
  isSubmitError,
  submitErrorText
} from "./chunk-VBORZNYR.js";
import "./chunk-QPAOWKMN.js";
import "./chunk-JOW2LR6I.js";
export {
  AmbiguousSubmitError,
  KIND_WORDS,
  SubmitError,
  exitCodeOf,
  isSubmitError,
  submitErrorText
};
