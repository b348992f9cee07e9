import {
  AmbiguousSubmitError,
  KIND_WORDS,
  SubmitError,
  exitCodeOf,
  isSubmitError
} from "./chunk-W6TJ37AF.js";
export {
  AmbiguousSubmitError,
  KIND_WORDS,
  SubmitError,
  exitCodeOf,
  isSubmitError
};
