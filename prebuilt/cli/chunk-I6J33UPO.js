// src/probes/is-url.ts
var isUrl = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

export {
  isUrl
};
