import {
  EVOLINK_API,
  fieldNames,
  fieldPath,
  locateWith,
  shortWritten,
  validateBody
} from "./chunk-JJMBHKIC.js";
import {
  FileTooLargeError,
  NotRegularFileError,
  readRegularFile
} from "./chunk-DHUFD2HK.js";
import {
  defaultProfile,
  selectProfile
} from "./chunk-OKHP77KM.js";

// src/manifest/load.ts
import { dirname, resolve as resolve2 } from "node:path";

// src/manifest/jsonError.ts
function lineColumn(text, offset) {
  const o = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < o; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: o - lineStart + 1 };
}
var WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
var ESCAPES = /* @__PURE__ */ new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
function firstJsonError(s) {
  let i = 0;
  const stack = [];
  const ws = () => {
    while (i < s.length && WS.has(s[i])) i++;
  };
  const str2 = () => {
    i++;
    while (i < s.length) {
      const c = s[i];
      if (c === '"') return i++, true;
      if (c.charCodeAt(0) < 32) return false;
      if (c === "\\") {
        const e = s[i + 1];
        if (e === "u") {
          for (let k = 2; k < 6; k++) if (!/[0-9a-fA-F]/.test(s[i + k] ?? "")) return i += k, false;
          i += 6;
        } else if (e !== void 0 && ESCAPES.has(e)) i += 2;
        else return i += 1, false;
      } else i++;
    }
    return false;
  };
  const digits = () => {
    const start = i;
    while (i < s.length && s[i] >= "0" && s[i] <= "9") i++;
    return i > start;
  };
  const num2 = () => {
    if (s[i] === "-") i++;
    if (s[i] === "0") i++;
    else if (!digits()) return false;
    if (s[i] === "." && (i++, !digits())) return false;
    if (s[i] === "e" || s[i] === "E") {
      i++;
      if (s[i] === "+" || s[i] === "-") i++;
      if (!digits()) return false;
    }
    return true;
  };
  const lit = (word) => {
    for (let k = 0; k < word.length; k++, i++) if (s[i] !== word[k]) return false;
    return true;
  };
  let expect = "value";
  for (; ; ) {
    ws();
    if (expect === "key" || expect === "keyOrClose") {
      if (expect === "keyOrClose" && s[i] === "}") {
        i++;
        stack.pop();
      } else {
        if (s[i] !== '"' || !str2()) return i;
        ws();
        if (s[i] !== ":") return i;
        i++;
        expect = "value";
        continue;
      }
    } else if (expect === "valueOrClose" && s[i] === "]") {
      i++;
      stack.pop();
    } else {
      const c = s[i];
      if (c === "{" || c === "[") {
        stack.push(c);
        i++;
        expect = c === "{" ? "keyOrClose" : "valueOrClose";
        continue;
      }
      const ok = c === '"' ? str2() : c === "-" || c >= "0" && c <= "9" ? num2() : c === "t" ? lit("true") : c === "f" ? lit("false") : c === "n" ? lit("null") : false;
      if (!ok) return i;
    }
    for (; ; ) {
      ws();
      const top = stack.at(-1);
      if (top === void 0) return i < s.length ? i : null;
      if (s[i] === ",") {
        i++;
        expect = top === "{" ? "key" : "value";
        break;
      }
      if (s[i] === (top === "{" ? "}" : "]")) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}
function jsonErrorLocation(text, err) {
  let offset = firstJsonError(text);
  if (offset === null) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg);
    offset = pos ? Number(pos[1]) : text.length;
  }
  return { ...lineColumn(text, offset), offset };
}
function jsonErrorDetail(err) {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/,\s*(?:\.\.\.)?"[\s\S]*is not valid JSON$/, "").slice(0, 200);
}

