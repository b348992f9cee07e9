/** The report's only stylesheet (inlined). System fonts only: the page must not fetch anything. */
export const STYLES = `
:root{--bg:#f6f7f9;--fg:#1b1f24;--muted:#5b6470;--card:#fff;--line:#d9dde3;--track:#eceff3;
--err:#b3261e;--err-bg:#fdecea;--warn:#8a5300;--warn-bg:#fff4e0;--ok:#1e7b34;--ok-bg:#e7f5ea;--info:#1f5fa8;--info-bg:#e8f0fb;
--accent:#3a5bd9;--mark:#fff1a8;--s0:#3a5bd9;--s1:#0f8b8d;--s2:#8e44ad;--s3:#d35400;--s4:#2c7a2c;--s5:#b0306b}
@media (prefers-color-scheme:dark){:root{--bg:#14171b;--fg:#e6e9ee;--muted:#9aa4b1;--card:#1d2127;--line:#343a43;--track:#2a2f37;
--err:#ff8a80;--err-bg:#3b1d1b;--warn:#ffc266;--warn-bg:#3a2c12;--ok:#7bd88f;--ok-bg:#17301d;--info:#8ab4f8;--info-bg:#172a44;--accent:#8ab4f8;--mark:#4a4214}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
main,.top{max-width:1120px;margin:0 auto;padding:0 16px}
.top{padding-top:20px;padding-bottom:4px}
h1{font-size:1.6rem;margin:0 0 6px}
h2{font-size:1.3rem;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:18px 0 8px}
h4{font-size:1rem;margin:16px 0 6px}
.request>h4{font-size:.85rem;margin:18px 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
a{color:var(--accent)}
a:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:4px}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--track);padding:1px 5px;border-radius:4px;color:var(--muted)}
.muted{color:var(--muted)}
.verdict{display:inline-block;margin:4px 0 8px;padding:6px 14px;border-radius:999px;font-weight:700;font-size:1.05rem;border:1px solid currentColor}
.verdict.status-error{color:var(--err);background:var(--err-bg)}.verdict.status-warning{color:var(--warn);background:var(--warn-bg)}.verdict.status-ok{color:var(--ok);background:var(--ok-bg)}
.stats{list-style:none;display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;margin:4px 0;color:var(--muted)}
.stats strong{color:var(--fg)}
nav{display:flex;gap:14px;margin:6px 0}
.badge{display:inline-block;font-size:.8rem;font-weight:700;padding:1px 8px;border-radius:999px;border:1px solid currentColor;white-space:nowrap;vertical-align:2px}
.badge-error{color:var(--err);background:var(--err-bg)}.badge-warning{color:var(--warn);background:var(--warn-bg)}
.badge-ok{color:var(--ok);background:var(--ok-bg)}.badge-info{color:var(--info);background:var(--info-bg)}
.path{margin:0;color:var(--muted);font-size:.85rem}
.request,.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--line);border-radius:10px}
.status-error.request,.status-error.card{border-left-color:var(--err)}
.status-warning.request,.status-warning.card{border-left-color:var(--warn)}
.status-ok.request,.status-ok.card,.status-info.card,.status-info.request{border-left-color:var(--ok)}
.request{padding:14px 18px;margin:0 0 16px}
.request>h3{margin-top:0}
.tiles{list-style:none;display:flex;flex-wrap:wrap;gap:10px;padding:0;margin:0}
.tile{width:152px}
.tile-inner{display:flex;flex-direction:column;gap:2px;height:100%;padding:6px;border:1px solid var(--line);border-radius:8px;color:inherit;text-decoration:none;background:var(--bg)}
a.tile-inner:hover{border-color:var(--accent)}
.tile.status-error .tile-inner{border-color:var(--err);border-width:2px}
.tile-pic{display:flex;align-items:center;justify-content:center;height:90px;background:var(--track);border-radius:5px;overflow:hidden}
.tile-img{max-width:100%;max-height:90px;width:auto;height:auto}
.tile-pic .wave{height:60px}
.tile-none{font-size:2rem;color:var(--muted)}
.tile-label{font-weight:700}
.tile .name{font-size:.85rem;color:var(--muted)}
.tile .badge{align-self:flex-start}
.prompt{margin:0;padding:10px 14px;border-left:4px solid var(--accent);background:var(--bg);border-radius:0 8px 8px 0;white-space:pre-wrap;font-size:1rem}
mark.ref{background:var(--mark);color:inherit;padding:0 3px;border-radius:4px;border-bottom:2px solid var(--accent)}
mark.ref a{color:inherit;font-weight:700;text-decoration-thickness:2px}
mark.ref-missing{background:var(--err-bg);border:2px dashed var(--err);border-bottom-style:dashed}
.ref-flag{color:var(--err);font-weight:700;font-size:.85em;white-space:nowrap}
.prompt-note{margin:4px 0 0;font-size:.9rem;color:var(--muted)}
.budgets{display:grid;grid-template-columns:minmax(0,1.25fr) minmax(0,1fr);gap:12px 28px}
.budget-col{display:flex;flex-direction:column;gap:12px;min-width:0}
.budget-wide{grid-column:1/-1}
.aspects{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:0 28px}
.budget{min-width:0}
.budget-head{margin:0 0 4px;display:flex;flex-wrap:wrap;justify-content:space-between;gap:2px 10px;font-size:.92rem}
.bar{position:relative;display:flex;height:30px;background:repeating-linear-gradient(135deg,var(--track) 0 8px,transparent 8px 12px),var(--track);border-radius:6px;overflow:visible;border:1px solid var(--line)}
.seg{height:100%;color:#fff;font-size:.75rem;font-weight:700;line-height:28px;padding:0 6px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;border-right:2px solid var(--card)}
.seg:first-child{border-radius:5px 0 0 5px}
.seg-0{background:var(--s0)}.seg-1{background:var(--s1)}.seg-2{background:var(--s2)}.seg-3{background:var(--s3)}.seg-4{background:var(--s4)}.seg-5{background:var(--s5)}
.over-zone{position:absolute;top:-3px;bottom:-3px;background:repeating-linear-gradient(45deg,rgba(179,38,30,.55) 0 5px,rgba(179,38,30,.15) 5px 10px);border:2px solid var(--err);border-radius:0 6px 6px 0}
.limit{position:absolute;top:-6px;bottom:-6px;width:0;border-left:3px solid var(--fg);transform:translateX(-1.5px)}
.limit-min{border-left-style:dotted}
.legend{list-style:none;padding:0;margin:6px 0 0;font-size:.85rem;display:flex;flex-wrap:wrap;gap:2px 14px}
.swatch{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:5px;vertical-align:-1px}
.ok-word{color:var(--ok);font-weight:700}.bad-word{color:var(--err);font-weight:700}.warn-word{color:var(--warn);font-weight:700}
.counts{list-style:none;padding:0;margin:0}
.count{display:grid;grid-template-columns:88px auto 1fr;align-items:center;gap:10px;font-size:.88rem;margin:5px 0}
.pips{display:flex;flex-wrap:wrap;gap:3px}
.pip{width:13px;height:13px;border:2px solid var(--muted);border-radius:3px}
.pip.used{background:var(--accent);border-color:var(--accent)}
.pip.over{background:var(--err);border-color:var(--err);background-image:linear-gradient(45deg,transparent 45%,#fff 45% 55%,transparent 55%)}
.pip-bar{display:block;width:120px;height:12px;background:var(--track);border-radius:6px;overflow:hidden}.pip-bar span{display:block;height:100%;background:var(--accent)}
.count-value{color:var(--muted);white-space:nowrap}
.aspects{list-style:none;padding:0;margin:0}
.media-note{margin:0;font-size:.8rem;color:var(--warn)}
.aspects li{margin:0 0 6px}
.aspect-name{font-size:.85rem}
.gauge{margin:6px 0 10px}
.gauge-track{position:relative;height:10px;margin:14px 10px 20px;background:var(--track);border-radius:5px;border:1px solid var(--line)}
.window{position:absolute;top:-1px;bottom:-1px;background:var(--ok-bg);border:2px solid var(--ok);border-radius:5px}
.marker{position:absolute;top:50%;transform:translate(-50%,-50%);display:flex;align-items:center;justify-content:center;z-index:1}
.marker .shape{display:block;background:var(--accent);border:2px solid var(--card);outline:1px solid var(--accent);border-radius:2px}
.marker:empty{width:6px;height:22px;background:var(--accent);border:2px solid var(--card);border-radius:3px}
.gauge.is-bad .marker .shape,.gauge.is-bad .marker:empty{background:var(--err);outline-color:var(--err)}
.tick{position:absolute;top:12px;transform:translateX(-50%);font-size:.72rem;color:var(--muted);white-space:nowrap}
.gauge-text{margin:0;font-size:.85rem}
.billing{display:flex;flex-wrap:wrap;gap:8px;margin:0;font-size:.92rem}
.billing div{padding:4px 12px;border:1px solid var(--line);border-radius:8px;background:var(--bg)}
.billing dt{color:var(--muted);font-size:.8rem}.billing dd{margin:0;font-weight:700;font-size:1.05rem}
.cards{display:grid;gap:12px}
.card{display:grid;grid-template-columns:260px minmax(0,1fr);grid-template-areas:"head head" "media body";gap:8px 18px;padding:12px 14px}
.card-head{grid-area:head}.card-media{grid-area:media}.card-body{grid-area:body;min-width:0}
.card-media{display:flex;flex-direction:column;gap:8px;min-width:0}
.preview{display:block;max-width:100%;height:auto;max-height:260px;width:auto;margin:0 auto;border-radius:6px;background:repeating-conic-gradient(var(--track) 0 25%,transparent 0 50%) 0 0/16px 16px;border:1px solid var(--line)}
.wave{display:block;width:100%;height:80px;background:var(--bg);border-radius:6px;border:1px solid var(--line)}
.wave-line{stroke:var(--accent);fill:none}
.wave-over{fill:rgba(179,38,30,.22)}
.wave-limit{stroke:var(--err);stroke-width:3;stroke-dasharray:6 4;vector-effect:non-scaling-stroke}
.frames{display:grid;grid-template-columns:repeat(auto-fill,minmax(46px,1fr));gap:4px}
.frames figure{margin:0;text-align:center}
.frame{display:block;width:100%;height:auto;border-radius:3px;border:1px solid var(--line)}
.frames figcaption{font-size:.68rem;color:var(--muted)}
.no-preview{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:2px;min-height:140px;padding:10px;text-align:center;background:var(--track);border:2px dashed var(--line);border-radius:6px;font-size:.85rem}
.no-preview-icon{font-size:2rem;color:var(--muted)}
.card-title{margin:0 0 2px;font-size:1.1rem;display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px}
.facts-line{margin:0 0 2px;font-size:.9rem}
.used-by{margin:2px 0;font-size:.85rem;color:var(--info)}
.problems{list-style:none;padding:0;margin:10px 0}
.problem{padding:8px 10px;border-radius:6px;margin:0 0 6px;border-left:4px solid}
.problem p{margin:0}
.problem.sev-error{background:var(--err-bg);border-color:var(--err)}
.problem.sev-warning{background:var(--warn-bg);border-color:var(--warn)}
.problem.sev-info{background:var(--info-bg);border-color:var(--info)}
.sev{font-weight:700;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em;margin-right:4px}
.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--info)}
.measured{font-size:.88rem}
.fix{font-size:.88rem}.fix-label{font-weight:700}
.request>.problems{margin-top:8px}
details.facts{margin-top:6px;font-size:.88rem}
details.facts dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:1px 14px;margin:6px 0 0}
details.facts dt{color:var(--muted)}details.facts dd{margin:0}
summary{cursor:pointer;font-weight:600;padding:2px 0}
details.passing>summary{padding:8px 12px;background:var(--card);border:1px solid var(--line);border-radius:8px;margin-bottom:10px}
.card:target,.tile:target .tile-inner,.request:target{outline:3px solid var(--accent);outline-offset:2px}
@media (max-width:680px){
body{font-size:14px}
main,.top{padding:0 10px}
.top{padding-top:12px}
.card{grid-template-columns:minmax(0,1fr);grid-template-areas:"head" "media" "body";padding:10px}
.preview{max-height:220px}
.pip{width:11px;height:11px}
.count{grid-template-columns:72px auto 1fr;gap:8px}
.request{padding:10px 12px}
.tile{width:calc(50% - 5px)}
.budgets{grid-template-columns:minmax(0,1fr)}
}
`;
