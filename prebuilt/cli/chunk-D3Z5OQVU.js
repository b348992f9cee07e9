// src/cli/help.ts
var mainHelp = `seedance-preflight: check Seedance 2.0 reference-to-video assets before you send them

Usage:
  seedance-preflight lint <path|url...>           check files, URLs, folders (recursive) and request manifests (.json)
  seedance-preflight probe <path|url...>          show what each file is (format, size, duration, fps, ...)
  seedance-preflight fix <path...> --out DIR      convert out-of-spec files into ones that pass (and re-check them)
  seedance-preflight submit <manifest.json>       check, upload local files, send; --wait, --download DIR
  seedance-preflight status <task-id>             a sent task's state and result URLs
  seedance-preflight download <task-id> --out DIR save a completed task's videos
  seedance-preflight profiles [name]              list the profiles and their limits (or one)
  seedance-preflight merge-reports <report.json...>  merge the JSON reports of --shard runs
  seedance-preflight mcp [--root DIR]             serve these checks to AI agents (Model Context Protocol, stdio)

Run 'seedance-preflight help <command>' (or '<command> --help') for a command's options.
Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage error, no files
found, ffprobe/ffmpeg cannot run, or internal error.
`;
var lintHelp = `Usage: seedance-preflight lint <path|url...> [options]

Checks every image, video and audio file (found by content) and every request manifest (.json in the
API's own shape, evolink or aigptimage) against the limits of a profile.

Options:
  --model <id|model>      profile to check against (default: seedance-2.0-reference-to-video;
                          manifests pick theirs from their "model" and shape)
  -f, --format <name>     pretty (default), json, sarif, junit, github or html (one page with thumbnails)
  -o, --output-file <f>   write the report there; the terminal gets a one-line summary
  --concurrency <n>       files probed at once (default: number of cores)
  --max-warnings <n>      exit 1 when there are more than n warnings
  -q, --quiet             report errors only, in every format (--max-warnings still counts warnings)
  -c, --config <file>     config file (default: seedance-preflight.config.json or package.json
                          "seedancePreflight", found upward from the working directory)
  --cache                 re-probe only files that changed since the last run
  --cache-location <p>    cache file or folder (default: .seedance-preflight-cache in the working folder)
  --cache-strategy <s>    metadata (size + mtime, default) or content (hash; for fresh clones)
  --shard <i/n>           check only the i-th of n deterministic shards (1-based)
  --changed <ref>         check only files changed since a git ref (e.g. origin/main)
  --deep                  also decode every image and read every audio/video packet (slower)
  --allow-private-urls    let URL assets point at private or loopback hosts (staging, tests)
  --follow-symlinks-outside
                          read files that symlinks or manifest paths lead to outside the folders
                          given (default: reported as file.outside_roots, never read)
  --no-error-on-unmatched-pattern
                          a run that finds no files, or a path that is not there, is not an error
  --color / --no-color    force colour on or off (default: on when stdout is a TTY; NO_COLOR, TERM=dumb off)
  --debug                 show stack traces for internal errors
  -h, --help              this help

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage error, no files found,
or ffprobe/ffmpeg cannot run.

Examples:
  seedance-preflight lint assets/
  seedance-preflight lint request.json --format json > report.json
  seedance-preflight lint media/ --cache --format github --max-warnings 0
  seedance-preflight lint media/ --format html --output-file report.html
`;
var probeHelp = `Usage: seedance-preflight probe <path|url...> [--format pretty|json] [--allow-private-urls]

Shows the normalised facts of each file: kind and format from the content, size as displayed,
duration, exact frame rate, streams, bytes, and whether the file is intact.
`;

export {
  mainHelp,
  lintHelp,
  probeHelp
};
