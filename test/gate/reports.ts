import type { AssetReport, Facts, Kind, Problem, Report, RequestReport, Severity } from '../../src/types.js';

/** Names that break naive formatters: spaces, newlines, %, commas, colons, quotes, markup, unicode, controls. */
export const NASTY = [
  'media/clip with spaces.mp4',
  'media/100% done, v2: final.mov',
  'media/line\nbreak\r.png',
  'media/ünïcødé 图片1 🎬.jpg',
  'media/<tag> & "quotes" \'apos\'.webp',
  'media/ctrl\u0001\u001fchar #1?.mp3',
  'media/pipe|back`tick.wav',
];

export function facts(source: string, kind: Kind | null): Facts {
  return {
    source, kind, format: null, mime: null, extension: source.split('.').pop() ?? '', bytes: 10,
    width: null, height: null, durationSec: null, fps: null, variableFrameRate: null, videoCodec: null,
    audioCodec: null, hasVideoStream: null, hasAudioStream: null, sampleRate: null, channels: null,
    rotation: null, failure: null, probedBy: 'test',
  };
}

export function problem(code: string, severity: Severity, message = `${code} <bad> & "worse", 100%\nline2`): Problem {
  return { code, severity, message, fix: 'Re-encode: ffmpeg -i "in" -r 30 out.mp4', actual: 61, limit: 60, source: { title: 'EvoLink API reference: Seedance 2.0 Reference-to-Video', url: 'https://docs.evolink.ai/x' } };
}

export function asset(source: string, kind: Kind | null, problems: Problem[]): AssetReport {
  return { source, kind, ok: !problems.some((p) => p.severity === 'error'), facts: facts(source, kind), problems };
}

export function request(source: string, problems: Problem[]): RequestReport {
  return {
    source, ok: !problems.some((p) => p.severity === 'error'), profile: 'seedance-2.0-reference-to-video',
    problems, billing: null, assets: [],
  };
}

export function report(assets: AssetReport[], requests: RequestReport[] = []): Report {
  const all = [...assets, ...requests].flatMap((x) => x.problems);
  const count = (s: Severity) => all.filter((p) => p.severity === s).length;
  return {
    ok: count('error') === 0,
    profile: 'seedance-2.0-reference-to-video',
    assets,
    requests,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), assets: assets.length, requests: requests.length },
  };
}

/** A report over NASTY names with errors, warnings and infos, one URL asset and one request manifest. */
export function nastyReport(cwd: string): Report {
  const kinds: Kind[] = ['video', 'video', 'image', 'image', 'image', 'audio', 'audio'];
  const assets = NASTY.map((name, i) =>
    asset(i % 2 ? `${cwd}/${name}` : name, kinds[i], [
      problem(i % 3 === 0 ? 'video.fps' : 'image.side', 'error'),
      problem('file.extension_mismatch', 'warning'),
      ...(i === 0 ? [problem('video.variable_frame_rate', 'info'), problem('video.fps', 'error', 'second fps finding')] : []),
    ]),
  );
  assets.push(asset('https://cdn.example.com/a b/ü.mp4?x=1&y=2', 'video', [problem('request.url_not_checked', 'warning')]));
  assets.push(asset('media/clean.png', 'image', []));
  const requests = [request('requests/req 1, "draft".json', [problem('request.prompt_reference_missing', 'error'), problem('custom.unknown_code', 'warning')])];
  return report(assets, requests);
}
