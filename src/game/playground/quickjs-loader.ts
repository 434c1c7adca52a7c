// QuickJS for the page, fetched the first time Apply is pressed: its WebAssembly file is a
// same-origin asset of the build, compiled under the page's `'wasm-unsafe-eval'` (see README).
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';
import wasmLocation from '@jitl/quickjs-wasmfile-release-sync/wasm?url';

export function loadQuickJs(): Promise<QuickJSWASMModule> {
  return newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmLocation }));
}
