// src/probes/sharp-turns.ts
var shared = 0;
var alone = null;
var drained = [];
function hold(holdMs, onEnd) {
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    onEnd();
  };
  const timer = setTimeout(end, holdMs);
  return end;
}
async function sharpShared(call, holdMs) {
  while (alone) await alone;
  shared++;
  const end = hold(holdMs, () => {
    if (--shared === 0) for (const d of drained.splice(0)) d();
  });
  try {
    return await call();
  } finally {
    end();
  }
}
async function sharpAlone(call, holdMs) {
  while (alone) await alone;
  let done = () => {
  };
  alone = new Promise((resolve) => done = resolve);
  if (shared > 0) await new Promise((resolve) => drained.push(resolve));
  const end = hold(holdMs, () => {
    alone = null;
    done();
  });
  try {
    return await call();
  } finally {
    end();
  }
}
var holdFor = (timeoutMs) => Math.max(1, Math.min(5e3, Math.floor(timeoutMs / 4)));
function sharpCall(call, holdMs) {
  return sharpShared(call, holdMs).catch(() => sharpAlone(call, holdMs));
}

export {
  holdFor,
  sharpCall
};
