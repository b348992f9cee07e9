import {
  exposeSource
} from "./chunk-L66XFO7E.js";
export {
  exposeSource
};
