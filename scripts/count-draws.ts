// One page script for the browser tests and the bench: run before any of the page's scripts
// (Playwright's addInitScript), it counts WebGL draw calls on every context in window.__drawCalls.
export const COUNT_DRAWS = `(() => {
  const counter = { calls: 0 };
  Object.defineProperty(window, '__drawCalls', { value: counter });
  for (const proto of [window.WebGLRenderingContext, window.WebGL2RenderingContext].filter(Boolean).map((c) => c.prototype)) {
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) { counter.calls++; return original.apply(this, args); };
    }
  }
})();`;
