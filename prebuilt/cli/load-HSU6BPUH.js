import {
  parseProfiles
} from "./chunk-XOOKWYR4.js";
import {
  ProfileFileError
} from "./chunk-OKHP77KM.js";
import "./chunk-PBWBXHZX.js";

// src/profiles/load.ts
import { readFile } from "node:fs/promises";
async function loadProfileFiles(paths) {
  const inputs = await Promise.all(
    paths.map(async (p) => {
      let text;
      try {
        text = await readFile(p, "utf8");
      } catch (e) {
        throw new ProfileFileError(p, null, `cannot read it (${e.code ?? e.message})`, "check the path given to --profile-file");
      }
      try {
        return { data: JSON.parse(text.replace(/^\uFEFF/, "")), name: p };
      } catch (e) {
        throw new ProfileFileError(p, null, `not valid JSON: ${e.message}`);
      }
    })
  );
  return parseProfiles(inputs);
}
export {
  loadProfileFiles
};
