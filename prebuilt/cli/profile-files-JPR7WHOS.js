import {
  loadUserProfiles,
  profileFileSpec
} from "./chunk-U3EPU3TP.js";
export {
  loadUserProfiles,
  profileFileSpec
};