// src/manifest/request.ts
var asObj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var str = (v) => typeof v === "string" ? v : null;
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
var bool = (v) => typeof v === "boolean" ? v : null;
function refs(list, kind, baseDir, paths) {
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((item, index) => {
    if (typeof item === "string") out.push({ kind, index, written: item, location: locateWith(item, baseDir, paths) });
  });
  return out;
}
function jsonBytes(body) {
  try {
    return new TextEncoder().encode(JSON.stringify(body) ?? "").length;
  } catch {
    return 0;
  }
}
function normalizeWith(body, source, opts, paths) {
  const choice = selectProfile(body, opts.profile, opts.profiles);
  const profile = choice.profile;
  const dialect = profile.dialect;
  const baseDir = paths.base(opts.baseDir);
  const top = asObj(body);
  const b = dialect === "aigptimage" ? asObj(top.input) : top;
  const names = fieldNames(dialect);
  const findings = validateBody(body, profile);
  if (choice.why) {
    findings.push({ code: "request.profile_chosen", severity: "info", args: { actual: profile.id, why: choice.why, model: typeof top.model === "string" ? top.model : null, qualities: profile.request.qualities.value, source: profile.source } });
  }
  const images = refs(b[names.image], "image", baseDir, paths);
  const videos = refs(b[names.video], "video", baseDir, paths);
  const audios = refs(b[names.audio], "audio", baseDir, paths);
  if (opts.checkEscapes ?? opts.baseDir !== void 0) {
    for (const ref of [...images, ...videos, ...audios]) {
      if (ref.location.type === "path" && paths.escapes(ref.location.path, baseDir)) {
        findings.push({
          code: "request.path_escapes",
          severity: "warning",
          args: { kind: ref.kind, index: ref.index, written: shortWritten(ref.written), actual: ref.location.path, limit: baseDir, path: fieldPath(dialect, names[ref.kind], ref.index) }
        });
      }
    }
  }
  const aspectRatio = dialect === "aigptimage" ? str(b.ratio) ?? str(b.aspect_ratio) : str(b.aspect_ratio);
  return {
    source,
    dialect,
    model: str(top.model),
    prompt: str(b.prompt),
    images,
    videos,
    audios,
    duration: num(b.duration),
    quality: str(b[names.quality]),
    aspectRatio,
    generateAudio: bool(b.generate_audio),
    callbackUrl: dialect === "aigptimage" ? null : str(b.callback_url),
    seed: dialect === "evolink-tags" ? num(b.seed) : null,
    contentFilter: bool(b[names.contentFilter]),
    raw: body,
    bodyBytes: jsonBytes(body),
    profile,
    profileReason: choice.reason,
    parsed: true,
    findings
  };
}

// src/manifest/paths.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
function escapes(path, dir) {
  const rel = relative(resolve(dir), path);
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}
var nodePaths = {
  base: (dir) => resolve(dir ?? process.cwd()),
  resolve: (base, written) => resolve(base, written),
  fromFileUrl: (url) => fileURLToPath(url),
  escapes
};
function locate(written, baseDir) {
  return locateWith(written, baseDir, nodePaths);
}

// src/manifest/normalize.ts
function normalizeRequest(body, source, opts = {}) {
  return normalizeWith(body, source, opts, nodePaths);
}

// src/manifest/load.ts
var MAX_MANIFEST_BYTES = defaultProfile.request.maxBodyBytes.value;
function unparsed(source, findings, opts, bodyBytes = 0) {
  const choice = selectProfile({}, opts.profile, opts.profiles);
  return {
    source,
    dialect: choice.profile.dialect,
    model: null,
    prompt: null,
    images: [],
    videos: [],
    audios: [],
    duration: null,
    quality: null,
    aspectRatio: null,
    generateAudio: null,
    callbackUrl: null,
    seed: null,
    contentFilter: null,
    raw: void 0,
    bodyBytes,
    profile: choice.profile,
    profileReason: choice.reason,
    parsed: false,
    findings
  };
}
function fileFinding(code, detail) {
  return { code, severity: "error", args: { detail } };
}
async function loadManifest(path, opts = {}) {
  const abs = resolve2(path);
  if (opts.profile) selectProfile({}, opts.profile, opts.profiles);
  let text;
  try {
    text = (await readRegularFile(abs, MAX_MANIFEST_BYTES)).toString("utf8");
  } catch (e) {
    if (e instanceof NotRegularFileError) return unparsed(path, [fileFinding("file.not_regular", `the manifest is a ${e.kind}`)], opts);
    if (e instanceof FileTooLargeError) {
      const finding = { code: "request.body_bytes", severity: "error", args: { actual: e.size, limit: MAX_MANIFEST_BYTES, source: EVOLINK_API, unread: true } };
      return unparsed(path, [finding], opts, e.size);
    }
    const code = e.code === "ENOENT" ? "file.not_found" : "file.unreadable";
    return unparsed(path, [fileFinding(code, e.message)], opts);
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  let body;
  try {
    body = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorLocation(text, e);
    const finding = {
      code: "request.invalid_json",
      severity: "error",
      args: { line: at.line, column: at.column, offset: at.offset, detail: text.trim() === "" ? "the file is empty" : jsonErrorDetail(e) }
    };
    return unparsed(path, [finding], opts, Buffer.byteLength(text, "utf8"));
  }
  return normalizeRequest(body, path, { ...opts, baseDir: dirname(abs) });
}

export {
  lineColumn,
  jsonErrorLocation,
  escapes,
  locate,
  normalizeRequest,
  MAX_MANIFEST_BYTES,
  loadManifest
};
