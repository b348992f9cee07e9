import {
  UsageError,
  suggest
} from "./chunk-P5HRJFQZ.js";

// src/cli/args.ts
var SHORT = { h: "help", f: "format", o: "output-file", c: "config", q: "quiet" };
function parseArgs(argv, spec, command) {
  const positionals = [];
  const values = {};
  const names = Object.keys(spec);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    let name = (eq > 0 ? arg.slice(0, eq) : arg).replace(/^--?/, "");
    if (!arg.startsWith("--") && name.length === 1 && SHORT[name] && SHORT[name] in spec) name = SHORT[name];
    let negated = false;
    if (!(name in spec) && name.startsWith("no-") && spec[name.slice(3)]?.type === "boolean") {
      name = name.slice(3);
      negated = true;
    }
    const opt = spec[name];
    if (!opt) {
      const near = suggest(name, names);
      throw new UsageError(`unknown option '${arg}' for '${command}'`, near ? `did you mean --${near}?` : `see 'seedance-preflight ${command} --help'`);
    }
    if (opt.type === "boolean") {
      if (eq > 0) throw new UsageError(`option --${name} takes no value (given '${arg}')`, `write --${name} alone`);
      values[name] = !negated;
      continue;
    }
    const raw = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (raw === void 0 || eq < 0 && raw.startsWith("--")) throw new UsageError(`option --${name} needs a value`, usageOf(name, opt));
    const value = checkValue(name, raw, opt);
    values[name] = opt.multiple ? [...values[name] ?? [], String(value)] : value;
  }
  return { positionals, values };
}
function checkValue(name, raw, opt) {
  if (opt.choices && !opt.choices.includes(raw)) {
    const near = suggest(raw, opt.choices);
    throw new UsageError(`--${name} expected one of ${opt.choices.join(", ")}; given '${raw}'`, near ? `did you mean --${name} ${near}?` : usageOf(name, opt));
  }
  if (opt.int) {
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw) || n < opt.int.min) throw new UsageError(`--${name} expected an integer \u2265 ${opt.int.min}; given '${raw}'`, usageOf(name, opt));
    return n;
  }
  return raw;
}
function usageOf(name, opt) {
  if (opt.choices) return `e.g. --${name} ${opt.choices[0]}`;
  if (opt.int) return `e.g. --${name} ${Math.max(opt.int.min, 4)}`;
  return `e.g. --${name} VALUE`;
}

export {
  parseArgs
};
