// src/cli/profile-files.ts
import path from "node:path";
var profileFileSpec = { "profile-file": { type: "string", multiple: true } };
async function loadUserProfiles(flag, config) {
  const fromConfig = config?.config?.profiles?.map((p) => path.resolve(config.dir, p)) ?? [];
  const files = [...fromConfig, ...Array.isArray(flag) ? flag : []];
  if (files.length === 0) return [];
  return (await import("./load-HSU6BPUH.js")).loadProfileFiles(files);
}

export {
  profileFileSpec,
  loadUserProfiles
};
