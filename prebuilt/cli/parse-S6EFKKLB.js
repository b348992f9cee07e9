import {
  parseProfiles,
  userProfiles
} from "./chunk-ALIYDPLX.js";
import "./chunk-GNSC5F5I.js";
import "./chunk-PBWBXHZX.js";
export {
  parseProfiles,
  userProfiles
};
