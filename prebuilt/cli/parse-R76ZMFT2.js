import {
  parseProfiles,
  userProfiles
} from "./chunk-XOOKWYR4.js";
import "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";
export {
  parseProfiles,
  userProfiles
};
