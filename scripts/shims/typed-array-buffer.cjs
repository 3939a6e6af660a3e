// Stands in for the `typed-array-buffer` package in the extension's build
// (vite.config.ts): isomorphic-git's SHA-1 (sha.js, through to-buffer) reaches
// it only on engines without ArrayBuffer.isView, and the package pulls in
// get-intrinsic and function-bind, whose code holds `eval` and `Function(…)`,
// which Manifest V3 forbids and store reviews flag. Same contract: a typed
// array's or DataView's buffer, or a TypeError.
module.exports = function typedArrayBuffer(view) {
  if (ArrayBuffer.isView(view)) return view.buffer;
  throw new TypeError('Not a Typed Array');
};
