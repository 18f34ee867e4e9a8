// The site's one stylesheet: a system font stack (no font is fetched), contrast of at least
// 4.5:1, a visible focus ring, narrow screens without sideways scrolling, and print (no menu, the
// address after each outside link, each map whole on one page).
export const STYLE = `:root { --ink: #1a1a1a; --muted: #4a4a4a; --accent: #0b5394; --line: #c8c8c8; --bg: #fff; --soft: #f3f5f8; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 100%; line-height: 1.5; color: var(--ink); background: var(--bg); }
body { margin: 0; overflow-wrap: break-word; }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #b45f06; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 1; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.top { background: var(--soft); border-bottom: 1px solid var(--line); padding: .5rem 1rem; }
.brand { font-weight: 700; margin: 0 0 .25rem; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
nav a[aria-current] { font-weight: 700; }
main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; color: var(--muted); font-size: .9rem; }
h1 { font-size: 1.8rem; line-height: 1.2; }
h2 { font-size: 1.35rem; margin-top: 2rem; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); }
.facts { display: grid; grid-template-columns: minmax(7rem, max-content) 1fr; gap: .25rem 1rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.map { width: 100%; height: auto; display: block; margin: 1rem 0; }
.map.near { min-width: 36rem; }
.map.world { max-width: 30rem; }
.map .sea { fill: #dbe9f6; }
.map .grid { fill: none; stroke: #fff; stroke-width: .5; }
.map .land { fill: #e6e2d6; stroke: #8a8a8a; stroke-width: .4; }
.map .route { fill: none; stroke: #0b5394; stroke-width: 1; stroke-opacity: .55; }
.map circle { fill: #b3261e; stroke: #fff; stroke-width: 1.5; }
.map .home circle { fill: #1a1a1a; }
.map .other circle, .map circle.other, .key.other { fill: #fff; background: #fff; stroke: #b3261e; border: 2px solid #b3261e; stroke-width: 2; }
.legend, .feeds { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; }
.legend { margin: -.5rem 0 1rem; font-size: .9rem; }
.key { display: inline-block; width: .8rem; height: .8rem; border-radius: 50%; margin-right: .4rem; vertical-align: -.05rem; }
.key.twin { background: #b3261e; }
.map line { stroke: #1a1a1a; stroke-width: .7; }
.map text { font-size: 12px; fill: #1a1a1a; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
@media (max-width: 40rem) {
  table, tbody, tr, th, td { display: block; width: 100%; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border-bottom: 2px solid var(--line); padding: .25rem 0; }
  th, td { border: 0; padding: .1rem 0 .1rem 7.5rem; display: flow-root; }
  [data-label]::before { content: attr(data-label); float: left; width: 7rem; margin-left: -7.5rem; font-weight: 700; color: var(--muted); }
  td:empty { display: none; }
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: .5rem; }
}
@media print {
  .top nav, .skip, .ics, .feeds li:not(.subscribe) { display: none; }
  a { color: inherit; text-decoration: none; }
  main a[href^="http"]::after, main a[href^="mailto:"]::after, main a[href^="webcal:"]::after { content: " <" attr(href) ">"; overflow-wrap: anywhere; }
  .scroll { overflow: visible; }
  .map, .map.near { min-width: 0; max-width: 100%; max-height: 24cm; break-inside: avoid; }
  .key { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr, .legend { break-inside: avoid; }
}
`;

/** A plain marker as the site's icon, so browsers do not ask for a missing favicon.ico. */
export const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6" fill="#b3261e"/></svg>
`;
