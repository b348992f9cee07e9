import {
  redactDeep,
  redactor
} from "./chunk-JQ26CTUZ.js";
export {
  redactDeep,
  redactor
};
