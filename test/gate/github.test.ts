import { describe, expect, it } from 'vitest';
import { formatGithub, githubSummary } from '../../src/reporters/github.js';
import { NASTY, asset, nastyReport, problem, report } from './reports.js';

/** Parses one workflow command line the way the runner does (split on the first ::, then , and =). */
function parseCommand(line: string) {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const unData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unProp = (s: string) => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
    const i = kv.indexOf('=');
    props[kv.slice(0, i)] = unProp(kv.slice(i + 1));
  }
  return { command: m[1], props, message: unData(m[3]) };
}

const cwd = '/repo';
const ctx = { cwd, toolVersion: '0.1.0' };

describe('github annotations', () => {
  const rep = nastyReport(cwd);
  const out = formatGithub(rep, ctx);
  const lines = out.trimEnd().split('\n');
  const cmds = lines.map(parseCommand);

  it('one single-line command per problem, with the right command per severity', () => {
    const total = rep.summary.errors + rep.summary.warnings + rep.summary.infos;
    expect(lines).toHaveLength(total);
    expect(cmds.filter((c) => c.command === 'error')).toHaveLength(rep.summary.errors);
    expect(cmds.filter((c) => c.command === 'warning')).toHaveLength(rep.summary.warnings);
    expect(cmds.filter((c) => c.command === 'notice')).toHaveLength(rep.summary.infos);
  });

  it('file and title round-trip through the escaping with nasty names', () => {
    const files = new Set(cmds.map((c) => c.props.file));
    // CR and LF round-trip through GitHub's encoding; other control characters are shown escaped
    for (const n of NASTY) expect(files.has(n.replace('\u0001\u001f', '\\x01\\x1f'))).toBe(true);
    expect(files.has('requests/req 1, "draft".json')).toBe(true);
    for (const line of lines) {
      const props = /^::[a-z]+ ([^:]*)::/.exec(line)![1];
      expect(props.split(',').every((kv) => /^(file|title)=/.test(kv))).toBe(true);
    }
    expect(cmds[0].props.title).toBe('video.fps');
    expect(cmds[0].message).toBe(`${rep.assets[0].problems[0].message} Fix: ${rep.assets[0].problems[0].fix} Source: ${rep.assets[0].problems[0].source!.url}`);
  });

  it('URL assets carry no file= and name the URL in the message', () => {
    const url = cmds.find((c) => c.props.title === 'request.url_not_checked')!;
    expect(url.props.file).toBeUndefined();
    expect(url.message.startsWith('https://cdn.example.com/a b/ü.mp4?x=1&y=2: ')).toBe(true);
  });

  it('a clean report prints nothing', () => {
    expect(formatGithub(report([asset('a.png', 'image', [])]), ctx)).toBe('');
  });
});

describe('github job summary', () => {
  it('has the verdict, the counts and one table row per problem, each a single well-formed row', () => {
    const rep = nastyReport(cwd);
    const md = githubSummary(rep, { cwd });
    expect(md).toContain('❌ Seedance preflight failed');
    expect(md).toContain(`| ${rep.summary.errors} | ${rep.summary.warnings} | ${rep.summary.infos} |`);
    const rows = md.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️)/.test(l));
    expect(rows).toHaveLength(rep.summary.errors + rep.summary.warnings + rep.summary.infos);
    for (const r of rows) {
      expect(r.split(/(?<!\\)\|/).length).toBe(6);
      expect(r).not.toMatch(/<(?!br>)/);
    }
    expect(md).toContain('media/pipe\\|back\\`tick.wav');
  });

  it('passes on a clean report and caps very long tables', () => {
    expect(githubSummary(report([asset('a.png', 'image', [])]), { cwd })).toContain('✅ Seedance preflight passed');
    const many = report(Array.from({ length: 600 }, (_, i) => asset(`f${i}.png`, 'image', [problem('image.side', 'error', 'x')])));
    const md = githubSummary(many, { cwd });
    expect(md).toContain('…and 100 more problems');
    expect(md.length).toBeLessThan(1024 * 1024);
  });
});
