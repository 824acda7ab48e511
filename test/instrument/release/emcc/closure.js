
var createModule = (() => {
  var _scriptDir = typeof document !== 'undefined' && document.currentScript ? document.currentScript.src : undefined;
  if (typeof __filename !== 'undefined') _scriptDir = _scriptDir || __filename;
  return (
function(createModule) {
  createModule = createModule || {};


var a;a||=typeof createModule !== 'undefined' ? createModule : {};var h,k;a.ready=new Promise(function(b,c){h=b;k=c});var l=Object.assign({},a),m="",n,p,fs,q,r;m=__dirname+"/";r=()=>{q||(fs=require("fs"),q=require("path"))};n=function(b){r();b=q.normalize(b);return fs.readFileSync(b,void 0)};p=b=>{b=n(b);b.buffer||(b=new Uint8Array(b));return b};1<process.argv.length&&process.argv[1].replace(/\\/g,"/");process.argv.slice(2);process.on("uncaughtException",function(b){throw b;});
process.on("unhandledRejection",function(b){throw b;});a.inspect=function(){return"[Emscripten Module object]"};a.print||console.log.bind(console);var t=a.printErr||console.warn.bind(console);Object.assign(a,l);l=null;var u;a.wasmBinary&&(u=a.wasmBinary);var noExitRuntime=a.noExitRuntime||!0;"object"!=typeof WebAssembly&&v("no native wasm support detected");var w,x=!1;"undefined"!=typeof TextDecoder&&new TextDecoder("utf8");"undefined"!=typeof TextDecoder&&new TextDecoder("utf-16le");var y,z;
function A(){var b=w.buffer;y=b;a.HEAP8=new Int8Array(b);a.HEAP16=new Int16Array(b);a.HEAP32=new Int32Array(b);a.HEAPU8=z=new Uint8Array(b);a.HEAPU16=new Uint16Array(b);a.HEAPU32=new Uint32Array(b);a.HEAPF32=new Float32Array(b);a.HEAPF64=new Float64Array(b)}var B,C=[],D=[],E=[];function F(){var b=a.preRun.shift();C.unshift(b)}var G=0,H=null,I=null;a.preloadedImages={};a.preloadedAudios={};
function v(b){if(a.onAbort)a.onAbort(b);b="Aborted("+b+")";t(b);x=!0;b=new WebAssembly.RuntimeError(b+". Build with -s ASSERTIONS=1 for more info.");k(b);throw b;}function J(){return K.startsWith("data:application/octet-stream;base64,")}var K;K="closure.wasm";if(!J()){var L=K;K=a.locateFile?a.locateFile(L,m):m+L}
function M(){return Promise.resolve().then(function(){a:{var b=K;try{if(b==K&&u){var c=new Uint8Array(u);break a}if(p){c=p(b);break a}throw"both async and sync fetching of the wasm failed";}catch(e){v(e)}c=void 0}return c})}function N(b){for(;0<b.length;){var c=b.shift();if("function"==typeof c)c(a);else{var e=c.h;"number"==typeof e?void 0===c.g?O(e)():O(e)(c.g):e(void 0===c.g?null:c.g)}}}var P=[];function O(b){var c=P[b];c||(b>=P.length&&(P.length=b+1),P[b]=c=B.get(b));return c}
var Q={emscripten_memcpy_big:function(b,c,e){z.copyWithin(b,c,c+e)},emscripten_resize_heap:function(b){var c=z.length;b>>>=0;if(2147483648<b)return!1;for(var e=1;4>=e;e*=2){var g=c*(1+.2/e);g=Math.min(g,b+100663296);var d=Math;g=Math.max(b,g);d=d.min.call(d,2147483648,g+(65536-g%65536)%65536);a:{try{w.grow(d-y.byteLength+65535>>>16);A();var f=1;break a}catch(U){}f=void 0}if(f)return!0}return!1}};
(function(){function b(d){a.asm=d.exports;w=a.asm.memory;A();B=a.asm.__indirect_function_table;D.unshift(a.asm.__wasm_call_ctors);G--;a.monitorRunDependencies&&a.monitorRunDependencies(G);0==G&&(null!==H&&(clearInterval(H),H=null),I&&(d=I,I=null,d()))}function c(d){b(d.instance)}function e(d){return M().then(function(f){return WebAssembly.instantiate(f,g)}).then(function(f){return f}).then(d,function(f){t("failed to asynchronously prepare wasm: "+f);v(f)})}var g={env:Q,wasi_snapshot_preview1:Q};G++;
a.monitorRunDependencies&&a.monitorRunDependencies(G);if(a.instantiateWasm)try{return a.instantiateWasm(g,b)}catch(d){return t("Module.instantiateWasm callback failed with error: "+d),!1}(function(){return u||"function"!=typeof WebAssembly.instantiateStreaming||J()||"function"!=typeof fetch?e(c):fetch(K,{credentials:"same-origin"}).then(function(d){return WebAssembly.instantiateStreaming(d,g).then(c,function(f){t("wasm streaming compile failed: "+f);t("falling back to ArrayBuffer instantiation");
return e(c)})})})().catch(k);return{}})();a.___wasm_call_ctors=function(){return(a.___wasm_call_ctors=a.asm.__wasm_call_ctors).apply(null,arguments)};a._run=function(){return(a._run=a.asm.run).apply(null,arguments)};a._malloc=function(){return(a._malloc=a.asm.malloc).apply(null,arguments)};a._free=function(){return(a._free=a.asm.free).apply(null,arguments)};a._clear=function(){return(a._clear=a.asm.clear).apply(null,arguments)};
a._heap_in_use=function(){return(a._heap_in_use=a.asm.heap_in_use).apply(null,arguments)};a.___errno_location=function(){return(a.___errno_location=a.asm.__errno_location).apply(null,arguments)};a.stackSave=function(){return(a.stackSave=a.asm.stackSave).apply(null,arguments)};a.stackRestore=function(){return(a.stackRestore=a.asm.stackRestore).apply(null,arguments)};a.stackAlloc=function(){return(a.stackAlloc=a.asm.stackAlloc).apply(null,arguments)};var R;I=function S(){R||T();R||(I=S)};
function T(){function b(){if(!R&&(R=!0,a.calledRun=!0,!x)){N(D);h(a);if(a.onRuntimeInitialized)a.onRuntimeInitialized();if(a.postRun)for("function"==typeof a.postRun&&(a.postRun=[a.postRun]);a.postRun.length;){var c=a.postRun.shift();E.unshift(c)}N(E)}}if(!(0<G)){if(a.preRun)for("function"==typeof a.preRun&&(a.preRun=[a.preRun]);a.preRun.length;)F();N(C);0<G||(a.setStatus?(a.setStatus("Running..."),setTimeout(function(){setTimeout(function(){a.setStatus("")},1);b()},1)):b())}}a.run=T;
if(a.preInit)for("function"==typeof a.preInit&&(a.preInit=[a.preInit]);0<a.preInit.length;)a.preInit.pop()();T();


  return createModule.ready
}
);
})();
if (typeof exports === 'object' && typeof module === 'object')
  module.exports = createModule;
else if (typeof define === 'function' && define['amd'])
  define([], function() { return createModule; });
else if (typeof exports === 'object')
  exports["createModule"] = createModule;
