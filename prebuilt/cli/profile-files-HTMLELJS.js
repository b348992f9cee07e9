import {
  loadUserProfiles,
  profileFileSpec
} from "./chunk-WH2L6ZD4.js";
export {
  loadUserProfiles,
  profileFileSpec
};
