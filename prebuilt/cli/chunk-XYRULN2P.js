// src/submit/providers.ts
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : null;
var str = (v) => typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : null;
var urls = (v) => Array.isArray(v) ? v.filter((u) => typeof u === "string" && u !== "") : [];
var EVOLINK_STATES = {
  pending: "pending",
  queued: "pending",
  processing: "processing",
  running: "processing",
  completed: "completed",
  succeeded: "completed",
  failed: "failed",
  cancelled: "failed",
  canceled: "failed"
};
var AIGPTIMAGE_STATES = {
  waiting: "pending",
  queuing: "pending",
  queued: "pending",
  pending: "pending",
  created: "pending",
  generating: "processing",
  processing: "processing",
  running: "processing",
  success: "completed",
  succeeded: "completed",
  completed: "completed",
  done: "completed",
  fail: "failed",
  failed: "failed",
  error: "failed",
  cancelled: "failed",
  canceled: "failed"
};
var mapState = (table, s) => s && table[s.toLowerCase()] || "processing";
var trimBase = (b) => b.replace(/\/+$/, "");
var evolink = {
  name: "evolink",
  defaultBaseUrl: "https://api.evolink.ai",
  dashboard: "https://evolink.ai/dashboard",
  keysPage: "https://evolink.ai/dashboard/keys",
  createPath: "/v1/videos/generations",
  taskUrl: (base, id) => `${trimBase(base)}/v1/tasks/${encodeURIComponent(id)}`,
  bodyStatus: () => null,
  parseCreate(json) {
    const j = obj(json);
    const status = str(j?.status);
    return { taskId: str(j?.id), status: status ? mapState(EVOLINK_STATES, status) : null, usage: obj(j?.usage) };
  },
  parseTask(json, taskId) {
    const j = obj(json);
    if (!j || !str(j.status) && !str(j.id)) return null;
    const status = mapState(EVOLINK_STATES, str(j.status));
    const err = obj(j.error);
    const progress = typeof j.progress === "number" && Number.isFinite(j.progress) ? j.progress : null;
    return {
      provider: "evolink",
      taskId: str(j.id) ?? taskId,
      status,
      providerStatus: str(j.status) ?? "unknown",
      progress,
      resultUrls: urls(j.results),
      error: status === "failed" ? { code: str(err?.code) ?? (str(j.status) === "failed" ? null : str(j.status)), message: str(err?.message) } : null,
      usage: obj(j.usage)
    };
  },
  errorOf(json) {
    const e = obj(obj(json)?.error);
    return { code: str(e?.code), message: str(e?.message) ?? str(obj(json)?.message) };
  }
};
var aigptimage = {
  name: "aigptimage",
  defaultBaseUrl: "https://aigptimage.com",
  dashboard: "https://aigptimage.com (your account's task history)",
  keysPage: "the API Keys page of https://aigptimage.com",
  createPath: "/api/v1/jobs/createTask",
  taskUrl: (base, id) => `${trimBase(base)}/api/v1/jobs/recordInfo?taskId=${encodeURIComponent(id)}`,
  bodyStatus(json) {
    const code = obj(json)?.code;
    return typeof code === "number" && Number.isInteger(code) ? code : null;
  },
  parseCreate(json) {
    return { taskId: str(obj(obj(json)?.data)?.taskId), status: null, usage: null };
  },
  parseTask(json, taskId) {
    const d = obj(obj(json)?.data);
    if (!d || !str(d.state) && !str(d.taskId)) return null;
    const status = mapState(AIGPTIMAGE_STATES, str(d.state));
    let result = obj(d.resultJson);
    if (!result && typeof d.resultJson === "string") {
      try {
        result = obj(JSON.parse(d.resultJson));
      } catch {
        result = null;
      }
    }
    const failCode = str(d.failCode);
    const failMsg = str(d.failMsg);
    return {
      provider: "aigptimage",
      taskId: str(d.taskId) ?? taskId,
      status,
      providerStatus: str(d.state) ?? "unknown",
      progress: status === "completed" ? 100 : null,
      resultUrls: urls(result?.resultUrls),
      error: status === "failed" ? { code: failCode, message: failMsg } : null,
      usage: null
    };
  },
  errorOf(json) {
    const j = obj(json);
    return { code: str(j?.code), message: str(j?.msg) ?? str(j?.message) };
  }
};
var ADAPTERS = { evolink, aigptimage };
function adapter(name) {
  return ADAPTERS[name];
}

export {
  ADAPTERS,
  adapter
};
