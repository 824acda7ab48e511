
var createProgram = (() => {
  var _scriptDir = import.meta.url;
  
  return (
function(createProgram) {
  createProgram = createProgram || {};



// The Module object: Our interface to the outside world. We import
// and export values on it. There are various ways Module can be used:
// 1. Not defined. We create it here
// 2. A function parameter, function(Module) { ..generated code.. }
// 3. pre-run appended it, var Module = {}; ..generated code..
// 4. External script tag defines var Module.
// We need to check if Module already exists (e.g. case 3 above).
// Substitution will be replaced with actual code on later stage of the build,
// this way Closure Compiler will not mangle it (e.g. case 4. above).
// Note that if you want to run closure, and also to use Module
// after the generated code, you will need to define   var Module = {};
// before the code. Then that object will be used in the code, and you
// can continue to use Module afterwards as well.
var Module = typeof createProgram != 'undefined' ? createProgram : {};

// See https://caniuse.com/mdn-javascript_builtins_object_assign

// Set up the promise that indicates the Module is initialized
var readyPromiseResolve, readyPromiseReject;
Module['ready'] = new Promise(function(resolve, reject) {
  readyPromiseResolve = resolve;
  readyPromiseReject = reject;
});

      if (!Object.getOwnPropertyDescriptor(Module['ready'], '_main')) {
        Object.defineProperty(Module['ready'], '_main', { configurable: true, get: function() { abort('You are getting _main on the Promise object, instead of the instance. Use .then() to get called back with the instance, see the MODULARIZE docs in src/settings.js') } });
        Object.defineProperty(Module['ready'], '_main', { configurable: true, set: function() { abort('You are setting _main on the Promise object, instead of the instance. Use .then() to get called back with the instance, see the MODULARIZE docs in src/settings.js') } });
      }
    

      if (!Object.getOwnPropertyDescriptor(Module['ready'], '___stdio_exit')) {
        Object.defineProperty(Module['ready'], '___stdio_exit', { configurable: true, get: function() { abort('You are getting ___stdio_exit on the Promise object, instead of the instance. Use .then() to get called back with the instance, see the MODULARIZE docs in src/settings.js') } });
        Object.defineProperty(Module['ready'], '___stdio_exit', { configurable: true, set: function() { abort('You are setting ___stdio_exit on the Promise object, instead of the instance. Use .then() to get called back with the instance, see the MODULARIZE docs in src/settings.js') } });
      }
    

      if (!Object.getOwnPropertyDescriptor(Module['ready'], 'onRuntimeInitialized')) {
        Object.defineProperty(Module['ready'], 'onRuntimeInitialized', { configurable: true, get: function() { abort('You are getting onRuntimeInitialized on the Promise object, instead of the instance. Use .then() to get called back with the instance, see the MODULARIZE docs in src/settings.js') } });
        Object.defineProperty(Module['ready'], 'onRuntimeInitialized', { configurable: true, set: function() { abort('You are setting onRuntimeInitialized on the Promise object, instead of the instance. Use .then() to get called back with the instance, see the MODULARIZE docs in src/settings.js') } });
      }
    

// --pre-jses are emitted after the Module integration code, so that they can
// refer to Module (if they choose; they can also define Module)
// {{PRE_JSES}}

// Sometimes an existing Module object exists with properties
// meant to overwrite the default module functionality. Here
// we collect those properties and reapply _after_ we configure
// the current environment's defaults to avoid having to be so
// defensive during initialization.
var moduleOverrides = Object.assign({}, Module);

var arguments_ = [];
var thisProgram = './this.program';
var quit_ = (status, toThrow) => {
  throw toThrow;
};

// Determine the runtime environment we are in. You can customize this by
// setting the ENVIRONMENT setting at compile time (see settings.js).

var ENVIRONMENT_IS_WEB = true;
var ENVIRONMENT_IS_WORKER = false;
var ENVIRONMENT_IS_NODE = false;
var ENVIRONMENT_IS_SHELL = false;

if (Module['ENVIRONMENT']) {
  throw new Error('Module.ENVIRONMENT has been deprecated. To force the environment, use the ENVIRONMENT compile-time option (for example, -s ENVIRONMENT=web or -s ENVIRONMENT=node)');
}

// `/` should be present at the end if `scriptDirectory` is not empty
var scriptDirectory = '';
function locateFile(path) {
  if (Module['locateFile']) {
    return Module['locateFile'](path, scriptDirectory);
  }
  return scriptDirectory + path;
}

// Hooks that are implemented differently in different runtime environments.
var read_,
    readAsync,
    readBinary,
    setWindowTitle;

// Normally we don't log exceptions but instead let them bubble out the top
// level where the embedding environment (e.g. the browser) can handle
// them.
// However under v8 and node we sometimes exit the process direcly in which case
// its up to use us to log the exception before exiting.
// If we fix https://github.com/emscripten-core/emscripten/issues/15080
// this may no longer be needed under node.
function logExceptionOnExit(e) {
  if (e instanceof ExitStatus) return;
  let toLog = e;
  if (e && typeof e == 'object' && e.stack) {
    toLog = [e, e.stack];
  }
  err('exiting due to exception: ' + toLog);
}

if (ENVIRONMENT_IS_SHELL) {

  if ((typeof process == 'object' && typeof require === 'function') || typeof window == 'object' || typeof importScripts == 'function') throw new Error('not compiled for this environment (did you build to HTML and try to run it not on the web, or set ENVIRONMENT to something - like node - and run it someplace else - like on the web?)');

  if (typeof read != 'undefined') {
    read_ = function shell_read(f) {
      const data = tryParseAsDataURI(f);
      if (data) {
        return intArrayToString(data);
      }
      return read(f);
    };
  }

  readBinary = function readBinary(f) {
    let data;
    data = tryParseAsDataURI(f);
    if (data) {
      return data;
    }
    if (typeof readbuffer == 'function') {
      return new Uint8Array(readbuffer(f));
    }
    data = read(f, 'binary');
    assert(typeof data == 'object');
    return data;
  };

  readAsync = function readAsync(f, onload, onerror) {
    setTimeout(() => onload(readBinary(f)), 0);
  };

  if (typeof scriptArgs != 'undefined') {
    arguments_ = scriptArgs;
  } else if (typeof arguments != 'undefined') {
    arguments_ = arguments;
  }

  if (typeof quit == 'function') {
    quit_ = (status, toThrow) => {
      // Unlike node which has process.exitCode, d8 has no such mechanism. So we
      // have no way to set the exit code and then let the program exit with
      // that code when it naturally stops running (say, when all setTimeouts
      // have completed). For that reason we must call `quit` - the only way to
      // set the exit code - but quit also halts immediately, so we need to be
      // careful of whether the runtime is alive or not, which is why this code
      // path looks different than node. It also has the downside that it will
      // halt the entire program when no code remains to run, which means this
      // is not friendly for bundling this code into a larger codebase, and for
      // that reason the "shell" environment is mainly useful for testing whole
      // programs by themselves, basically.
      if (runtimeKeepaliveCounter) {
        throw toThrow;
      }
      logExceptionOnExit(toThrow);
      quit(status);
    };
  }

  if (typeof print != 'undefined') {
    // Prefer to use print/printErr where they exist, as they usually work better.
    if (typeof console == 'undefined') console = /** @type{!Console} */({});
    console.log = /** @type{!function(this:Console, ...*): undefined} */ (print);
    console.warn = console.error = /** @type{!function(this:Console, ...*): undefined} */ (typeof printErr != 'undefined' ? printErr : print);
  }

} else

// Note that this includes Node.js workers when relevant (pthreads is enabled).
// Node.js workers are detected as a combination of ENVIRONMENT_IS_WORKER and
// ENVIRONMENT_IS_NODE.
if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
  if (ENVIRONMENT_IS_WORKER) { // Check worker, not web, since window could be polyfilled
    scriptDirectory = self.location.href;
  } else if (typeof document != 'undefined' && document.currentScript) { // web
    scriptDirectory = document.currentScript.src;
  }
  // When MODULARIZE, this JS may be executed later, after document.currentScript
  // is gone, so we saved it, and we use it here instead of any other info.
  if (_scriptDir) {
    scriptDirectory = _scriptDir;
  }
  // blob urls look like blob:http://site.com/etc/etc and we cannot infer anything from them.
  // otherwise, slice off the final part of the url to find the script directory.
  // if scriptDirectory does not contain a slash, lastIndexOf will return -1,
  // and scriptDirectory will correctly be replaced with an empty string.
  // If scriptDirectory contains a query (starting with ?) or a fragment (starting with #),
  // they are removed because they could contain a slash.
  if (scriptDirectory.indexOf('blob:') !== 0) {
    scriptDirectory = scriptDirectory.substr(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf('/')+1);
  } else {
    scriptDirectory = '';
  }

  if (!(typeof window == 'object' || typeof importScripts == 'function')) throw new Error('not compiled for this environment (did you build to HTML and try to run it not on the web, or set ENVIRONMENT to something - like node - and run it someplace else - like on the web?)');

  // Differentiate the Web Worker from the Node Worker case, as reading must
  // be done differently.
  {
// include: web_or_worker_shell_read.js


  read_ = (url) => {
    try {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', url, false);
      xhr.send(null);
      return xhr.responseText;
    } catch (err) {
      var data = tryParseAsDataURI(url);
      if (data) {
        return intArrayToString(data);
      }
      throw err;
    }
  }

  if (ENVIRONMENT_IS_WORKER) {
    readBinary = (url) => {
      try {
        var xhr = new XMLHttpRequest();
        xhr.open('GET', url, false);
        xhr.responseType = 'arraybuffer';
        xhr.send(null);
        return new Uint8Array(/** @type{!ArrayBuffer} */(xhr.response));
      } catch (err) {
        var data = tryParseAsDataURI(url);
        if (data) {
          return data;
        }
        throw err;
      }
    };
  }

  readAsync = (url, onload, onerror) => {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url, true);
    xhr.responseType = 'arraybuffer';
    xhr.onload = () => {
      if (xhr.status == 200 || (xhr.status == 0 && xhr.response)) { // file URLs can return 0
        onload(xhr.response);
        return;
      }
      var data = tryParseAsDataURI(url);
      if (data) {
        onload(data.buffer);
        return;
      }
      onerror();
    };
    xhr.onerror = onerror;
    xhr.send(null);
  }

// end include: web_or_worker_shell_read.js
  }

  setWindowTitle = (title) => document.title = title;
} else
{
  throw new Error('environment detection error');
}

var out = Module['print'] || console.log.bind(console);
var err = Module['printErr'] || console.warn.bind(console);

// Merge back in the overrides
Object.assign(Module, moduleOverrides);
// Free the object hierarchy contained in the overrides, this lets the GC
// reclaim data used e.g. in memoryInitializerRequest, which is a large typed array.
moduleOverrides = null;
checkIncomingModuleAPI();

// Emit code to handle expected values on the Module object. This applies Module.x
// to the proper local x. This has two benefits: first, we only emit it if it is
// expected to arrive, and second, by using a local everywhere else that can be
// minified.

if (Module['arguments']) arguments_ = Module['arguments'];legacyModuleProp('arguments', 'arguments_');

if (Module['thisProgram']) thisProgram = Module['thisProgram'];legacyModuleProp('thisProgram', 'thisProgram');

if (Module['quit']) quit_ = Module['quit'];legacyModuleProp('quit', 'quit_');

// perform assertions in shell.js after we set up out() and err(), as otherwise if an assertion fails it cannot print the message
// Assertions on removed incoming Module JS APIs.
assert(typeof Module['memoryInitializerPrefixURL'] == 'undefined', 'Module.memoryInitializerPrefixURL option was removed, use Module.locateFile instead');
assert(typeof Module['pthreadMainPrefixURL'] == 'undefined', 'Module.pthreadMainPrefixURL option was removed, use Module.locateFile instead');
assert(typeof Module['cdInitializerPrefixURL'] == 'undefined', 'Module.cdInitializerPrefixURL option was removed, use Module.locateFile instead');
assert(typeof Module['filePackagePrefixURL'] == 'undefined', 'Module.filePackagePrefixURL option was removed, use Module.locateFile instead');
assert(typeof Module['read'] == 'undefined', 'Module.read option was removed (modify read_ in JS)');
assert(typeof Module['readAsync'] == 'undefined', 'Module.readAsync option was removed (modify readAsync in JS)');
assert(typeof Module['readBinary'] == 'undefined', 'Module.readBinary option was removed (modify readBinary in JS)');
assert(typeof Module['setWindowTitle'] == 'undefined', 'Module.setWindowTitle option was removed (modify setWindowTitle in JS)');
assert(typeof Module['TOTAL_MEMORY'] == 'undefined', 'Module.TOTAL_MEMORY has been renamed Module.INITIAL_MEMORY');
legacyModuleProp('read', 'read_');
legacyModuleProp('readAsync', 'readAsync');
legacyModuleProp('readBinary', 'readBinary');
legacyModuleProp('setWindowTitle', 'setWindowTitle');
var IDBFS = 'IDBFS is no longer included by default; build with -lidbfs.js';
var PROXYFS = 'PROXYFS is no longer included by default; build with -lproxyfs.js';
var WORKERFS = 'WORKERFS is no longer included by default; build with -lworkerfs.js';
var NODEFS = 'NODEFS is no longer included by default; build with -lnodefs.js';
function alignMemory() { abort('`alignMemory` is now a library function and not included by default; add it to your library.js __deps or to DEFAULT_LIBRARY_FUNCS_TO_INCLUDE on the command line'); }

assert(!ENVIRONMENT_IS_WORKER, "worker environment detected but not enabled at build time.  Add 'worker' to `-s ENVIRONMENT` to enable.");

assert(!ENVIRONMENT_IS_NODE, "node environment detected but not enabled at build time.  Add 'node' to `-s ENVIRONMENT` to enable.");

assert(!ENVIRONMENT_IS_SHELL, "shell environment detected but not enabled at build time.  Add 'shell' to `-s ENVIRONMENT` to enable.");




var STACK_ALIGN = 16;
var POINTER_SIZE = 4;

function getNativeTypeSize(type) {
  switch (type) {
    case 'i1': case 'i8': return 1;
    case 'i16': return 2;
    case 'i32': return 4;
    case 'i64': return 8;
    case 'float': return 4;
    case 'double': return 8;
    default: {
      if (type[type.length - 1] === '*') {
        return POINTER_SIZE;
      } else if (type[0] === 'i') {
        const bits = Number(type.substr(1));
        assert(bits % 8 === 0, 'getNativeTypeSize invalid bits ' + bits + ', type ' + type);
        return bits / 8;
      } else {
        return 0;
      }
    }
  }
}

function warnOnce(text) {
  if (!warnOnce.shown) warnOnce.shown = {};
  if (!warnOnce.shown[text]) {
    warnOnce.shown[text] = 1;
    err(text);
  }
}

// include: runtime_functions.js


// Wraps a JS function as a wasm function with a given signature.
function convertJsFunctionToWasm(func, sig) {

  // If the type reflection proposal is available, use the new
  // "WebAssembly.Function" constructor.
  // Otherwise, construct a minimal wasm module importing the JS function and
  // re-exporting it.
  if (typeof WebAssembly.Function == "function") {
    var typeNames = {
      'i': 'i32',
      'j': 'i64',
      'f': 'f32',
      'd': 'f64'
    };
    var type = {
      parameters: [],
      results: sig[0] == 'v' ? [] : [typeNames[sig[0]]]
    };
    for (var i = 1; i < sig.length; ++i) {
      type.parameters.push(typeNames[sig[i]]);
    }
    return new WebAssembly.Function(type, func);
  }

  // The module is static, with the exception of the type section, which is
  // generated based on the signature passed in.
  var typeSection = [
    0x01, // id: section,
    0x00, // length: 0 (placeholder)
    0x01, // count: 1
    0x60, // form: func
  ];
  var sigRet = sig.slice(0, 1);
  var sigParam = sig.slice(1);
  var typeCodes = {
    'i': 0x7f, // i32
    'j': 0x7e, // i64
    'f': 0x7d, // f32
    'd': 0x7c, // f64
  };

  // Parameters, length + signatures
  typeSection.push(sigParam.length);
  for (var i = 0; i < sigParam.length; ++i) {
    typeSection.push(typeCodes[sigParam[i]]);
  }

  // Return values, length + signatures
  // With no multi-return in MVP, either 0 (void) or 1 (anything else)
  if (sigRet == 'v') {
    typeSection.push(0x00);
  } else {
    typeSection = typeSection.concat([0x01, typeCodes[sigRet]]);
  }

  // Write the overall length of the type section back into the section header
  // (excepting the 2 bytes for the section id and length)
  typeSection[1] = typeSection.length - 2;

  // Rest of the module is static
  var bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, // magic ("\0asm")
    0x01, 0x00, 0x00, 0x00, // version: 1
  ].concat(typeSection, [
    0x02, 0x07, // import section
      // (import "e" "f" (func 0 (type 0)))
      0x01, 0x01, 0x65, 0x01, 0x66, 0x00, 0x00,
    0x07, 0x05, // export section
      // (export "f" (func 0 (type 0)))
      0x01, 0x01, 0x66, 0x00, 0x00,
  ]));

   // We can compile this wasm module synchronously because it is very small.
  // This accepts an import (at "e.f"), that it reroutes to an export (at "f")
  var module = new WebAssembly.Module(bytes);
  var instance = new WebAssembly.Instance(module, {
    'e': {
      'f': func
    }
  });
  var wrappedFunc = instance.exports['f'];
  return wrappedFunc;
}

var freeTableIndexes = [];

// Weak map of functions in the table to their indexes, created on first use.
var functionsInTableMap;

function getEmptyTableSlot() {
  // Reuse a free index if there is one, otherwise grow.
  if (freeTableIndexes.length) {
    return freeTableIndexes.pop();
  }
  // Grow the table
  try {
    wasmTable.grow(1);
  } catch (err) {
    if (!(err instanceof RangeError)) {
      throw err;
    }
    throw 'Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.';
  }
  return wasmTable.length - 1;
}

function updateTableMap(offset, count) {
  for (var i = offset; i < offset + count; i++) {
    var item = getWasmTableEntry(i);
    // Ignore null values.
    if (item) {
      functionsInTableMap.set(item, i);
    }
  }
}

/**
 * Add a function to the table.
 * 'sig' parameter is required if the function being added is a JS function.
 * @param {string=} sig
 */
function addFunction(func, sig) {
  assert(typeof func != 'undefined');

  // Check if the function is already in the table, to ensure each function
  // gets a unique index. First, create the map if this is the first use.
  if (!functionsInTableMap) {
    functionsInTableMap = new WeakMap();
    updateTableMap(0, wasmTable.length);
  }
  if (functionsInTableMap.has(func)) {
    return functionsInTableMap.get(func);
  }

  // It's not in the table, add it now.

  var ret = getEmptyTableSlot();

  // Set the new value.
  try {
    // Attempting to call this with JS function will cause of table.set() to fail
    setWasmTableEntry(ret, func);
  } catch (err) {
    if (!(err instanceof TypeError)) {
      throw err;
    }
    assert(typeof sig != 'undefined', 'Missing signature argument to addFunction: ' + func);
    var wrapped = convertJsFunctionToWasm(func, sig);
    setWasmTableEntry(ret, wrapped);
  }

  functionsInTableMap.set(func, ret);

  return ret;
}

function removeFunction(index) {
  functionsInTableMap.delete(getWasmTableEntry(index));
  freeTableIndexes.push(index);
}

// end include: runtime_functions.js
// include: runtime_debug.js


function legacyModuleProp(prop, newName) {
  if (!Object.getOwnPropertyDescriptor(Module, prop)) {
    Object.defineProperty(Module, prop, {
      configurable: true,
      get: function() {
        abort('Module.' + prop + ' has been replaced with plain ' + newName + ' (the initial value can be provided on Module, but after startup the value is only looked for on a local variable of that name)');
      }
    });
  }
}

function ignoredModuleProp(prop) {
  if (Object.getOwnPropertyDescriptor(Module, prop)) {
    abort('`Module.' + prop + '` was supplied but `' + prop + '` not included in INCOMING_MODULE_JS_API');
  }
}

function unexportedMessage(sym, isFSSybol) {
  var msg = "'" + sym + "' was not exported. add it to EXPORTED_RUNTIME_METHODS (see the FAQ)";
  if (isFSSybol) {
    msg += '. Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you';
  }
  return msg;
}

function unexportedRuntimeSymbol(sym, isFSSybol) {
  if (!Object.getOwnPropertyDescriptor(Module, sym)) {
    Object.defineProperty(Module, sym, {
      configurable: true,
      get: function() {
        abort(unexportedMessage(sym, isFSSybol));
      }
    });
  }
}

function unexportedRuntimeFunction(sym, isFSSybol) {
  if (!Object.getOwnPropertyDescriptor(Module, sym)) {
    Module[sym] = () => abort(unexportedMessage(sym, isFSSybol));
  }
}

// end include: runtime_debug.js
var tempRet0 = 0;
var setTempRet0 = (value) => { tempRet0 = value; };
var getTempRet0 = () => tempRet0;



// === Preamble library stuff ===

// Documentation for the public APIs defined in this file must be updated in:
//    site/source/docs/api_reference/preamble.js.rst
// A prebuilt local version of the documentation is available at:
//    site/build/text/docs/api_reference/preamble.js.txt
// You can also build docs locally as HTML or other formats in site/
// An online HTML version (which may be of a different version of Emscripten)
//    is up at http://kripken.github.io/emscripten-site/docs/api_reference/preamble.js.html

var wasmBinary;
if (Module['wasmBinary']) wasmBinary = Module['wasmBinary'];legacyModuleProp('wasmBinary', 'wasmBinary');
var noExitRuntime = Module['noExitRuntime'] || true;legacyModuleProp('noExitRuntime', 'noExitRuntime');

if (typeof WebAssembly != 'object') {
  abort('no native wasm support detected');
}

// include: runtime_safe_heap.js


// In MINIMAL_RUNTIME, setValue() and getValue() are only available when building with safe heap enabled, for heap safety checking.
// In traditional runtime, setValue() and getValue() are always available (although their use is highly discouraged due to perf penalties)

/** @param {number} ptr
    @param {number} value
    @param {string} type
    @param {number|boolean=} noSafe */
function setValue(ptr, value, type = 'i8', noSafe) {
  if (type.charAt(type.length-1) === '*') type = 'i32';
    switch (type) {
      case 'i1': HEAP8[((ptr)>>0)] = value; break;
      case 'i8': HEAP8[((ptr)>>0)] = value; break;
      case 'i16': HEAP16[((ptr)>>1)] = value; break;
      case 'i32': HEAP32[((ptr)>>2)] = value; break;
      case 'i64': (tempI64 = [value>>>0,(tempDouble=value,(+(Math.abs(tempDouble))) >= 1.0 ? (tempDouble > 0.0 ? ((Math.min((+(Math.floor((tempDouble)/4294967296.0))), 4294967295.0))|0)>>>0 : (~~((+(Math.ceil((tempDouble - +(((~~(tempDouble)))>>>0))/4294967296.0)))))>>>0) : 0)],HEAP32[((ptr)>>2)] = tempI64[0],HEAP32[(((ptr)+(4))>>2)] = tempI64[1]); break;
      case 'float': HEAPF32[((ptr)>>2)] = value; break;
      case 'double': HEAPF64[((ptr)>>3)] = value; break;
      default: abort('invalid type for setValue: ' + type);
    }
}

/** @param {number} ptr
    @param {string} type
    @param {number|boolean=} noSafe */
function getValue(ptr, type = 'i8', noSafe) {
  if (type.charAt(type.length-1) === '*') type = 'i32';
    switch (type) {
      case 'i1': return HEAP8[((ptr)>>0)];
      case 'i8': return HEAP8[((ptr)>>0)];
      case 'i16': return HEAP16[((ptr)>>1)];
      case 'i32': return HEAP32[((ptr)>>2)];
      case 'i64': return HEAP32[((ptr)>>2)];
      case 'float': return HEAPF32[((ptr)>>2)];
      case 'double': return Number(HEAPF64[((ptr)>>3)]);
      default: abort('invalid type for getValue: ' + type);
    }
  return null;
}

// end include: runtime_safe_heap.js
// Wasm globals

var wasmMemory;

//========================================
// Runtime essentials
//========================================

// whether we are quitting the application. no code should run after this.
// set in exit() and abort()
var ABORT = false;

// set by exit() and abort().  Passed to 'onExit' handler.
// NOTE: This is also used as the process return code code in shell environments
// but only when noExitRuntime is false.
var EXITSTATUS;

/** @type {function(*, string=)} */
function assert(condition, text) {
  if (!condition) {
    abort('Assertion failed' + (text ? ': ' + text : ''));
  }
}

// Returns the C function with a specified identifier (for C++, you need to do manual name mangling)
function getCFunc(ident) {
  var func = Module['_' + ident]; // closure exported function
  assert(func, 'Cannot call unknown function ' + ident + ', make sure it is exported');
  return func;
}

// C calling interface.
/** @param {string|null=} returnType
    @param {Array=} argTypes
    @param {Arguments|Array=} args
    @param {Object=} opts */
function ccall(ident, returnType, argTypes, args, opts) {
  // For fast lookup of conversion functions
  var toC = {
    'string': function(str) {
      var ret = 0;
      if (str !== null && str !== undefined && str !== 0) { // null string
        // at most 4 bytes per UTF-8 code point, +1 for the trailing '\0'
        var len = (str.length << 2) + 1;
        ret = stackAlloc(len);
        stringToUTF8(str, ret, len);
      }
      return ret;
    },
    'array': function(arr) {
      var ret = stackAlloc(arr.length);
      writeArrayToMemory(arr, ret);
      return ret;
    }
  };

  function convertReturnValue(ret) {
    if (returnType === 'string') return UTF8ToString(ret);
    if (returnType === 'boolean') return Boolean(ret);
    return ret;
  }

  var func = getCFunc(ident);
  var cArgs = [];
  var stack = 0;
  assert(returnType !== 'array', 'Return type should not be "array".');
  if (args) {
    for (var i = 0; i < args.length; i++) {
      var converter = toC[argTypes[i]];
      if (converter) {
        if (stack === 0) stack = stackSave();
        cArgs[i] = converter(args[i]);
      } else {
        cArgs[i] = args[i];
      }
    }
  }
  var ret = func.apply(null, cArgs);
  function onDone(ret) {
    if (stack !== 0) stackRestore(stack);
    return convertReturnValue(ret);
  }

  ret = onDone(ret);
  return ret;
}

/** @param {string=} returnType
    @param {Array=} argTypes
    @param {Object=} opts */
function cwrap(ident, returnType, argTypes, opts) {
  return function() {
    return ccall(ident, returnType, argTypes, arguments, opts);
  }
}

// We used to include malloc/free by default in the past. Show a helpful error in
// builds with assertions.
function _malloc() {
  abort("malloc() called but not included in the build - add '_malloc' to EXPORTED_FUNCTIONS");
}
function _free() {
  // Show a helpful error since we used to include free by default in the past.
  abort("free() called but not included in the build - add '_free' to EXPORTED_FUNCTIONS");
}

// include: runtime_legacy.js


var ALLOC_NORMAL = 0; // Tries to use _malloc()
var ALLOC_STACK = 1; // Lives for the duration of the current function call

/**
 * allocate(): This function is no longer used by emscripten but is kept around to avoid
 *             breaking external users.
 *             You should normally not use allocate(), and instead allocate
 *             memory using _malloc()/stackAlloc(), initialize it with
 *             setValue(), and so forth.
 * @param {(Uint8Array|Array<number>)} slab: An array of data.
 * @param {number=} allocator : How to allocate memory, see ALLOC_*
 */
function allocate(slab, allocator) {
  var ret;
  assert(typeof allocator == 'number', 'allocate no longer takes a type argument')
  assert(typeof slab != 'number', 'allocate no longer takes a number as arg0')

  if (allocator == ALLOC_STACK) {
    ret = stackAlloc(slab.length);
  } else {
    ret = abort('malloc was not included, but is needed in allocate. Adding "_malloc" to EXPORTED_FUNCTIONS should fix that. This may be a bug in the compiler, please file an issue.');;
  }

  if (!slab.subarray && !slab.slice) {
    slab = new Uint8Array(slab);
  }
  HEAPU8.set(slab, ret);
  return ret;
}

// end include: runtime_legacy.js
// include: runtime_strings.js


// runtime_strings.js: Strings related runtime functions that are part of both MINIMAL_RUNTIME and regular runtime.

// Given a pointer 'ptr' to a null-terminated UTF8-encoded string in the given array that contains uint8 values, returns
// a copy of that string as a Javascript String object.

var UTF8Decoder = typeof TextDecoder != 'undefined' ? new TextDecoder('utf8') : undefined;

/**
 * @param {number} idx
 * @param {number=} maxBytesToRead
 * @return {string}
 */
function UTF8ArrayToString(heap, idx, maxBytesToRead) {
  var endIdx = idx + maxBytesToRead;
  var endPtr = idx;
  // TextDecoder needs to know the byte length in advance, it doesn't stop on null terminator by itself.
  // Also, use the length info to avoid running tiny strings through TextDecoder, since .subarray() allocates garbage.
  // (As a tiny code save trick, compare endPtr against endIdx using a negation, so that undefined means Infinity)
  while (heap[endPtr] && !(endPtr >= endIdx)) ++endPtr;

  if (endPtr - idx > 16 && heap.subarray && UTF8Decoder) {
    return UTF8Decoder.decode(heap.subarray(idx, endPtr));
  } else {
    var str = '';
    // If building with TextDecoder, we have already computed the string length above, so test loop end condition against that
    while (idx < endPtr) {
      // For UTF8 byte structure, see:
      // http://en.wikipedia.org/wiki/UTF-8#Description
      // https://www.ietf.org/rfc/rfc2279.txt
      // https://tools.ietf.org/html/rfc3629
      var u0 = heap[idx++];
      if (!(u0 & 0x80)) { str += String.fromCharCode(u0); continue; }
      var u1 = heap[idx++] & 63;
      if ((u0 & 0xE0) == 0xC0) { str += String.fromCharCode(((u0 & 31) << 6) | u1); continue; }
      var u2 = heap[idx++] & 63;
      if ((u0 & 0xF0) == 0xE0) {
        u0 = ((u0 & 15) << 12) | (u1 << 6) | u2;
      } else {
        if ((u0 & 0xF8) != 0xF0) warnOnce('Invalid UTF-8 leading byte 0x' + u0.toString(16) + ' encountered when deserializing a UTF-8 string in wasm memory to a JS string!');
        u0 = ((u0 & 7) << 18) | (u1 << 12) | (u2 << 6) | (heap[idx++] & 63);
      }

      if (u0 < 0x10000) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 0x10000;
        str += String.fromCharCode(0xD800 | (ch >> 10), 0xDC00 | (ch & 0x3FF));
      }
    }
  }
  return str;
}

// Given a pointer 'ptr' to a null-terminated UTF8-encoded string in the emscripten HEAP, returns a
// copy of that string as a Javascript String object.
// maxBytesToRead: an optional length that specifies the maximum number of bytes to read. You can omit
//                 this parameter to scan the string until the first \0 byte. If maxBytesToRead is
//                 passed, and the string at [ptr, ptr+maxBytesToReadr[ contains a null byte in the
//                 middle, then the string will cut short at that byte index (i.e. maxBytesToRead will
//                 not produce a string of exact length [ptr, ptr+maxBytesToRead[)
//                 N.B. mixing frequent uses of UTF8ToString() with and without maxBytesToRead may
//                 throw JS JIT optimizations off, so it is worth to consider consistently using one
//                 style or the other.
/**
 * @param {number} ptr
 * @param {number=} maxBytesToRead
 * @return {string}
 */
function UTF8ToString(ptr, maxBytesToRead) {
  ;
  return ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : '';
}

// Copies the given Javascript String object 'str' to the given byte array at address 'outIdx',
// encoded in UTF8 form and null-terminated. The copy will require at most str.length*4+1 bytes of space in the HEAP.
// Use the function lengthBytesUTF8 to compute the exact number of bytes (excluding null terminator) that this function will write.
// Parameters:
//   str: the Javascript string to copy.
//   heap: the array to copy to. Each index in this array is assumed to be one 8-byte element.
//   outIdx: The starting offset in the array to begin the copying.
//   maxBytesToWrite: The maximum number of bytes this function can write to the array.
//                    This count should include the null terminator,
//                    i.e. if maxBytesToWrite=1, only the null terminator will be written and nothing else.
//                    maxBytesToWrite=0 does not write any bytes to the output, not even the null terminator.
// Returns the number of bytes written, EXCLUDING the null terminator.

function stringToUTF8Array(str, heap, outIdx, maxBytesToWrite) {
  if (!(maxBytesToWrite > 0)) // Parameter maxBytesToWrite is not optional. Negative values, 0, null, undefined and false each don't write out any bytes.
    return 0;

  var startIdx = outIdx;
  var endIdx = outIdx + maxBytesToWrite - 1; // -1 for string null terminator.
  for (var i = 0; i < str.length; ++i) {
    // Gotcha: charCodeAt returns a 16-bit word that is a UTF-16 encoded code unit, not a Unicode code point of the character! So decode UTF16->UTF32->UTF8.
    // See http://unicode.org/faq/utf_bom.html#utf16-3
    // For UTF8 byte structure, see http://en.wikipedia.org/wiki/UTF-8#Description and https://www.ietf.org/rfc/rfc2279.txt and https://tools.ietf.org/html/rfc3629
    var u = str.charCodeAt(i); // possibly a lead surrogate
    if (u >= 0xD800 && u <= 0xDFFF) {
      var u1 = str.charCodeAt(++i);
      u = 0x10000 + ((u & 0x3FF) << 10) | (u1 & 0x3FF);
    }
    if (u <= 0x7F) {
      if (outIdx >= endIdx) break;
      heap[outIdx++] = u;
    } else if (u <= 0x7FF) {
      if (outIdx + 1 >= endIdx) break;
      heap[outIdx++] = 0xC0 | (u >> 6);
      heap[outIdx++] = 0x80 | (u & 63);
    } else if (u <= 0xFFFF) {
      if (outIdx + 2 >= endIdx) break;
      heap[outIdx++] = 0xE0 | (u >> 12);
      heap[outIdx++] = 0x80 | ((u >> 6) & 63);
      heap[outIdx++] = 0x80 | (u & 63);
    } else {
      if (outIdx + 3 >= endIdx) break;
      if (u > 0x10FFFF) warnOnce('Invalid Unicode code point 0x' + u.toString(16) + ' encountered when serializing a JS string to a UTF-8 string in wasm memory! (Valid unicode code points should be in range 0-0x10FFFF).');
      heap[outIdx++] = 0xF0 | (u >> 18);
      heap[outIdx++] = 0x80 | ((u >> 12) & 63);
      heap[outIdx++] = 0x80 | ((u >> 6) & 63);
      heap[outIdx++] = 0x80 | (u & 63);
    }
  }
  // Null-terminate the pointer to the buffer.
  heap[outIdx] = 0;
  return outIdx - startIdx;
}

// Copies the given Javascript String object 'str' to the emscripten HEAP at address 'outPtr',
// null-terminated and encoded in UTF8 form. The copy will require at most str.length*4+1 bytes of space in the HEAP.
// Use the function lengthBytesUTF8 to compute the exact number of bytes (excluding null terminator) that this function will write.
// Returns the number of bytes written, EXCLUDING the null terminator.

function stringToUTF8(str, outPtr, maxBytesToWrite) {
  assert(typeof maxBytesToWrite == 'number', 'stringToUTF8(str, outPtr, maxBytesToWrite) is missing the third parameter that specifies the length of the output buffer!');
  return stringToUTF8Array(str, HEAPU8,outPtr, maxBytesToWrite);
}

// Returns the number of bytes the given Javascript string takes if encoded as a UTF8 byte array, EXCLUDING the null terminator byte.
function lengthBytesUTF8(str) {
  var len = 0;
  for (var i = 0; i < str.length; ++i) {
    // Gotcha: charCodeAt returns a 16-bit word that is a UTF-16 encoded code unit, not a Unicode code point of the character! So decode UTF16->UTF32->UTF8.
    // See http://unicode.org/faq/utf_bom.html#utf16-3
    var u = str.charCodeAt(i); // possibly a lead surrogate
    if (u >= 0xD800 && u <= 0xDFFF) u = 0x10000 + ((u & 0x3FF) << 10) | (str.charCodeAt(++i) & 0x3FF);
    if (u <= 0x7F) ++len;
    else if (u <= 0x7FF) len += 2;
    else if (u <= 0xFFFF) len += 3;
    else len += 4;
  }
  return len;
}

// end include: runtime_strings.js
// include: runtime_strings_extra.js


// runtime_strings_extra.js: Strings related runtime functions that are available only in regular runtime.

// Given a pointer 'ptr' to a null-terminated ASCII-encoded string in the emscripten HEAP, returns
// a copy of that string as a Javascript String object.

function AsciiToString(ptr) {
  var str = '';
  while (1) {
    var ch = HEAPU8[((ptr++)>>0)];
    if (!ch) return str;
    str += String.fromCharCode(ch);
  }
}

// Copies the given Javascript String object 'str' to the emscripten HEAP at address 'outPtr',
// null-terminated and encoded in ASCII form. The copy will require at most str.length+1 bytes of space in the HEAP.

function stringToAscii(str, outPtr) {
  return writeAsciiToMemory(str, outPtr, false);
}

// Given a pointer 'ptr' to a null-terminated UTF16LE-encoded string in the emscripten HEAP, returns
// a copy of that string as a Javascript String object.

var UTF16Decoder = typeof TextDecoder != 'undefined' ? new TextDecoder('utf-16le') : undefined;

function UTF16ToString(ptr, maxBytesToRead) {
  assert(ptr % 2 == 0, 'Pointer passed to UTF16ToString must be aligned to two bytes!');
  var endPtr = ptr;
  // TextDecoder needs to know the byte length in advance, it doesn't stop on null terminator by itself.
  // Also, use the length info to avoid running tiny strings through TextDecoder, since .subarray() allocates garbage.
  var idx = endPtr >> 1;
  var maxIdx = idx + maxBytesToRead / 2;
  // If maxBytesToRead is not passed explicitly, it will be undefined, and this
  // will always evaluate to true. This saves on code size.
  while (!(idx >= maxIdx) && HEAPU16[idx]) ++idx;
  endPtr = idx << 1;

  if (endPtr - ptr > 32 && UTF16Decoder) {
    return UTF16Decoder.decode(HEAPU8.subarray(ptr, endPtr));
  } else {
    var str = '';

    // If maxBytesToRead is not passed explicitly, it will be undefined, and the for-loop's condition
    // will always evaluate to true. The loop is then terminated on the first null char.
    for (var i = 0; !(i >= maxBytesToRead / 2); ++i) {
      var codeUnit = HEAP16[(((ptr)+(i*2))>>1)];
      if (codeUnit == 0) break;
      // fromCharCode constructs a character from a UTF-16 code unit, so we can pass the UTF16 string right through.
      str += String.fromCharCode(codeUnit);
    }

    return str;
  }
}

// Copies the given Javascript String object 'str' to the emscripten HEAP at address 'outPtr',
// null-terminated and encoded in UTF16 form. The copy will require at most str.length*4+2 bytes of space in the HEAP.
// Use the function lengthBytesUTF16() to compute the exact number of bytes (excluding null terminator) that this function will write.
// Parameters:
//   str: the Javascript string to copy.
//   outPtr: Byte address in Emscripten HEAP where to write the string to.
//   maxBytesToWrite: The maximum number of bytes this function can write to the array. This count should include the null
//                    terminator, i.e. if maxBytesToWrite=2, only the null terminator will be written and nothing else.
//                    maxBytesToWrite<2 does not write any bytes to the output, not even the null terminator.
// Returns the number of bytes written, EXCLUDING the null terminator.

function stringToUTF16(str, outPtr, maxBytesToWrite) {
  assert(outPtr % 2 == 0, 'Pointer passed to stringToUTF16 must be aligned to two bytes!');
  assert(typeof maxBytesToWrite == 'number', 'stringToUTF16(str, outPtr, maxBytesToWrite) is missing the third parameter that specifies the length of the output buffer!');
  // Backwards compatibility: if max bytes is not specified, assume unsafe unbounded write is allowed.
  if (maxBytesToWrite === undefined) {
    maxBytesToWrite = 0x7FFFFFFF;
  }
  if (maxBytesToWrite < 2) return 0;
  maxBytesToWrite -= 2; // Null terminator.
  var startPtr = outPtr;
  var numCharsToWrite = (maxBytesToWrite < str.length*2) ? (maxBytesToWrite / 2) : str.length;
  for (var i = 0; i < numCharsToWrite; ++i) {
    // charCodeAt returns a UTF-16 encoded code unit, so it can be directly written to the HEAP.
    var codeUnit = str.charCodeAt(i); // possibly a lead surrogate
    HEAP16[((outPtr)>>1)] = codeUnit;
    outPtr += 2;
  }
  // Null-terminate the pointer to the HEAP.
  HEAP16[((outPtr)>>1)] = 0;
  return outPtr - startPtr;
}

// Returns the number of bytes the given Javascript string takes if encoded as a UTF16 byte array, EXCLUDING the null terminator byte.

function lengthBytesUTF16(str) {
  return str.length*2;
}

function UTF32ToString(ptr, maxBytesToRead) {
  assert(ptr % 4 == 0, 'Pointer passed to UTF32ToString must be aligned to four bytes!');
  var i = 0;

  var str = '';
  // If maxBytesToRead is not passed explicitly, it will be undefined, and this
  // will always evaluate to true. This saves on code size.
  while (!(i >= maxBytesToRead / 4)) {
    var utf32 = HEAP32[(((ptr)+(i*4))>>2)];
    if (utf32 == 0) break;
    ++i;
    // Gotcha: fromCharCode constructs a character from a UTF-16 encoded code (pair), not from a Unicode code point! So encode the code point to UTF-16 for constructing.
    // See http://unicode.org/faq/utf_bom.html#utf16-3
    if (utf32 >= 0x10000) {
      var ch = utf32 - 0x10000;
      str += String.fromCharCode(0xD800 | (ch >> 10), 0xDC00 | (ch & 0x3FF));
    } else {
      str += String.fromCharCode(utf32);
    }
  }
  return str;
}

// Copies the given Javascript String object 'str' to the emscripten HEAP at address 'outPtr',
// null-terminated and encoded in UTF32 form. The copy will require at most str.length*4+4 bytes of space in the HEAP.
// Use the function lengthBytesUTF32() to compute the exact number of bytes (excluding null terminator) that this function will write.
// Parameters:
//   str: the Javascript string to copy.
//   outPtr: Byte address in Emscripten HEAP where to write the string to.
//   maxBytesToWrite: The maximum number of bytes this function can write to the array. This count should include the null
//                    terminator, i.e. if maxBytesToWrite=4, only the null terminator will be written and nothing else.
//                    maxBytesToWrite<4 does not write any bytes to the output, not even the null terminator.
// Returns the number of bytes written, EXCLUDING the null terminator.

function stringToUTF32(str, outPtr, maxBytesToWrite) {
  assert(outPtr % 4 == 0, 'Pointer passed to stringToUTF32 must be aligned to four bytes!');
  assert(typeof maxBytesToWrite == 'number', 'stringToUTF32(str, outPtr, maxBytesToWrite) is missing the third parameter that specifies the length of the output buffer!');
  // Backwards compatibility: if max bytes is not specified, assume unsafe unbounded write is allowed.
  if (maxBytesToWrite === undefined) {
    maxBytesToWrite = 0x7FFFFFFF;
  }
  if (maxBytesToWrite < 4) return 0;
  var startPtr = outPtr;
  var endPtr = startPtr + maxBytesToWrite - 4;
  for (var i = 0; i < str.length; ++i) {
    // Gotcha: charCodeAt returns a 16-bit word that is a UTF-16 encoded code unit, not a Unicode code point of the character! We must decode the string to UTF-32 to the heap.
    // See http://unicode.org/faq/utf_bom.html#utf16-3
    var codeUnit = str.charCodeAt(i); // possibly a lead surrogate
    if (codeUnit >= 0xD800 && codeUnit <= 0xDFFF) {
      var trailSurrogate = str.charCodeAt(++i);
      codeUnit = 0x10000 + ((codeUnit & 0x3FF) << 10) | (trailSurrogate & 0x3FF);
    }
    HEAP32[((outPtr)>>2)] = codeUnit;
    outPtr += 4;
    if (outPtr + 4 > endPtr) break;
  }
  // Null-terminate the pointer to the HEAP.
  HEAP32[((outPtr)>>2)] = 0;
  return outPtr - startPtr;
}

// Returns the number of bytes the given Javascript string takes if encoded as a UTF16 byte array, EXCLUDING the null terminator byte.

function lengthBytesUTF32(str) {
  var len = 0;
  for (var i = 0; i < str.length; ++i) {
    // Gotcha: charCodeAt returns a 16-bit word that is a UTF-16 encoded code unit, not a Unicode code point of the character! We must decode the string to UTF-32 to the heap.
    // See http://unicode.org/faq/utf_bom.html#utf16-3
    var codeUnit = str.charCodeAt(i);
    if (codeUnit >= 0xD800 && codeUnit <= 0xDFFF) ++i; // possibly a lead surrogate, so skip over the tail surrogate.
    len += 4;
  }

  return len;
}

// Allocate heap space for a JS string, and write it there.
// It is the responsibility of the caller to free() that memory.
function allocateUTF8(str) {
  var size = lengthBytesUTF8(str) + 1;
  var ret = abort('malloc was not included, but is needed in allocateUTF8. Adding "_malloc" to EXPORTED_FUNCTIONS should fix that. This may be a bug in the compiler, please file an issue.');;
  if (ret) stringToUTF8Array(str, HEAP8, ret, size);
  return ret;
}

// Allocate stack space for a JS string, and write it there.
function allocateUTF8OnStack(str) {
  var size = lengthBytesUTF8(str) + 1;
  var ret = stackAlloc(size);
  stringToUTF8Array(str, HEAP8, ret, size);
  return ret;
}

// Deprecated: This function should not be called because it is unsafe and does not provide
// a maximum length limit of how many bytes it is allowed to write. Prefer calling the
// function stringToUTF8Array() instead, which takes in a maximum length that can be used
// to be secure from out of bounds writes.
/** @deprecated
    @param {boolean=} dontAddNull */
function writeStringToMemory(string, buffer, dontAddNull) {
  warnOnce('writeStringToMemory is deprecated and should not be called! Use stringToUTF8() instead!');

  var /** @type {number} */ lastChar, /** @type {number} */ end;
  if (dontAddNull) {
    // stringToUTF8Array always appends null. If we don't want to do that, remember the
    // character that existed at the location where the null will be placed, and restore
    // that after the write (below).
    end = buffer + lengthBytesUTF8(string);
    lastChar = HEAP8[end];
  }
  stringToUTF8(string, buffer, Infinity);
  if (dontAddNull) HEAP8[end] = lastChar; // Restore the value under the null character.
}

function writeArrayToMemory(array, buffer) {
  assert(array.length >= 0, 'writeArrayToMemory array must have a length (should be an array or typed array)')
  HEAP8.set(array, buffer);
}

/** @param {boolean=} dontAddNull */
function writeAsciiToMemory(str, buffer, dontAddNull) {
  for (var i = 0; i < str.length; ++i) {
    assert(str.charCodeAt(i) === (str.charCodeAt(i) & 0xff));
    HEAP8[((buffer++)>>0)] = str.charCodeAt(i);
  }
  // Null-terminate the pointer to the HEAP.
  if (!dontAddNull) HEAP8[((buffer)>>0)] = 0;
}

// end include: runtime_strings_extra.js
// Memory management

var HEAP,
/** @type {!ArrayBuffer} */
  buffer,
/** @type {!Int8Array} */
  HEAP8,
/** @type {!Uint8Array} */
  HEAPU8,
/** @type {!Int16Array} */
  HEAP16,
/** @type {!Uint16Array} */
  HEAPU16,
/** @type {!Int32Array} */
  HEAP32,
/** @type {!Uint32Array} */
  HEAPU32,
/** @type {!Float32Array} */
  HEAPF32,
/** @type {!Float64Array} */
  HEAPF64;

function updateGlobalBufferAndViews(buf) {
  buffer = buf;
  Module['HEAP8'] = HEAP8 = new Int8Array(buf);
  Module['HEAP16'] = HEAP16 = new Int16Array(buf);
  Module['HEAP32'] = HEAP32 = new Int32Array(buf);
  Module['HEAPU8'] = HEAPU8 = new Uint8Array(buf);
  Module['HEAPU16'] = HEAPU16 = new Uint16Array(buf);
  Module['HEAPU32'] = HEAPU32 = new Uint32Array(buf);
  Module['HEAPF32'] = HEAPF32 = new Float32Array(buf);
  Module['HEAPF64'] = HEAPF64 = new Float64Array(buf);
}

var TOTAL_STACK = 5242880;
if (Module['TOTAL_STACK']) assert(TOTAL_STACK === Module['TOTAL_STACK'], 'the stack size can no longer be determined at runtime')

var INITIAL_MEMORY = Module['INITIAL_MEMORY'] || 16777216;legacyModuleProp('INITIAL_MEMORY', 'INITIAL_MEMORY');

assert(INITIAL_MEMORY >= TOTAL_STACK, 'INITIAL_MEMORY should be larger than TOTAL_STACK, was ' + INITIAL_MEMORY + '! (TOTAL_STACK=' + TOTAL_STACK + ')');

// check for full engine support (use string 'subarray' to avoid closure compiler confusion)
assert(typeof Int32Array != 'undefined' && typeof Float64Array !== 'undefined' && Int32Array.prototype.subarray != undefined && Int32Array.prototype.set != undefined,
       'JS engine does not provide full typed array support');

// If memory is defined in wasm, the user can't provide it.
assert(!Module['wasmMemory'], 'Use of `wasmMemory` detected.  Use -s IMPORTED_MEMORY to define wasmMemory externally');
assert(INITIAL_MEMORY == 16777216, 'Detected runtime INITIAL_MEMORY setting.  Use -s IMPORTED_MEMORY to define wasmMemory dynamically');

// include: runtime_init_table.js
// In regular non-RELOCATABLE mode the table is exported
// from the wasm module and this will be assigned once
// the exports are available.
var wasmTable;

// end include: runtime_init_table.js
// include: runtime_stack_check.js


// Initializes the stack cookie. Called at the startup of main and at the startup of each thread in pthreads mode.
function writeStackCookie() {
  var max = _emscripten_stack_get_end();
  assert((max & 3) == 0);
  // The stack grows downwards
  HEAP32[((max + 4)>>2)] = 0x2135467;
  HEAP32[((max + 8)>>2)] = 0x89BACDFE;
  // Also test the global address 0 for integrity.
  HEAP32[0] = 0x63736d65; /* 'emsc' */
}

function checkStackCookie() {
  if (ABORT) return;
  var max = _emscripten_stack_get_end();
  var cookie1 = HEAPU32[((max + 4)>>2)];
  var cookie2 = HEAPU32[((max + 8)>>2)];
  if (cookie1 != 0x2135467 || cookie2 != 0x89BACDFE) {
    abort('Stack overflow! Stack cookie has been overwritten, expected hex dwords 0x89BACDFE and 0x2135467, but received 0x' + cookie2.toString(16) + ' 0x' + cookie1.toString(16));
  }
  // Also test the global address 0 for integrity.
  if (HEAP32[0] !== 0x63736d65 /* 'emsc' */) abort('Runtime error: The application has corrupted its heap memory area (address zero)!');
}

// end include: runtime_stack_check.js
// include: runtime_assertions.js


// Endianness check
(function() {
  var h16 = new Int16Array(1);
  var h8 = new Int8Array(h16.buffer);
  h16[0] = 0x6373;
  if (h8[0] !== 0x73 || h8[1] !== 0x63) throw 'Runtime error: expected the system to be little-endian! (Run with -s SUPPORT_BIG_ENDIAN=1 to bypass)';
})();

// end include: runtime_assertions.js
var __ATPRERUN__  = []; // functions called before the runtime is initialized
var __ATINIT__    = []; // functions called during startup
var __ATMAIN__    = []; // functions called when main() is to be run
var __ATEXIT__    = []; // functions called during shutdown
var __ATPOSTRUN__ = []; // functions called after the main() is called

var runtimeInitialized = false;
var runtimeExited = false;
var runtimeKeepaliveCounter = 0;

function keepRuntimeAlive() {
  return noExitRuntime || runtimeKeepaliveCounter > 0;
}

function preRun() {

  if (Module['preRun']) {
    if (typeof Module['preRun'] == 'function') Module['preRun'] = [Module['preRun']];
    while (Module['preRun'].length) {
      addOnPreRun(Module['preRun'].shift());
    }
  }

  callRuntimeCallbacks(__ATPRERUN__);
}

function initRuntime() {
  checkStackCookie();
  assert(!runtimeInitialized);
  runtimeInitialized = true;

  
  callRuntimeCallbacks(__ATINIT__);
}

function preMain() {
  checkStackCookie();
  
  callRuntimeCallbacks(__ATMAIN__);
}

function exitRuntime() {
  checkStackCookie();
  runtimeExited = true;
}

function postRun() {
  checkStackCookie();

  if (Module['postRun']) {
    if (typeof Module['postRun'] == 'function') Module['postRun'] = [Module['postRun']];
    while (Module['postRun'].length) {
      addOnPostRun(Module['postRun'].shift());
    }
  }

  callRuntimeCallbacks(__ATPOSTRUN__);
}

function addOnPreRun(cb) {
  __ATPRERUN__.unshift(cb);
}

function addOnInit(cb) {
  __ATINIT__.unshift(cb);
}

function addOnPreMain(cb) {
  __ATMAIN__.unshift(cb);
}

function addOnExit(cb) {
}

function addOnPostRun(cb) {
  __ATPOSTRUN__.unshift(cb);
}

// include: runtime_math.js


// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Math/imul

// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Math/fround

// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Math/clz32

// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Math/trunc

assert(Math.imul, 'This browser does not support Math.imul(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill');
assert(Math.fround, 'This browser does not support Math.fround(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill');
assert(Math.clz32, 'This browser does not support Math.clz32(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill');
assert(Math.trunc, 'This browser does not support Math.trunc(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill');

// end include: runtime_math.js
// A counter of dependencies for calling run(). If we need to
// do asynchronous work before running, increment this and
// decrement it. Incrementing must happen in a place like
// Module.preRun (used by emcc to add file preloading).
// Note that you can add dependencies in preRun, even though
// it happens right before run - run will be postponed until
// the dependencies are met.
var runDependencies = 0;
var runDependencyWatcher = null;
var dependenciesFulfilled = null; // overridden to take different actions when all run dependencies are fulfilled
var runDependencyTracking = {};

function getUniqueRunDependency(id) {
  var orig = id;
  while (1) {
    if (!runDependencyTracking[id]) return id;
    id = orig + Math.random();
  }
}

function addRunDependency(id) {
  runDependencies++;

  if (Module['monitorRunDependencies']) {
    Module['monitorRunDependencies'](runDependencies);
  }

  if (id) {
    assert(!runDependencyTracking[id]);
    runDependencyTracking[id] = 1;
    if (runDependencyWatcher === null && typeof setInterval != 'undefined') {
      // Check for missing dependencies every few seconds
      runDependencyWatcher = setInterval(function() {
        if (ABORT) {
          clearInterval(runDependencyWatcher);
          runDependencyWatcher = null;
          return;
        }
        var shown = false;
        for (var dep in runDependencyTracking) {
          if (!shown) {
            shown = true;
            err('still waiting on run dependencies:');
          }
          err('dependency: ' + dep);
        }
        if (shown) {
          err('(end of list)');
        }
      }, 10000);
    }
  } else {
    err('warning: run dependency added without ID');
  }
}

function removeRunDependency(id) {
  runDependencies--;

  if (Module['monitorRunDependencies']) {
    Module['monitorRunDependencies'](runDependencies);
  }

  if (id) {
    assert(runDependencyTracking[id]);
    delete runDependencyTracking[id];
  } else {
    err('warning: run dependency removed without ID');
  }
  if (runDependencies == 0) {
    if (runDependencyWatcher !== null) {
      clearInterval(runDependencyWatcher);
      runDependencyWatcher = null;
    }
    if (dependenciesFulfilled) {
      var callback = dependenciesFulfilled;
      dependenciesFulfilled = null;
      callback(); // can add another dependenciesFulfilled
    }
  }
}

Module["preloadedImages"] = {}; // maps url to image data
Module["preloadedAudios"] = {}; // maps url to audio data

/** @param {string|number=} what */
function abort(what) {
  {
    if (Module['onAbort']) {
      Module['onAbort'](what);
    }
  }

  what = 'Aborted(' + what + ')';
  // TODO(sbc): Should we remove printing and leave it up to whoever
  // catches the exception?
  err(what);

  ABORT = true;
  EXITSTATUS = 1;

  // Use a wasm runtime error, because a JS error might be seen as a foreign
  // exception, which means we'd run destructors on it. We need the error to
  // simply make the program stop.

  // Suppress closure compiler warning here. Closure compiler's builtin extern
  // defintion for WebAssembly.RuntimeError claims it takes no arguments even
  // though it can.
  // TODO(https://github.com/google/closure-compiler/pull/3913): Remove if/when upstream closure gets fixed.

  /** @suppress {checkTypes} */
  var e = new WebAssembly.RuntimeError(what);

  readyPromiseReject(e);
  // Throw the error whether or not MODULARIZE is set because abort is used
  // in code paths apart from instantiation where an exception is expected
  // to be thrown when abort is called.
  throw e;
}

// {{MEM_INITIALIZER}}

// include: memoryprofiler.js


// end include: memoryprofiler.js
// show errors on likely calls to FS when it was not included
var FS = {
  error: function() {
    abort('Filesystem support (FS) was not included. The problem is that you are using files from JS, but files were not used from C/C++, so filesystem support was not auto-included. You can force-include filesystem support with  -s FORCE_FILESYSTEM=1');
  },
  init: function() { FS.error() },
  createDataFile: function() { FS.error() },
  createPreloadedFile: function() { FS.error() },
  createLazyFile: function() { FS.error() },
  open: function() { FS.error() },
  mkdev: function() { FS.error() },
  registerDevice: function() { FS.error() },
  analyzePath: function() { FS.error() },
  loadFilesFromDB: function() { FS.error() },

  ErrnoError: function ErrnoError() { FS.error() },
};
Module['FS_createDataFile'] = FS.createDataFile;
Module['FS_createPreloadedFile'] = FS.createPreloadedFile;

// include: URIUtils.js


// Prefix of data URIs emitted by SINGLE_FILE and related options.
var dataURIPrefix = 'data:application/octet-stream;base64,';

// Indicates whether filename is a base64 data URI.
function isDataURI(filename) {
  // Prefix of data URIs emitted by SINGLE_FILE and related options.
  return filename.startsWith(dataURIPrefix);
}

// Indicates whether filename is delivered via file protocol (as opposed to http/https)
function isFileURI(filename) {
  return filename.startsWith('file://');
}

// end include: URIUtils.js
/** @param {boolean=} fixedasm */
function createExportWrapper(name, fixedasm) {
  return function() {
    var displayName = name;
    var asm = fixedasm;
    if (!fixedasm) {
      asm = Module['asm'];
    }
    assert(runtimeInitialized, 'native function `' + displayName + '` called before runtime initialization');
    assert(!runtimeExited, 'native function `' + displayName + '` called after runtime exit (use NO_EXIT_RUNTIME to keep it alive after main() exits)');
    if (!asm[name]) {
      assert(asm[name], 'exported native function `' + displayName + '` not found');
    }
    return asm[name].apply(null, arguments);
  };
}

var wasmBinaryFile;
  wasmBinaryFile = 'data:application/octet-stream;base64,AGFzbQEAAAABkoGAgAAWYAF/AX9gA39/fwF/YAABf2ABfwBgAn9/AX9gAABgAn9/AGADf35/AX5gA39/fwBgBX9/f39/AX9gBn98f39/fwF/YAJ+fwF/YAR/fn5/AGAEf39/fwF/YAJ8fwF8YAd/f39/f39/AX9gBH9/f38AYAN+f38Bf2AFf39/f38AYAF8AX5gAn5+AXxgBH9/fn8BfgL/gICAAAUDZW52CmNoZWNrcG9pbnQAAxZ3YXNpX3NuYXBzaG90X3ByZXZpZXcxCGZkX3dyaXRlAA0DZW52FWVtc2NyaXB0ZW5fbWVtY3B5X2JpZwABA2VudhZlbXNjcmlwdGVuX3Jlc2l6ZV9oZWFwAAADZW52C3NldFRlbXBSZXQwAAMDxYCAgABEBQYIAAAABQIEBAEABwEAAwMCBQMAAAEEAg4BAQkPCAAQEQsLEgEKBhMAAgICBQEEAAMEBAYEAgAMDBQCAwAFAgICFQkEhYCAgAABcAEGBgWGgICAAAEBgAKAAgaTgICAAAN/AUGAncACC38BQQALfwFBAAsHhYKAgAAOBm1lbW9yeQIAEV9fd2FzbV9jYWxsX2N0b3JzAAUEbWFpbgANGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBABBfX2Vycm5vX2xvY2F0aW9uAB0MX19zdGRpb19leGl0ABcVZW1zY3JpcHRlbl9zdGFja19pbml0AEMZZW1zY3JpcHRlbl9zdGFja19nZXRfZnJlZQBEGWVtc2NyaXB0ZW5fc3RhY2tfZ2V0X2Jhc2UARRhlbXNjcmlwdGVuX3N0YWNrX2dldF9lbmQARglzdGFja1NhdmUAQAxzdGFja1Jlc3RvcmUAQQpzdGFja0FsbG9jAEIMZHluQ2FsbF9qaWppAEgJi4CAgAABAEEBCwUQDxErLArau4GAAEQGABBDEDILgwIaAX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfyMAIQJBECEDIAIgA2shBCAEIAA2AgwgBCABNgIIQQAhBSAEIAU2AgQCQANAIAQoAgQhBiAEKAIIIQcgBiEIIAchCSAIIAlJIQpBASELIAogC3EhDCAMRQ0BQQAhDSANKALwDCEOIAQoAgwhDyAEKAIEIRAgDyAQaiERIBEtAAAhEkH/ASETIBIgE3EhFCAOIBRzIRVBk4OACCEWIBUgFmwhF0EAIRggGCAXNgLwDCAEKAIEIRlBASEaIBkgGmohGyAEIBs2AgQMAAsACw8LxgIfAX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8jACEDQSAhBCADIARrIQUgBSQAIAUgADYCHCAFIAE2AhggBSACNgIUIAUoAhwhBiAFIAY2AhBBACEHIAUgBzYCDAJAA0AgBSgCDCEIIAUoAhghCSAIIQogCSELIAogC0khDEEBIQ0gDCANcSEOIA5FDQEgBSgCFCEPQR0hECAPIBBsIREgBSgCDCESQQUhEyASIBNsIRQgESAUaiEVQQMhFiAVIBZqIRcgBSgCECEYIAUoAgwhGSAYIBlqIRogGiAXOgAAIAUoAgwhG0EBIRwgGyAcaiEdIAUgHTYCDAwACwALIAUoAhAhHiAFKAIYIR8gHiAfEAZBICEgIAUgIGohISAhJAAPC3gLAX8BfwF/AX8BfwF/AX8BfwF/AX8BfyMAIQFBECECIAEgAmshAyADJAAgAyAANgIMQbgqIQQgBBA1IQUgAyAFNgIIIAMoAgghBiADKAIMIQdBuCohCCAGIAggBxAHIAMoAgghCUEQIQogAyAKaiELIAskACAJDwt9DAF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfyMAIQFBECECIAEgAmshAyADJAAgAyAANgIMIAMoAgwhBEEBIQUgBCAFaiEGIAYQCCEHIAMgBzYCCCADKAIIIQhBCCEJIAggCRAGIAMoAgghCkEQIQsgAyALaiEMIAwkACAKDwuMAQ4BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/IwAhAUEQIQIgASACayEDIAMkACADIAA2AgwgAygCDCEEQQMhBSAEIAVsIQYgBhAJIQcgAyAHNgIIIAMoAgghCEEIIQkgCCAJaiEKQQghCyAKIAsQBiADKAIIIQxBECENIAMgDWohDiAOJAAgDA8LRgcBfwF/AX8BfwF/AX8Bf0GPMyEAIAAQNSEBQQAhAiACIAE2AsAOQQAhAyADKALADiEEQY8zIQVBzQAhBiAEIAUgBhAHDwvKDasBAX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/IwAhAEHAACEBIAAgAWshAiACJABBACEDIAIgAzYCPEEAIQQgAiAENgI4AkADQCACKAI4IQVBBCEGIAUhByAGIQggByAISCEJQQEhCiAJIApxIQsgC0UNAUHNCiEMIAwQNSENIAIoAjghDkHQDiEPQQIhECAOIBB0IREgDyARaiESIBIgDTYCACACKAI4IRNB0A4hFEECIRUgEyAVdCEWIBQgFmohFyAXKAIAIRggAigCOCEZQc0KIRogGCAaIBkQByACKAI4IRtBASEcIBsgHGohHSACIB02AjgMAAsAC0EAIR4gAiAeNgI4AkADQCACKAI4IR9BAiEgIB8hISAgISIgISAiSCEjQQEhJCAjICRxISUgJUUNAUEEISZB5QQhJyAmICcQOiEoIAIoAjghKUEEISogKSAqaiErQdAOISxBAiEtICsgLXQhLiAsIC5qIS8gLyAoNgIAIAIoAjghMEEEITEgMCAxaiEyQdAOITNBAiE0IDIgNHQhNSAzIDVqITYgNigCACE3QZQTITggNyA4EAYgAigCOCE5QQEhOiA5IDpqITsgAiA7NgI4DAALAAtBpBMhPCA8EDUhPSACID02AjQgAigCNCE+QaQTIT9BBSFAID4gPyBAEAcgAigCNCFBQfsbIUIgQSBCEDchQyACIEM2AjQgAigCNCFEQfsbIUVBBiFGIEQgRSBGEAcgAigCNCFHQQAhSCBIIEc2AugOQQAhSSBJKALwDCFKIAIgSjYCIEHyCCFLQSAhTCACIExqIU0gSyBNEA4aQQEhTiBOEABBACFPIE8oAtAOIVAgUBA2QQAhUSBRKALUDiFSIFIQNkEAIVMgUygC4A4hVCBUEDZBACFVIFUoAvAMIVYgAiBWNgIwQd4IIVdBMCFYIAIgWGohWSBXIFkQDhpBAiFaIFoQAEEAIVsgAiBbNgI4AkADQCACKAI4IVxBAyFdIFwhXiBdIV8gXiBfSCFgQQEhYSBgIGFxIWIgYkUNASACKAI4IWMgYxAKIWQgAigCOCFlQQghZiBlIGZqIWdB0A4haEECIWkgZyBpdCFqIGggamohayBrIGQ2AgAgAigCOCFsQQEhbSBsIG1qIW4gAiBuNgI4DAALAAtBACFvIAIgbzYCOAJAA0AgAigCOCFwQQIhcSBwIXIgcSFzIHIgc0ghdEEBIXUgdCB1cSF2IHZFDQEgAigCOCF3QTIheCB3IHhqIXkgeRAJIXogAigCOCF7QQshfCB7IHxqIX1B0A4hfkECIX8gfSB/dCGAASB+IIABaiGBASCBASB6NgIAIAIoAjghggFBASGDASCCASCDAWohhAEgAiCEATYCOAwACwALQQAhhQEghQEoAvAMIYYBIAIghgE2AhBBygghhwFBECGIASACIIgBaiGJASCHASCJARAOGkEDIYoBIIoBEAAQC0EAIYsBIIsBKALYDiGMASCMARA2QQAhjQEgjQEoAtwOIY4BII4BEDZBACGPASCPASgC5A4hkAEgkAEQNkEAIZEBIJEBKALoDiGSASCSARA2QQghkwEgAiCTATYCOAJAA0AgAigCOCGUAUENIZUBIJQBIZYBIJUBIZcBIJYBIJcBSCGYAUEBIZkBIJgBIJkBcSGaASCaAUUNASACKAI4IZsBQdAOIZwBQQIhnQEgmwEgnQF0IZ4BIJwBIJ4BaiGfASCfASgCACGgASCgARA2IAIoAjghoQFBASGiASChASCiAWohowEgAiCjATYCOAwACwALQQAhpAEgpAEoAvAMIaUBIAIgpQE2AgBBtgghpgEgpgEgAhAOGkEEIacBIKcBEABBACGoAUHAACGpASACIKkBaiGqASCqASQAIKgBDwsLAQF/EAwhAiACDwsoAQF/IwBBEGsiAiQAIAIgATYCDEH4DCAAIAEQKiEBIAJBEGokACABC+ICBwF/AX8BfwF/AX8BfwF/IwBBIGsiAyQAIAMgACgCHCIENgIQIAAoAhQhBSADIAI2AhwgAyABNgIYIAMgBSAEayIBNgIUIAEgAmohBkECIQcgA0EQaiEBAkACQAJAAkAgACgCPCADQRBqQQIgA0EMahABEC4NAANAIAYgAygCDCIERg0CIARBf0wNAyABIAQgASgCBCIISyIFQQN0aiIJIAkoAgAgBCAIQQAgBRtrIghqNgIAIAFBDEEEIAUbaiIJIAkoAgAgCGs2AgAgBiAEayEGIAAoAjwgAUEIaiABIAUbIgEgByAFayIHIANBDGoQARAuRQ0ACwsgBkF/Rw0BCyAAIAAoAiwiATYCHCAAIAE2AhQgACABIAAoAjBqNgIQIAIhBAwBC0EAIQQgAEEANgIcIABCADcDECAAIAAoAgBBIHI2AgAgB0ECRg0AIAIgASgCBGshBAsgA0EgaiQAIAQLBABBAAsEAEIAC/YCBAF/AX8BfwF+AkAgAkUNACAAIAE6AAAgAiAAaiIDQX9qIAE6AAAgAkEDSQ0AIAAgAToAAiAAIAE6AAEgA0F9aiABOgAAIANBfmogAToAACACQQdJDQAgACABOgADIANBfGogAToAACACQQlJDQAgAEEAIABrQQNxIgRqIgMgAUH/AXFBgYKECGwiATYCACADIAIgBGtBfHEiBGoiAkF8aiABNgIAIARBCUkNACADIAE2AgggAyABNgIEIAJBeGogATYCACACQXRqIAE2AgAgBEEZSQ0AIAMgATYCGCADIAE2AhQgAyABNgIQIAMgATYCDCACQXBqIAE2AgAgAkFsaiABNgIAIAJBaGogATYCACACQWRqIAE2AgAgBCADQQRxQRhyIgVrIgJBIEkNACABrUKBgICAEH4hBiADIAVqIQEDQCABIAY3AxggASAGNwMQIAEgBjcDCCABIAY3AwAgAUEgaiEBIAJBYGoiAkEfSw0ACwsgAAsEAEEBCwIACwIACwoAQdgXEBVB3BcLOQEBfwJAEBYoAgAiAEUNAANAIAAQGCAAKAI4IgANAAsLQQAoAuAXEBhBACgCiA4QGEEAKALgFxAYC2MCAX8BfwJAIABFDQACQCAAKAJMQQBIDQAgABATGgsCQCAAKAIUIAAoAhxGDQAgAEEAQQAgACgCJBEBABoLIAAoAgQiASAAKAIIIgJGDQAgACABIAJrrEEBIAAoAigRBwAaCwtcAQF/IAAgACgCSCIBQX9qIAFyNgJIAkAgACgCACIBQQhxRQ0AIAAgAUEgcjYCAEF/DwsgAEIANwIEIAAgACgCLCIBNgIcIAAgATYCFCAAIAEgACgCMGo2AhBBAAsKACAAQVBqQQpJC+cBAgF/AX8gAkEARyEDAkACQAJAIABBA3FFDQAgAkUNACABQf8BcSEEA0AgAC0AACAERg0CIAJBf2oiAkEARyEDIABBAWoiAEEDcUUNASACDQALCyADRQ0BCwJAIAAtAAAgAUH/AXFGDQAgAkEESQ0AIAFB/wFxQYGChAhsIQQDQCAAKAIAIARzIgNBf3MgA0H//ft3anFBgIGChHhxDQEgAEEEaiEAIAJBfGoiAkEDSw0ACwsgAkUNACABQf8BcSEDA0ACQCAALQAAIANHDQAgAA8LIABBAWohACACQX9qIgINAAsLQQALFgEBfyAAQQAgARAbIgIgAGsgASACGwsFAEHkFwuOAQIBfgF/AkAgAL0iAkI0iKdB/w9xIgNB/w9GDQACQCADDQACQAJAIABEAAAAAAAAAABiDQBBACEDDAELIABEAAAAAAAA8EOiIAEQHiEAIAEoAgBBQGohAwsgASADNgIAIAAPCyABIANBgnhqNgIAIAJC/////////4eAf4NCgICAgICAgPA/hL8hAAsgAAuTBAMBfwF/AX8CQCACQYAESQ0AIAAgASACEAIaIAAPCyAAIAJqIQMCQAJAIAEgAHNBA3ENAAJAAkAgAEEDcQ0AIAAhAgwBCwJAIAINACAAIQIMAQsgACECA0AgAiABLQAAOgAAIAFBAWohASACQQFqIgJBA3FFDQEgAiADSQ0ACwsCQCADQXxxIgRBwABJDQAgAiAEQUBqIgVLDQADQCACIAEoAgA2AgAgAiABKAIENgIEIAIgASgCCDYCCCACIAEoAgw2AgwgAiABKAIQNgIQIAIgASgCFDYCFCACIAEoAhg2AhggAiABKAIcNgIcIAIgASgCIDYCICACIAEoAiQ2AiQgAiABKAIoNgIoIAIgASgCLDYCLCACIAEoAjA2AjAgAiABKAI0NgI0IAIgASgCODYCOCACIAEoAjw2AjwgAUHAAGohASACQcAAaiICIAVNDQALCyACIARPDQEDQCACIAEoAgA2AgAgAUEEaiEBIAJBBGoiAiAESQ0ADAILAAsCQCADQQRPDQAgACECDAELAkAgA0F8aiIEIABPDQAgACECDAELIAAhAgNAIAIgAS0AADoAACACIAEtAAE6AAEgAiABLQACOgACIAIgAS0AAzoAAyABQQRqIQEgAkEEaiICIARNDQALCwJAIAIgA08NAANAIAIgAS0AADoAACABQQFqIQEgAkEBaiICIANHDQALCyAAC9ABAwF/AX8BfwJAAkAgAigCECIDDQBBACEEIAIQGQ0BIAIoAhAhAwsCQCADIAIoAhQiBWsgAU8NACACIAAgASACKAIkEQEADwsCQAJAIAIoAlBBAE4NAEEAIQMMAQsgASEEA0ACQCAEIgMNAEEAIQMMAgsgACADQX9qIgRqLQAAQQpHDQALIAIgACADIAIoAiQRAQAiBCADSQ0BIAAgA2ohACABIANrIQEgAigCFCEFCyAFIAAgARAfGiACIAIoAhQgAWo2AhQgAyABaiEECyAEC/sCBAF/AX8BfwF/IwBB0AFrIgUkACAFIAI2AswBQQAhBiAFQaABakEAQSgQEhogBSAFKALMATYCyAECQAJAQQAgASAFQcgBaiAFQdAAaiAFQaABaiADIAQQIkEATg0AQX8hAQwBCwJAIAAoAkxBAEgNACAAEBMhBgsgACgCACEHAkAgACgCSEEASg0AIAAgB0FfcTYCAAsCQAJAAkACQCAAKAIwDQAgAEHQADYCMCAAQQA2AhwgAEIANwMQIAAoAiwhCCAAIAU2AiwMAQtBACEIIAAoAhANAQtBfyECIAAQGQ0BCyAAIAEgBUHIAWogBUHQAGogBUGgAWogAyAEECIhAgsgB0EgcSEBAkAgCEUNACAAQQBBACAAKAIkEQEAGiAAQQA2AjAgACAINgIsIABBADYCHCAAKAIUIQMgAEIANwMQIAJBfyADGyECCyAAIAAoAgAiAyABcjYCAEF/IAIgA0EgcRshASAGRQ0AIAAQFAsgBUHQAWokACABC6MTEgF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX8BfiMAQdAAayIHJAAgByABNgJMIAdBN2ohCCAHQThqIQlBACEKQQAhC0EAIQECQAJAAkACQANAIAFB/////wcgC2tKDQEgASALaiELIAcoAkwiDCEBAkACQAJAAkACQCAMLQAAIg1FDQADQAJAAkACQCANQf8BcSINDQAgASENDAELIA1BJUcNASABIQ0DQCABLQABQSVHDQEgByABQQJqIg42AkwgDUEBaiENIAEtAAIhDyAOIQEgD0ElRg0ACwsgDSAMayIBQf////8HIAtrIg1KDQgCQCAARQ0AIAAgDCABECMLIAENB0F/IRBBASEOIAcoAkwsAAEQGiEPIAcoAkwhAQJAIA9FDQAgAS0AAkEkRw0AIAEsAAFBUGohEEEBIQpBAyEOCyAHIAEgDmoiATYCTEEAIRECQAJAIAEsAAAiEkFgaiIPQR9NDQAgASEODAELQQAhESABIQ5BASAPdCIPQYnRBHFFDQADQCAHIAFBAWoiDjYCTCAPIBFyIREgASwAASISQWBqIg9BIE8NASAOIQFBASAPdCIPQYnRBHENAAsLAkACQCASQSpHDQACQAJAIA4sAAEQGkUNACAHKAJMIg4tAAJBJEcNACAOLAABQQJ0IARqQcB+akEKNgIAIA5BA2ohASAOLAABQQN0IANqQYB9aigCACETQQEhCgwBCyAKDQZBACEKQQAhEwJAIABFDQAgAiACKAIAIgFBBGo2AgAgASgCACETCyAHKAJMQQFqIQELIAcgATYCTCATQX9KDQFBACATayETIBFBgMAAciERDAELIAdBzABqECQiE0EASA0JIAcoAkwhAQtBACEOQX8hFAJAAkAgAS0AAEEuRg0AQQAhFQwBCwJAIAEtAAFBKkcNAAJAAkAgASwAAhAaRQ0AIAcoAkwiDy0AA0EkRw0AIA8sAAJBAnQgBGpBwH5qQQo2AgAgD0EEaiEBIA8sAAJBA3QgA2pBgH1qKAIAIRQMAQsgCg0GAkACQCAADQBBACEUDAELIAIgAigCACIBQQRqNgIAIAEoAgAhFAsgBygCTEECaiEBCyAHIAE2AkwgFEF/c0EfdiEVDAELIAcgAUEBajYCTEEBIRUgB0HMAGoQJCEUIAcoAkwhAQsDQCAOIQ9BHCEWIAEsAABBhX9qQUZJDQogByABQQFqIhI2AkwgASwAACEOIBIhASAOIA9BOmxqQc8Iai0AACIOQX9qQQhJDQALAkACQAJAIA5BG0YNACAORQ0MAkAgEEEASA0AIAQgEEECdGogDjYCACAHIAMgEEEDdGopAwA3A0AMAgsgAEUNCSAHQcAAaiAOIAIgBhAlIAcoAkwhEgwCCyAQQX9KDQsLQQAhASAARQ0ICyARQf//e3EiFyARIBFBgMAAcRshDkEAIRFBgAghECAJIRYCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCASQX9qLAAAIgFBX3EgASABQQ9xQQNGGyABIA8bIgFBqH9qDiEEFRUVFRUVFRUOFQ8GDg4OFQYVFRUVAgUDFRUJFQEVFQQACyAJIRYCQCABQb9/ag4HDhULFQ4ODgALIAFB0wBGDQkMEwtBACERQYAIIRAgBykDQCEYDAULQQAhAQJAAkACQAJAAkACQAJAIA9B/wFxDggAAQIDBBsFBhsLIAcoAkAgCzYCAAwaCyAHKAJAIAs2AgAMGQsgBygCQCALrDcDAAwYCyAHKAJAIAs7AQAMFwsgBygCQCALOgAADBYLIAcoAkAgCzYCAAwVCyAHKAJAIAusNwMADBQLIBRBCCAUQQhLGyEUIA5BCHIhDkH4ACEBCyAHKQNAIAkgAUEgcRAmIQxBACERQYAIIRAgBykDQFANAyAOQQhxRQ0DIAFBBHZBgAhqIRBBAiERDAMLQQAhEUGACCEQIAcpA0AgCRAnIQwgDkEIcUUNAiAUIAkgDGsiAUEBaiAUIAFKGyEUDAILAkAgBykDQCIYQn9VDQAgB0IAIBh9Ihg3A0BBASERQYAIIRAMAQsCQCAOQYAQcUUNAEEBIRFBgQghEAwBC0GCCEGACCAOQQFxIhEbIRALIBggCRAoIQwLAkAgFUUNACAUQQBIDRALIA5B//97cSAOIBUbIQ4CQCAHKQNAIhhCAFINACAUDQAgCSEMIAkhFkEAIRQMDQsgFCAJIAxrIBhQaiIBIBQgAUobIRQMCwtBACERIAcoAkAiAUGvCCABGyEMIAwgDEH/////ByAUIBRBAEgbEBwiAWohFgJAIBRBf0wNACAXIQ4gASEUDAwLIBchDiABIRQgFi0AAA0ODAsLAkAgFEUNACAHKAJAIQ0MAgtBACEBIABBICATQQAgDhApDAILIAdBADYCDCAHIAcpA0A+AgggByAHQQhqNgJAQX8hFCAHQQhqIQ0LQQAhAQJAA0AgDSgCACIPRQ0BAkAgB0EEaiAPEDQiD0EASCIMDQAgDyAUIAFrSw0AIA1BBGohDSAUIA8gAWoiAUsNAQwCCwsgDA0OC0E9IRYgAUEASA0MIABBICATIAEgDhApAkAgAQ0AQQAhAQwBC0EAIQ8gBygCQCENA0AgDSgCACIMRQ0BIAdBBGogDBA0IgwgD2oiDyABSw0BIAAgB0EEaiAMECMgDUEEaiENIA8gAUkNAAsLIABBICATIAEgDkGAwABzECkgEyABIBMgAUobIQEMCQsCQCAVRQ0AIBRBAEgNCgtBPSEWIAAgBysDQCATIBQgDiABIAURCgAiAUEATg0IDAoLIAcgBykDQDwAN0EBIRQgCCEMIAkhFiAXIQ4MBQsgByABQQFqIg42AkwgAS0AASENIA4hAQwACwALIAANCCAKRQ0DQQEhAQJAA0AgBCABQQJ0aigCACINRQ0BIAMgAUEDdGogDSACIAYQJUEBIQsgAUEBaiIBQQpHDQAMCgsAC0EBIQsgAUEKTw0IA0AgBCABQQJ0aigCAA0BQQEhCyABQQFqIgFBCkYNCQwACwALQRwhFgwFCyAJIRYLIBYgDGsiEiAUIBQgEkgbIhRB/////wcgEWtKDQJBPSEWIBEgFGoiDyATIBMgD0gbIgEgDUoNAyAAQSAgASAPIA4QKSAAIBAgERAjIABBMCABIA8gDkGAgARzECkgAEEwIBQgEkEAECkgACAMIBIQIyAAQSAgASAPIA5BgMAAcxApDAELC0EAIQsMAwtBPSEWCxAdIBY2AgALQX8hCwsgB0HQAGokACALCxgAAkAgAC0AAEEgcQ0AIAEgAiAAECAaCwt2AwF/AX8Bf0EAIQECQCAAKAIALAAAEBoNAEEADwsDQCAAKAIAIQJBfyEDAkAgAUHMmbPmAEsNAEF/IAIsAABBUGoiAyABQQpsIgFqIANB/////wcgAWtKGyEDCyAAIAJBAWo2AgAgAyEBIAIsAAEQGg0ACyADC7YEAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAFBd2oOEgABAgUDBAYHCAkKCwwNDg8QERILIAIgAigCACIBQQRqNgIAIAAgASgCADYCAA8LIAIgAigCACIBQQRqNgIAIAAgATQCADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATUCADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATQCADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATUCADcDAA8LIAIgAigCAEEHakF4cSIBQQhqNgIAIAAgASkDADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATIBADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATMBADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATAAADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATEAADcDAA8LIAIgAigCAEEHakF4cSIBQQhqNgIAIAAgASkDADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATUCADcDAA8LIAIgAigCAEEHakF4cSIBQQhqNgIAIAAgASkDADcDAA8LIAIgAigCAEEHakF4cSIBQQhqNgIAIAAgASkDADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATQCADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATUCADcDAA8LIAIgAigCAEEHakF4cSIBQQhqNgIAIAAgASsDADkDAA8LIAAgAiADEQYACws9AQF/AkAgAFANAANAIAFBf2oiASAAp0EPcUHgDGotAAAgAnI6AAAgAEIPViEDIABCBIghACADDQALCyABCzYBAX8CQCAAUA0AA0AgAUF/aiIBIACnQQdxQTByOgAAIABCB1YhAiAAQgOIIQAgAg0ACwsgAQuMAQQBfgF/AX8BfwJAAkAgAEKAgICAEFoNACAAIQIMAQsDQCABQX9qIgEgACAAQgqAIgJCCn59p0EwcjoAACAAQv////+fAVYhAyACIQAgAw0ACwsCQCACpyIDRQ0AA0AgAUF/aiIBIAMgA0EKbiIEQQpsa0EwcjoAACADQQlLIQUgBCEDIAUNAAsLIAELcAEBfyMAQYACayIFJAACQCACIANMDQAgBEGAwARxDQAgBSABQf8BcSACIANrIgJBgAIgAkGAAkkiAxsQEhoCQCADDQADQCAAIAVBgAIQIyACQYB+aiICQf8BSw0ACwsgACAFIAIQIwsgBUGAAmokAAsOACAAIAEgAkEEQQUQIQuxGRUBfwF/AX4BfwF/AX8BfwF/AX8BfwF/AX8BfwF/AX4BfwF/AX8BfwF/AXwjAEGwBGsiBiQAQQAhByAGQQA2AiwCQAJAIAEQLSIIQn9VDQBBASEJQYoIIQogAZoiARAtIQgMAQsCQCAEQYAQcUUNAEEBIQlBjQghCgwBC0GQCEGLCCAEQQFxIgkbIQogCUUhBwsCQAJAIAhCgICAgICAgPj/AINCgICAgICAgPj/AFINACAAQSAgAiAJQQNqIgsgBEH//3txECkgACAKIAkQIyAAQZ0IQaUIIAVBIHEiDBtBoQhBqQggDBsgASABYhtBAxAjIABBICACIAsgBEGAwABzECkgAiALIAsgAkgbIQ0MAQsgBkEQaiEOAkACQAJAAkAgASAGQSxqEB4iASABoCIBRAAAAAAAAAAAYQ0AIAYgBigCLCILQX9qNgIsIAVBIHIiD0HhAEcNAQwDCyAFQSByIg9B4QBGDQJBBiADIANBAEgbIRAgBigCLCERDAELIAYgC0FjaiIRNgIsQQYgAyADQQBIGyEQIAFEAAAAAAAAsEGiIQELIAZBMGogBkHQAmogEUEASBsiEiEMA0ACQAJAIAFEAAAAAAAA8EFjIAFEAAAAAAAAAABmcUUNACABqyELDAELQQAhCwsgDCALNgIAIAxBBGohDCABIAu4oUQAAAAAZc3NQaIiAUQAAAAAAAAAAGINAAsCQAJAIBFBAU4NACARIQMgDCELIBIhEwwBCyASIRMgESEDA0AgA0EdIANBHUkbIQMCQCAMQXxqIgsgE0kNACADrSEUQgAhCANAIAsgCzUCACAUhiAIQv////8Pg3wiCCAIQoCU69wDgCIIQoCU69wDfn0+AgAgC0F8aiILIBNPDQALIAinIgtFDQAgE0F8aiITIAs2AgALAkADQCAMIgsgE00NASALQXxqIgwoAgBFDQALCyAGIAYoAiwgA2siAzYCLCALIQwgA0EASg0ACwsCQCADQX9KDQAgEEEZakEJbkEBaiEVIA9B5gBGIRYDQEEAIANrIgxBCSAMQQlJGyEXAkACQCATIAtJDQAgEygCACEMDAELQYCU69wDIBd2IRhBfyAXdEF/cyEZQQAhAyATIQwDQCAMIAwoAgAiDSAXdiADajYCACANIBlxIBhsIQMgDEEEaiIMIAtJDQALIBMoAgAhDCADRQ0AIAsgAzYCACALQQRqIQsLIAYgBigCLCAXaiIDNgIsIBIgEyAMRUECdGoiEyAWGyIMIBVBAnRqIAsgCyAMa0ECdSAVShshCyADQQBIDQALC0EAIQMCQCATIAtPDQAgEiATa0ECdUEJbCEDQQohDCATKAIAIg1BCkkNAANAIANBAWohAyANIAxBCmwiDE8NAAsLAkAgEEEAIAMgD0HmAEYbayAQQQBHIA9B5wBGcWsiDCALIBJrQQJ1QQlsQXdqTg0AIAxBgMgAaiINQQltIhhBAnQgBkEwakEEQaQCIBFBAEgbampBgGBqIRdBCiEMAkAgDSAYQQlsayINQQdKDQADQCAMQQpsIQwgDUEBaiINQQhHDQALCyAXQQRqIRkCQAJAIBcoAgAiDSANIAxuIhUgDGxrIhgNACAZIAtGDQELAkACQCAVQQFxDQBEAAAAAAAAQEMhASAMQYCU69wDRw0BIBcgE00NASAXQXxqLQAAQQFxRQ0BC0QBAAAAAABAQyEBC0QAAAAAAADgP0QAAAAAAADwP0QAAAAAAAD4PyAZIAtGG0QAAAAAAAD4PyAYIAxBAXYiGUYbIBggGUkbIRoCQCAHDQAgCi0AAEEtRw0AIBqaIRogAZohAQsgFyANIBhrIg02AgAgASAaoCABYQ0AIBcgDSAMaiIMNgIAAkAgDEGAlOvcA0kNAANAIBdBADYCAAJAIBdBfGoiFyATTw0AIBNBfGoiE0EANgIACyAXIBcoAgBBAWoiDDYCACAMQf+T69wDSw0ACwsgEiATa0ECdUEJbCEDQQohDCATKAIAIg1BCkkNAANAIANBAWohAyANIAxBCmwiDE8NAAsLIBdBBGoiDCALIAsgDEsbIQsLAkADQCALIgwgE00iDQ0BIAxBfGoiCygCAEUNAAsLAkACQCAPQecARg0AIARBCHEhFwwBCyADQX9zQX8gEEEBIBAbIgsgA0ogA0F7SnEiFxsgC2ohEEF/QX4gFxsgBWohBSAEQQhxIhcNAEF3IQsCQCANDQAgDEF8aigCACIXRQ0AQQohDUEAIQsgF0EKcA0AA0AgCyIYQQFqIQsgFyANQQpsIg1wRQ0ACyAYQX9zIQsLIAwgEmtBAnVBCWwhDQJAIAVBX3FBxgBHDQBBACEXIBAgDSALakF3aiILQQAgC0EAShsiCyAQIAtIGyEQDAELQQAhFyAQIAMgDWogC2pBd2oiC0EAIAtBAEobIgsgECALSBshEAtBfyENIBBB/f///wdB/v///wcgECAXciIYG0oNASAQIBhBAEdqQQFqIRkCQAJAIAVBX3EiFkHGAEcNACADQf////8HIBlrSg0DIANBACADQQBKGyELDAELAkAgDiADIANBH3UiC2ogC3OtIA4QKCILa0EBSg0AA0AgC0F/aiILQTA6AAAgDiALa0ECSA0ACwsgC0F+aiIVIAU6AABBfyENIAtBf2pBLUErIANBAEgbOgAAIA4gFWsiC0H/////ByAZa0oNAgtBfyENIAsgGWoiCyAJQf////8Hc0oNASAAQSAgAiALIAlqIhkgBBApIAAgCiAJECMgAEEwIAIgGSAEQYCABHMQKQJAAkACQAJAIBZBxgBHDQAgBkEQakEIciEXIAZBEGpBCXIhAyASIBMgEyASSxsiDSETA0AgEzUCACADECghCwJAAkAgEyANRg0AIAsgBkEQak0NAQNAIAtBf2oiC0EwOgAAIAsgBkEQaksNAAwCCwALIAsgA0cNACAGQTA6ABggFyELCyAAIAsgAyALaxAjIBNBBGoiEyASTQ0ACwJAIBhFDQAgAEGtCEEBECMLIBMgDE8NASAQQQFIDQEDQAJAIBM1AgAgAxAoIgsgBkEQak0NAANAIAtBf2oiC0EwOgAAIAsgBkEQaksNAAsLIAAgCyAQQQkgEEEJSBsQIyAQQXdqIQsgE0EEaiITIAxPDQMgEEEJSiENIAshECANDQAMAwsACwJAIBBBAEgNACAMIBNBBGogDCATSxshGCAGQRBqQQhyIRIgBkEQakEJciEDIBMhDANAAkAgDDUCACADECgiCyADRw0AIAZBMDoAGCASIQsLAkACQCAMIBNGDQAgCyAGQRBqTQ0BA0AgC0F/aiILQTA6AAAgCyAGQRBqSw0ADAILAAsgACALQQEQIyALQQFqIQsgECAXckUNACAAQa0IQQEQIwsgACALIAMgC2siDSAQIBAgDUobECMgECANayEQIAxBBGoiDCAYTw0BIBBBf0oNAAsLIABBMCAQQRJqQRJBABApIAAgFSAOIBVrECMMAgsgECELCyAAQTAgC0EJakEJQQAQKQsgAEEgIAIgGSAEQYDAAHMQKSACIBkgGSACSBshDQwBCyAKIAVBGnRBH3VBCXFqIRkCQCADQQtLDQBBDCADayELRAAAAAAAADBAIRoDQCAaRAAAAAAAADBAoiEaIAtBf2oiCw0ACwJAIBktAABBLUcNACAaIAGaIBqhoJohAQwBCyABIBqgIBqhIQELAkAgBigCLCILIAtBH3UiC2ogC3OtIA4QKCILIA5HDQAgBkEwOgAPIAZBD2ohCwsgCUECciEXIAVBIHEhEyAGKAIsIQwgC0F+aiIYIAVBD2o6AAAgC0F/akEtQSsgDEEASBs6AAAgBEEIcSENIAZBEGohDANAIAwhCwJAAkAgAZlEAAAAAAAA4EFjRQ0AIAGqIQwMAQtBgICAgHghDAsgCyAMQeAMai0AACATcjoAACABIAy3oUQAAAAAAAAwQKIhAQJAIAtBAWoiDCAGQRBqa0EBRw0AAkAgDQ0AIANBAEoNACABRAAAAAAAAAAAYQ0BCyALQS46AAEgC0ECaiEMCyABRAAAAAAAAAAAYg0AC0F/IQ1B/f///wcgFyAOIBhrIhVqIgtrIANIDQACQAJAIANFDQAgDCAGQRBqayITQX5qIANODQAgA0ECaiEMDAELIAwgBkEQamsiEyEMCyAAQSAgAiALIAxqIgsgBBApIAAgGSAXECMgAEEwIAIgCyAEQYCABHMQKSAAIAZBEGogExAjIABBMCAMIBNrQQBBABApIAAgGCAVECMgAEEgIAIgCyAEQYDAAHMQKSACIAsgCyACSBshDQsgBkGwBGokACANCy0BAX8gASABKAIAQQdqQXhxIgJBEGo2AgAgACACKQMAIAJBCGopAwAQPzkDAAsFACAAvQsVAAJAIAANAEEADwsQHSAANgIAQX8LBABBKgsEABAvCwUAQaAYCxMAQQBBiBg2AvgYQQAQMDYCsBgLoAIBAX9BASEDAkACQCAARQ0AIAFB/wBNDQECQAJAEDEoAlgoAgANACABQYB/cUGAvwNGDQMQHUEZNgIADAELAkAgAUH/D0sNACAAIAFBP3FBgAFyOgABIAAgAUEGdkHAAXI6AABBAg8LAkACQCABQYCwA0kNACABQYBAcUGAwANHDQELIAAgAUE/cUGAAXI6AAIgACABQQx2QeABcjoAACAAIAFBBnZBP3FBgAFyOgABQQMPCwJAIAFBgIB8akH//z9LDQAgACABQT9xQYABcjoAAyAAIAFBEnZB8AFyOgAAIAAgAUEGdkE/cUGAAXI6AAIgACABQQx2QT9xQYABcjoAAUEEDwsQHUEZNgIAC0F/IQMLIAMPCyAAIAE6AABBAQsUAAJAIAANAEEADwsgACABQQAQMwuPLwsBfwF/AX8BfwF/AX8BfwF/AX8BfwF/IwBBEGsiASQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB9AFLDQACQEEAKAKQGSICQRAgAEELakF4cSAAQQtJGyIDQQN2IgR2IgBBA3FFDQAgAEF/c0EBcSAEaiIFQQN0IgZBwBlqKAIAIgRBCGohAAJAAkAgBCgCCCIDIAZBuBlqIgZHDQBBACACQX4gBXdxNgKQGQwBCyADIAY2AgwgBiADNgIICyAEIAVBA3QiBUEDcjYCBCAEIAVqIgQgBCgCBEEBcjYCBAwMCyADQQAoApgZIgdNDQECQCAARQ0AAkACQCAAIAR0QQIgBHQiAEEAIABrcnEiAEEAIABrcUF/aiIAIABBDHZBEHEiAHYiBEEFdkEIcSIFIAByIAQgBXYiAEECdkEEcSIEciAAIAR2IgBBAXZBAnEiBHIgACAEdiIAQQF2QQFxIgRyIAAgBHZqIgVBA3QiBkHAGWooAgAiBCgCCCIAIAZBuBlqIgZHDQBBACACQX4gBXdxIgI2ApAZDAELIAAgBjYCDCAGIAA2AggLIARBCGohACAEIANBA3I2AgQgBCADaiIGIAVBA3QiCCADayIFQQFyNgIEIAQgCGogBTYCAAJAIAdFDQAgB0EDdiIIQQN0QbgZaiEDQQAoAqQZIQQCQAJAIAJBASAIdCIIcQ0AQQAgAiAIcjYCkBkgAyEIDAELIAMoAgghCAsgAyAENgIIIAggBDYCDCAEIAM2AgwgBCAINgIIC0EAIAY2AqQZQQAgBTYCmBkMDAtBACgClBkiCUUNASAJQQAgCWtxQX9qIgAgAEEMdkEQcSIAdiIEQQV2QQhxIgUgAHIgBCAFdiIAQQJ2QQRxIgRyIAAgBHYiAEEBdkECcSIEciAAIAR2IgBBAXZBAXEiBHIgACAEdmpBAnRBwBtqKAIAIgYoAgRBeHEgA2shBCAGIQUCQANAAkAgBSgCECIADQAgBUEUaigCACIARQ0CCyAAKAIEQXhxIANrIgUgBCAFIARJIgUbIQQgACAGIAUbIQYgACEFDAALAAsgBigCGCEKAkAgBigCDCIIIAZGDQBBACgCoBkgBigCCCIASxogACAINgIMIAggADYCCAwLCwJAIAZBFGoiBSgCACIADQAgBigCECIARQ0DIAZBEGohBQsDQCAFIQsgACIIQRRqIgUoAgAiAA0AIAhBEGohBSAIKAIQIgANAAsgC0EANgIADAoLQX8hAyAAQb9/Sw0AIABBC2oiAEF4cSEDQQAoApQZIgdFDQBBACELAkAgA0GAAkkNAEEfIQsgA0H///8HSw0AIABBCHYiACAAQYD+P2pBEHZBCHEiAHQiBCAEQYDgH2pBEHZBBHEiBHQiBSAFQYCAD2pBEHZBAnEiBXRBD3YgACAEciAFcmsiAEEBdCADIABBFWp2QQFxckEcaiELC0EAIANrIQQCQAJAAkACQCALQQJ0QcAbaigCACIFDQBBACEAQQAhCAwBC0EAIQAgA0EAQRkgC0EBdmsgC0EfRht0IQZBACEIA0ACQCAFKAIEQXhxIANrIgIgBE8NACACIQQgBSEIIAINAEEAIQQgBSEIIAUhAAwDCyAAIAVBFGooAgAiAiACIAUgBkEddkEEcWpBEGooAgAiBUYbIAAgAhshACAGQQF0IQYgBQ0ACwsCQCAAIAhyDQBBACEIQQIgC3QiAEEAIABrciAHcSIARQ0DIABBACAAa3FBf2oiACAAQQx2QRBxIgB2IgVBBXZBCHEiBiAAciAFIAZ2IgBBAnZBBHEiBXIgACAFdiIAQQF2QQJxIgVyIAAgBXYiAEEBdkEBcSIFciAAIAV2akECdEHAG2ooAgAhAAsgAEUNAQsDQCAAKAIEQXhxIANrIgIgBEkhBgJAIAAoAhAiBQ0AIABBFGooAgAhBQsgAiAEIAYbIQQgACAIIAYbIQggBSEAIAUNAAsLIAhFDQAgBEEAKAKYGSADa08NACAIKAIYIQsCQCAIKAIMIgYgCEYNAEEAKAKgGSAIKAIIIgBLGiAAIAY2AgwgBiAANgIIDAkLAkAgCEEUaiIFKAIAIgANACAIKAIQIgBFDQMgCEEQaiEFCwNAIAUhAiAAIgZBFGoiBSgCACIADQAgBkEQaiEFIAYoAhAiAA0ACyACQQA2AgAMCAsCQEEAKAKYGSIAIANJDQBBACgCpBkhBAJAAkAgACADayIFQRBJDQBBACAFNgKYGUEAIAQgA2oiBjYCpBkgBiAFQQFyNgIEIAQgAGogBTYCACAEIANBA3I2AgQMAQtBAEEANgKkGUEAQQA2ApgZIAQgAEEDcjYCBCAEIABqIgAgACgCBEEBcjYCBAsgBEEIaiEADAoLAkBBACgCnBkiBiADTQ0AQQAgBiADayIENgKcGUEAQQAoAqgZIgAgA2oiBTYCqBkgBSAEQQFyNgIEIAAgA0EDcjYCBCAAQQhqIQAMCgsCQAJAQQAoAugcRQ0AQQAoAvAcIQQMAQtBAEJ/NwL0HEEAQoCggICAgAQ3AuwcQQAgAUEMakFwcUHYqtWqBXM2AugcQQBBADYC/BxBAEEANgLMHEGAICEEC0EAIQAgBCADQS9qIgdqIgJBACAEayILcSIIIANNDQlBACEAAkBBACgCyBwiBEUNAEEAKALAHCIFIAhqIgkgBU0NCiAJIARLDQoLQQAtAMwcQQRxDQQCQAJAAkBBACgCqBkiBEUNAEHQHCEAA0ACQCAAKAIAIgUgBEsNACAFIAAoAgRqIARLDQMLIAAoAggiAA0ACwtBABA8IgZBf0YNBSAIIQICQEEAKALsHCIAQX9qIgQgBnFFDQAgCCAGayAEIAZqQQAgAGtxaiECCyACIANNDQUgAkH+////B0sNBQJAQQAoAsgcIgBFDQBBACgCwBwiBCACaiIFIARNDQYgBSAASw0GCyACEDwiACAGRw0BDAcLIAIgBmsgC3EiAkH+////B0sNBCACEDwiBiAAKAIAIAAoAgRqRg0DIAYhAAsCQCAAQX9GDQAgA0EwaiACTQ0AAkAgByACa0EAKALwHCIEakEAIARrcSIEQf7///8HTQ0AIAAhBgwHCwJAIAQQPEF/Rg0AIAQgAmohAiAAIQYMBwtBACACaxA8GgwECyAAIQYgAEF/Rw0FDAMLQQAhCAwHC0EAIQYMBQsgBkF/Rw0CC0EAQQAoAswcQQRyNgLMHAsgCEH+////B0sNASAIEDwhBkEAEDwhACAGQX9GDQEgAEF/Rg0BIAYgAE8NASAAIAZrIgIgA0Eoak0NAQtBAEEAKALAHCACaiIANgLAHAJAIABBACgCxBxNDQBBACAANgLEHAsCQAJAAkACQEEAKAKoGSIERQ0AQdAcIQADQCAGIAAoAgAiBSAAKAIEIghqRg0CIAAoAggiAA0ADAMLAAsCQAJAQQAoAqAZIgBFDQAgBiAATw0BC0EAIAY2AqAZC0EAIQBBACACNgLUHEEAIAY2AtAcQQBBfzYCsBlBAEEAKALoHDYCtBlBAEEANgLcHANAIABBA3QiBEHAGWogBEG4GWoiBTYCACAEQcQZaiAFNgIAIABBAWoiAEEgRw0AC0EAIAJBWGoiAEF4IAZrQQdxQQAgBkEIakEHcRsiBGsiBTYCnBlBACAGIARqIgQ2AqgZIAQgBUEBcjYCBCAGIABqQSg2AgRBAEEAKAL4HDYCrBkMAgsgAC0ADEEIcQ0AIAUgBEsNACAGIARNDQAgACAIIAJqNgIEQQAgBEF4IARrQQdxQQAgBEEIakEHcRsiAGoiBTYCqBlBAEEAKAKcGSACaiIGIABrIgA2ApwZIAUgAEEBcjYCBCAEIAZqQSg2AgRBAEEAKAL4HDYCrBkMAQsCQCAGQQAoAqAZIghPDQBBACAGNgKgGSAGIQgLIAYgAmohBUHQHCEAAkACQAJAAkACQAJAAkADQCAAKAIAIAVGDQEgACgCCCIADQAMAgsACyAALQAMQQhxRQ0BC0HQHCEAA0ACQCAAKAIAIgUgBEsNACAFIAAoAgRqIgUgBEsNAwsgACgCCCEADAALAAsgACAGNgIAIAAgACgCBCACajYCBCAGQXggBmtBB3FBACAGQQhqQQdxG2oiCyADQQNyNgIEIAVBeCAFa0EHcUEAIAVBCGpBB3EbaiICIAsgA2oiA2shBQJAIAQgAkcNAEEAIAM2AqgZQQBBACgCnBkgBWoiADYCnBkgAyAAQQFyNgIEDAMLAkBBACgCpBkgAkcNAEEAIAM2AqQZQQBBACgCmBkgBWoiADYCmBkgAyAAQQFyNgIEIAMgAGogADYCAAwDCwJAIAIoAgQiAEEDcUEBRw0AIABBeHEhBwJAAkAgAEH/AUsNACACKAIIIgQgAEEDdiIIQQN0QbgZaiIGRhoCQCACKAIMIgAgBEcNAEEAQQAoApAZQX4gCHdxNgKQGQwCCyAAIAZGGiAEIAA2AgwgACAENgIIDAELIAIoAhghCQJAAkAgAigCDCIGIAJGDQAgCCACKAIIIgBLGiAAIAY2AgwgBiAANgIIDAELAkAgAkEUaiIAKAIAIgQNACACQRBqIgAoAgAiBA0AQQAhBgwBCwNAIAAhCCAEIgZBFGoiACgCACIEDQAgBkEQaiEAIAYoAhAiBA0ACyAIQQA2AgALIAlFDQACQAJAIAIoAhwiBEECdEHAG2oiACgCACACRw0AIAAgBjYCACAGDQFBAEEAKAKUGUF+IAR3cTYClBkMAgsgCUEQQRQgCSgCECACRhtqIAY2AgAgBkUNAQsgBiAJNgIYAkAgAigCECIARQ0AIAYgADYCECAAIAY2AhgLIAIoAhQiAEUNACAGQRRqIAA2AgAgACAGNgIYCyAHIAVqIQUgAiAHaiECCyACIAIoAgRBfnE2AgQgAyAFQQFyNgIEIAMgBWogBTYCAAJAIAVB/wFLDQAgBUEDdiIEQQN0QbgZaiEAAkACQEEAKAKQGSIFQQEgBHQiBHENAEEAIAUgBHI2ApAZIAAhBAwBCyAAKAIIIQQLIAAgAzYCCCAEIAM2AgwgAyAANgIMIAMgBDYCCAwDC0EfIQACQCAFQf///wdLDQAgBUEIdiIAIABBgP4/akEQdkEIcSIAdCIEIARBgOAfakEQdkEEcSIEdCIGIAZBgIAPakEQdkECcSIGdEEPdiAAIARyIAZyayIAQQF0IAUgAEEVanZBAXFyQRxqIQALIAMgADYCHCADQgA3AhAgAEECdEHAG2ohBAJAAkBBACgClBkiBkEBIAB0IghxDQBBACAGIAhyNgKUGSAEIAM2AgAgAyAENgIYDAELIAVBAEEZIABBAXZrIABBH0YbdCEAIAQoAgAhBgNAIAYiBCgCBEF4cSAFRg0DIABBHXYhBiAAQQF0IQAgBCAGQQRxakEQaiIIKAIAIgYNAAsgCCADNgIAIAMgBDYCGAsgAyADNgIMIAMgAzYCCAwCC0EAIAJBWGoiAEF4IAZrQQdxQQAgBkEIakEHcRsiCGsiCzYCnBlBACAGIAhqIgg2AqgZIAggC0EBcjYCBCAGIABqQSg2AgRBAEEAKAL4HDYCrBkgBCAFQScgBWtBB3FBACAFQVlqQQdxG2pBUWoiACAAIARBEGpJGyIIQRs2AgQgCEEQakEAKQLYHDcCACAIQQApAtAcNwIIQQAgCEEIajYC2BxBACACNgLUHEEAIAY2AtAcQQBBADYC3BwgCEEYaiEAA0AgAEEHNgIEIABBCGohBiAAQQRqIQAgBSAGSw0ACyAIIARGDQMgCCAIKAIEQX5xNgIEIAQgCCAEayICQQFyNgIEIAggAjYCAAJAIAJB/wFLDQAgAkEDdiIFQQN0QbgZaiEAAkACQEEAKAKQGSIGQQEgBXQiBXENAEEAIAYgBXI2ApAZIAAhBQwBCyAAKAIIIQULIAAgBDYCCCAFIAQ2AgwgBCAANgIMIAQgBTYCCAwEC0EfIQACQCACQf///wdLDQAgAkEIdiIAIABBgP4/akEQdkEIcSIAdCIFIAVBgOAfakEQdkEEcSIFdCIGIAZBgIAPakEQdkECcSIGdEEPdiAAIAVyIAZyayIAQQF0IAIgAEEVanZBAXFyQRxqIQALIARCADcCECAEQRxqIAA2AgAgAEECdEHAG2ohBQJAAkBBACgClBkiBkEBIAB0IghxDQBBACAGIAhyNgKUGSAFIAQ2AgAgBEEYaiAFNgIADAELIAJBAEEZIABBAXZrIABBH0YbdCEAIAUoAgAhBgNAIAYiBSgCBEF4cSACRg0EIABBHXYhBiAAQQF0IQAgBSAGQQRxakEQaiIIKAIAIgYNAAsgCCAENgIAIARBGGogBTYCAAsgBCAENgIMIAQgBDYCCAwDCyAEKAIIIgAgAzYCDCAEIAM2AgggA0EANgIYIAMgBDYCDCADIAA2AggLIAtBCGohAAwFCyAFKAIIIgAgBDYCDCAFIAQ2AgggBEEYakEANgIAIAQgBTYCDCAEIAA2AggLQQAoApwZIgAgA00NAEEAIAAgA2siBDYCnBlBAEEAKAKoGSIAIANqIgU2AqgZIAUgBEEBcjYCBCAAIANBA3I2AgQgAEEIaiEADAMLEB1BMDYCAEEAIQAMAgsCQCALRQ0AAkACQCAIIAgoAhwiBUECdEHAG2oiACgCAEcNACAAIAY2AgAgBg0BQQAgB0F+IAV3cSIHNgKUGQwCCyALQRBBFCALKAIQIAhGG2ogBjYCACAGRQ0BCyAGIAs2AhgCQCAIKAIQIgBFDQAgBiAANgIQIAAgBjYCGAsgCEEUaigCACIARQ0AIAZBFGogADYCACAAIAY2AhgLAkACQCAEQQ9LDQAgCCAEIANqIgBBA3I2AgQgCCAAaiIAIAAoAgRBAXI2AgQMAQsgCCADQQNyNgIEIAggA2oiBiAEQQFyNgIEIAYgBGogBDYCAAJAIARB/wFLDQAgBEEDdiIEQQN0QbgZaiEAAkACQEEAKAKQGSIFQQEgBHQiBHENAEEAIAUgBHI2ApAZIAAhBAwBCyAAKAIIIQQLIAAgBjYCCCAEIAY2AgwgBiAANgIMIAYgBDYCCAwBC0EfIQACQCAEQf///wdLDQAgBEEIdiIAIABBgP4/akEQdkEIcSIAdCIFIAVBgOAfakEQdkEEcSIFdCIDIANBgIAPakEQdkECcSIDdEEPdiAAIAVyIANyayIAQQF0IAQgAEEVanZBAXFyQRxqIQALIAYgADYCHCAGQgA3AhAgAEECdEHAG2ohBQJAAkACQCAHQQEgAHQiA3ENAEEAIAcgA3I2ApQZIAUgBjYCACAGIAU2AhgMAQsgBEEAQRkgAEEBdmsgAEEfRht0IQAgBSgCACEDA0AgAyIFKAIEQXhxIARGDQIgAEEddiEDIABBAXQhACAFIANBBHFqQRBqIgIoAgAiAw0ACyACIAY2AgAgBiAFNgIYCyAGIAY2AgwgBiAGNgIIDAELIAUoAggiACAGNgIMIAUgBjYCCCAGQQA2AhggBiAFNgIMIAYgADYCCAsgCEEIaiEADAELAkAgCkUNAAJAAkAgBiAGKAIcIgVBAnRBwBtqIgAoAgBHDQAgACAINgIAIAgNAUEAIAlBfiAFd3E2ApQZDAILIApBEEEUIAooAhAgBkYbaiAINgIAIAhFDQELIAggCjYCGAJAIAYoAhAiAEUNACAIIAA2AhAgACAINgIYCyAGQRRqKAIAIgBFDQAgCEEUaiAANgIAIAAgCDYCGAsCQAJAIARBD0sNACAGIAQgA2oiAEEDcjYCBCAGIABqIgAgACgCBEEBcjYCBAwBCyAGIANBA3I2AgQgBiADaiIFIARBAXI2AgQgBSAEaiAENgIAAkAgB0UNACAHQQN2IghBA3RBuBlqIQNBACgCpBkhAAJAAkBBASAIdCIIIAJxDQBBACAIIAJyNgKQGSADIQgMAQsgAygCCCEICyADIAA2AgggCCAANgIMIAAgAzYCDCAAIAg2AggLQQAgBTYCpBlBACAENgKYGQsgBkEIaiEACyABQRBqJAAgAAuCDQcBfwF/AX8BfwF/AX8BfwJAIABFDQAgAEF4aiIBIABBfGooAgAiAkF4cSIAaiEDAkAgAkEBcQ0AIAJBA3FFDQEgASABKAIAIgJrIgFBACgCoBkiBEkNASACIABqIQACQEEAKAKkGSABRg0AAkAgAkH/AUsNACABKAIIIgQgAkEDdiIFQQN0QbgZaiIGRhoCQCABKAIMIgIgBEcNAEEAQQAoApAZQX4gBXdxNgKQGQwDCyACIAZGGiAEIAI2AgwgAiAENgIIDAILIAEoAhghBwJAAkAgASgCDCIGIAFGDQAgBCABKAIIIgJLGiACIAY2AgwgBiACNgIIDAELAkAgAUEUaiICKAIAIgQNACABQRBqIgIoAgAiBA0AQQAhBgwBCwNAIAIhBSAEIgZBFGoiAigCACIEDQAgBkEQaiECIAYoAhAiBA0ACyAFQQA2AgALIAdFDQECQAJAIAEoAhwiBEECdEHAG2oiAigCACABRw0AIAIgBjYCACAGDQFBAEEAKAKUGUF+IAR3cTYClBkMAwsgB0EQQRQgBygCECABRhtqIAY2AgAgBkUNAgsgBiAHNgIYAkAgASgCECICRQ0AIAYgAjYCECACIAY2AhgLIAEoAhQiAkUNASAGQRRqIAI2AgAgAiAGNgIYDAELIAMoAgQiAkEDcUEDRw0AQQAgADYCmBkgAyACQX5xNgIEIAEgAEEBcjYCBCABIABqIAA2AgAPCyADIAFNDQAgAygCBCICQQFxRQ0AAkACQCACQQJxDQACQEEAKAKoGSADRw0AQQAgATYCqBlBAEEAKAKcGSAAaiIANgKcGSABIABBAXI2AgQgAUEAKAKkGUcNA0EAQQA2ApgZQQBBADYCpBkPCwJAQQAoAqQZIANHDQBBACABNgKkGUEAQQAoApgZIABqIgA2ApgZIAEgAEEBcjYCBCABIABqIAA2AgAPCyACQXhxIABqIQACQAJAIAJB/wFLDQAgAygCCCIEIAJBA3YiBUEDdEG4GWoiBkYaAkAgAygCDCICIARHDQBBAEEAKAKQGUF+IAV3cTYCkBkMAgsgAiAGRhogBCACNgIMIAIgBDYCCAwBCyADKAIYIQcCQAJAIAMoAgwiBiADRg0AQQAoAqAZIAMoAggiAksaIAIgBjYCDCAGIAI2AggMAQsCQCADQRRqIgIoAgAiBA0AIANBEGoiAigCACIEDQBBACEGDAELA0AgAiEFIAQiBkEUaiICKAIAIgQNACAGQRBqIQIgBigCECIEDQALIAVBADYCAAsgB0UNAAJAAkAgAygCHCIEQQJ0QcAbaiICKAIAIANHDQAgAiAGNgIAIAYNAUEAQQAoApQZQX4gBHdxNgKUGQwCCyAHQRBBFCAHKAIQIANGG2ogBjYCACAGRQ0BCyAGIAc2AhgCQCADKAIQIgJFDQAgBiACNgIQIAIgBjYCGAsgAygCFCICRQ0AIAZBFGogAjYCACACIAY2AhgLIAEgAEEBcjYCBCABIABqIAA2AgAgAUEAKAKkGUcNAUEAIAA2ApgZDwsgAyACQX5xNgIEIAEgAEEBcjYCBCABIABqIAA2AgALAkAgAEH/AUsNACAAQQN2IgJBA3RBuBlqIQACQAJAQQAoApAZIgRBASACdCICcQ0AQQAgBCACcjYCkBkgACECDAELIAAoAgghAgsgACABNgIIIAIgATYCDCABIAA2AgwgASACNgIIDwtBHyECAkAgAEH///8HSw0AIABBCHYiAiACQYD+P2pBEHZBCHEiAnQiBCAEQYDgH2pBEHZBBHEiBHQiBiAGQYCAD2pBEHZBAnEiBnRBD3YgAiAEciAGcmsiAkEBdCAAIAJBFWp2QQFxckEcaiECCyABQgA3AhAgAUEcaiACNgIAIAJBAnRBwBtqIQQCQAJAAkACQEEAKAKUGSIGQQEgAnQiA3ENAEEAIAYgA3I2ApQZIAQgATYCACABQRhqIAQ2AgAMAQsgAEEAQRkgAkEBdmsgAkEfRht0IQIgBCgCACEGA0AgBiIEKAIEQXhxIABGDQIgAkEddiEGIAJBAXQhAiAEIAZBBHFqQRBqIgMoAgAiBg0ACyADIAE2AgAgAUEYaiAENgIACyABIAE2AgwgASABNgIIDAELIAQoAggiACABNgIMIAQgATYCCCABQRhqQQA2AgAgASAENgIMIAEgADYCCAtBAEEAKAKwGUF/aiIBQX8gARs2ArAZCwuIAQIBfwF/AkAgAA0AIAEQNQ8LAkAgAUFASQ0AEB1BMDYCAEEADwsCQCAAQXhqQRAgAUELakF4cSABQQtJGxA4IgJFDQAgAkEIag8LAkAgARA1IgINAEEADwsgAiAAQXxBeCAAQXxqKAIAIgNBA3EbIANBeHFqIgMgASADIAFJGxAfGiAAEDYgAgvLBwkBfwF/AX8BfwF/AX8BfwF/AX8gACgCBCICQXhxIQMCQAJAIAJBA3ENAAJAIAFBgAJPDQBBAA8LAkAgAyABQQRqSQ0AIAAhBCADIAFrQQAoAvAcQQF0TQ0CC0EADwsgACADaiEFAkACQCADIAFJDQAgAyABayIDQRBJDQEgACACQQFxIAFyQQJyNgIEIAAgAWoiASADQQNyNgIEIAUgBSgCBEEBcjYCBCABIAMQOQwBC0EAIQQCQEEAKAKoGSAFRw0AQQAoApwZIANqIgMgAU0NAiAAIAJBAXEgAXJBAnI2AgQgACABaiICIAMgAWsiAUEBcjYCBEEAIAE2ApwZQQAgAjYCqBkMAQsCQEEAKAKkGSAFRw0AQQAhBEEAKAKYGSADaiIDIAFJDQICQAJAIAMgAWsiBEEQSQ0AIAAgAkEBcSABckECcjYCBCAAIAFqIgEgBEEBcjYCBCAAIANqIgMgBDYCACADIAMoAgRBfnE2AgQMAQsgACACQQFxIANyQQJyNgIEIAAgA2oiASABKAIEQQFyNgIEQQAhBEEAIQELQQAgATYCpBlBACAENgKYGQwBC0EAIQQgBSgCBCIGQQJxDQEgBkF4cSADaiIHIAFJDQEgByABayEIAkACQCAGQf8BSw0AIAUoAggiAyAGQQN2IglBA3RBuBlqIgZGGgJAIAUoAgwiBCADRw0AQQBBACgCkBlBfiAJd3E2ApAZDAILIAQgBkYaIAMgBDYCDCAEIAM2AggMAQsgBSgCGCEKAkACQCAFKAIMIgYgBUYNAEEAKAKgGSAFKAIIIgNLGiADIAY2AgwgBiADNgIIDAELAkAgBUEUaiIDKAIAIgQNACAFQRBqIgMoAgAiBA0AQQAhBgwBCwNAIAMhCSAEIgZBFGoiAygCACIEDQAgBkEQaiEDIAYoAhAiBA0ACyAJQQA2AgALIApFDQACQAJAIAUoAhwiBEECdEHAG2oiAygCACAFRw0AIAMgBjYCACAGDQFBAEEAKAKUGUF+IAR3cTYClBkMAgsgCkEQQRQgCigCECAFRhtqIAY2AgAgBkUNAQsgBiAKNgIYAkAgBSgCECIDRQ0AIAYgAzYCECADIAY2AhgLIAUoAhQiA0UNACAGQRRqIAM2AgAgAyAGNgIYCwJAIAhBD0sNACAAIAJBAXEgB3JBAnI2AgQgACAHaiIBIAEoAgRBAXI2AgQMAQsgACACQQFxIAFyQQJyNgIEIAAgAWoiASAIQQNyNgIEIAAgB2oiAyADKAIEQQFyNgIEIAEgCBA5CyAAIQQLIAQLtwwGAX8BfwF/AX8BfwF/IAAgAWohAgJAAkAgACgCBCIDQQFxDQAgA0EDcUUNASAAKAIAIgMgAWohAQJAAkBBACgCpBkgACADayIARg0AAkAgA0H/AUsNACAAKAIIIgQgA0EDdiIFQQN0QbgZaiIGRhogACgCDCIDIARHDQJBAEEAKAKQGUF+IAV3cTYCkBkMAwsgACgCGCEHAkACQCAAKAIMIgYgAEYNAEEAKAKgGSAAKAIIIgNLGiADIAY2AgwgBiADNgIIDAELAkAgAEEUaiIDKAIAIgQNACAAQRBqIgMoAgAiBA0AQQAhBgwBCwNAIAMhBSAEIgZBFGoiAygCACIEDQAgBkEQaiEDIAYoAhAiBA0ACyAFQQA2AgALIAdFDQICQAJAIAAoAhwiBEECdEHAG2oiAygCACAARw0AIAMgBjYCACAGDQFBAEEAKAKUGUF+IAR3cTYClBkMBAsgB0EQQRQgBygCECAARhtqIAY2AgAgBkUNAwsgBiAHNgIYAkAgACgCECIDRQ0AIAYgAzYCECADIAY2AhgLIAAoAhQiA0UNAiAGQRRqIAM2AgAgAyAGNgIYDAILIAIoAgQiA0EDcUEDRw0BQQAgATYCmBkgAiADQX5xNgIEIAAgAUEBcjYCBCACIAE2AgAPCyADIAZGGiAEIAM2AgwgAyAENgIICwJAAkAgAigCBCIDQQJxDQACQEEAKAKoGSACRw0AQQAgADYCqBlBAEEAKAKcGSABaiIBNgKcGSAAIAFBAXI2AgQgAEEAKAKkGUcNA0EAQQA2ApgZQQBBADYCpBkPCwJAQQAoAqQZIAJHDQBBACAANgKkGUEAQQAoApgZIAFqIgE2ApgZIAAgAUEBcjYCBCAAIAFqIAE2AgAPCyADQXhxIAFqIQECQAJAIANB/wFLDQAgAigCCCIEIANBA3YiBUEDdEG4GWoiBkYaAkAgAigCDCIDIARHDQBBAEEAKAKQGUF+IAV3cTYCkBkMAgsgAyAGRhogBCADNgIMIAMgBDYCCAwBCyACKAIYIQcCQAJAIAIoAgwiBiACRg0AQQAoAqAZIAIoAggiA0saIAMgBjYCDCAGIAM2AggMAQsCQCACQRRqIgQoAgAiAw0AIAJBEGoiBCgCACIDDQBBACEGDAELA0AgBCEFIAMiBkEUaiIEKAIAIgMNACAGQRBqIQQgBigCECIDDQALIAVBADYCAAsgB0UNAAJAAkAgAigCHCIEQQJ0QcAbaiIDKAIAIAJHDQAgAyAGNgIAIAYNAUEAQQAoApQZQX4gBHdxNgKUGQwCCyAHQRBBFCAHKAIQIAJGG2ogBjYCACAGRQ0BCyAGIAc2AhgCQCACKAIQIgNFDQAgBiADNgIQIAMgBjYCGAsgAigCFCIDRQ0AIAZBFGogAzYCACADIAY2AhgLIAAgAUEBcjYCBCAAIAFqIAE2AgAgAEEAKAKkGUcNAUEAIAE2ApgZDwsgAiADQX5xNgIEIAAgAUEBcjYCBCAAIAFqIAE2AgALAkAgAUH/AUsNACABQQN2IgNBA3RBuBlqIQECQAJAQQAoApAZIgRBASADdCIDcQ0AQQAgBCADcjYCkBkgASEDDAELIAEoAgghAwsgASAANgIIIAMgADYCDCAAIAE2AgwgACADNgIIDwtBHyEDAkAgAUH///8HSw0AIAFBCHYiAyADQYD+P2pBEHZBCHEiA3QiBCAEQYDgH2pBEHZBBHEiBHQiBiAGQYCAD2pBEHZBAnEiBnRBD3YgAyAEciAGcmsiA0EBdCABIANBFWp2QQFxckEcaiEDCyAAQgA3AhAgAEEcaiADNgIAIANBAnRBwBtqIQQCQAJAAkBBACgClBkiBkEBIAN0IgJxDQBBACAGIAJyNgKUGSAEIAA2AgAgAEEYaiAENgIADAELIAFBAEEZIANBAXZrIANBH0YbdCEDIAQoAgAhBgNAIAYiBCgCBEF4cSABRg0CIANBHXYhBiADQQF0IQMgBCAGQQRxakEQaiICKAIAIgYNAAsgAiAANgIAIABBGGogBDYCAAsgACAANgIMIAAgADYCCA8LIAQoAggiASAANgIMIAQgADYCCCAAQRhqQQA2AgAgACAENgIMIAAgATYCCAsLYwIBfwF+AkACQCAADQBBACECDAELIACtIAGtfiIDpyECIAEgAHJBgIAESQ0AQX8gAiADQiCIp0EARxshAgsCQCACEDUiAEUNACAAQXxqLQAAQQNxRQ0AIABBACACEBIaCyAACwcAPwBBEHQLUgIBfwF/QQAoAowOIgEgAEEDakF8cSICaiEAAkACQCACRQ0AIAAgAU0NAQsCQCAAEDtNDQAgABADRQ0BC0EAIAA2AowOIAEPCxAdQTA2AgBBfwtTAQF+AkACQCADQcAAcUUNACABIANBQGqthiECQgAhAQwBCyADRQ0AIAFBwAAgA2utiCACIAOtIgSGhCECIAEgBIYhAQsgACABNwMAIAAgAjcDCAtTAQF+AkACQCADQcAAcUUNACACIANBQGqtiCEBQgAhAgwBCyADRQ0AIAJBwAAgA2uthiABIAOtIgSIhCEBIAIgBIghAgsgACABNwMAIAAgAjcDCAvsAwQBfwF+AX4BfyMAQSBrIgIkAAJAAkAgAUL///////////8AgyIDQoCAgICAgMD/Q3wgA0KAgICAgIDAgLx/fFoNACAAQjyIIAFCBIaEIQMCQCAAQv//////////D4MiAEKBgICAgICAgAhUDQAgA0KBgICAgICAgMAAfCEEDAILIANCgICAgICAgIDAAHwhBCAAQoCAgICAgICACIVCAFINASAEIANCAYN8IQQMAQsCQCAAUCADQoCAgICAgMD//wBUIANCgICAgICAwP//AFEbDQAgAEI8iCABQgSGhEL/////////A4NCgICAgICAgPz/AIQhBAwBC0KAgICAgICA+P8AIQQgA0L///////+//8MAVg0AQgAhBCADQjCIpyIFQZH3AEkNACACQRBqIAAgAUL///////8/g0KAgICAgIDAAIQiAyAFQf+If2oQPSACIAAgA0GB+AAgBWsQPiACKQMAIgNCPIggAkEIaikDAEIEhoQhBAJAIANC//////////8PgyACKQMQIAJBEGpBCGopAwCEQgBSrYQiA0KBgICAgICAgAhUDQAgBEIBfCEEDAELIANCgICAgICAgIAIhUIAUg0AIARCAYMgBHwhBAsgAkEgaiQAIAQgAUKAgICAgICAgIB/g4S/CwQAIwALBgAgACQACxQCAX8BfyMAIABrQXBxIgEkACABCxQAQYCdwAIkAkGAHUEPakFwcSQBCwcAIwAjAWsLBAAjAgsEACMBCw0AIAEgAiADIAARBwALIwEBfiAAIAEgAq0gA61CIIaEIAQQRyEFIAVCIIinEAQgBacLC6WGgIAAAwBBgAgL8AQtKyAgIDBYMHgALTBYKzBYIDBYLTB4KzB4IDB4AG5hbgBpbmYATkFOAElORgAuAChudWxsKQBwaGFzZSA0OiBoYXNoPSUwOHgKAHBoYXNlIDM6IGhhc2g9JTA4eAoAcGhhc2UgMjogaGFzaD0lMDh4CgBwaGFzZSAxOiBoYXNoPSUwOHgKAAAAAAAAAAAAAAAZAAoAGRkZAAAAAAUAAAAAAAAJAAAAAAsAAAAAAAAAABkAEQoZGRkDCgcAAQAJCxgAAAkGCwAACwAGGQAAABkZGQAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAZAAoNGRkZAA0AAAIACQ4AAAAJAA4AAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAEwAAAAATAAAAAAkMAAAAAAAMAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAA8AAAAEDwAAAAAJEAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAARAAAAABEAAAAACRIAAAAAABIAABIAABoAAAAaGhoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgAAABoaGgAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAABcAAAAAFwAAAAAJFAAAAAAAFAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAAAAAVAAAAABUAAAAACRYAAAAAABYAABYAADAxMjM0NTY3ODlBQkNERUYAQfAMC6ABxZ0cgQAAAAAFAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAwAAANgHAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAA/////woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4BgAAgA5QAABBkA4LAACniICAAARuYW1lAcIHSQAKY2hlY2twb2ludAEPX193YXNpX2ZkX3dyaXRlAhVlbXNjcmlwdGVuX21lbWNweV9iaWcDFmVtc2NyaXB0ZW5fcmVzaXplX2hlYXAEC3NldFRlbXBSZXQwBRFfX3dhc21fY2FsbF9jdG9ycwYDbWl4BwRmaWxsCApsZWFmX2FsbG9jCQZtaWRkbGUKBW91dGVyCwRsZWFrDA9fX29yaWdpbmFsX21haW4NBG1haW4OBnByaW50Zg8NX19zdGRpb193cml0ZRAZX19lbXNjcmlwdGVuX3N0ZG91dF9jbG9zZREYX19lbXNjcmlwdGVuX3N0ZG91dF9zZWVrEgZtZW1zZXQTCl9fbG9ja2ZpbGUUDF9fdW5sb2NrZmlsZRUGX19sb2NrFgpfX29mbF9sb2NrFwxfX3N0ZGlvX2V4aXQYCmNsb3NlX2ZpbGUZCV9fdG93cml0ZRoHaXNkaWdpdBsGbWVtY2hyHAdzdHJubGVuHRBfX2Vycm5vX2xvY2F0aW9uHgVmcmV4cB8IX19tZW1jcHkgCV9fZndyaXRleCETX192ZnByaW50Zl9pbnRlcm5hbCILcHJpbnRmX2NvcmUjA291dCQGZ2V0aW50JQdwb3BfYXJnJgVmbXRfeCcFZm10X28oBWZtdF91KQNwYWQqCHZmcHJpbnRmKwZmbXRfZnAsE3BvcF9hcmdfbG9uZ19kb3VibGUtDV9fRE9VQkxFX0JJVFMuEl9fd2FzaV9zeXNjYWxsX3JldC8QX19zeXNjYWxsX2dldHBpZDAGZ2V0cGlkMQhfX2dldF90cDIRaW5pdF9wdGhyZWFkX3NlbGYzB3djcnRvbWI0BndjdG9tYjUIZGxtYWxsb2M2BmRsZnJlZTcJZGxyZWFsbG9jOBF0cnlfcmVhbGxvY19jaHVuazkNZGlzcG9zZV9jaHVuazoIZGxjYWxsb2M7GGVtc2NyaXB0ZW5fZ2V0X2hlYXBfc2l6ZTwEc2Jyaz0JX19hc2hsdGkzPglfX2xzaHJ0aTM/DF9fdHJ1bmN0ZmRmMkAJc3RhY2tTYXZlQQxzdGFja1Jlc3RvcmVCCnN0YWNrQWxsb2NDFWVtc2NyaXB0ZW5fc3RhY2tfaW5pdEQZZW1zY3JpcHRlbl9zdGFja19nZXRfZnJlZUUZZW1zY3JpcHRlbl9zdGFja19nZXRfYmFzZUYYZW1zY3JpcHRlbl9zdGFja19nZXRfZW5kRwxkeW5DYWxsX2ppamlIFmxlZ2Fsc3R1YiRkeW5DYWxsX2ppamkCEgFHBAAEZnB0cgEBMAIBMQMBMgctAwAPX19zdGFja19wb2ludGVyAQtfX3N0YWNrX2VuZAIMX19zdGFja19iYXNlCRgDAAcucm9kYXRhAQUuZGF0YQIFZW1fanMAt76CgAALLmRlYnVnX2luZm9yAgAABAAAAAAABAGFKgAADACHIgAAAAAAAN4rAAAAAAAAAAAAAAJBAwAAOAAAAAELAQUDEAcAAANEAAAABEsAAAAoAAU+DQAABgEGcSkAAAgHB/cCAABjAAAAARAFA1AHAAADbwAAAARLAAAAIAAIdAAAAAkHRh0AAG8AAAABEQUDQAcAAAofFAAAlwAAAAEPBQNwBgAABXgDAAAHBAU1DQAACAELngAAAAwKAAAAAwEAAATtAASfdAEAAAETDQKRDFAOAAABE1kCAAANApEISw8AAAETYwIAAA5cAAAArwAAAA8CkQQGFAAAARRjAgAAAAAMDwEAAEYBAAAE7QAFn/wPAAABFw0CkRxQDgAAARd0AAAADQKRGEsPAAABF2MCAAANApEUTR0AAAEXlwAAAA8CkRBTKQAAARilAAAADoQBAACsAAAADwKRDAYUAAABGWMCAAAAABBWAgAAeAAAAATtAAOfLB4AAAEeTQIAAA0CkQxNHQAAAR6XAAAADwKRCFAOAAABH00CAAAAEM8CAAB9AAAABO0AA5+0GQAAASRNAgAADQKRDE0dAAABJJcAAAAPApEIUA4AAAElTQIAAAAQTgMAAIwAAAAE7QADn74MAAABKk0CAAANApEMTR0AAAEqlwAAAA8CkQhQDgAAAStNAgAAABHbAwAARgAAAAftAwAAAACf+BMAAAEwECMEAADKBgAABO0AAp/iDgAAATVSAgAADwKROAYUAAABNlICAAAOLQcAAHAAAAAPApE0QQ0AAAFATQIAAAAAC0QAAAAFgQMAAAUEC14CAAASngAAABNuAgAACAgAAAKLBbcUAAAHBADVAwAABAD9AAAABAG3KwAADACmIwAAoQgAAGYUAAAAAAAAQAAAAAL6CgAAKAAAAATtAAKfihUAAAEFkQAAAAM8AAAAFQQAAAEF7QIAAAQAAAAASw4AAAEIzQMAAARaAAAAUwYAAAEHkQAAAAUGdgAAABYLAAAAB3kVAAACe5EAAAAImAAAAAjtAgAACPwCAAAACYEDAAAFBAqdAAAAC6IAAAAMrgAAAFcqAAAEjgENUyoAAJADFQ4GCwAAKwIAAAMWAA7dCQAAMgIAAAMXBA4YGwAAMgIAAAMXCA4IGAAAPgIAAAMYDA4TGwAAMgIAAAMZEA7YCQAAMgIAAAMZFA6nKwAAMgIAAAMaGA4qGAAAMgIAAAMbHA6iHQAATgIAAAMcIA5PFwAAegIAAAMdJA7gEQAAngIAAAMeKA5jFQAAMgIAAAMfLA7dFgAAaAIAAAMgMA73AQAAnQAAAAMhNA4bAgAAnQAAAAMhOA58HAAAkQAAAAMiPA7/GwAAkQAAAAMjQA4GAwAAygIAAAMkRA5+GgAAkQAAAAMlSA7fEwAA0QIAAAMmTA6nFQAAkQAAAAMnUA4NGgAA1gIAAAMoVA6jFQAAuAIAAAMpWA5GFQAA1wIAAAMqYA4nKwAA1gIAAAMrZA4dGwAAMgIAAAMsaA53DwAAuAIAAAMtcA4HBAAAuAIAAAMteA4uHQAAnQAAAAMugA46HQAAnQAAAAMuhA7wGQAA4wIAAAMviAAJeAMAAAcECzcCAAAJNQ0AAAgBC0MCAAAPkQAAAAidAAAAAAtTAgAAD2gCAAAInQAAAAgyAgAACGgCAAAAEHMCAAAICAAABIsJtxQAAAcEC38CAAAPaAIAAAidAAAACJQCAAAIaAIAAAALmQIAABE3AgAAC6MCAAAPuAIAAAidAAAACLgCAAAIkQAAAAAQwwIAAPMHAAAE8QmtFAAABQgJwBQAAAUEEpEAAAATC9wCAAAJPg0AAAYBC+gCAAAUVwYAAAryAgAAC/cCAAAR3AIAABAHAwAAcgIAAAQSFdYCAABgAgAAAgAAAAAAAAAABO0AAp9pFQAAARCRAAAAA7QAAAAVBAAAARDtAgAABHgAAABLDgAAARPNAwAABNIAAABTBgAAARKRAAAABQZgAwAAAAAAAAAHZxUAAANxkQAAAAiYAAAACO0CAAAIewMAAAAQBwMAAHkCAAAEDQIAAAAAAAAAAATtAAKfghUAAAEakQAAAAMsAQAAFQQAAAEa7QIAAATwAAAASw4AAAEdzQMAAARKAQAAUwYAAAEckQAAAAUAEAcDAAB5AgAABQ4ArwMAAAQA8AEAAAQBtysAAAwACCUAAPgJAABmFAAAJAsAAGIBAAACAywAAAAEsAgAAAgCugIFYxUAAFAAAAACvgIABUAPAABsAAAAAsMCBAADVQAAAAZaAAAAB2UAAADACAAAAcgINQ0AAAgBB3cAAAABCAAAAjQItxQAAAcEA4MAAAAIPg0AAAYBCSQLAABiAQAABO0AA59HFwAAAwQvAQAACqgBAACxFQAAAwRxAQAACtQBAABjFQAAAwRWAwAACr4BAABEDwAAAwQvAQAACwKREPIIAAADBjoBAAAM7gEAAAMKogMAAA3qAQAAAAQAAAMMGwMAAA3/AQAAgg8AAAMLLwEAAA0jAgAAEQQAAAMNpwMAAA57CwAAAAEAAA1oAQAAUQ8AAAMQLwEAAAAAB3cAAAAICAAAAYsPRgEAABBqAQAAAgAEkh4AAAgBpgEFPhgAACYAAAABpgEABTgPAAAvAQAAAaYBBAARcSkAAAgHA3YBAAASggEAAFcqAAABjgETUyoAAJAEFRQGCwAA/wIAAAQWABTdCQAABgMAAAQXBBQYGwAABgMAAAQXCBQIGAAACwMAAAQYDBQTGwAABgMAAAQZEBTYCQAABgMAAAQZFBSnKwAABgMAAAQaGBQqGAAABgMAAAQbHBSiHQAAIgMAAAQcIBRPFwAAPAMAAAQdJBTgEQAAYAMAAAQeKBRjFQAABgMAAAQfLBTdFgAALwEAAAQgMBT3AQAAcQEAAAQhNBQbAgAAcQEAAAQhOBR8HAAAGwMAAAQiPBT/GwAAGwMAAAQjQBQGAwAAjAMAAAQkRBR+GgAAGwMAAAQlSBTfEwAAkwMAAAQmTBSnFQAAGwMAAAQnUBQNGgAAJgAAAAQoVBSjFQAAegMAAAQpWBRGFQAAfgAAAAQqYBQnKwAAJgAAAAQrZBQdGwAABgMAAAQsaBR3DwAAegMAAAQtcBQHBAAAegMAAAQteBQuHQAAcQEAAAQugBQ6HQAAcQEAAAQuhBTwGQAAmAMAAAQviAAIeAMAAAcEA2UAAAADEAMAABUbAwAAFnEBAAAACIEDAAAFBAMnAwAAFS8BAAAWcQEAABYGAwAAFi8BAAAAA0EDAAAVLwEAABZxAQAAFlYDAAAWLwEAAAADWwMAAAZlAAAAA2UDAAAVegMAABZxAQAAFnoDAAAWGwMAAAAHhQMAAPMHAAAB8QitFAAABQgIwBQAAAUEFxsDAAADnQMAABhXBgAAA0YBAAAHjAMAAPkHAAABmgBAAwAABAAMAwAABAG3KwAADAAZHwAA/gwAAGYUAAAAAAAAYAAAAAJFKgAANwAAAAMUBQN4BgAAA0MAAABXKgAAAo4BBFMqAACQARUFBgsAAMABAAABFgAF3QkAAMcBAAABFwQFGBsAAMcBAAABFwgFCBgAANMBAAABGAwFExsAAMcBAAABGRAF2AkAAMcBAAABGRQFpysAAMcBAAABGhgFKhgAAMcBAAABGxwFoh0AAO8BAAABHCAFTxcAABsCAAABHSQF4BEAAD8CAAABHigFYxUAAMcBAAABHywF3RYAAAkCAAABIDAF9wEAAOoBAAABITQFGwIAAOoBAAABITgFfBwAAOMBAAABIjwF/xsAAOMBAAABI0AFBgMAAGsCAAABJEQFfhoAAOMBAAABJUgF3xMAAHICAAABJkwFpxUAAOMBAAABJ1AFDRoAAHcCAAABKFQFoxUAAFkCAAABKVgFRhUAAHgCAAABKmAFJysAAHcCAAABK2QFHRsAAMcBAAABLGgFdw8AAFkCAAABLXAFBwQAAFkCAAABLXgFLh0AAOoBAAABLoAFOh0AAOoBAAABLoQF8BkAAIQCAAABL4gABngDAAAHBAfMAQAABjUNAAAIAQfYAQAACOMBAAAJ6gEAAAAGgQMAAAUEBzcAAAAH9AEAAAgJAgAACeoBAAAJxwEAAAkJAgAAAAoUAgAACAgAAAKLBrcUAAAHBAcgAgAACAkCAAAJ6gEAAAk1AgAACQkCAAAABzoCAAALzAEAAAdEAgAACFkCAAAJ6gEAAAlZAgAACeMBAAAACmQCAADzBwAAAvEGrRQAAAUIBsAUAAAFBAzjAQAADQd9AgAABj4NAAAGAQeJAgAADlcGAAACMgIAAJ8CAAADJgUD/////wvqAQAAApccAAC1AgAAAycFAwgHAAAM6gEAAA9jFQAAywIAAAMTBQPQBwAAEMwBAAAR2AIAAAgEABJxKQAACAcThwwAAAQAAAAH7QMAAAAAn/QXAAADC+MBAAAUsRUAAAML6gEAAAATjAwAAAQAAAAH7QMAAAAAn8wRAAADBVkCAAAUsRUAAAMF6gEAABSjFQAAAwVZAgAAFLYaAAADBeMBAAAAAB0BAAAEAPQDAAAEAbcrAAAMACUgAADyDQAAZhQAAJIMAAB2AQAAAjEAAABiBwAAAZADtxQAAAcEBJIMAAB2AQAAB+0DAAAAAJ82BgAAAgQIAQAAAtMAAAA0KwAAAiUC8QAAALEqAAACJgXjAgAAgQIAAAIECAEAAAXNAgAANCkAAAIEFAEAAAVjAgAASw8AAAIECQEAAAb5AgAA+AsAAAIGGwEAAAY5AwAA+xMAAAIHCQEAAAZ5AwAAeisAAAIoUwAAAAadAwAAySoAAAJNXgAAAAAC3gAAAOYIAAAB0gN4AwAABwQDNQ0AAAgBB1MAAAAC/AAAAN0IAAAB1wOkFAAABwgHXgAAAAgCMQAAAAgIAAABiwOBAwAABQQH5QAAAAAGAwAABABkBAAABAG3KwAADABmJQAAnBEAAGYUAAAAAAAAeAAAAAIJDgAABAAAAAftAwAAAACfkxkAAAEEcAAAAAOxFQAAAQR3AAAAAAQAAAAAAAAAAAftAwAAAACfhhkAAAEVA7EVAAABFXcAAAAABYEDAAAFBAZ8AAAAB4cAAABXKgAABZIIUyoAAJACFQkGCwAABAIAAAIWAAndCQAACwIAAAIXBAkYGwAACwIAAAIXCAkIGAAAFwIAAAIYDAkTGwAACwIAAAIZEAnYCQAACwIAAAIZFAmnKwAACwIAAAIaGAkqGAAACwIAAAIbHAmiHQAAOAIAAAIcIAlPFwAAZAIAAAIdJAngEQAAiAIAAAIeKAljFQAACwIAAAIfLAndFgAAUgIAAAIgMAn3AQAAJwIAAAIhNAkbAgAAJwIAAAIhOAl8HAAAcAAAAAIiPAn/GwAAcAAAAAIjQAkGAwAAtAIAAAIkRAl+GgAAcAAAAAIlSAnfEwAAuwIAAAImTAmnFQAAcAAAAAInUAkNGgAAwAIAAAIoVAmjFQAAogIAAAIpWAlGFQAAwQIAAAIqYAknKwAAwAIAAAIrZAkdGwAACwIAAAIsaAl3DwAAogIAAAItcAkHBAAAogIAAAIteAkuHQAAJwIAAAIugAk6HQAAJwIAAAIuhAnwGQAAzQIAAAIviAAFeAMAAAcEBhACAAAFNQ0AAAgBBhwCAAAKcAAAAAsnAgAAAAYsAgAADIcAAABXKgAAA44BBj0CAAAKUgIAAAsnAgAACwsCAAALUgIAAAAHXQIAAAgIAAADiwW3FAAABwQGaQIAAApSAgAACycCAAALfgIAAAtSAgAAAAaDAgAADRACAAAGjQIAAAqiAgAACycCAAALogIAAAtwAAAAAAetAgAA8wcAAAPxBa0UAAAFCAXAFAAABQQOcAAAAA8GxgIAAAU+DQAABgEG0gIAAAhXBgAAGAQLCYkGAADnAgAABAwAABDzAgAAEQIDAAAGAAb4AgAADf0CAAASIg4AABNxKQAACAcAYBYAAAQARgUAAAQBtysAAAwADCcAALQSAABmFAAAAAAAAKgAAAACdgsAADcAAAABZgUD/////wNDAAAABEQAAACAAAUGcSkAAAgHAoocAABcAAAAAWcFA/////8DaAAAAAREAAAAgAAH2A8AAAIBCAAAAAAAAAAAB+0DAAAAAJ+iAgAAARS9BgAACAAAAAAAAAAAB+0DAAAAAJ82CwAAARa9BgAACQAAAAAAAAAAB+0DAAAAAJ9TCwAAARgKcAsAAAEYvQYAAAALAAAAAAAAAAAH7QMAAAAAn+MFAAABHL0GAAAKGw0AAAEdAQ8AAAqVEAAAAR0HDwAACpILAAABHfoOAAAACwAAAAAAAAAAB+0DAAAAAJ/3GQAAASK9BgAAChsNAAABIgEPAAAKCgMAAAEivQYAAAAIAAAAAAAAAAAH7QMAAAAAn4UdAAABJ70GAAAMAAAAAAAAAAAH7QMAAAAAn1gKAAABKQwAAAAAAAAAAAftAwAAAACfKQoAAAEtCwAAAAAAAAAAB+0DAAAAAJ96BAAAATG9BgAACn8BAAABMhkPAAAKBQwAAAEykQ8AAAALAAAAAAAAAAAH7QMAAAAAn50TAAABNr0GAAAKfwEAAAE2Hg8AAAALAAAAAAAAAAAH7QMAAAAAn3USAAABOr0GAAAKfwEAAAE6Hg8AAAALAAAAAAAAAAAH7QMAAAAAn+URAAABPr0GAAAKfwEAAAE+Hg8AAAALAAAAAAAAAAAH7QMAAAAAnz0TAAABRL0GAAAKfwEAAAFFGQ8AAArtCAAAAUW/DwAAAAsAAAAAAAAAAAftAwAAAACfdgAAAAFLvQYAAAp/AQAAAUseDwAAAAsAAAAAAAAAAAftAwAAAACfhQMAAAFNvQYAAAp/AQAAAU0eDwAAAAsAAAAAAAAAAAftAwAAAACf5AQAAAFPvQYAAAp/AQAAAVAEEAAACgUMAAABUHcQAAAKEQIAAAFQEg8AAAALAAAAAAAAAAAH7QMAAAAAn+8AAAABVL0GAAAKfwEAAAFUCRAAAAALAAAAAAAAAAAH7QMAAAAAn/kFAAABVr0GAAAKfwEAAAFWCRAAAAALAAAAAAAAAAAH7QMAAAAAn9MXAAABWL0GAAAKoB0AAAFYpRAAAAoFDAAAAViEEwAACtAYAAABWA0UAAAKoBQAAAFYQwAAAAALAAAAAAAAAAAH7QMAAAAAn88OAAABX70GAAAKoB0AAAFfqhAAAAppEAAAAV/AEgAAAAsAAAAAAAAAAAftAwAAAACfvhcAAAFpvQYAAA2zAwAAYQEAAAFpHRQAAApyDAAAAWm0EgAADpAAAAAP0QMAAFoAAAABbiIUAAAAAAsAAAAAAAAAAAftAwAAAACfVRcAAAF6vQYAAA39AwAAYQEAAAF6IhQAAAALAAAAAAAAAAAH7QMAAAAAn34eAAABiUMAAAANGwQAAGEBAAABiSIUAAAACwAAAAAAAAAAB+0DAAAAAJ9qHgAAAZO9BgAADTkEAABhAQAAAZMiFAAADVcEAAAwFwAAAZMuFAAAAAsAAAAAAAAAAAftAwAAAACfpxoAAAGhvQYAAA11BAAAyw8AAAGhNBQAAA2TBAAA3hgAAAGhRRQAAAALAAAAAAAAAAAH7QMAAAAAnxcGAAABq70GAAAKDhsAAAGrSxQAAAp/AQAAAaseDwAAAAsAAAAAAAAAAAftAwAAAACf0RAAAAGvvQYAAAoOGwAAAa9LFAAAAAsAAAAAAAAAAAftAwAAAACfuxAAAAGzvQYAAAo0KQAAAbNLFAAACksPAAABs70GAAAACwAAAAAAAAAAB+0DAAAAAJ+LAgAAAbe9BgAACg4bAAABt0sUAAAACwAAAAAAAAAAB+0DAAAAAJ8oBQAAAbu9BgAACqoBAAABu7kUAAAKcgEAAAG7vhQAAAALAAAAAAAAAAAH7QMAAAAAnz8BAAABv70GAAAKqgEAAAG/SxQAAAALAAAAAAAAAAAH7QMAAAAAn8oFAAABw70GAAAKqgEAAAHDuRQAAApyAQAAAcMZDwAACgUAAAABw78PAAAACwAAAAAAAAAAB+0DAAAAAJ9KEQAAAcm9BgAACoQYAAAByUUUAAAKngMAAAHJRRQAAAqBGwAAAclFFAAAAAsAAAAAAAAAAAftAwAAAACfUxAAAAHNvQYAAAqgHQAAAc2qEAAAAAwAAAAAAAAAAAftAwAAAACfQBAAAAHREAAAAAAAAAAAB+0DAAAAAJ9mBAAAAdMK/AgAAAHTQwAAABGwBgAAAAAAAAAScAQAAAIuE70GAAAAB4EDAAAFBAsAAAAAAAAAAAftAwAAAACfLxQAAAHZvQYAAArtCAAAAdmqEAAAAAsAAAAAAAAAAAftAwAAAACfmRAAAAHnvQYAABQE7QAAn34rAAAB56oQAAAUBO0AAZ/tKgAAAeeqEAAAAAsAAAAAAAAAAAftAwAAAACfjQQAAAHrvQYAAAoFDAAAAevsFAAAAAsAAAAAAAAAAAftAwAAAACf3g8AAAHvvQYAAAoFDAAAAe/sFAAACvMPAAAB770GAAAACwAAAAAAAAAAB+0DAAAAAJ+MGAAAAfO9BgAACgUMAAAB8+wUAAAKyxgAAAHzvQYAAAALAAAAAAAAAAAH7QMAAAAAn4wAAAAB970GAAAKBQwAAAH37BQAAAALAAAAAAAAAAAH7QMAAAAAn7ccAAAB+70GAAAKBQwAAAH77BQAAAoGHQAAAfu9BgAAABUAAAAAAAAAAAftAwAAAACfvAQAAAEAAb0GAAAWBQwAAAEAAfEUAAAAFQAAAAAAAAAAB+0DAAAAAJ/BAAAAAQQBvQYAABYFDAAAAQQB8RQAAAAVAAAAAAAAAAAH7QMAAAAAn1cTAAABCAG9BgAAFgUMAAABCAHxFAAAFsgRAAABCAH2FAAAABUAAAAAAAAAAAftAwAAAACf8hwAAAEMAb0GAAAWBQwAAAEMAfEUAAAWBx0AAAEMAb0GAAAAFQAAAAAAAAAAB+0DAAAAAJ/SBAAAARABvQYAABYFDAAAARABAhUAAAAVAAAAAAAAAAAH7QMAAAAAn6kNAAABFAG9BgAAFqAdAAABFAGqEAAAFgUMAAABFAECFQAAABUAAAAAAAAAAAftAwAAAACf2gAAAAEYAb0GAAAWBQwAAAEYAQIVAAAAFQAAAAAAAAAAB+0DAAAAAJ9xFwAAARwBvQYAABe9BgAAFwcVAAAAFQAAAAAAAAAAB+0DAAAAAJ+mGAAAASABvQYAABe9BgAAFwcVAAAAFQAAAAAAAAAAB+0DAAAAAJ8UBQAAASQBvQYAABYSEgAAASQBDBUAABYFDAAAASQBehUAAAAVAAAAAAAAAAAH7QMAAAAAnygBAAABKAG9BgAAFhISAAABKAEMFQAAABUAAAAAAAAAAAftAwAAAACfJxMAAAEsAb0GAAAWEhIAAAEsAQwVAAAAFQAAAAAAAAAAB+0DAAAAAJ/zEgAAATABvQYAABYSEgAAATABDBUAAAAVAAAAAAAAAAAH7QMAAAAAnwwTAAABNAG9BgAAFhISAAABNAEMFQAAFiYCAAABNAHEDwAAABUAAAAAAAAAAAftAwAAAACfTRIAAAE4Ab0GAAAWEhIAAAE4AQwVAAAAFQAAAAAAAAAAB+0DAAAAAJ8ZEgAAATwBvQYAABYSEgAAATwBDBUAAAAVAAAAAAAAAAAH7QMAAAAAnzISAAABQAG9BgAAFhISAAABQAEMFQAAFiYCAAABQAHEDwAAABUAAAAAAAAAAAftAwAAAACfrRIAAAFEAb0GAAAWEhIAAAFEAQwVAAAAFQAAAAAAAAAAB+0DAAAAAJ+kBAAAAUgBvQYAABYFDAAAAUgBrxUAAAAVAAAAAAAAAAAH7QMAAAAAn6YAAAABTAG9BgAAFgUMAAABTAGvFQAAABUAAAAAAAAAAAftAwAAAACf1BwAAAFQAb0GAAAWBQwAAAFQAa8VAAAWBh0AAAFQAb0GAAAAFQAAAAAAAAAAB+0DAAAAAJ/5BAAAAVQBvQYAABbfEwAAAVQBtBUAABYGHQAAAVQBvQYAAAAVAAAAAAAAAAAH7QMAAAAAnwcBAAABWAG9BgAAFt8TAAABWAG0FQAAABUAAAAAAAAAAAftAwAAAACfshMAAAFcAb0GAAAW3xMAAAFcAbQVAAAAFQAAAAAAAAAAB+0DAAAAAJ/9EQAAAWABvQYAABbfEwAAAWABtBUAAAAVAAAAAAAAAAAH7QMAAAAAn4wSAAABZAG9BgAAFt8TAAABZAG0FQAAABUAAAAAAAAAAAftAwAAAACfiBcAAAFoAb0GAAAWBQwAAAFoAQIVAAAWmBcAAAFoAb0GAAAAFQAAAAAAAAAAB+0DAAAAAJ+hDwAAAWwBvQYAABYFDAAAAWwBAhUAABbCDwAAAWwBxRUAAAAVAAAAAAAAAAAH7QMAAAAAnwsWAAABcAG9BgAAFgUMAAABcAECFQAAFhsWAAABcAF3EgAAABUAAAAAAAAAAAftAwAAAACfCwUAAAF0Ab0GAAAWfQ8AAAF0ATEWAAAWBh0AAAF0Ab0GAAAWMBcAAAF0ARIPAAAAFQAAAAAAAAAAB+0DAAAAAJ9CAgAAAXgBvQYAABZ9DwAAAXgBMRYAAAAVAAAAAAAAAAAH7QMAAAAAnw4GAAABfAG9BgAAFn0PAAABfAExFgAAABUAAAAAAAAAAAftAwAAAACfvgUAAAGAAb0GAAAWfQ8AAAGAATEWAAAAFQAAAAAAAAAAB+0DAAAAAJ8cAQAAAYQBvQYAABZ9DwAAAYQBMRYAAAAYAAAAAAAAAAAH7QMAAAAAnykGAAABiAEWGw0AAAGIAV4WAAAWzQkAAAGIAV4WAAAWlRAAAAGIAb0GAAAW8gEAAAGIAb0GAAAAGAAAAAAAAAAAB+0DAAAAAJ/PEwAAAYoBFmcMAAABigFDAAAAABgAAAAAAAAAAAftAwAAAACf0RIAAAGMARZnDAAAAYwBQwAAAAAYAAAAAAAAAAAH7QMAAAAAn8cNAAABkAEZsQQAANULAAABkAH6DgAAGtICAAABkQH6DgAAEe8OAAAAAAAAEe8OAAAAAAAAABu/AQAAA1b6DgAAB9QZAAAECBwGDwAAHR4SDwAA5ggAAATSB3gDAAAHBB8eDwAAHCMPAAAeLg8AAJsGAAAEbCAYBGwhDwIAAD4PAAAEbAAiGARsIQQUAABoDwAABGwAIf8TAAB0DwAABGwAIU4OAACFDwAABGwAAAADvQYAAAREAAAABgADgA8AAAREAAAABgAjvQYAAAMBDwAABEQAAAAGAB+WDwAAHJsPAAAkoA8AACWsDwAAAQcAAAR5ASYEBHkBJwMMAAASDwAABHkBAAAfxA8AABzJDwAAJM4PAAAoth4AAAgEOAEnrx4AAPIPAAAEOAEAJ6ceAAD9DwAABDgBBAAe/Q8AAC0IAAAEUQfAFAAABQQfCRAAABwOEAAAHhkQAABsBwAABIUgFASFIQ8CAAApEAAABIUAIhQEhSEEFAAAUxAAAASFACH/EwAAXxAAAASFACFODgAAaxAAAASFAAAAA70GAAAERAAAAAUAA4APAAAERAAAAAUAA0MAAAAERAAAAAUAH3wQAAAcgRAAACSGEAAAJZIQAAAVBwAABIMBJgQEgwEnAwwAABIPAAAEgwEAAByqEAAAJbYQAACgCAAABGQBHLsQAAApex0AAHAFFiGeFQAAthAAAAUZACHqAQAATxIAAAUbBCFbDgAAVBIAAAUfCCFmAAAAVBIAAAUkDCGWGwAAvQYAAAUoECGAEAAAvQYAAAUpFCGkFwAAgA8AAAUqGCFbEAAAgA8AAAUrHCHbGQAAZhIAAAUsICFFHgAAZhIAAAUsISqlHAAAaxIAAAUtAQEHIioMFQAAaxIAAAUuAQEGIiFWGAAAchIAAAUvJCGVFgAAdxIAAAUwKCHvEwAAQwAAAAUxLCHSFgAAdxIAAAUyMCEFFwAAdxIAAAUzNCEZBAAAQwAAAAU0OCErFQAAghIAAAU1PCHsGgAAwBIAAAU2QCFUAgAAxREAAAU7RCAMBTchtB0AAMUSAAAFOAAhoxUAAP0PAAAFOQQh2hQAAMUSAAAFOggAIX4QAAC9BgAABTxQIUYcAACADwAABT1UIfAZAADKEgAABT5YIeoSAAALEwAABT9cIToVAAAXEwAABUBgIb8KAABDAAAABUFkIdYTAAAjEwAABU5oIRYdAAC9BgAABU9sABxUEgAAHl8SAABiBwAABJAHtxQAAAcEI2sSAAAHNQ0AAAgBHGsSAAAeXxIAAAgIAAAEixyHEgAAKU4pAAAMBs4hrxUAALQSAAAGzwAhqAEAAEMAAAAG0AQhGQIAAIISAAAG0QgAHLkSAAArE0MAAAAAHEMAAAAjAQ8AACXWEgAASggAAASaARzbEgAAKVcGAAAYBwshiQYAAPASAAAHDAAAA/wSAAAERAAAAAYAHAETAAAkBhMAACwiDgAAA4APAAAERAAAAAEAHBwTAAAHPg0AAAYBHCgTAAAeMxMAAIcTAAAIYSmHEwAAaAhXIRUJAAC9BgAACFkAIQUZAAD6DgAACFsIIQMJAABsEwAACF4QIXYZAAB4EwAACGBIAAP6DgAABEQAAAAHAAMcEwAABEQAAAAgAByJEwAAJI4TAAAemRMAAFMHAAAEZyAsBFwhDwIAAKkTAAAEYQAiKARdIQQUAADfEwAABF4AIf8TAADrEwAABF8AIfYLAAD3EwAABGAAACEfCwAAAxQAAARlKAADvQYAAAREAAAACgADgA8AAAREAAAACgADEg8AAAREAAAACgAcCBQAACQcEwAAHBIUAAAtQwAAABNDAAAAABwiFAAAJRIPAACNBgAABG8BHDMUAAAuHDkUAAAlvQYAAFoIAAAEagEcShQAAC8cUBQAAB5bFAAAaQgAAAR2IDAEdiEPAgAAaxQAAAR2ACIwBHYhBBQAAJUUAAAEdgAh/xMAAKEUAAAEdgAhTg4AAK0UAAAEdgAAAAO9BgAABEQAAAAMAAOADwAABEQAAAAMAANDAAAABEQAAAAMAB9LFAAAH8MUAAAcyBQAACTNFAAAJdkUAABABwAABH4BJgQEfgEnAwwAABIPAAAEfgEAABygDwAAHM0UAAAlvQYAAIQIAAAEJAEcjhMAABy9BgAAHBEVAAAeHBUAAMgHAAAEgCAgBIAhDwIAACwVAAAEgAAiIASAIQQUAABWFQAABIAAIf8TAABiFQAABIAAIU4OAABuFQAABIAAAAADvQYAAAREAAAACAADgA8AAAREAAAACAADQwAAAAREAAAACAAcfxUAACSEFQAAJZAVAAArBwAABIgBJggEiAEnAwwAAKMVAAAEiAEAAAMSDwAABEQAAAACAByEFQAAHLkVAAAlvQYAANkHAAAEdAEcyhUAACTPFQAAKbwPAAAcCRMhMwAAAL0GAAAJFAAhiysAAL0GAAAJFQQhGysAACUWAAAJHAggCAkZIYsrAADyDwAACRoAIRsrAAD9DwAACRsEACHhKgAAvQYAAAkeGAAD+xUAAAREAAAAAgAcNhYAAB5BFgAAwgcAAAoTIBAKESGTEAAAUhYAAAoSAAADgA8AAAREAAAABAAcgA8AAAABAwAABAC/BwAABAG3KwAADAC4IgAARRQAAGYUAAAAAAAAOAMAAAI/DAAANwAAAAEHBQP/////AzwAAAAEQQAAAAVGAAAABoEDAAAFBAewHQAAXgAAAAEFBQPcCwAABGMAAAAIbwAAAFcqAAADjgEJUyoAAJACFQoGCwAA7AEAAAIWAArdCQAA8wEAAAIXBAoYGwAA8wEAAAIXCAoIGAAA/wEAAAIYDAoTGwAA8wEAAAIZEArYCQAA8wEAAAIZFAqnKwAA8wEAAAIaGAoqGAAA8wEAAAIbHAqiHQAADwIAAAIcIApPFwAAOwIAAAIdJArgEQAAXwIAAAIeKApjFQAA8wEAAAIfLArdFgAAKQIAAAIgMAr3AQAAXgAAAAIhNAobAgAAXgAAAAIhOAp8HAAARgAAAAIiPAr/GwAARgAAAAIjQAoGAwAAiwIAAAIkRAp+GgAARgAAAAIlSArfEwAAQQAAAAImTAqnFQAARgAAAAInUAoNGgAAkgIAAAIoVAqjFQAAeQIAAAIpWApGFQAAkwIAAAIqYAonKwAAkgIAAAIrZAodGwAA8wEAAAIsaAp3DwAAeQIAAAItcAoHBAAAeQIAAAIteAouHQAAXgAAAAIugAo6HQAAXgAAAAIuhArwGQAAnwIAAAIviAAGeAMAAAcEBPgBAAAGNQ0AAAgBBAQCAAALRgAAAAxeAAAAAAQUAgAACykCAAAMXgAAAAzzAQAADCkCAAAADTQCAAAICAAAA4sGtxQAAAcEBEACAAALKQIAAAxeAAAADFUCAAAMKQIAAAAEWgIAAAP4AQAABGQCAAALeQIAAAxeAAAADHkCAAAMRgAAAAANhAIAAPMHAAAD8QatFAAABQgGwBQAAAUEDgSYAgAABj4NAAAGAQSkAgAAD1cGAAAHxhMAALoCAAABBgUD2AsAABBBAAAAEcYCAAABABJxKQAACAcTFA4AAAoAAAAH7QMAAAAAn8QTAAABCf8CAAAUAAAAAAAAAAAH7QMAAAAAn6ASAAABDwReAAAAAAIDAAAEALQIAAAEAbcrAAAMAHAfAAAbFQAAZhQAAAAAAABQAwAAAp4ZAAA3AAAAAwMFA+ALAAADPAAAAARBAAAABU0AAABXKgAAAo4BBlMqAACQARUHBgsAAMoBAAABFgAH3QkAANEBAAABFwQHGBsAANEBAAABFwgHCBgAAN0BAAABGAwHExsAANEBAAABGRAH2AkAANEBAAABGRQHpysAANEBAAABGhgHKhgAANEBAAABGxwHoh0AAPQBAAABHCAHTxcAACACAAABHSQH4BEAAEQCAAABHigHYxUAANEBAAABHywH3RYAAA4CAAABIDAH9wEAADwAAAABITQHGwIAADwAAAABITgHfBwAAO0BAAABIjwH/xsAAO0BAAABI0AHBgMAAHACAAABJEQHfhoAAO0BAAABJUgH3xMAAHcCAAABJkwHpxUAAO0BAAABJ1AHDRoAAHwCAAABKFQHoxUAAF4CAAABKVgHRhUAAH0CAAABKmAHJysAAHwCAAABK2QHHRsAANEBAAABLGgHdw8AAF4CAAABLXAHBwQAAF4CAAABLXgHLh0AADwAAAABLoAHOh0AADwAAAABLoQH8BkAAIkCAAABL4gACHgDAAAHBATWAQAACDUNAAAIAQTiAQAACe0BAAAKPAAAAAAIgQMAAAUEBPkBAAAJDgIAAAo8AAAACtEBAAAKDgIAAAALGQIAAAgIAAACiwi3FAAABwQEJQIAAAkOAgAACjwAAAAKOgIAAAoOAgAAAAQ/AgAADNYBAAAESQIAAAleAgAACjwAAAAKXgIAAArtAQAAAAtpAgAA8wcAAALxCK0UAAAFCAjAFAAABQQD7QEAAA0EggIAAAg+DQAABgEEjgIAAA5XBgAADx8OAAA5AAAAB+0DAAAAAJ9ZBAAAAxAQzwQAALEVAAADEjwAAAAR3gIAADQOAAAR3gIAAEcOAAAR3gIAAE8OAAAR3gIAAAAAAAAAElkOAABjAAAAB+0DAAAAAJ+pGQAAAwgTFwUAALEVAAADCDwAAAAAALwCAAAEAKIJAAAEAbcrAAAMAFckAABHFwAAZhQAAAAAAABoAwAAAr0OAABcAAAAB+0DAAAAAJ82FwAAAQNoAAAAAzUFAACxFQAAAQNvAAAAAAQAAAAABwAAAAftAwAAAACfPgQAAAEUBYEDAAAFBAZ0AAAAB4AAAABXKgAAA44BCFMqAACQAhUJBgsAAP0BAAACFgAJ3QkAAAQCAAACFwQJGBsAAAQCAAACFwgJCBgAABACAAACGAwJExsAAAQCAAACGRAJ2AkAAAQCAAACGRQJpysAAAQCAAACGhgJKhgAAAQCAAACGxwJoh0AACACAAACHCAJTxcAAEwCAAACHSQJ4BEAAHACAAACHigJYxUAAAQCAAACHywJ3RYAADoCAAACIDAJ9wEAAG8AAAACITQJGwIAAG8AAAACITgJfBwAAGgAAAACIjwJ/xsAAGgAAAACI0AJBgMAAJwCAAACJEQJfhoAAGgAAAACJUgJ3xMAAKMCAAACJkwJpxUAAGgAAAACJ1AJDRoAAKgCAAACKFQJoxUAAIoCAAACKVgJRhUAAKkCAAACKmAJJysAAKgCAAACK2QJHRsAAAQCAAACLGgJdw8AAIoCAAACLXAJBwQAAIoCAAACLXgJLh0AAG8AAAACLoAJOh0AAG8AAAACLoQJ8BkAALUCAAACL4gABXgDAAAHBAYJAgAABTUNAAAIAQYVAgAACmgAAAALbwAAAAAGJQIAAAo6AgAAC28AAAALBAIAAAs6AgAAAAxFAgAACAgAAAOLBbcUAAAHBAZRAgAACjoCAAALbwAAAAtmAgAACzoCAAAABmsCAAANCQIAAAZ1AgAACooCAAALbwAAAAuKAgAAC2gAAAAADJUCAADzBwAAA/EFrRQAAAUIBcAUAAAFBA5oAAAADwauAgAABT4NAAAGAQa6AgAAEFcGAAAAswAAAAQAaQoAAAQBtysAAAwAzR8AAMUYAABmFAAAAAAAAIADAAACeAMAAAcEAxoPAAAKAAAAB+0DAAAAAJ+tBQAAAQSZAAAABATtAACfNCkAAAEEmQAAAAADAAAAAAAAAAAH7QMAAAAAn/IQAAABCZkAAAAEBO0AAJ80KQAAAQmZAAAABfwQAAABCaAAAAAGLQAAAAAAAAAAAoEDAAAFBAesAAAASggAAAKaAQixAAAACVcGAAAA8AAAAAQA5goAAAQBtysAAAwAICEAAHgZAABmFAAAJg8AAOcAAAACNQ0AAAgBAzgAAABiBwAAAZACtxQAAAcEAzgAAAAICAAAAYsETwAAAAUGByYPAADnAAAAB+0DAAAAAJ+xDAAAAgtQAAAACNMFAAC8HQAAAgtKAAAACL0FAAA0KQAAAgvYAAAACFMFAABLDwAAAgs/AAAACekFAAD4CwAAAg3fAAAACpIPAABHAAAAC/sTAAACFT8AAAAJKQYAAOMBAAACFOkAAAAAAz8AAAD5GgAAAhMAAoEDAAAFBATkAAAADCYAAAAE7gAAAAzMAAAAAMMAAAAEAHgLAAAEAbcrAAAMAC4iAABOGwAAZhQAAA4QAAAWAAAAAg4QAAAWAAAAB+0DAAAAAJ8wDwAAAQOjAAAAAwTtAACf+AsAAAEDtQAAAAME7QABn0sPAAABA6MAAAAEPwYAAFAOAAABBbUAAAAFegAAABkQAAAABrEMAAACHZUAAAAHlgAAAAecAAAAB6MAAAAACAmbAAAACguBAwAABQQMrgAAAAgIAAADiwu3FAAABwQJugAAAA2/AAAACz4NAAAGAQBbAAAABAAZDAAABAG3KwAADADNIQAAPxwAAGYUAAAlEAAABQAAAAI2GgAANwAAAAEOBQPkCwAAA4EDAAAFBAQlEAAABQAAAAftAwAAAACfsw4AAAEQWQAAAAU3AAAAAMYAAAAEAGgMAAAEAbcrAAAMAHghAACzHAAAZhQAACwQAACOAAAAAiwQAACOAAAAB+0DAAAAAJ9HDQAAAQSkAAAAA2MGAACqAQAAAQSkAAAAA6sGAADqGgAAAQS9AAAABIcGAAByAQAAAQaGAAAABMEGAAB7GgAAAQfCAAAABSYAAAB3EAAABggBBge3HQAApAAAAAEGAAcGFAAAqwAAAAEGAAAACNQZAAAECAm2AAAA3QgAAALXCKQUAAAHCArCAAAACIEDAAAFBAA2AQAABAD4DAAABAG3KwAADADGHgAA8B0AAGYUAAC8EAAAEwIAAAIxAAAAYgcAAAGQA7cUAAAHBAQ9AAAAAzUNAAAIAQRJAAAAAlQAAADmCAAAAdIDeAMAAAcEBbwQAAATAgAAB+0DAAAAAJ9tAAAAAh0TAQAABm0HAACBAgAAAh0UAQAABvsGAAC8HQAAAh0ZAQAABuUGAABLDwAAAh0kAQAABxEHAAD4CwAAAh8vAQAAB4MHAAC3HQAAAh44AAAAByUIAAA5GwAAAiM4AAAABzsIAAAxGwAAAiE4AAAAB3sIAAArGwAAAiI4AAAACPgAAADVEAAAAAnyFAAAAhoTAQAAChQBAAAKGQEAAAokAQAAAAsMEwEAAAweAQAABCMBAAANAjEAAAAICAAAAy4ENAEAAA49AAAAALwDAAAEAJ4NAAAEAbcrAAAMALEkAAALIwAAZhQAAAAAAACYAwAAAtESAADQAAAAB+0DAAAAAJ+FAQAAAQTMAAAAAxMJAAD4CwAAAQS6AwAAA/UIAAD8EAAAAQTMAAAAA58IAACxFQAAAQRxAQAABL0IAAAGFAAAAQbMAAAABVUTAAAjAAAABDEJAABLDwAAARDMAAAAAAagAAAAiBMAAAAHbwAAAAIZuwAAAAi8AAAACMEAAAAIzAAAAAAJCrsAAAAKxgAAAAvLAAAADA3XAAAACAgAAAOLDrcUAAAHBAIAAAAAAAAAAAftAwAAAACfQBcAAAEczAAAAAPVCQAAvB0AAAEcwQAAAANdCQAAFBcAAAEczAAAAAN7CQAASCkAAAEczAAAAAO3CQAAsRUAAAEccQEAAASZCQAA/BAAAAEezAAAAATzCQAA+xMAAAEezAAAAA/DEgAAASAnAwAABiYAAAAAAAAABiYAAAAAAAAAAAp2AQAAC3sBAAAQhwEAAFcqAAADjgERUyoAAJAEFRIGCwAABAMAAAQWABLdCQAACwMAAAQXBBIYGwAACwMAAAQXCBIIGAAAFwMAAAQYDBITGwAACwMAAAQZEBLYCQAACwMAAAQZFBKnKwAACwMAAAQaGBIqGAAACwMAAAQbHBKiHQAALgMAAAQcIBJPFwAASAMAAAQdJBLgEQAAbAMAAAQeKBJjFQAACwMAAAQfLBLdFgAAzAAAAAQgMBL3AQAAdgEAAAQhNBIbAgAAdgEAAAQhOBJ8HAAAJwMAAAQiPBL/GwAAJwMAAAQjQBIGAwAAmAMAAAQkRBJ+GgAAJwMAAAQlSBLfEwAAnwMAAAQmTBKnFQAAJwMAAAQnUBINGgAAuwAAAAQoVBKjFQAAhgMAAAQpWBJGFQAApAMAAAQqYBInKwAAuwAAAAQrZBIdGwAACwMAAAQsaBJ3DwAAhgMAAAQtcBIHBAAAhgMAAAQteBIuHQAAdgEAAAQugBI6HQAAdgEAAAQuhBLwGQAAsAMAAAQviAAOeAMAAAcECxADAAAONQ0AAAgBCxwDAAATJwMAAAh2AQAAAA6BAwAABQQLMwMAABPMAAAACHYBAAAICwMAAAjMAAAAAAtNAwAAE8wAAAAIdgEAAAhiAwAACMwAAAAAC2cDAAAUEAMAAAtxAwAAE4YDAAAIdgEAAAiGAwAACCcDAAAADZEDAADzBwAAA/EOrRQAAAUIDsAUAAAFBBUnAwAAC6kDAAAOPg0AAAYBC7UDAAAWVwYAAApiAwAAAEQRAAAEAJ4OAAAEAbcrAAAMAE0jAABNJQAAZhQAAAAAAAAoBAAAAhgLAAA3AAAAAVIFA5AEAAADSQAAAARVAAAACARVAAAAOgAFTgAAAAY1DQAACAEHcSkAAAgHAj4JAABtAAAAAcEFA2AGAAADeQAAAARVAAAAEAAFfgAAAAY+DQAABgEIPAEAAAQBQwlAKgAAAAkwKgAAAQknKgAAAgk7KgAAAwk6KgAABAktKgAABQkhKgAABgk1KgAABwncKQAACAnJKQAACQmrKQAACgmqKQAACwkLKgAADAkNKgAADQkFKgAADgmkKQAADwmjKQAAEAnOKQAAEQnNKQAAEgkMKgAAEwmvKQAAFAmbKQAAFQmWKQAAFgkSKgAAFwnHKQAAGAn1KQAAGQn0KQAAGgn/KQAAGwkYKgAAHAAGeAMAAAcECn4AAAAKTQEAAAaBAwAABQQKWQEAAAbAFAAABQQKZQEAAAatFAAABQgKcQEAAAbDAgAABwIKTgAAAAqCAQAAC40BAAAICAAAAosGtxQAAAcECpkBAAALpAEAALQGAAAC4QakFAAABwgMBswCAAAFAgY3DQAABgELjQEAAGIHAAACkAukAQAA3QgAAALXDaMTAAB7AQAABO0ABZ+nEAAAAckCTQEAAA4bCwAAsRUAAAHJAtMQAAAO/QoAABUEAAAByQLOEAAADkEKAABLDgAAAckCVQ4AAA7fCgAAvA0AAAHJAo8OAAAOwQoAALsZAAAByQJpDgAADwORoAHIGAAAAcwC+Q0AAA8DkdAAnRQAAAHNAgUOAAAPApEAUBUAAAHOAkkOAAAQEQoAAPAqAAABywJVDgAAEH8KAABdFQAAAc4CeAEAABHDEgAAAdkCTQEAABA5CwAAawwAAAHPAk0BAAAQVwsAAFMGAAAB0AJNAQAAEscCAAD7EwAAEscCAAChFAAAABMgFQAAowkAAATtAAefeBgAAAHiAU0BAAAOPQ4AALEVAAAB4gHDDgAADnULAAAVBAAAAeIBbQcAAA4fDgAASw4AAAHiAYoOAAAOAQ4AAJ0UAAAB4gGFDgAADuMNAADIGAAAAeIBSAEAAA7FDQAAvA0AAAHiAY8OAAAOpw0AALsZAAAB4gFpDgAADwORwACgFAAAAecBEQ4AAA8CkRBjFQAAAewB2BAAAA8CkQi5HQAAAe8B5BAAAA8CkQRLKQAAAfAB8BAAABCTCwAA+AsAAAHkAUMBAAAQyQwAAEgPAAAB5QE8AQAAEP0MAAARBAAAAeoBTQEAABAoDQAA/BAAAAHqAU0BAAAQWw4AAAUAAAAB5AFDAQAAEIcOAADiCQAAAegBTQEAABClDgAANxAAAAHlATwBAAAQEw8AAOMBAAAB5gFNAQAAEGkPAABjDQAAAeYBTQEAABCiDwAAUA4AAAHmAU0BAAAQBRAAAJ8CAAAB6QE8AQAAEdUJAAAB6QE8AQAAEFcQAADIDwAAAe4BTQEAABCOEAAAeAEAAAHtAW0HAAAQuhAAAO0IAAAB7gFNAQAAEBARAABfKQAAAeQBQwEAABBKEQAA7wgAAAHvAfwQAAAQhBEAAAYUAAAB6wGCAQAAFHAQAAABvwIU0gEAAAHCAhKSBQAAAAAAABLXBQAAPhYAABLXBQAA/hYAABLoBQAApBcAABLXBQAA5xcAABLoBQAAihgAABI3BgAAKxkAABKLBgAArhoAABLUBgAA7RoAABIOBwAAYhsAABJXBwAA4hsAABJyBwAALhwAABL7BwAAdRwAABJyBwAAuxwAABL7BwAA6BwAABKSBQAA/xwAABJyBwAAIB0AABI3BgAAyh0AABJyBwAAXR4AABKSBQAAZR4AABJyBwAAdh4AABJyBwAAgh4AABKSBQAAih4AABJyBwAAmx4AAAAVxB4AABgAAAAH7QMAAAAAnzUCAAABsRbZHAAAsRUAAAGxww4AABYVHQAA+AsAAAGxbQcAABb3HAAA/BAAAAGxggEAAAAXrQUAAAMOTQEAABhNAQAAABPdHgAAdgAAAAftAwAAAACfEAMAAAHXAU0BAAAOMx0AAPgLAAAB1wE1EQAAEFEdAAAGFAAAAdgBTQEAABLXBQAA9B4AABLXBQAATR8AAAAVVR8AADYCAAAH7QMAAAAAn5UUAAABmRbIHQAAoBQAAAGZhQ4AABZuHQAAyxgAAAGZTQEAABaqHQAASw4AAAGZig4AABaMHQAAuxkAAAGZaQ4AAAAZjCEAAD0AAAAH7QMAAAAAn6IBAAABxUMBAAAW5h0AAKoBAAABxZkBAAAWMB4AAPgLAAABxUMBAAAWEh4AALgMAAABxU0BAAAAGcohAAA2AAAAB+0DAAAAAJ+ADgAAActDAQAAFmoeAACqAQAAAcuZAQAAFpYeAAD4CwAAActDAQAAABkCIgAAjAAAAAftAwAAAACfCQIAAAHRQwEAABbQHgAAqgEAAAHRmQEAABYKHwAA+AsAAAHRQwEAABpgHwAAcgEAAAHTjQEAAAAXMA8AAARDggEAABhtBwAAGIIBAAAACnkAAAAVjyIAAHAAAAAE7QAFn2gdAAABthZYIAAAsRUAAAG2ww4AABY6IAAANCkAAAG2fgAAABb+HwAA4wEAAAG2TQEAABaoHwAA/BAAAAG2TQEAABYcIAAANxAAAAG2TQEAABsCkQBoHQAAAbg6EQAAEt4NAADLIgAAEpIFAADdIgAAEpIFAAAAAAAAABdBKQAABUhNAQAAGEMBAAAYEQgAAAALTQEAAH4HAAACJg0AIwAADgAAAAftAwAAAACfeRUAAAHyAk0BAAAcBO0AAJ+xFQAAAfIC0xAAABwE7QABnxUEAAAB8gLOEAAAHATtAAKfSw4AAAHyAlUOAAAS0AEAAAAAAAAAGRAjAACxDAAABO0ABp+8DQAAAeZNAQAAFpQUAACxFQAAAebDDgAAFrkSAAByAQAAAeY+DgAAFnYUAADjAQAAAeZNAQAAFgQUAABQDgAAAeZNAQAAFuYTAAA3EAAAAeZNAQAAFroTAADtCAAAAeZNAQAAGwKRMAQVAAAB6AERAAAbApEQYxUAAAHsGBEAABsCkQTVKwAAAe8kEQAAGhASAAAYKwAAAetNAQAAGnETAADIDwAAAe5NAQAAGpwTAAA1FQAAAe9DAQAAGrIUAAB4AQAAAe1tBwAAGvwUAAAFAAAAAeowEQAAGooVAABBDQAAAeowEQAAGrYVAABfKQAAAeowEQAAGowWAAC3HQAAAeowEQAAGkgYAAAGFAAAAetNAQAAGu4YAADqGgAAAetNAQAAGjYZAAD9EwAAAetNAQAAGnEaAAD8EAAAAetNAQAAGqsaAAAKDAAAAe9DAQAAGoEcAAD4CwAAAexDAQAAHcsjAABWAAAAGtAUAAD4CwAAAftDAQAAAB6wAwAAEB8cAAD+GgAAAQgBPg4AABBRHAAAiRgAAAEJAU0BAAAdaC4AAKAAAAARqgEAAAEmAU0BAAAAAB7IAwAAEDYWAABgAAAAAUkBDREAABBuFgAAIRQAAAFKAU0BAAAe4AMAABCKFwAAqgEAAAFMAcUBAAAAAB0YJgAAwgAAABC2FwAAYAAAAAFVAQ0RAAAQ4BcAACEUAAABVgFNAQAAEVodAAABVgFNAQAAEBwYAABTKQAAAVUBMBEAAB1ZJgAAIgAAABD+FwAAVQ8AAAFYAQ0RAAAAAB74AwAAEPUZAACqAQAAAWoBDREAAB4QBAAAECEaAAD+GgAAAXMBPg4AABBFGgAACRAAAAF0AT4OAAAAAB1tKwAAYQAAABBHGwAA+AsAAAG1AUMBAAAAHfYrAABFAAAAEIEbAAD4CwAAAbwBQwEAAAAdjiwAAJMAAAAQyRsAAPgLAAABxAFDAQAAABJ/DAAAWCMAABJ/DAAAbyMAABJyBwAA1yMAABKSBQAA3yMAABKSBQAAAiQAABJyBwAAEyQAABLYDAAAOiQAABIOBwAAoioAABJyBwAAIisAABKSBQAAKisAABJyBwAAOysAABIOBwAAeCsAABKSBQAAyisAABKSBQAAAAAAABIOBwAAAywAABKSBQAANywAABIOBwAAmywAABKSBQAA6CwAABKSBQAAAAAAABKSBQAAFi0AABJyBwAAQS0AABKSBQAATC0AABJyBwAAAAAAABJyBwAAdS0AABIOBwAACC4AABJyBwAAXS8AABKSBQAAZS8AABJyBwAAdi8AABKSBQAAgS8AABJyBwAAkC8AABKSBQAAmC8AABJyBwAAqS8AAAAZ8C8AAAUAAAAH7QMAAAAAn7kpAAAGPaQBAAAfBO0AAJ+vFQAABj3uDAAAGwTtAACfDwIAAAY/ugwAACAIBj8hrxUAAO4MAAAGPwAhBBQAAKQBAAAGPwAAABdHDQAABufuDAAAGO4MAAAYSAEAAAAG1BkAAAQIFcIvAAAtAAAAB+0DAAAAAJ+7GQAAAZQWuxwAAKAUAAABlIUOAAAfBO0AAZ9LDgAAAZSKDgAAAA0AAAAAAAAAAAftAwAAAACfZxUAAAH4Ak0BAAAcBO0AAJ+xFQAAAfgC0xAAABwE7QABnxUEAAAB+ALOEAAAHATtAAKfSw4AAAH4AlUOAAAS0AEAAAAAAAAADQAAAAAAAAAAB+0DAAAAAJ9xFQAAAf4CTQEAABwE7QAAn7EVAAAB/gLTEAAAHATtAAGfFQQAAAH+As4QAAAcBO0AAp9LDgAAAf4CVQ4AABLQAQAAAAAAAAAXNgYAAAQbqwEAABirAQAAGE0BAAAYggEAAAADTQEAAARVAAAACgADEQ4AAARVAAAACgAioBQAAAgBiSEGFAAAmQEAAAGLACGxFQAAPg4AAAGMACFQDgAAqwEAAAGNAAAL7gwAAMMZAAABEwNOAAAABFUAAABQAAtgDgAAeQIAAAcOI6sBAABgAgAAC3QOAAA0CAAAAZIKeQ4AACQYhQ4AABiKDgAAAAoRDgAAClUOAAALmg4AAIYHAAAB5AqfDgAAJU0BAAAYww4AABg+DgAAGE0BAAAYTQEAABhNAQAAGE0BAAAACsgOAAAm1A4AAFcqAAACjgEnUyoAAJAIFSEGCwAAPAEAAAgWACHdCQAAeAEAAAgXBCEYGwAAeAEAAAgXCCEIGAAAURAAAAgYDCETGwAAeAEAAAgZECHYCQAAeAEAAAgZFCGnKwAAeAEAAAgaGCEqGAAAeAEAAAgbHCGiHQAAYRAAAAgcICFPFwAAexAAAAgdJCHgEQAAmhAAAAgeKCFjFQAAeAEAAAgfLCHdFgAAggEAAAggMCH3AQAAww4AAAghNCEbAgAAww4AAAghOCF8HAAATQEAAAgiPCH/GwAATQEAAAgjQCEGAwAAWQEAAAgkRCF+GgAATQEAAAglSCHfEwAAvxAAAAgmTCGnFQAATQEAAAgnUCENGgAAqwEAAAgoVCGjFQAAtBAAAAgpWCFGFQAAQwEAAAgqYCEnKwAAqwEAAAgrZCEdGwAAeAEAAAgsaCF3DwAAtBAAAAgtcCEHBAAAtBAAAAgteCEuHQAAww4AAAgugCE6HQAAww4AAAguhCHwGQAAxBAAAAgviAAKVhAAACVNAQAAGMMOAAAACmYQAAAlggEAABjDDgAAGHgBAAAYggEAAAAKgBAAACWCAQAAGMMOAAAYlRAAABiCAQAAAApJAAAACp8QAAAltBAAABjDDgAAGLQQAAAYTQEAAAALZQEAAPMHAAAC8ShNAQAACskQAAApVwYAACptBwAAKsMOAAADfgAAAARVAAAAKAADEQgAAARVAAAAAgADfgAAAARVAAAABAAKEQgAAAMNEQAABFUAAAB+AAs8AQAA5ggAAALSA34AAAAEVQAAABYAA34AAAAEVQAAAAwACg0RAAAKQwEAAAN+AAAAK1UAAAAAAQAAZwEAAAQAvBAAAAQBtysAAAwAeCAAALZNAABmFAAAAAAAAKgEAAAC9i8AABUAAAAH7QMAAAAAn0QGAAABDZYAAAADdiAAAIMaAAABDZ0AAAAAAgAAAAAAAAAABO0AAZ8IHAAAARSWAAAAA5QgAAB8HAAAARRMAQAABAKRCCMVAAABFboAAAAFsiAAAG4MAAABFpYAAAAABoEDAAAFBAeoAAAArAcAAANvB7MAAADUCAAAAs0GwwIAAAcCCMYAAADEBgAAA7gDCcQGAAAYA6IDCrwYAAAEAQAAA6YDAAoDCwAAIgEAAAOrAwIKRxgAAC4BAAADsAMICsUUAAAuAQAAA7YDEAAIEAEAABsIAAADCAMHGwEAAMAIAAACyAY1DQAACAEIqAAAAOQGAAADfwMIOgEAANQGAAAD+AEHRQEAAN0IAAAC1wakFAAABwgIWAEAAJQIAAADnQIHYwEAAOYIAAAC0gZ4AwAABwQAlQEAAAQAWBEAAAQBtysAAAwAXiYAAKhOAABmFAAAAr8eAAAvAAAAAwMFA+gLAAADvx4AADgBFQTGCwAAyAAAAAEWAARfHQAAyAAAAAEXAQRfGAAAyAAAAAEYAgTLCgAAzwAAAAEZAwSXKwAA2wAAAAEaBATlAQAA4gAAAAEbCASnHQAA+QAAAAEcDAR9FgAA5wAAAAEdEAQaDwAA5wAAAAEdFAQNBAAA5wAAAAEdGAT7FgAA5wAAAAEeHATpGQAAUAEAAAEfIAAFPg0AAAYBBtQAAAAFNw0AAAYBBYEDAAAFBAfnAAAACPIAAAAICAAAAi4FtxQAAAcEB/4AAAADexkAABgBDwQbAgAA+QAAAAEQAARGGgAATwEAAAERBAREDwAA5wAAAAESCAQUFwAA5wAAAAESDAQeDwAA5wAAAAESEAQ9BgAA5wAAAAESFAAJA1cGAAAYAQsEiQYAAGUBAAABDAAACnEBAAALgAEAAAYAB3YBAAAMewEAAA0iDgAADnEpAAAIBwJGDgAA5wAAAAMFBQP/////AI8MAAAEAOsRAAAEAbcrAAAMAMYgAAAyTwAAZhQAAAAAAADABAAAAvkbAAAxAAAAARoDgQMAAAUEAj8cAAAxAAAAARsCvBsAADEAAAABHQLyGwAAMQAAAAEcBA4RAABqAAAAAR4FA/////8FdQAAAFMIAAAC5wN4AwAABwQGgQAAAAc8GQAAhgEDCgg0GQAA1QAAAAMLAAhyGQAA1QAAAAMMQQggGAAA1QAAAAMNggjEDgAA1QAAAAMOwwnrGAAA1QAAAAMPBAEJXBkAANUAAAADE0UBAArhAAAAC+gAAABBAAM+DQAABgEMcSkAAAgHBvQAAAANdQAAAI4IAAACTQEGBQEAAA4vGgAAiAQbCPMYAADaAQAABBwACPwYAADaAQAABB0ICLEJAAAJAgAABB8QCKgJAAAJAgAABCAUCMQJAAAJAgAABCEYCLsJAAAJAgAABCIcCCoEAAAJAgAABCMgCDQEAAAJAgAABCQkCPcNAAAJAgAABCUoCHwTAAAJAgAABCYsCHETAAAJAgAABCcwCAQbAAAJAgAABCg0CP8BAAAJAgAABCk4CIQKAAAJAgAABCo8CKwBAAAJAgAABCtACLUBAAAJAgAABCxECH8cAAAbAgAABC5IAA92EAAACAIzARCvHgAA/gEAAAIzAQAQnx4AABACAAACMwEEAAUJAgAALQgAAAJRA8AUAAAFBAUJAgAA9QYAAAJWCgkCAAAL6AAAABAABiwCAAANdQAAAHgIAAACSAEGPQIAAA5cBQAAEAQWCPoLAABeAgAABBcACJkBAABeAgAABBgIAAVpAgAAuwcAAAQUA6QUAAAHCBEAAAAAAAAAAAftAwAAAACfHBkAAAEtCQIAABLoIAAAYxUAAAEtCQIAABM8GQAAATF8AAAAABEAAAAAAAAAAAftAwAAAACfGxwAAAE/CQIAABIGIQAABBwAAAE/CQIAABIkIQAAQRwAAAE/CQIAAAAUAAAAAAAAAAAH7QMAAAAAn1EeAAABSQkCAAARAAAAAAAAAAAH7QMAAAAAn6sbAAABTQkCAAAVBO0AAJ8EHAAAAU0JAgAAABEAAAAAAAAAAAftAwAAAACfLRwAAAFUCQIAABUE7QAAnwQcAAABVAkCAAAAFAwwAAAEAAAAB+0DAAAAAJ/PGwAAAVsJAgAAFAAAAAAAAAAAB+0DAAAAAJ/gGwAAAV8JAgAAEQAAAAAAAAAAB+0DAAAAAJ+5EQAAAWMJAgAAFhcUAAABYwkCAAAWDxQAAAFjCQIAAAARAAAAAAAAAAAH7QMAAAAAn8oaAAABZwkCAAAWYB4AAAFnCQIAAAARAAAAAAAAAAAH7QMAAAAAnzgrAAABawkCAAASQiEAABQXAAABawkCAAASYCEAAHwCAAABawkCAAAAFAAAAAAAAAAAB+0DAAAAAJ+aGwAAAXMJAgAAEQAAAAAAAAAAB+0DAAAAAJ/+EAAAAXcJAgAAEpwhAAAREQAAAXcJAgAAF34hAAB9GwAAAXgJAgAAABEAAAAAAAAAAAftAwAAAACfOgUAAAF9CQIAABaeGgAAAX0JAgAAFqcFAAABfQkCAAAAEQAAAAAAAAAAB+0DAAAAAJ8iGgAAAYEJAgAAFlcOAAABgQkCAAASuiEAADAaAAABgQkCAAAX2CEAABECAAABgwABAAAY8QQAAAAAAAAAGX0MAAAFEBr+BAAAAAYDBQAAG+EAAAARAAAAAAAAAAAH7QMAAAAAnx0AAAABjAkCAAAWKRQAAAGMCQIAABZXDgAAAYwJAgAAABEAAAAAAAAAAAftAwAAAACfBwAAAAGQCQIAABYpFAAAAZAJAgAAFlcOAAABkAkCAAAWUg4AAAGQCQIAAAARAAAAAAAAAAAH7QMAAAAAn0QZAAABlAkCAAAWdhkAAAGUCQIAABYUFwAAAZQJAgAAABEAAAAAAAAAAAftAwAAAACfTisAAAGYCQIAABUE7QAAn4wbAAABmAkCAAAS9iEAAJEbAAABmAkCAAASFCIAAIcbAAABmAkCAAAAEQAAAAAAAAAAB+0DAAAAAJ9kKwAAAZ8JAgAAEjIiAACMGwAAAZ8JAgAAElAiAACRGwAAAZ8JAgAAEm4iAACHGwAAAZ8JAgAAGPEEAAAAAAAAABEAAAAAAAAAAAftAwAAAACf5BcAAAGnCQIAABjxBAAAAAAAAAARAAAAAAAAAAAH7QMAAAAAnw4YAAABrAkCAAAWGw0AAAGsCQIAABYIFAAAAawJAgAAFsMaAAABrAkCAAAY8QQAAAAAAAAAEQAAAAAAAAAAB+0DAAAAAJ/aEgAAAbIJAgAAFhsNAAABsgkCAAAWRA8AAAGyCQIAABjxBAAAAAAAAAARAAAAAAAAAAAH7QMAAAAAn2MSAAABtwkCAAAWGw0AAAG3CQIAABZEDwAAAbcJAgAAGPEEAAAAAAAAABEAAAAAAAAAAAftAwAAAACfZwYAAAG8CQIAABYbDQAAAbwJAgAAFkQPAAABvAkCAAAWFBcAAAG8CQIAABjxBAAAAAAAAAARAAAAAAAAAAAH7QMAAAAAnwkOAAABwQkCAAAWFw0AAAHBCQIAABYQFwAAAcEJAgAAFlkWAAABwQkCAAAWBgsAAAHBCQIAABYDDQAAAcEJAgAAGPEEAAAAAAAAABEAAAAAAAAAAAftAwAAAACfJBAAAAHGCQIAABYGCwAAAcYJAgAAGPEEAAAAAAAAABEAAAAAAAAAAAftAwAAAACfDxAAAAHLCQIAABjxBAAAAAAAAAARAAAAAAAAAAAH7QMAAAAAn7UqAAAB0AkCAAAWBBwAAAHQCQIAABaeGgAAAdAJAgAAFmMFAAAB0AkCAAASjCIAAKMFAAAB0AkCAAAXqiIAAH0bAAAB0jgCAAAY8QQAAAAAAAAAEQAAAAAAAAAAB+0DAAAAAJ9OBQAAAdoJAgAAFp4aAAAB2gkCAAASyCIAAHIPAAAB2gkCAAAX5iIAADcJAAAB3DgCAAAY8QQAAAAAAAAAEQAAAAAAAAAAB+0DAAAAAJ/iAgAAAeIJAgAAFngcAAAB4gkCAAAWOhAAAAHiCQIAABYsGQAAAeIJAgAAFmIQAAAB4gkCAAAWKQ8AAAHiCQIAABZUAQAAAeIJAgAAGPEEAAAAAAAAABEAAAAAAAAAAAftAwAAAACfegYAAAHnCQIAABZpGQAAAecJAgAAGPEEAAAAAAAAABEAAAAAAAAAAAftAwAAAACfZhgAAAHoCQIAABYbDQAAAegJAgAAFggUAAAB6AkCAAAWmx4AAAHoCQIAABjxBAAAAAAAAAARAAAAAAAAAAAH7QMAAAAAnwsrAAAB6QkCAAAWwgsAAAHpCQIAABYGCwAAAekJAgAAGPEEAAAAAAAAABEAAAAAAAAAAAftAwAAAACfcioAAAHqCQIAABawCwAAAeoJAgAAFr4LAAAB6gkCAAAWtQsAAAHqCQIAABamCwAAAeoJAgAAFioCAAAB6gkCAAAW5QoAAAHqCQIAABjxBAAAAAAAAAARAAAAAAAAAAAH7QMAAAAAn0AUAAAB6wkCAAAWeBwAAAHrCQIAABaYHgAAAesJAgAAFiQPAAAB6wkCAAAWBgsAAAHrCQIAABwY8QQAAAAAAAAAEQAAAAAAAAAAB+0DAAAAAJ9TFAAAAewJAgAAFngcAAAB7AkCAAAWmB4AAAHsCQIAABYkDwAAAewJAgAAFgYLAAAB7AkCAAAcGPEEAAAAAAAAABEAAAAAAAAAAAftAwAAAACfxAwAAAHtCQIAABYpFAAAAe0JAgAAFiIXAAAB7QkCAAAWLBcAAAHtCQIAABjxBAAAAAAAAAARAAAAAAAAAAAH7QMAAAAAn9gMAAAB7gkCAAAWKRQAAAHuCQIAABYsFwAAAe4JAgAAGPEEAAAAAAAAABEAAAAAAAAAAAftAwAAAACfhg4AAAHvCQIAABZ4HAAAAe8JAgAAFjoQAAAB7wkCAAAWLBkAAAHvCQIAABZiEAAAAe8JAgAAFikPAAAB7wkCAAAWVAEAAAHvCQIAABjxBAAAAAAAAAARAAAAAAAAAAAH7QMAAAAAn5wMAAAB8AkCAAAWeBwAAAHwCQIAABY6EAAAAfAJAgAAFiwZAAAB8AkCAAAWYhAAAAHwCQIAABYpDwAAAfAJAgAAFlQBAAAB8AkCAAAY8QQAAAAAAAAAEQAAAAAAAAAAB+0DAAAAAJ+hKgAAAfEJAgAAFgQcAAAB8QkCAAAW+wgAAAHxCQIAABbpCQAAAfEJAgAAFi8aAAAB8QkCAAAY8QQAAAAAAAAAAFEAAAAEAGATAAAEAbcrAAAMAMElAABKUAAAZhQAABEwAAAEAAAAAhEwAAAEAAAAB+0DAAAAAJ/ZGwAAAQRBAAAAA00AAAB+CAAAAj4BBIEDAAAFBAC/AwAABACmEwAABAG3KwAADAC2JgAA81AAAGYUAAAAAAAAEAYAAAJsHQAANwAAAAcLBQMgDAAAA3sdAABwARYEnhUAAMsBAAABGQAE6gEAANABAAABGwQEWw4AANUBAAABHwgEZgAAANUBAAABJAwElhsAAOcBAAABKBAEgBAAAOcBAAABKRQEpBcAAO4BAAABKhgEWxAAAO4BAAABKxwE2xkAAPMBAAABLCAERR4AAPMBAAABLCEFpRwAAPgBAAABLQEBByIFDBUAAPgBAAABLgEBBiIEVhgAAP8BAAABLyQElRYAAAQCAAABMCgE7xMAAA8CAAABMSwE0hYAAAQCAAABMjAEBRcAAAQCAAABMzQEGQQAAA8CAAABNDgEKxUAABACAAABNTwE7BoAAE4CAAABNkAEVAIAAEEBAAABO0QGDAE3BLQdAABTAgAAATgABKMVAABeAgAAATkEBNoUAABTAgAAAToIAAR+EAAA5wEAAAE8UARGHAAA7gEAAAE9VATwGQAAZQIAAAE+WATqEgAArQIAAAE/XAQ6FQAAuQIAAAFAYAS/CgAADwIAAAFBZATWEwAAxQIAAAFOaAQWHQAA5wEAAAFPbAAHNwAAAAfVAQAACOABAABiBwAAApAJtxQAAAcECYEDAAAFBArnAQAACvgBAAAJNQ0AAAgBB/gBAAAI4AEAAAgIAAADLgsHFQIAAANOKQAADATOBK8VAABCAgAABM8ABKgBAAAPAgAABNAEBBkCAAAQAgAABNEIAAdHAgAADA0PAgAAAAcPAgAAClgCAAAHXQIAAA4JwBQAAAUED3ECAABKCAAAApoBB3YCAAADVwYAABgFCwSJBgAAiwIAAAUMAAAQlwIAABGmAgAABgAHnAIAABKhAgAAEyIOAAAUcSkAAAgHEO4BAAARpgIAAAEAB74CAAAJPg0AAAYBB8oCAAAI1QIAAIcTAAAGYQOHEwAAaAZXBBUJAADnAQAABlkABAUZAAAOAwAABlsIBAMJAAAVAwAABl4QBHYZAAAhAwAABmBIAAnUGQAABAgQDgMAABGmAgAABwAQvgIAABGmAgAAIAAVFjAAAAUAAAAH7QMAAAAAn3ENAAAHDdUBAAAWAAAAAAAAAAAH7QMAAAAAn8IbAAAHEl4CAAAVAAAAAAcAAAAH7QMAAAAAn08cAAAHF7YDAAAXHDAAABMAAAAH7QMAAAAAn5EVAAAHHBifAwAAKjAAAAAZ2RsAAAhpqgMAAA/nAQAAfggAAAI+AQ/LAQAAoAgAAAJkAQAMBAAABADfFAAABAG3KwAADABlJwAArFIAAGYUAAAxMAAAIAEAAAJ4AwAABwQDOQAAAKAIAAACZAEEPgAAAAV7HQAAcAEWBp4VAAA5AAAAARkABuoBAADSAQAAARsEBlsOAADXAQAAAR8IBmYAAADXAQAAASQMBpYbAADpAQAAASgQBoAQAADpAQAAASkUBqQXAADwAQAAASoYBlsQAADwAQAAASscBtsZAAD1AQAAASwgBkUeAAD1AQAAASwhB6UcAAD6AQAAAS0BAQciBwwVAAD6AQAAAS4BAQYiBlYYAAABAgAAAS8kBpUWAAAGAgAAATAoBu8TAAARAgAAATEsBtIWAAAGAgAAATIwBgUXAAAGAgAAATM0BhkEAAARAgAAATQ4BisVAAASAgAAATU8BuwaAABQAgAAATZABlQCAABIAQAAATtECAwBNwa0HQAAVQIAAAE4AAajFQAAYAIAAAE5BAbaFAAAVQIAAAE6CAAGfhAAAOkBAAABPFAGRhwAAPABAAABPVQG8BkAAGcCAAABPlgG6hIAAPwCAAABP1wGOhUAAAgDAAABQGAGvwoAABECAAABQWQG1hMAAA0DAAABTmgGFh0AAOkBAAABT2wABNcBAAAJ4gEAAGIHAAACkAK3FAAABwQCgQMAAAUECukBAAAK+gEAAAI1DQAACAEE+gEAAAniAQAACAgAAAMuCwQXAgAABU4pAAAMBM4GrxUAAEQCAAAEzwAGqAEAABECAAAE0AQGGQIAABICAAAE0QgABEkCAAAMDRECAAAABBECAAAKWgIAAARfAgAADgLAFAAABQQDcwIAAEoIAAACmgEEeAIAAAVXBgAAGAYLBokGAACNAgAABgwAAA+ZAgAAEPUCAAAGAASeAgAAEaMCAAAFIg4AACQFCwYrDgAA3AIAAAUMAAaVFgAABgIAAAUNBAZ2GQAA4gIAAAUOCAYbAgAAmQIAAAUPIAAE4QIAABIP7gIAABD1AgAAGAACPg0AAAYBE3EpAAAIBw/wAQAAEPUCAAABAATuAgAABBIDAAAJHQMAAIcTAAAHYQWHEwAAaAdXBhUJAADpAQAAB1kABgUZAABWAwAAB1sIBgMJAABdAwAAB14QBnYZAABpAwAAB2BIAALUGQAABAgPVgMAABD1AgAABwAP7gIAABD1AgAAIAAUMTAAACABAAAH7QMAAAAAnzkpAAAIBroDAAAVGiMAAPgLAAAIBtADAAAVBCMAALkdAAAIBsUDAAAWnwIAAAgG1QMAAAAJ4gEAAAgIAAACiwnpAQAAfgcAAANKFwgDAAAX2gMAAATfAwAAA+sDAAARCAAAApQBGA8IAAAIApQBGYErAAAmAAAAApQBABkBKwAAJgAAAAKUAQQAAPcAAAAEAPoVAAAEAbcrAAAMAMEnAABZVgAAZhQAAFIxAAAUAAAAAlIxAAAUAAAAB+0DAAAAAJ9BKQAAAQSyAAAAA0YjAAD4CwAAAQSbAAAAAzAjAAC5HQAAAQSnAAAABGkAAAAAAAAAAAU5KQAAAleEAAAABpYAAAAGpwAAAAa5AAAAAAePAAAACAgAAAOLCLcUAAAHBAmbAAAACqAAAAAIPg0AAAYBB7IAAAB+BwAAAyYIgQMAAAUECb4AAAAKwwAAAAvPAAAAEQgAAAOUAQwPCAAACAOUAQ2BKwAA8wAAAAOUAQANASsAAPMAAAADlAEEAAh4AwAABwQA6zIAAAQAqxYAAAQBtysAAAwAGSYAAFhXAABmFAAAAAAAAIgOAAACbCkAADgAAAABjQoFA5AMAAADsRcAANgBAVgKBAAOAABCAQAAAVkKAAQaDgAAQgEAAAFaCgQExBUAAFUBAAABWwoIBOkVAABVAQAAAVwKDAQMDQAAZwEAAAFdChAE/AEAAHMBAAABXgoUBKUNAABzAQAAAV8KGATkEwAAVQEAAAFgChwE1goAAFUBAAABYQogBGQeAABVAQAAAWIKJATxCQAAwgEAAAFjCigF+wkAANUBAAABZAowAQU3AwAAVQEAAAFlCrABBSADAABVAQAAAWYKtAEFkwUAAFUBAAABZwq4AQX8CgAAbwIAAAFoCrwBBQgVAAB7AgAAAWwKwAEFbA0AAMoCAAABbQrQAQUiCQAAVQEAAAFuCtQBAAZOAQAAowcAAAHYCAd4AwAABwQIYAEAAAgIAAACiwe3FAAABwQJbAEAAAc+DQAABgEGfwEAADUMAAAB1QgJhAEAAAqaEQAAEAHNCAT8AgAAVQEAAAHOCAAEtB0AAFUBAAABzwgEBHwcAAB/AQAAAdAICAT1EwAAfwEAAAHRCAwAC3MBAAAMzgEAAEIADXEpAAAIBwvhAQAADM4BAAAgAAbtAQAAGwwAAAGsCQnyAQAACogRAAAgAZ4JBPwCAABVAQAAAaAJAAS0HQAAVQEAAAGhCQQEfBwAAO0BAAABogkIBPUTAADtAQAAAaMJDASBGwAAVwIAAAGlCRAEngMAAO0BAAABpgkYBI8BAABjAgAAAacJHAAL7QEAAAzOAQAAAgAGTgEAAKsGAAAB1wgGTgEAAOwHAAAB2QgGhwIAANIDAAAB9AkK5wMAABAB6gkEWhgAAGcBAAAB6wkABBQXAABVAQAAAewJBAQbAgAAxQIAAAHtCQgE7QoAAG8CAAAB7gkMAAmHAgAADgITCgAA3QIAAAGFCgUDaA4AAAobCgAAGAF8CgRkHgAAVQEAAAF9CgAE+xYAAFUBAAABfgoEBEIAAABVAQAAAX8KCARjGwAAVQEAAAGACgwEchsAAFUBAAABgQoQBPQKAABvAgAAAYIKFAAGfwEAACMMAAAB1ggG7QEAACsMAAABqwkJUgMAAA9VAQAABsUCAAAPDAAAAfUJCcoCAAAJVQEAABABEAAAAdsRygIAAAERxg8AAAHbEb8EAAARNikAAAHbEVUBAAAStQUAAAHfEUIBAAASBhQAAAHeEWMCAAASBwIAAAHcEUEDAAAS7QgAAAHcEUEDAAAS2hUAAAHdEVUBAAATEpQpAAAB4BFOAQAAEvIpAAAB4BFOAQAAEvkpAAAB4BFOAQAAABMSgQ8AAAHlEVUBAAAAExJBDQAAAe0RcwEAABMS0ykAAAHwEUEDAAAS0SkAAAHwEUEDAAATEhYqAAAB8BFBAwAAABMS2SkAAAHwEdAEAAATEuEpAAAB8BHQBAAAAAATEv0pAAAB8BHVBAAAExLbKwAAAfARQQMAABK0KwAAAfARQQMAAAAAABMStSkAAAH2EVUBAAATEqApAAAB9hFzAQAAExL7KQAAAfYRYwIAABJeKgAAAfYRcwEAABIWKgAAAfYRcwEAAAAAAAAABssEAABqFwAAAXEKCTgAAAAJQQMAAAnhAQAAEBQaAAABlBHKAgAAARHGDwAAAZQRvwQAABE2KQAAAZQRVQEAABIHAgAAAZURQQMAABLaFQAAAZYRVQEAABKVAQAAAZgRYwIAABLtCAAAAZcRQQMAABMSnikAAAGZEVUBAAATEvIpAAABmRFOAQAAEvkpAAABmRFOAQAAEpQpAAABmRFOAQAAAAATElkJAAABnBFVAQAAEj4CAAABnRFBAwAAExKBDwAAAaARVQEAABLVAgAAAZ8RQQMAAAAAExJGCQAAAbIRQgEAABMStQUAAAG1EUIBAAASBhQAAAG0EWMCAAATEpQpAAABthFOAQAAEvIpAAABthFOAQAAEvkpAAABthFOAQAAAAAAExKBDwAAAbwRVQEAAAATEkENAAABxxFzAQAAExLTKQAAAcoRQQMAABLRKQAAAcoRQQMAABMSFioAAAHKEUEDAAAAExLZKQAAAcoR0AQAABMS4SkAAAHKEdAEAAAAABMS/SkAAAHKEdUEAAATEtsrAAAByhFBAwAAErQrAAAByhFBAwAAAAAAExL7KQAAAdARYwIAABJeKgAAAdARcwEAABIWKgAAAdARcwEAAAATEtYpAAAB0BFBAwAAExL7KQAAAdARYwIAABL9KQAAAdAR1QQAABMSnikAAAHQEVUBAAATEvIpAAAB0BFOAQAAEvkpAAAB0BFOAQAAEpQpAAAB0BFOAQAAAAATEvkpAAAB0BFVAQAAErMpAAAB0BFBAwAAExJcKgAAAdAR0AQAAAATEhYqAAAB0BFBAwAAAAAAAAAAECIeAAABBxDKAgAAARHGDwAAAQcQvwQAABE2KQAAAQcQVQEAABLOFQAAAQkQVQEAABIZFQAAAQoQbwIAABIwGAAAAQgQZwEAABJIFgAAAQsQVQEAABMSwA0AAAEaEFUBAAAAExLUFQAAATcQVQEAABIyDQAAATYQZwEAABLKCQAAATgQVwMAABMSWhgAAAE8EGcBAAATEsANAAABPhBVAQAAAAATEjEWAAABWxBVAQAAExI7GwAAAV0QZwEAAAAAABMSMg0AAAF9EGcBAAASOxsAAAF+EGcBAAATEtQVAAABhBBVAQAAAAATEosNAAABqRBXAwAAExI2GAAAAb0QZwEAAAAAExLMDgAAAaIQcwEAAAATEtoVAAAByBBVAQAAElAOAAAByRBzAQAAEkENAAAByhBzAQAAABMSiQ8AAAEREMoCAAAAABAOCgAAAWAMoggAAAETEusVAAABaQxVAQAAEiUWAAABagxVAQAAEmQeAAABaAxVAQAAAAAHgQMAAAUEEOIUAAABzwpXAwAAARHGDwAAAc8KvwQAABEbDQAAAc8KZwEAABKLDQAAAdAKVwMAAAAUBAoAAAGJDwERxg8AAAGJD78EAAASBhQAAAGLD2MCAAATEt4OAAABjQ81AwAAAAAUmA0AAAF6DwERxg8AAAF6D78EAAARUA4AAAF6D3MBAAAR6xUAAAF6D1UBAAASPQYAAAF8D1UBAAAAFNsDAAAB0A8BEcYPAAAB0A+/BAAAETAYAAAB0A9nAQAAEc4VAAAB0A9VAQAAEQ4dAAAB0A9vAgAAEoANAAAB0w9XAwAAEiMbAAAB1A9nAQAAEtQVAAAB1Q9VAQAAEhMCAAAB3A9zAQAAElAOAAAB3Q9zAQAAEoILAAAB3g+iCAAAEj0GAAAB1w9VAQAAEooNAAAB2A9nAQAAEosNAAAB2g9zAQAAEoYNAAAB2Q9nAQAAEsoJAAAB2w9XAwAAEqENAAAB0g9nAQAAEnoNAAAB1g9nAQAAExJrDQAAAe4PcwEAAAATEkUNAAAB+g9zAQAAEpkOAAAB/A9zAQAAEusVAAAB+w9VAQAAExL7KQAAAf4PYwIAABJeKgAAAf4PcwEAABIWKgAAAf4PcwEAAAATEtYpAAAB/g9BAwAAExL7KQAAAf4PYwIAABL9KQAAAf4P1QQAABMSnikAAAH+D1UBAAATEvIpAAAB/g9OAQAAEvkpAAAB/g9OAQAAEpQpAAAB/g9OAQAAAAATEvkpAAAB/g9VAQAAErMpAAAB/g9BAwAAExJcKgAAAf4P0AQAAAATEhYqAAAB/g9BAwAAAAAAAAAAEDceAAABpg/KAgAAARHGDwAAAaYPvwQAABEoGAAAAaYPZwEAABE2GAAAAaYPZwEAABE2KQAAAacPVQEAABJQDgAAAagPcwEAABI5AgAAAakPcwEAABJFDQAAAasPcwEAABLgFQAAAawPVQEAABLrFQAAAaoPVQEAABMSzhUAAAG1D1UBAAAAExJCFgAAAbsPVQEAAAATEvEVAAABwQ9VAQAAExIWKgAAAcIPcwEAABL7KQAAAcIPYwIAABJeKgAAAcIPcwEAAAATEtYpAAABwg9BAwAAExLTKQAAAcIPQQMAABLRKQAAAcIPQQMAABMSFioAAAHCD0EDAAAAExLZKQAAAcIP0AQAABMS4SkAAAHCD9AEAAAAABMS/SkAAAHCD9UEAAATEtsrAAABwg9BAwAAErQrAAABwg9BAwAAAAAAAAATEvspAAABxw9jAgAAEl4qAAABxw9zAQAAEhYqAAABxw9zAQAAABMS1ikAAAHHD0EDAAATEvspAAABxw9jAgAAEv0pAAABxw/VBAAAExKeKQAAAccPVQEAABMS8ikAAAHHD04BAAAS+SkAAAHHD04BAAASlCkAAAHHD04BAAAAABMS+SkAAAHHD1UBAAASsykAAAHHD0EDAAATElwqAAABxw/QBAAAABMSFioAAAHHD0EDAAAAAAAAABVoMQAAjxcAAATtAAGf6h0AAAECEsoCAAAWXCMAABILAAABAhJVAQAAF6UxAABHFwAAGHojAAA2KQAAASASVQEAABjSJAAAiQ8AAAEfEsoCAAAZnA4AAAGCEu1IAAAaOAYAABjaIwAAlQEAAAEiEmMCAAAYIiQAAE8JAAABIxJCAQAAF9YxAAB1AAAAGE4kAABQDgAAASkScwEAABimJAAAUykAAAEpEnMBAAAaUAYAABh6JAAAFioAAAEuEnMBAAAAABdgMgAAYAEAABj+JAAARgkAAAE6EkIBAAAYKiUAALUFAAABOxJCAQAAGMgmAAAGFAAAATkSYwIAABj0JgAAUA4AAAE3EnMBAAAYTCcAAFMpAAABNxJzAQAAGHgnAABBDQAAATcScwEAABikJwAA2hUAAAE4ElUBAAAXgTIAAFUAAAAYSCUAAJQpAAABPBJOAQAAGPIlAADyKQAAATwSTgEAABgsJgAA+SkAAAE8Ek4BAAAAGmgGAAAYICcAABYqAAABQBJzAQAAABdIMwAAeAAAABK1KQAAAUkSVQEAABdTMwAAWgAAABg4KAAAoCkAAAFJEnMBAAAagAYAABjQJwAA+ykAAAFJEmMCAAAY/CcAAF4qAAABSRJzAQAAGBooAAAWKgAAAUkScwEAAAAAAAAbbQMAAKAGAAABUBI1HIYDAAAdVigAAJIDAAAd9CkAAJ4DAAAdEioAAKoDAAAdTCoAALYDAAAdlCoAAMIDAAAX1jMAAFMAAAAddCgAAM8DAAAdHikAANsDAAAdWCkAAOcDAAAAF180AAAoAAAAHcAqAAD1AwAAABq4BgAAHewqAAADBAAAGtgGAAAdGCsAABAEAAAdNisAABwEAAAXpTQAABkAAAAdmisAACkEAAAAF8U0AABMAAAAHcYrAAA3BAAAF+00AAAkAAAAHQAsAABEBAAAAAAXiEcAAJMAAAAdvUMAAFMEAAAX20cAAEAAAAAd6UMAAGAEAAAdFUQAAGwEAAAAAAAXbkgAAHYAAAAefAQAABd5SAAAWgAAAB2pRAAAiQQAABr4BgAAHUFEAACWBAAAHW1EAACiBAAAHYtEAACuBAAAAAAAAAAAG9oEAAAYBwAAAVoSLBzzBAAAHTosAAD/BAAAHZAsAAALBQAAHhcFAAAdoi0AACMFAAAXQDUAAG4AAAAdZCwAADAFAAAXXjUAAFAAAAAdvCwAAD0FAAAd9iwAAEkFAAAdPi0AAFUFAAAAABfnNQAAdQAAAB3qLQAAZAUAAB0WLgAAcAUAABf2NQAAZgAAAB1ALgAAfQUAAB1sLgAAiQUAAAAAF202AAB6AAAAHZguAACYBQAAF4Q2AABjAAAAHcQuAAClBQAAHWIwAACxBQAAF4o2AABTAAAAHeIuAAC+BQAAHYwvAADKBQAAHcYvAADWBQAAAAAAF+42AAApAAAAHYAwAADmBQAAABo4BwAAHawwAAD0BQAAGlgHAAAd2DAAAAEGAAAd9jAAAA0GAAAXYjcAABkAAAAdWjEAABoGAAAAF4I3AABMAAAAHYYxAAAoBgAAF6o3AAAkAAAAHcAxAAA1BgAAAAAX2EQAAJUAAAAd/0AAAEQGAAAXLUUAAEAAAAAdK0EAAFEGAAAdV0EAAF0GAAAAAAAX00UAAFUAAAAdg0EAAG0GAAAdoUEAAHkGAAAdv0EAAIUGAAAAFzZGAABAAQAAHpMGAAAXNkYAAEABAAAeoAYAAB3vQgAArAYAABc2RgAAYAAAAB3dQQAAuQYAABdGRgAAUAAAAB0JQgAAxgYAAB1DQgAA0gYAAB2LQgAA3gYAAAAAGngHAAAdDUMAAO0GAAAdOUMAAPkGAAAXD0cAAC0AAAAdZUMAAAYHAAAAF05HAAAoAAAAHZFDAAAUBwAAAAAAAAAAF+A3AACCAAAAGPoxAABQDgAAAWIScwEAABgYMgAA2hUAAAFhElUBAAAX9jcAADUAAAASQQ0AAAFkEnMBAAAAFyw4AAAsAAAAEvcIAAABahJVAQAAAAAXcjgAAD0AAAAYRDIAANoVAAABdRJVAQAAGHAyAABQDgAAAXYScwEAABicMgAAQQ0AAAF3EnMBAAAAHyYHAACwOAAAIAwAAAGAEg8cPwcAAB3IMgAASwcAAB3kMgAAVwcAAB5jBwAAHVozAABvBwAAG24IAACQBwAAAQ0QBRrABwAAHQAzAAB8CAAAHR4zAACICAAAHTwzAACUCAAAAAAXOzkAABcAAAAdhjMAAHwHAAAAF2Y5AAB0AQAAHbIzAACKBwAAHewzAACWBwAAHqIHAAAfqQgAAHQ5AAArAAAAATgQLR00NAAAzggAAAAXnzkAAHwAAAAdYDQAAK8HAAAXsDkAAGsAAAAdjDQAALwHAAAAABdbOgAASwAAAB24NAAAywcAABeDOgAAIwAAAB3kNAAA2AcAAAAAABfmOgAAMAAAAB7oBwAAHQI1AAD0BwAAFwc7AAAPAAAAHSA1AAABCAAAAAAa8AcAAB1MNQAAEAgAABsLCQAACAgAAAGyEBEgfjYAACAJAAAg1jYAACwJAAAdqjYAADgJAAAAG0UJAAAwCAAAAcMQFR5+CQAAHooJAAAdQDwAAJYJAAAeogkAAB6uCQAAHYg8AAC6CQAAHQs9AADGCQAAHSk9AADSCQAAHVU9AADeCQAAHYE9AADqCQAAHa09AAD2CQAAH6kIAAArPQAAKQAAAAHTDxkdHjcAAM4IAAAAGwsJAABQCAAAAeEPBSBcPAAAIAkAACClPAAALAkAAB3fPAAAOAkAAAAXO0IAABgAAAAdyz0AABsKAAAAGqAIAAAeKQoAAB41CgAAHek9AABBCgAAF5FCAABVAAAAHRU+AABOCgAAHTM+AABaCgAAHVE+AABmCgAAABq4CAAAHnQKAAAa0AgAAB6BCgAAHYE/AACNCgAAF/RCAABgAAAAHW8+AACaCgAAFwRDAABQAAAAHZs+AACnCgAAHdU+AACzCgAAHR0/AAC/CgAAAAAa6AgAAB2fPwAAzgoAAB3LPwAA2goAABfXQwAAMAAAAB33PwAA5woAAAAXTEQAACsAAAAdT0AAAPUKAAAAAAAAAAAaAAkAAB4dCAAAGwcLAAAYCQAAAcAQHBwgCwAAHCwLAAAcOAsAAB08NwAARAsAAB1oNwAAUAsAAB2UNwAAXAsAAB3ANwAAaAsAABe4PQAAIwAAAB6BCwAAABfpPQAALwAAAB6PCwAAABcuPgAAkQEAAB6dCwAAFz0+AABSAAAAHew3AACqCwAAHRg4AAC2CwAAHUQ4AADCCwAAABeQPgAAIAEAAB7QCwAAF5A+AAAgAQAAHXA4AADdCwAAHY44AADpCwAAF6c+AAAbAAAAHfI4AAD2CwAAABfJPgAATQAAAB0eOQAABAwAABf0PgAAIgAAAB10OQAAEQwAAAAAFxw/AACUAAAAHa45AAAgDAAAF3M/AAA9AAAAHdo5AAAtDAAAHQY6AAA5DAAAAAAAAAAX9D8AAFUAAAAdMjoAAEsMAAAdUDoAAFcMAAAdbjoAAGMMAAAAGjAJAAAecQwAABpICQAAHn4MAAAdnjsAAIoMAAAXV0AAAGAAAAAdjDoAAJcMAAAXZ0AAAFAAAAAduDoAAKQMAAAd8joAALAMAAAdOjsAALwMAAAAABpgCQAAHbw7AADLDAAAHeg7AADXDAAAFzRBAAAtAAAAHRQ8AADkDAAAABcZRAAAKAAAAB0jQAAA8gwAAAAAAAAAAAAf2wgAANA7AAAqAAAAAZoQDR2UNQAA8AgAABfQOwAAIQAAAB3ANQAA/QgAAAAAGwsJAAB4CQAAAZ0QESDsNQAAIAkAACAYNgAALAkAAB1SNgAAOAkAAAAakAkAAB17QAAAOggAAB2nQAAARggAAB3TQAAAUggAAAAAACG/GAAAoTkAACG/GAAAEjoAACG/GAAAMzoAACG/GAAAiToAACG/GAAAozoAACG/GAAA6joAACG/GAAA8DoAAAAiWREAAAOqygIAACPQGAAAAAjbGAAAYwcAAAKfB8AUAAAFBCT5SAAAggYAAAftAwAAAACfWBoAAAGQEhbHRAAAiQ8AAAGQEsoCAAAaqAkAABjlRAAAUA4AAAGcEnMBAAAlpw4AAAH2EiWcDgAAAfgSGuAJAAAYLUUAAOsVAAABqRJVAQAAGHVFAAAbAgAAAaoScwEAABc1SQAA5AEAABiTRQAAuxUAAAGsElUBAAAXQEkAANkBAAAYv0UAAPcBAAABtBJzAQAAGhgKAAAY60UAABYqAAABuRJzAQAAGBdGAAD7KQAAAbkSYwIAABg1RgAAXioAAAG5EnMBAAAAF8FJAAAiAQAAEtYpAAABuRJBAwAAF8FJAAAiAQAAGGFGAADTKQAAAbkSQQMAABh/RgAA0SkAAAG5EkEDAAAX2EkAABsAAAAY40YAABYqAAABuRJBAwAAABf6SQAATQAAABgPRwAA2SkAAAG5EtAEAAAXJUoAACIAAAAYZUcAAOEpAAABuRLQBAAAAAAXTUoAAJYAAAAYn0cAAP0pAAABuRLVBAAAF6RKAAA/AAAAGMtHAADbKwAAAbkSQQMAABj3RwAAtCsAAAG5EkEDAAAAAAAAAAAaMAoAABLOFQAAAckSVQEAAAAXlEsAAC0AAAASQhYAAAHVElUBAAAAF8dLAACxAQAAEvEVAAAB2xJVAQAAGlAKAAAYI0gAABYqAAAB3RJzAQAAGE9IAAD7KQAAAd0SYwIAABhtSAAAXioAAAHdEnMBAAAAFyxMAAAkAQAAEtYpAAAB3RJBAwAAFyxMAAAkAQAAGJlIAADTKQAAAd0SQQMAABi3SAAA0SkAAAHdEkEDAAAXQ0wAAB8AAAAYG0kAABYqAAAB3RJBAwAAABdpTAAATQAAABhHSQAA2SkAAAHdEtAEAAAXlEwAACIAAAAYnUkAAOEpAAAB3RLQBAAAAAAXvEwAAJQAAAAY10kAAP0pAAAB3RLVBAAAFxNNAAA9AAAAGANKAADbKwAAAd0SQQMAABgvSgAAtCsAAAHdEkEDAAAAAAAAABesTQAAUwAAABhbSgAA+ykAAAHpEmMCAAAYeUoAAF4qAAAB6RJzAQAAGJdKAAAWKgAAAekScwEAAAAXDk4AAGsBAAASdw0AAAHtEkEDAAAXDk4AAFQBAAAS+ykAAAHuEmMCAAAYx0sAAP0pAAAB7hLVBAAAFw5OAABgAAAAGLVKAACeKQAAAe4SVQEAABceTgAAUAAAABjhSgAA8ikAAAHuEk4BAAAYG0sAAPkpAAAB7hJOAQAAGGNLAACUKQAAAe4STgEAAAAAGmgKAAAY5UsAAPkpAAAB7hJVAQAAGBFMAACzKQAAAe4SQQMAABf1TgAAMAAAABg9TAAAXCoAAAHuEtAEAAAAFzdPAAArAAAAGGlMAAAWKgAAAe4SQQMAAAAAAAAAAAAVfU8AAIgAAAAH7QMAAAAAn/odAAABixTKAgAAFrNMAACGDwAAAYsUygIAABaVTAAAEgsAAAGLFFUBAAAY0UwAAIkPAAABjBTKAgAAGoAKAAAYQU0AAO8NAAABmhRzAQAAGF9NAAA2KQAAAZkUVQEAABLGDwAAAZwUvwQAABqgCgAAGH1NAABmDQAAAaUUcwEAABfhTwAAIQAAABipTQAAQh4AAAGyFFUBAAAAAAAhAw0AAIxPAAAh2R0AALtPAAAhAw0AAM1PAAAhuyAAAP1PAAAh4hgAAAJQAAAAFQdQAADLAwAAB+0DAAAAAJ+nEQAAARUTcwEAABHGDwAAARUTvwQAABZDWQAAUA4AAAEVE3MBAAAW1VkAADYpAAABFRNVAQAAERkXAAABFhOiCAAAGGFZAABmDQAAARcTcwEAABiZWQAANxYAAAEYE1UBAAAYt1kAABsCAAABGRNzAQAAG1gyAABYDAAAAR0TFBxxMgAAHH0yAAAelTIAAAAXd1AAAEAAAAAY81kAANoVAAABIBNVAQAAF4lQAAAuAAAAEkENAAABIhNzAQAAAAAX31AAADAAAAASsxUAAAErE1UBAAAYH1oAAJENAAABLRNzAQAAGEtaAADmFQAAASwTVQEAAAAXHVEAAJwAAAAYd1oAAPcIAAABNhNVAQAAFzFRAACIAAAAGJVaAABCFgAAATgTVQEAABdHUQAANAAAABjBWgAAQQ0AAAE6E3MBAAAY7VoAAEsPAAABOxNzAQAAABeCUQAAJAAAABKzFQAAAUMTVQEAAAAAABpwDAAAEssVAAABTBNVAQAAGogMAAAYGVsAANoVAAABThNVAQAAGqAMAAAYN1sAABYqAAABTxNzAQAAGGNbAAD7KQAAAU8TYwIAABiBWwAAXioAAAFPE3MBAAAAGrgMAAAS1ikAAAFPE0EDAAAa0AwAABitWwAA0ykAAAFPE0EDAAAYy1sAANEpAAABTxNBAwAAF1xSAAAZAAAAGC9cAAAWKgAAAU8TQQMAAAAXfFIAAE0AAAAYW1wAANkpAAABTxPQBAAAF6dSAAAiAAAAGLFcAADhKQAAAU8T0AQAAAAAF89SAACUAAAAGOtcAAD9KQAAAU8T1QQAABcmUwAAPQAAABgXXQAA2ysAAAFPE0EDAAAYQ10AALQrAAABTxNBAwAAAAAAABdzUwAAHgAAABKzFQAAAVETVQEAAAAXmFMAADEAAAASQQ0AAAFVE3MBAAAAAAAhAS4AALVQAAAhAS4AAAAAAAAAIm8AAAAEGcoCAAAj1iAAACPbIAAAI1UBAAAAJsoCAAAm4CAAAAnlIAAAJxUAAAAAAAAAAAftAwAAAACf2RoAAAG8FMoCAAAW800AAIYPAAABvBTKAgAAFtVNAAASCwAAAbwUVQEAABgRTgAAiQ8AAAG9FMoCAAAXAAAAAEwAAAAYLU4AAO8NAAABxBRzAQAAGFlOAAA2KQAAAcMUVQEAABLGDwAAAcYUvwQAABcAAAAAAAAAABh3TgAAZg0AAAHPFHMBAAAAACHZHQAAAAAAAAAoAAAAAAAAAAAH7QMAAAAAn8cjAAAglU4AANQjAAAgs04AAOAjAAAhAw0AAAAAAAAhxiEAAAAAAAAAFQAAAAAAAAAAB+0DAAAAAJ8IDwAAAWQTygIAABHGDwAAAWQTvwQAABbXZAAAyAMAAAFkE1UBAAAWc2UAABILAAABZBNVAQAAGBFlAACJDwAAAWUTygIAABcAAAAAAAAAABiRZQAAXykAAAFpE1UBAAAAGhAOAAAYy2UAADYpAAABcxNVAQAAGPdlAABDDQAAAXQTVQEAABcAAAAAAAAAABgVZgAAUA4AAAF3E3MBAAAXAAAAANgAAAAYM2YAADINAAABgxNnAQAAGF9mAABmDQAAAYgTcwEAABiLZgAA5QkAAAGGE2cBAAAYt2YAAD8WAAABiRNVAQAAGONmAACzFQAAAYoTVQEAAAAXAAAAAAAAAAAYAWcAABQXAAABmhNVAQAAFwAAAAAAAAAAEuwMAAABnRNzAQAAGC1nAACGFgAAAZwTVQEAAAAAAAAhAw0AAAAAAAAhAS4AAAAAAAAhAS4AAAAAAAAAFQAAAAAAAAAAB+0DAAAAAJ/3DgAAAeYUoggAABZFTwAAjg0AAAHmFGMDAAAW0U4AAMgDAAAB5hRVAQAAFidPAAASCwAAAeYUVQEAABj9TgAAiQ8AAAHnFMoCAAAXAAAAAGcAAAAYY08AALcdAAAB6xRVAQAAGI9PAABBDQAAAewUVQEAAAAhAw0AAAAAAAAhxiEAAAAAAAAAEOwOAAAB3xTKAgAAARHIAwAAAd8UVQEAABESCwAAAd8UVQEAAAAVAAAAAAAAAAAE7QABn8odAAAB/RTKAgAAFq1PAAASCwAAAf0UVQEAABhDUAAAAAAAAAH+FFUBAAAbbggAAMAKAAAB/xQFGvAKAAAdy08AAHwIAAAd6U8AAIgIAAAdB1AAAJQIAAAAAB/HIwAAAAAAAEkAAAABARUMICVQAADUIwAAHOAjAAAAIQMNAAAAAAAAIcYhAAAAAAAAABUAAAAAAAAAAATtAAGfwB0AAAEEFcoCAAAWb1AAABILAAABBBVVAQAAGOdQAAAAAAAAAQUVVQEAABtuCAAAIAsAAAEGFQUaUAsAAB2NUAAAfAgAAB2rUAAAiAgAAB3JUAAAlAgAAAAAH8cjAAAAAAAASQAAAAEIFQwgE1EAANQjAAAgMVEAAOAjAAAAIQMNAAAAAAAAIcYhAAAAAAAAABBuDgAAAeENmyUAAAERxg8AAAHhDb8EAAASWA8AAAHiDZslAAATEkwaAAAB5w1VAQAAEvgLAAAB6g1XAwAAEk0PAAAB6Q1VAQAAElIaAAAB6A1VAQAAExJFDQAAAewNcwEAABMSBAAAAAHvDVUBAAAAAAAACncOAAAoAS8DBFspAABVAQAAATADAAS3CgAAVQEAAAExAwQEoAoAAFUBAAABMgMIBKcKAABVAQAAATMDDARxHAAAVQEAAAE0AxAElwoAAFUBAAABNQMUBJ8KAABVAQAAATYDGAStCgAAVQEAAAE3AxwEtgoAAFUBAAABOAMgBEsCAABVAQAAATkDJAAVAAAAAAAAAAAE7QABn2MOAAABSxWbJQAAHyclAAAAAAAAAAAAAAFMFQwdT1EAAEAlAAAbbggAAIALAAAB4w0FGrALAAAdbFEAAHwIAAAdilEAAIgIAAAdqFEAAJQIAAAAABcAAAAACwEAAB3GUQAATSUAAB3wUQAAWSUAAB0qUgAAZSUAAB1kUgAAcSUAABrgCwAAHZ5SAAB+JQAAGgAMAAAd2FIAAIslAAAAAAAAABCTDwAAAboMoggAAAER9gwAAAG6DKIIAAARMBcAAAG6DKIIAAASlRAAAAG7DFUBAAAAFQAAAAAAAAAABO0AAp/YAgAAAVYVoggAABYyUwAA9gwAAAFWFaIIAAAWFFMAADAXAAABVhWiCAAAH9cmAAAAAAAAAAAAAAFXFQwgUFMAAOQmAAAg9lIAAPAmAAAe/CYAAB9uCAAAAAAAAHcAAAABvAwFFwAAAAB3AAAAHW5TAAB8CAAAHYxTAACICAAAHapTAACUCAAAAAAAABBbDwAAAQkRoggAAAERxg8AAAEJEb8EAAARaB0AAAEJEVUBAAASrhwAAAEKEVUBAAATEnUEAAABERFVAQAAEosNAAABFBFXAwAAElUpAAABEhFVAQAAExIuDQAAASoRZwEAABMSJw0AAAEsEWcBAAASIA0AAAEtEWcBAAAAAAAAFQAAAAAAAAAABO0AAZ9kDwAAASgVoggAABblUwAAaB0AAAEoFVUBAAAYyFMAABkEAAABKRWiCAAAH24IAAAAAAAAdwAAAAEqFQUXAAAAAHcAAAAdA1QAAHwIAAAdIVQAAIgIAAAdP1QAAJQIAAAAAB+jJwAAAAAAAAAAAAABLBUSIF1UAAC8JwAAHUtVAADIJwAAFwAAAACjAQAAHXtUAADVJwAAHuEnAAAdxVQAAO0nAAAfqQgAAAAAAAAAAAAAARQRHh2nVAAAzggAAAAaGAwAAB3jVAAA+icAABcAAAAAAAAAAB0PVQAABygAAB0tVQAAEygAAAAAGwsJAAAwDAAAATkRESCFVQAAIAkAACDrVQAALAkAAB2/VQAAOAkAAAAAACG/GAAAAAAAACG/GAAAAAAAACG/GAAAAAAAAAAVAAAAAAAAAAAH7QMAAAAAn+YWAAABWhVVAQAAFjNWAACJDwAAAVoVygIAABcAAAAAAAAAABJQDgAAAVwVcwEAAAAAKQAAAAAAAAAAB+0DAAAAAJ8uAwAAATIVVQEAACkAAAAAAAAAAAftAwAAAACfFwMAAAE2FVUBAAAqAAAAAAAAAAAH7QMAAAAAn4oFAAABOhVVAQAAGFFWAACrFQAAATsVVQEAAAAVAAAAAAAAAAAH7QMAAAAAn20FAAABPxVVAQAAFn1WAAASCwAAAT8VVQEAABIZBAAAAUAVVQEAAAAVAAAAAAAAAAAE7QADnw0eAAABCxVjAwAAFvVWAAAsCQAAAQsVVQEAACsE7QABn7cWAAABCxVVAQAAFtdWAACQCgAAAQwVYwMAABibVgAABAAAAAENFVUBAAAhqCoAAAAAAAAAFQAAAAAAAAAABO0ABJ/zHQAAAbUTYwMAABHGDwAAAbUTvwQAABazZwAALAkAAAG2E1UBAAAWlWcAAAwLAAABtxNoAwAAFndnAAAnCQAAAbgToggAABZZZwAAkAoAAAG5E2MDAAAYK2gAAG0BAAABwRNjAwAAEk4WAAABvRNVAQAAGEdoAAAGFAAAAcUTVQEAABibaAAAbxYAAAG8E1UBAAAYuWgAAGIWAAABuxNVAQAAEhQXAAABxBNVAQAAGOVoAAAiHQAAAcMTbwIAABgBaQAAiQ8AAAG+E8oCAAAYLWkAAFAOAAABvxNzAQAAGGdpAACGFgAAAcATVQEAABiTaQAAbhEAAAHCE3MBAAAbbggAACgOAAABxxMFGlgOAAAd0WcAAHwIAAAd72cAAIgIAAAdDWgAAJQIAAAAABcAAAAAAAAAABi/aQAAwRYAAAH+E1UBAAAAIQMNAAAAAAAAIQMNAAAAAAAAIT0yAAAAAAAAABUAAAAAAAAAAAftAwAAAACf0x0AAAERFWMDAAArBO0AAJ8sCQAAAREVVQEAACsE7QABnwwLAAABERVoAwAAKwTtAAKfkAoAAAESFWMDAAAhqCoAAAAAAAAAEGsaAAABMxRVAQAAARHGDwAAATMUvwQAABFuAQAAATMUYwMAABGNDwAAATMUVQEAABJSHQAAATQUVQEAABMSXykAAAE2FGMDAAASvRoAAAE3FGMDAAATEokPAAABORTKAgAAExJQDgAAATsUcwEAABLrFQAAATwUVQEAABMSGwIAAAFHFHMBAAASUykAAAFGFGMDAAATErMVAAABSRRVAQAAAAAAAAAAFQAAAAAAAAAAB+0DAAAAAJ9fGgAAARYVVQEAABZPVwAAbgEAAAEWFWMDAAAWE1cAAI0PAAABFhVVAQAAH3MsAAAAAAAA3wAAAAEXFQwgbVcAAIwsAAAgMVcAAJgsAAAsAKQsAAAXAAAAAN8AAAAdi1cAALEsAAAevSwAABcAAAAAAAAAAB3FVwAAyiwAABcAAAAAAAAAAB3xVwAA1ywAAB0PWAAA4ywAABcAAAAAiAAAAB0tWAAA8CwAAB1ZWAAA/CwAABcAAAAAAAAAAB2FWAAACS0AAAAAAAAAACEBLgAAAAAAAAAk1FMAADcGAAAH7QMAAAAAn3oRAAABTRERxg8AAAFNEb8EAAAWqV0AAFAOAAABTRFzAQAAFm9dAADrFQAAAU0RVQEAABjjXQAAGwIAAAFOEXMBAAAa6AwAABgBXgAAuxUAAAFREVUBAAAS9wEAAAFQEXMBAAAaAA0AABgtXgAAFioAAAFdEXMBAAAYWV4AAPspAAABXRFjAgAAGHdeAABeKgAAAV0RcwEAAAAaIA0AABLWKQAAAV0RQQMAABo4DQAAGKNeAADTKQAAAV0RQQMAABjBXgAA0SkAAAFdEUEDAAAXgVQAABkAAAAYJV8AABYqAAABXRFBAwAAABehVAAATQAAABhRXwAA2SkAAAFdEdAEAAAXzFQAACIAAAAYp18AAOEpAAABXRHQBAAAAAAX9FQAAJYAAAAY4V8AAP0pAAABXRHVBAAAF0tVAAA/AAAAGA1gAADbKwAAAV0RQQMAABg5YAAAtCsAAAFdEUEDAAAAAAAAABfxVQAAPgAAABLOFQAAAW0RVQEAAAAaUA0AABJCFgAAAXcRVQEAAAAaaA0AABLxFQAAAX0RVQEAABqADQAAGGVgAAAWKgAAAX8RcwEAABiRYAAA+ykAAAF/EWMCAAAYr2AAAF4qAAABfxFzAQAAABqYDQAAEtYpAAABfxFBAwAAGrANAAAY22AAANMpAAABfxFBAwAAGPlgAADRKQAAAX8RQQMAABfzVgAAGQAAABhdYQAAFioAAAF/EUEDAAAAFxNXAABNAAAAGIlhAADZKQAAAX8R0AQAABc+VwAAIgAAABjfYQAA4SkAAAF/EdAEAAAAABdmVwAAlAAAABgZYgAA/SkAAAF/EdUEAAAXvVcAAD0AAAAYRWIAANsrAAABfxFBAwAAGHFiAAC0KwAAAX8RQQMAAAAAAAAAF1ZYAABTAAAAGJ1iAAD7KQAAAYoRYwIAABi7YgAAXioAAAGKEXMBAAAY2WIAABYqAAABihFzAQAAABrIDQAAEtYpAAABihFBAwAAGuANAAAS+ykAAAGKEWMCAAAYCWQAAP0pAAABihHVBAAAF7hYAABgAAAAGPdiAACeKQAAAYoRVQEAABfIWAAAUAAAABgjYwAA8ikAAAGKEU4BAAAYXWMAAPkpAAABihFOAQAAGKVjAACUKQAAAYoRTgEAAAAAGvgNAAAYJ2QAAPkpAAABihFVAQAAGFNkAACzKQAAAYoRQQMAABedWQAAMAAAABh/ZAAAXCoAAAGKEdAEAAAAF95ZAAArAAAAGKtkAAAWKgAAAYoRQQMAAAAAAAAAFQxaAABjAAAAB+0DAAAAAJ8EHgAAAQETygIAABbPWAAALAkAAAEBE1UBAAAWsVgAALcWAAABARNVAQAAGO1YAABDDQAAAQMTVQEAABgXWQAAiQ8AAAECE8oCAAAhAw0AAE9aAAAhPTIAAGpaAAAAIjYGAAAEG8oCAAAjygIAACOiCAAAI1UBAAAAECsWAAABVA9zAQAAARHGDwAAAVQPvwQAABHvDQAAAVQPcwEAABE2KQAAAVQPVQEAABEGCwAAAVQPoggAABI3FgAAAVUPVQEAABMSPQYAAAFeD1UBAAASARYAAAFfD1UBAAAS9xUAAAFgD1UBAAAS9A0AAAFhD2cBAAATEmYNAAABZA9zAQAAEusVAAABZQ9VAQAAAAAAAFAAAAAEANMYAAAEAbcrAAAMAP0jAACjhgAAZhQAAHBaAAAHAAAAAnBaAAAHAAAAB+0DAAAAAJ+eFgAAAQtBAAAAA0wAAAAICAAAAi4EtxQAAAcEAEcCAAAEABkZAAAEAbcrAAAMAAwjAABbhwAAZhQAAAAAAABQDwAAAooQAAA3AAAAAiIFAwwHAAADQgAAAGIHAAABkAS3FAAABwQDVAAAAOYIAAAB0gR4AwAABwQFBgAAAAAHAAAAB+0DAAAAAJ9TDAAAAiRwAQAAB3haAABSAAAAB+0DAAAAAJ8IAQAACN1pAAAUAQAACftpAAAfAQAACTVqAAA1AQAACWFqAAAqAQAACX9qAABAAQAACksBAAALVgEAAMBaAAAM2gAAAKlaAAAM8AAAALBaAAAADZ4WAAADI+UAAAADQgAAAAgIAAAELg4vDgAAAyABAQAAD+UAAAAABIEDAAAFBBBZEQAAAjJbAAAAARFhKQAAAjJeAQAAEvYDAAACNTcAAAASXhEAAAJFNwAAABJmEQAAAkM3AAAAEhAXAAACMzcAAAASYgwAAAI/cAEAABOWDAAAAmsAA2kBAABjBwAAAZ8EwBQAAAUEFDcAAAAVAAAAAAAAAAAH7QMAAAAAn2oRAAACcAEBAAAWnWoAAGcMAAACcFsAAAAShgIAAAJ2NwAAABcIAQAAAAAAAAAAAAACdh8YABQBAAAZAB8BAAAJu2oAACoBAAAJ52oAADUBAAAJE2sAAEABAAALVgEAAAAAAAAAFwgBAAAAAAAAmAAAAAJ3BwkxawAAHwEAAAo1AQAACV1rAAAqAQAACXtrAABAAQAAC1YBAAAAAAAAAAzaAAAAAAAAAAzwAAAAAAAAAAzaAAAAAAAAAAzwAAAAAAAAAAAAOwEAAAQAaBoAAAQBtysAAAwAeSgAAPWIAABmFAAAy1oAAFMAAAACgQMAAAUEA8taAABTAAAAB+0DAAAAAJ/XKgAAARWSAAAABM1rAABfKQAAARWSAAAABJlrAABTKQAAARWkAAAABa9rAAAgAgAAARe6AAAABsAA8BoAAAEWOQEAAAX3awAAGQQAAAEYugAAAAAHnQAAAGMDAAACTwJpKgAABRAHrwAAAGoDAAACGQcmAAAA5wgAAAO5B8UAAACLCwAAAl0IEAJSCTMQAACSAAAAAlMACfgLAADhAAAAAlwAChACVAnhAQAA/wAAAAJWAAkkFAAAHAEAAAJXCAAABwoBAABcAwAAAiYHFQEAAN0IAAAD1wKkFAAABwgHJwEAAHEDAAACJQcyAQAA3ggAAAO+Aq0UAAAFCAsmAAAAADABAAAEAAcbAAAEAbcrAAAMABwoAAArigAAZhQAAB9bAABTAAAAAoEDAAAFBAMfWwAAUwAAAAftAwAAAACfzSoAAAEVkgAAAAR9bAAAXykAAAEVkgAAAARJbAAAUykAAAEVpAAAAAVfbAAAIAIAAAEXugAAAAbAAPAaAAABFi4BAAAFp2wAABkEAAABGLoAAAAAB50AAABjAwAAAk8CaSoAAAUQB68AAABqAwAAAhkHJgAAAOcIAAADuQfFAAAAigsAAAJqCBACXwkzEAAA/wAAAAJgAAn4CwAA4QAAAAJpAAoQAmEJ4QEAABEBAAACYwAJJBQAABEBAAACZAgAAAcKAQAAVQMAAAJQAmAqAAAHEAccAQAAXAMAAAImBycBAADdCAAAA9cCpBQAAAcICyYAAAAA7wMAAAQAphsAAAQBtysAAAwA1igAAF+LAABmFAAAdFsAAOwBAAACiwkAADIAAAABInADNwAAAASBAwAABQQCgAkAADIAAAABLDQFUwAAAMgIAAAEYCoAAAcQBkoAAACZBwAAASAGcAAAAI8HAAABKgZ7AAAA3QgAAALXBKQUAAAHCAeFKQAABCkhAgAAAQhfKQAABCkzAgAACeoNAAAESUUCAAAJoAkAAAQsMgAAAAl1CQAABC0yAAAACVcNAAAELjIAAAAJ6wsAAAQvMgAAAAnlEAAABDFFAgAACTcRAAAEMkUCAAAJTgAAAAQzRQIAAAkhEQAABDRFAgAACRYRAAAENUUCAAAJLREAAAQ2RQIAAAllAQAABDdFAgAACewpAAAEOEUCAAAJkxoAAAQ5RQIAAAliCQAABDsyAAAACWoJAAAEPDIAAAAJTQ0AAAQ9MgAAAAngCwAABD4yAAAACbYDAAAEQDIAAAAJpQMAAARBMgAAAAnbAQAABEJFAgAACdIBAAAEQ0UCAAAJ5CkAAARFSgIAAAmIGgAABEZKAgAACSAEAAAETGUAAAAJGQQAAASCSgIAAAnbCwAABEpFAgAACecOAAAES0UCAAAKCZYJAAAEVUUCAAAACgk/GwAABG5FAgAACTAGAAAEbDIAAAAJYQ0AAARrMgAAAAoJlgkAAAR3RQIAAAlaAQAABHRPAgAACUsbAAAEdVoAAAAAAAAGLAIAAL4GAAABKQTUGQAABAgGPgIAAKoIAAABHwTPGQAABBADWgAAAANlAAAAA1QCAAAE2A8AAAIBB98NAAABTSECAAABCKoBAAABTWUAAAAJww0AAAFRfgIAAAADhAIAAAsMCAFODbEVAAAhAgAAAU8ADQYUAABlAAAAAVAAAAAOdFsAAOwBAAAE7QACn/QqAAADESwCAAAIXykAAAMRPgIAAA+CAAAAcA8AAAMRPRD5bAAAmQAAABGAAaQAAAARD68AAAAR//8BugAAABH//wDFAAAAEtAAAAAS2wAAABLmAAAAEvEAAAAS/AAAABIHAQAAEhIBAAASHQEAABIoAQAAEcAAMwEAABELPgEAABH/D0kBAAAR/wdUAQAAEYH4AF8BAAAR/4cBagEAABJ1AQAAEoABAAATgICAgICAgASLAQAAE/////////8DlgEAABAXbQAAoQEAABCHbgAArAEAABS6WwAAaAAAABCIbQAAzgEAAAAUklwAALMAAAAQvG0AANsBAAAQ6G0AAOYBAAAQ/m0AAPEBAAAViA8AABAibgAA/QEAABBubgAACAIAAAAAFlsCAABeXQAAAQAAAASDChcE7QIAn2cCAAAAAAAAAKjdgYAACi5kZWJ1Z19sb2P/////AgsAAAAAAAACAAAABQDtAgAjDAIAAAALAAAABQDtAAIjDAsAAAAgAAAABADtAAGfAAAAAAAAAAD/////+goAAAAAAAAoAAAABADtAACfAAAAAAAAAAD/////GAsAAAAAAAAKAAAABADtAAGfAAAAAAAAAAD/////CgAAAAEAAAABAAAABQDtAgAjDAEAAAABAAAABQDtAAIjDD0AAABdAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////WQAAAAAAAAAOAAAABADtAAGfAAAAAAAAAAD/////CgAAAAEAAAABAAAABQDtAgAjDAEAAAABAAAABQDtAAIjDD0AAABdAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////WQAAAAAAAAAOAAAABADtAAGfAAAAAAAAAAAWAAAAdgAAAAUA7QADIwx/AAAAgQAAAAQA7QIBn4EAAACEAAAABADtAASf+AAAAP8AAAADADAgnwAAAAAAAAAAAAAAAHYAAAAEAO0AAJ8AAAAAAAAAAAAAAAB2AAAABADtAAKfAAAAAAAAAAAAAAAAdgAAAAQA7QABnwAAAAAAAAAATAAAAHYAAAADABECnwAAAAAAAAAATAAAAHYAAAAEAO0ABp/SAAAA9gAAAAQA7QAGnwAAAAAAAAAAfwAAAIEAAAAEAO0CAZ+BAAAAhAAAAAQA7QAEn64AAACwAAAABADtAgKfsAAAAPYAAAAEAO0ACJ8AAAAAAAAAAAAAAAAQAAAABADtAAKflQAAAJoAAAAEAO0CAZ+aAAAArAAAAAQA7QAEnyYBAAAoAQAABADtAgCfKAEAAC0BAAAEAO0AAp9qAQAAbAEAAAQA7QIAn2wBAABxAQAABADtAAKfAAAAAAAAAAAAAAAAEAAAAAQA7QABnwAAAAAAAAAAAAAAABAAAAAEAO0AAJ8AAAAAAAAAAAAAAAAQAAAABADtAACfewAAAH0AAAAEAO0CAJ99AAAArAAAAAQA7QADn2UBAABxAQAABADtAAGfAAAAAAAAAAB4AAAAegAAAAQA7QIBn3oAAACsAAAABADtAASfIwEAACUBAAAEAO0CAZ8lAQAALQEAAAQA7QAFnwAAAAAAAAAAiQAAAIsAAAAEAO0CAZ+LAAAArAAAAAQA7QABnwAAAAAAAAAAOQEAAEABAAAEAO0ABp8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAJ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0CAJ8BAAAAAQAAAAQA7QACnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QABnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QABnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////ykOAAAAAAAAAgAAAAQA7QIAnwIAAAAFAAAABADtAACfEAAAABIAAAAEAO0CAJ8SAAAAFAAAAAQA7QAAnwAAAAAAAAAA/////1kOAAAAAAAADAAAAAQA7QAAnwAAAAAAAAAA/////70OAAAAAAAAJAAAAAQA7QAAnwAAAAAAAAAAAAAAABoAAAAEAO0AAp84AAAAOgAAAAQA7QIAnzoAAABMAAAABADtAAKfqgAAAKwAAAAEAO0CAJ+sAAAAsQAAAAQA7QACn94AAADgAAAABADtAgCf4AAAAOIAAAAEAO0AAp8AAAAAAAAAAHUAAAB7AAAABADtAgCfAAAAAAAAAAAAAAAAGgAAAAQA7QAAnwAAAAAAAAAADAAAABoAAAAEAO0AAJ9EAAAARgAAAAQA7QIAn0YAAABMAAAABADtAACf2QAAAOIAAAAEAO0AAJ8AAAAAAAAAAKUAAACxAAAABADtAACfAAAAAAAAAAALAAAADQAAAAQA7QIAnw0AAAAWAAAABADtAAKfAAAAAAAAAAAAAAAAHAAAAAQA7QAAn00AAABXAAAABADtAACfAAAAAAAAAAAAAAAAHAAAAAQA7QAAn3wAAACHAAAABADtAgCfAAAAAAAAAAAAAAAAHAAAAAQA7QABnwAAAAAAAAAAFAAAABYAAAAEAO0CAJ8WAAAAHAAAAAQA7QADnwAAAAAAAAAAAAAAABEAAAAEAO0AAp8AAAAAAAAAAAAAAAARAAAABADtAAGfAAAAAAAAAAAAAAAAEQAAAAQA7QABn2kAAAB2AAAABADtAAGfRAEAAFEBAAAEAO0AAZ9tAQAAewEAAAQA7QABn9gBAADkAQAABADtAAGfAgIAAA4CAAAEAO0AAZ8AAAAAAAAAAAAAAAARAAAABADtAACfAAAAAAAAAAAAAAAAEQAAAAQA7QAAn24AAABwAAAABADtAgCfcAAAAHYAAAAEAO0AAp9KAQAATAEAAAQA7QIAn0wBAABRAQAABADtAAKfcgEAAHQBAAAEAO0CAJ90AQAAewEAAAQA7QACn90BAADfAQAABADtAgCf3wEAAOQBAAAEAO0AAp8HAgAACQIAAAQA7QIAnwkCAAAOAgAABADtAAKfAAAAAAAAAAAlAAAAMwAAAAQA7QADnwAAAAAAAAAAhgAAAIgAAAAEAO0CAJ+IAAAAjgAAAAQA7QAEn5UBAACXAQAABADtAgCflwEAAJwBAAAEAO0ABJ8AAAAAAAAAAJUAAACXAAAABADtAgGflwAAAJoAAAAEAO0ABZ8AAAAAAAAAAP/////REgAAAAAAABQAAAAEAO0AAp8AAAAAAAAAAP/////REgAAAAAAABQAAAACADCfZgAAAGgAAAAEAO0CAJ9oAAAAagAAAAQA7QADnwAAAAAAAAAA/////9ESAAAAAAAAFAAAAAQA7QABnwAAAAAAAAAA/////9ESAAAAAAAAFAAAAAQA7QAAnwAAAAAAAAAA/////2MTAAAAAAAAAgAAAAQA7QIAnwIAAAAHAAAABADtAASfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgCfAAAAAAAAAAD/////CAAAAAEAAAABAAAABADtAASfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAOfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////bQAAAAAAAAAFAAAABADtAACfAAAAAAAAAAD/////shMAAAAAAAACAAAABgDtAgAjyAECAAAATgAAAAYA7QAFI8gBAAAAAAAAAAD/////oxMAAAAAAAARAAAABgDtAgAjzAERAAAAEwAAAAYA7QAFI8wBEwAAAF0AAAAEAO0AAp8AAAAAAAAAAP/////PEwAAAAAAADEAAAACADCflQAAAJwAAAAEAO0ACJ+cAAAAngAAAAIAMJ+jAAAAqgAAAAIAMJ8AAAAAAAAAAP////+jEwAAAAAAAF0AAAAEAO0ABJ8AAAAAAAAAAP////+jEwAAAAAAAF0AAAAEAO0AA58AAAAAAAAAAP////+jEwAAAAAAAF0AAAAEAO0AAZ8AAAAAAAAAAP////+jEwAAAAAAAF0AAAAEAO0AAJ8AAAAAAAAAAP////+rFAAAAAAAAAcAAAAEAO0AAZ8AAAAAAAAAAP////8JFQAAAAAAAAUAAAAEAO0AAZ8AAAAAAAAAAP////8gFQAAAAAAAFAAAAAEAO0AAZ8AAAAAAAAAAP////9PFQAAAAAAACEAAAAEAO0AAZ9FAAAARwAAAAQA7QIAn0cAAABdAAAABADtAAyflAAAAJYAAAAEAO0CAZ+WAAAAsgAAAAQA7QAOn+oAAADtAAAABADtAgCfIwEAACUBAAAEAO0CAZ8lAQAAQQEAAAQA7QABn2gBAABqAQAABADtAgGfagEAAIUBAAAEAO0ADp+3AQAAuQEAAAQA7QIAn7kBAADBAQAABADtAA6fJgIAACkCAAAEAO0CAJ+gAgAAogIAAAQA7QIAn6ICAACqAgAABADtAA+fCwMAAA4DAAAEAO0CAJ8sAwAALwMAAAQA7QIBn2QDAABmAwAABADtAgGfZgMAAI0DAAAEAO0AEp81CAAANwgAAAQA7QIBnzcIAABHCAAABADtAA6fAAAAAAAAAAD/////VhUAAAAAAAAaAAAAAgAwnwIBAAAUAQAAAgAxn7oBAADvAQAAAgAxnwAAAAAAAAAA/////1YVAAAAAAAAGgAAAAMAEQCfOQAAAFYAAAAEAO0AC58AAAAAAAAAAP////9WFQAAAAAAABoAAAADABEAnx8HAAAhBwAABADtAgCfIQcAACgHAAAEAO0AD5+SBwAAlAcAAAQA7QIAn5QHAACeBwAABADtAAyf1gcAANgHAAAEAO0AAZ8ACAAAAggAAAQA7QIAnwIIAAAJCAAABADtAAGfAAAAAAAAAAD/////IBUAAAAAAABQAAAABADtAAafAAAAAAAAAAD/////IBUAAAAAAABQAAAABADtAAWfAAAAAAAAAAD/////IBUAAAAAAABQAAAABADtAASfAAAAAAAAAAD/////IBUAAAAAAABQAAAABADtAAOfAAAAAAAAAAD/////IBUAAAAAAABQAAAABADtAAKfAAAAAAAAAAD/////IBUAAAAAAABQAAAABADtAACfAAAAAAAAAAD/////7xUAAAAAAAASAAAABADtAA2f+AUAAAEGAAAEAO0AFp8AAAAAAAAAAP////9iFgAAAAAAAAgAAAAEAO0AEJ8AAAAAAAAAAP////9rFgAAAAAAACUAAAACADCfLAAAAEMAAAACADCfWAAAAGkAAAAEAO0AEZ8uAQAAMAEAAAQA7QARn/ECAABlAwAABADtAA6fLwQAADQEAAAEAO0ADp8XBQAAJQUAAAQA7QAOnwAAAAAAAAAA/////5AXAAAAAAAACwAAAAQA7QATnxQAAAAWAAAABADtAgCfFgAAABsAAAAEAO0AE5+6BgAAvAYAAAQA7QIAn7wGAADBBgAABADtAAGfAAAAAAAAAAD/////zRcAAAAAAAACAAAABADtABWfpAAAAKYAAAAEAO0AFZ+/AAAAxgAAAAMAEQGfAAAAAAAAAAD/////jBgAAAAAAAAHAAAABADtABSfBwIAABMCAAAEAO0AFJ8sAwAALgMAAAQA7QAUn9QEAADwBAAAAwARAZ+dBQAAnwUAAAQA7QIAn58FAACrBQAABADtABSfAAAAAAAAAAD/////zRcAAAAAAAACAAAAAgAwn6QAAACmAAAAAgAwn80AAADfAAAABADtAA+fBQEAAAcBAAAEAO0CAJ8HAQAADwEAAAQA7QAOnwAAAAAAAAAA/////0cZAAAAAAAAiQAAAAMAEQCfkQEAAJMBAAADABECn8cBAADVAQAAAwARAZ8AAAAAAAAAAP////9lGQAAAAAAAGsAAAAEAO0AEJ9vAQAAdQEAAAQA7QAQnwAAAAAAAAAA/////5EZAAAAAAAAAgAAAAQA7QIAnwIAAAAVAAAABADtAAGfFQAAABcAAAAEAO0CAJ8XAAAAPwAAAAQA7QABnwIBAAAOAQAABAAR+ACfAAAAAAAAAAD/////sBoAAAAAAAARAAAABADtAAyfPwAAAEcAAAAEAO0ADJ8eAQAAQAEAAAQA7QAMnwAAAAAAAAAA/////xscAAAAAAAAAgAAAAQA7QANn3QAAACCAAAABADtAA2f6wAAAPIAAAAEAO0ADZ8AAAAAAAAAAP////8NHAAAAAAAAAcAAAACADCfIQAAACMAAAACADCfiQAAAIsAAAAEAO0CAZ+LAAAAkAAAAAQA7QABn64AAAC0AAAAAgAwn8YBAADIAQAABADtAgCfyAEAAM8BAAAEAO0AAZ/1AQAA9wEAAAYA7QIAIwGf9wEAAP4BAAAGAO0AASMBnwAAAAAAAAAA/////0kjAAAAAAAAFgAAAAMAEQCfCwEAAA0BAAAEAO0CAZ8NAQAAEAEAAAQA7QALnxABAAATAQAABADtAgGfmAIAAJ0CAAAEAO0CAZ+dAgAAqwIAAAQA7QADn10DAABiAwAABADtAgGfYgMAAJQDAAAEAO0AA5+tCgAArwoAAAQA7QIAn68KAADGCgAABADtAAuf6goAABkLAAAEAO0ADJ8AAAAAAAAAAP////8QIwAAAAAAAE8AAAAEAO0AAZ9bAAAAXQAAAAQA7QIAn10AAABjAAAABADtAAGfLwEAADEBAAAEAO0CAJ8xAQAAPQEAAAQA7QABnwgCAAAKAgAABADtAgCfCgIAABYCAAAEAO0AAZ/KCgAAzgoAAAQA7QIBn84KAADPCgAABADtAgCf0QoAANMKAAAEAO0AAZ/ZCgAA3AoAAAQA7QIAn6ALAAC0CwAABADtAAGfAAAAAAAAAAD/////UCMAAAAAAAAPAAAAAwARAZ/VCgAAEgsAAAQA7QAXnwAAAAAAAAAA/////ykkAAAAAAAAJAAAAAQA7QAOnwAAAAAAAAAA/////xAjAAAAAAAATwAAAAQA7QAFn28GAAB4BgAABADtAAWfAAAAAAAAAAD/////ECMAAAAAAABPAAAABADtAASfAAAAAAAAAAD/////ECMAAAAAAABPAAAABADtAAOflwEAAKUBAAAEAO0AEJ9QBgAAUgYAAAQA7QICn1IGAABjBgAABADtAAufYwYAAHgGAAAEAO0AEJ8uCQAAOgkAAAQA7QALnw0KAAAZCgAABADtABCfAAAAAAAAAAD/////ECMAAAAAAABPAAAABADtAAKfAAAAAAAAAAD/////ECMAAAAAAABPAAAABADtAACfAAAAAAAAAAD/////lC0AAAAAAAAJAAAABADtABmfAAAAAAAAAAD/////+CMAAAAAAAAGAAAABADtAgKfBgAAAAoAAAAEAO0CAZ8AAAAAAAAAAP/////HJAAAAAAAAAIAAAAEAO0CAJ8CAAAABAAAAAQA7QASn0EAAABfAAAABADtAAyf/QAAAP8AAAAEAO0CAJ//AAAABAEAAAQA7QALnw8CAAAWAgAABADtAAufXQQAAF8EAAAEAO0CAJ9fBAAAZgQAAAQA7QAMn68HAADHBwAABADtABifAAAAAAAAAAD/////xyQAAAAAAAACAAAABADtAgCfAgAAAAQAAAAEAO0AEp8AAAAAAAAAAP/////HJAAAAAAAAAIAAAAEAO0CAJ8CAAAABAAAAAQA7QASn+8AAADxAAAABADtAgCf8QAAAPYAAAAEAO0AE5/tAwAA7wMAAAQA7QIAn+8DAAD0AwAABADtABOfogYAAKQGAAAEAO0CAJ+kBgAApgYAAAQA7QANnwAAAAAAAAAA/////0slAAAAAAAAGgAAAAIAMJ9EAAAARgAAAAQA7QICn0YAAABdAAAABADtAAifAAAAAAAAAAD/////VyUAAAAAAAAOAAAABADtAAOfAAAAAAAAAAD/////XiUAAAAAAAACAAAABADtAgCfAgAAAAcAAAAEAO0AC59DAAAARQAAAAQA7QIAn0UAAABKAAAABADtAAufHgEAACABAAAEAO0CAJ8gAQAAJQEAAAQA7QAMnxsCAAAwAgAABADtABefSgMAAEwDAAAEAO0CAJ9MAwAAUQMAAAQA7QAXnwsGAAANBgAABADtAgCfDQYAAA8GAAAEAO0ADZ9xBgAAcwYAAAQA7QIAn3MGAAB4BgAABADtABOf5QYAAOcGAAAEAO0CAJ/nBgAA7AYAAAQA7QATn8QHAADGBwAABADtAgCfxgcAAMsHAAAEAO0ADJ8AAAAAAAAAAP////+EJQAAAAAAAAIAAAAEAO0CAZ8CAAAAJAAAAAQA7QAInwAAAAAAAAAA/////xYmAAAAAAAAHAAAAAIAMJ9hAAAAbQAAAAQA7QADnwAAAAAAAAAA/////ycmAAAAAAAACwAAAAQA7QAXnwAAAAAAAAAA/////3ImAAAAAAAAAwAAAAQA7QIAnwAAAAAAAAAA/////74mAAAAAAAAAgAAAAQA7QIAnwIAAAAfAAAABADtAAyfAAAAAAAAAAD/////7CYAAAAAAAAdAAAAAwARCp8tAAAALwAAAAQA7QIBny8AAAAyAAAABADtAAyfjQAAAKIAAAADABEKn6sAAAC3AAAABADtAAyf7AEAAAkCAAADABEKnxkCAAAbAgAABADtAgGfGwIAAB4CAAAEAO0ADJ+zAgAAwgIAAAMAEQqf1AIAANYCAAAEAO0CAZ/WAgAA2gIAAAQA7QANnwAAAAAAAAAA//////kmAAAAAAAAEAAAAAQA7QADnxkAAAAlAAAABADtAAOf7AEAAPwBAAAEAO0AA58FAgAAEQIAAAQA7QADnwAAAAAAAAAA/////z0nAAAAAAAAAgAAAAQA7QIAnwIAAAATAAAABADtAAyfGgAAABwAAAAEAO0CAJ8cAAAASgAAAAQA7QANn0oAAABMAAAABgDtAgAjAZ9MAAAAUQAAAAYA7QANIwGfXwAAAGEAAAAGAO0CACMBn2EAAABmAAAABgDtAA0jAZ9iAgAAcQIAAAMAEQCfdQIAAHcCAAAEAO0CAJ93AgAAfAIAAAQA7QAYn3wCAACJAgAABADtAAufAAAAAAAAAAD/////wicAAAAAAAACAAAABADtAgCfAgAAAAQAAAAEAO0AGJ8AAAAAAAAAAP/////OJwAAAAAAAAsAAAAKAJ4IAAAAAAAAQEMAAAAAAAAAAP////9OKAAAAAAAAAYAAAAEAO0AGp8VAAAAGgAAAAQA7QAanwAAAAAAAAAA/////14qAAAAAAAAEQAAAAQA7QAZn6UAAACnAAAABADtAgCfpwAAALMAAAAEAO0AC58AAAAAAAAAAP////+iKgAAAAAAAAIAAAAEAO0CAZ8CAAAACAAAAAQA7QALnw8AAAARAAAABADtAgCfEQAAACAAAAAEAO0AC58nAAAAKQAAAAQA7QIAnykAAAA3AAAABADtABWfNwAAAEQAAAAEAO0CAJ9mAwAAaAMAAAQA7QIAn2gDAABtAwAABADtAAufpQMAALIDAAAEAO0CAJ8AAAAAAAAAAP////96KwAAAAAAAAsAAAAEAO0AC58cAAAAHgAAAAQA7QIAnx4AAAAvAAAABADtAAufAAAAAAAAAAD/////AywAAAAAAAACAAAABADtAgCfAgAAAAoAAAAEAO0AC58RAAAAEwAAAAQA7QIAnxMAAAAiAAAABADtAAufAAAAAAAAAAD/////mywAAAAAAAACAAAABADtAgCfAgAAAAcAAAAEAO0AC58vAAAAMQAAAAQA7QIAnzEAAABCAAAABADtAAufVAAAAFwAAAAEAO0AC58AAAAAAAAAAP////+ELQAAAAAAABkAAAAKAJ4IAAAAAAAAIEA7AAAARAAAAAQA7QAanwAAAAAAAAAA/////8QtAAAAAAAAAgAAAAYA7QIAMRyfAgAAAAQAAAAGAO0ACzEcnwAAAAAAAAAA/////2guAAAAAAAAFAAAAAQA7QALn08AAABRAAAABADtAgCfUQAAAFwAAAAEAO0ADJ8AAAAAAAAAAP/////CLwAAAAAAAC0AAAAEAO0AAJ8AAAAAAAAAAP/////EHgAAAAAAAA0AAAAEAO0AAJ8AAAAAAAAAAP/////EHgAAAAAAAA0AAAAEAO0AAp8AAAAAAAAAAP/////EHgAAAAAAAA0AAAAEAO0AAZ8AAAAAAAAAAP/////dHgAAAAAAABkAAAAEAO0AAJ8AAAAAAAAAAP/////dHgAAAAAAABkAAAADABEAnwAAAAAAAAAA/////1UfAAAAAAAAQQAAAAQA7QABnwAAAAAAAAAA/////1UfAAAAAAAAQQAAAAQA7QADnwAAAAAAAAAA/////1UfAAAAAAAAQQAAAAQA7QACnwAAAAAAAAAA/////1UfAAAAAAAAQQAAAAQA7QAAnwAAAAAAAAAA/////4whAAAAAAAACgAAAAQA7QAAnzIAAAA0AAAABADtAgCfAAAAAAAAAAD/////jCEAAAAAAAAKAAAABADtAAKfAAAAAAAAAAD/////jCEAAAAAAAAKAAAABADtAAGfEQAAABMAAAAEAO0CAJ8TAAAAOAAAAAQA7QABnwAAAAAAAAAA/////8ohAAAAAAAACgAAAAQA7QAAnysAAAAtAAAABADtAgCfAAAAAAAAAAD/////yiEAAAAAAAAKAAAABADtAAGfEQAAABMAAAAEAO0CAJ8TAAAAMQAAAAQA7QABnwAAAAAAAAAA/////wIiAAAAAAAAGAAAAAQA7QAAny8AAAAxAAAABADtAgKfMQAAAFAAAAAEAO0AAp8AAAAAAAAAAP////8CIgAAAAAAABgAAAAEAO0AAZ8mAAAAKAAAAAQA7QIAnygAAABQAAAABADtAAGfYwAAAGUAAAAEAO0CAJ9lAAAAhwAAAAQA7QABnwAAAAAAAAAA/////1kiAAAAAAAAAgAAAAQA7QIAnwIAAAAFAAAABADtAAOfFQAAABcAAAAEAO0CAp8XAAAAMAAAAAQA7QAEnwAAAAAAAAAA/////48iAAAAAAAAFgAAAAQA7QADnywAAAAuAAAABADtAgKfLgAAAEMAAAAEAO0AAp9UAAAAVgAAAAQA7QIAn1YAAABcAAAABADtAAKfAAAAAAAAAAD/////jyIAAAAAAAAWAAAABADtAAKfAAAAAAAAAAD/////jyIAAAAAAAAWAAAABADtAASfAAAAAAAAAAD/////jyIAAAAAAAAWAAAABADtAAGfAAAAAAAAAAD/////jyIAAAAAAAAWAAAABADtAACfAAAAAAAAAAD/////9i8AAAAAAAAHAAAABADtAACfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////AAAAAAEAAAABAAAACQDtAgAQ//8DGp8BAAAAAQAAAAkA7QAAEP//AxqfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAKfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAKfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAOfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAOfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAAAAAAAEAAAAAQA7QABnwAAAAAAAAAAAAAAABAAAAAEAO0AAJ8AAAAAAAAAAAAAAAAHAAAABADtAAGfAAAAAAAAAAAAAAAABwAAAAQA7QAAnwAAAAAAAAAA/////2gxAAAAAAAAQAAAAAQA7QAAnwAAAAAAAAAA/////8IxAAAAAAAAAgAAAAQA7QIBnwIAAAAQAAAABADtAAOfYQMAAGMDAAAQAO0CABD4//////////8BGp9jAwAAcwMAABAA7QAAEPj//////////wEanwAAAAAAAAAA/////8cxAAAAAAAAAgAAAAQA7QIBnwIAAAALAAAABADtAASfFgAAABgAAAAEAO0CAJ8YAAAAQQAAAAQA7QAFnwAAAAAAAAAA/////8oxAAAAAAAAAgAAAAQA7QIAnwIAAAAIAAAABADtAACfAAAAAAAAAAD/////6zEAAAAAAAACAAAABADtAgCfAgAAAB0AAAAEAO0ABJ8AAAAAAAAAAP/////7MQAAAAAAAAIAAAAEAO0CAJ8CAAAADQAAAAQA7QADnwAAAAAAAAAA/////wMyAAAAAAAAAgAAAAQA7QIBnwIAAAAFAAAABADtAAafAAAAAAAAAAD/////YDgAAAAAAAACAAAABADtAACfTQAAAE8AAAAEAO0AAJ8AAAAAAAAAAP////93MgAAAAAAAAIAAAAEAO0CAJ8CAAAAewAAAAQA7QAAnwAAAAAAAAAA/////38yAAAAAAAAAwAAAAQA7QIAnwAAAAAAAAAA/////4IyAAAAAAAAAgAAAAQA7QIAnwIAAAANAAAABADtAACfDQAAAA8AAAAEAO0CAJ8PAAAAHwAAAAQA7QAEnx8AAAAhAAAABADtAgGfIQAAAC8AAAAEAO0AAJ8vAAAAMQAAAAQA7QIBnzEAAAA/AAAABADtAACfPwAAAEEAAAAEAO0CAZ9BAAAATwAAAAQA7QAAn08AAABQAAAABADtAgGfAAAAAAAAAAD/////jDIAAAAAAAACAAAABADtAgGfAgAAABAAAAAEAO0AAJ8QAAAARgAAAAQA7QIAnwAAAAAAAAAA/////4wyAAAAAAAAAgAAAAQA7QIBnwIAAAALAAAABADtAACfCwAAAA0AAAAEAO0CAJ8NAAAAHQAAAAQA7QAFnx0AAAAfAAAABADtAgGfHwAAAC0AAAAEAO0ABJ8tAAAALwAAAAQA7QIBny8AAAA9AAAABADtAASfPQAAAD8AAAAEAO0CAZ8/AAAAZgAAAAQA7QAEnwAAAAAAAAAA/////9IyAAAAAAAAAgAAAAQA7QIAnwIAAAAgAAAABADtAAWfAAAAAAAAAAD/////4DIAAAAAAAACAAAABADtAgCfAgAAABIAAAAEAO0ABJ8AAAAAAAAAAP/////lMgAAAAAAAAIAAAAEAO0CAJ8CAAAADQAAAAQA7QAAnwAAAAAAAAAA/////+0yAAAAAAAAAgAAAAQA7QIBnwIAAAAFAAAABADtAAafAAAAAAAAAAD/////KjMAAAAAAAACAAAABADtAgCfAgAAACUAAAAEAO0ABp8AAAAAAAAAAP////82MwAAAAAAAAIAAAAEAO0CAZ8CAAAAGQAAAAQA7QAFnwAAAAAAAAAA/////1QzAAAAAAAAAgAAAAQA7QIAnwIAAAAjAAAABADtAAifAAAAAAAAAAD/////XzMAAAAAAAAYAAAABADtAAOfAAAAAAAAAAD/////XzMAAAAAAAAYAAAABADtAAOfAAAAAAAAAAD/////ZzMAAAAAAAAQAAAABADtAASfAAAAAAAAAAD/////1DMAAAAAAAADAAAABADtAgCfAAAAAAAAAAD/////1zMAAAAAAAACAAAABADtAgCfAgAAAA0AAAAEAO0AAJ8NAAAADwAAAAQA7QIAnw8AAAAfAAAABADtAASfHwAAACEAAAAEAO0CAZ8hAAAALwAAAAQA7QAAny8AAAAxAAAABADtAgGfMQAAAD8AAAAEAO0AAJ8/AAAAQQAAAAQA7QIBn0EAAABPAAAABADtAACfTwAAAFAAAAAEAO0CAZ8AAAAAAAAAAP/////hMwAAAAAAAAIAAAAEAO0CAZ8CAAAAEAAAAAQA7QAAnxAAAABGAAAABADtAgCfAAAAAAAAAAD/////4TMAAAAAAAACAAAABADtAgGfAgAAAAsAAAAEAO0AAJ8LAAAADQAAAAQA7QIAnw0AAAAdAAAABADtAAWfHQAAAB8AAAAEAO0CAZ8fAAAALQAAAAQA7QAEny0AAAAvAAAABADtAgGfLwAAAD0AAAAEAO0ABJ89AAAAPwAAAAQA7QIBnz8AAABhAAAABADtAASfAAAAAAAAAAD/////JzQAAAAAAAADAAAABADtAgCfAAAAAAAAAAD/////MTQAAAAAAAACAAAABADtAgCfAgAAABEAAAAEAO0ABp9QAAAAVgAAAAQA7QAGnwAAAAAAAAAA/////zE0AAAAAAAAAgAAAAQA7QIAnwIAAAARAAAABADtAAafKAAAACoAAAAEAO0CAJ8qAAAALQAAAAQA7QAAnwAAAAAAAAAA/////z40AAAAAAAABAAAAAQA7QAEn0MAAABJAAAABADtAASfAAAAAAAAAAD/////ajQAAAAAAAACAAAABADtAgCfAgAAAB0AAAAEAO0ABZ8AAAAAAAAAAP////9aSAAAAAAAAAIAAAAEAO0CAJ8CAAAAGwAAAAQA7QAFnwAAAAAAAAAA/////5E0AAAAAAAADgAAAAQA7QAKnwAAAAAAAAAA/////8s0AAAAAAAAAgAAAAQA7QIAnwIAAAAEAAAABADtAACfCQAAAAsAAAAEAO0CAJ8LAAAADgAAAAQA7QAAnx4AAAAgAAAABADtAgCfIAAAACwAAAAEAO0ACJ8AAAAAAAAAAP////+qNAAAAAAAAAIAAAAEAO0CAZ8CAAAAFAAAAAQA7QAAnwAAAAAAAAAA/////8Y0AAAAAAAAAgAAAAQA7QIAnwIAAAAJAAAABADtAAWfIQAAADEAAAAEAO0AC58AAAAAAAAAAP/////uNAAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QAFnxAAAAAZAAAABADtAAWfAAAAAAAAAAD/////NTUAAAAAAAAOAAAAAgAwn/UBAAD9AQAABADtAAifAAAAAAAAAAD/////VjUAAAAAAAACAAAABADtAgCfAgAAAFgAAAAEAO0AAJ8AAAAAAAAAAP////+2NQAAAAAAABgAAAAEAO0ABJ9rAQAAfAEAAAQA7QAEnwAAAAAAAAAA/////2U1AAAAAAAAAgAAAAQA7QIBnwIAAAAvAAAABADtAACfLwAAADIAAAAEAO0CAZ8AAAAAAAAAAP////93NQAAAAAAAAIAAAAEAO0CAZ8CAAAAEgAAAAQA7QAEnxIAAAAUAAAABADtAgGfFAAAADcAAAAEAO0ABZ8AAAAAAAAAAP////9YNQAAAAAAABAAAAAEAO0AAJ8QAAAAEgAAAAQA7QIAnxIAAAAiAAAABADtAASfIgAAACQAAAAEAO0CAJ8kAAAANAAAAAQA7QAFnzQAAAA3AAAABADtAgCfAAAAAAAAAAD/////yjUAAAAAAAACAAAABADtAgCfAgAAAAQAAAAEAO0ABZ98AAAAfgAAAAQA7QIDn34AAACSAAAABADtAAWfAAAAAAAAAAD/////8jUAAAAAAAAEAAAABADtAAafZgAAAGoAAAAEAO0ABp8AAAAAAAAAAP/////yNQAAAAAAAAQAAAACADCfXwAAAGoAAAAEAO0AAJ8AAAAAAAAAAP////8FNgAAAAAAAAIAAAAEAO0CAJ8CAAAABwAAAAQA7QACnwAAAAAAAAAA/////zE2AAAAAAAAAgAAAAQA7QIBnwIAAAArAAAABADtAAKfAAAAAAAAAAD/////ezYAAAAAAAACAAAABADtAgCfAgAAAAUAAAAEAO0AAJ8AAAAAAAAAAP////+INgAAAAAAAAMAAAAEAO0CAJ8AAAAAAAAAAP////+LNgAAAAAAAAIAAAAEAO0CAJ8CAAAADQAAAAQA7QAAnw0AAAAPAAAABADtAgCfDwAAAB8AAAAEAO0ABZ8fAAAAIQAAAAQA7QIBnyEAAAAvAAAABADtAACfLwAAADEAAAAEAO0CAZ8xAAAAPwAAAAQA7QAAnz8AAABBAAAABADtAgGfQQAAAE8AAAAEAO0AAJ9PAAAAUAAAAAQA7QIBnwAAAAAAAAAA/////5U2AAAAAAAAAgAAAAQA7QIBnwIAAAAQAAAABADtAACfEAAAAEYAAAAEAO0CAJ8AAAAAAAAAAP////+VNgAAAAAAAAIAAAAEAO0CAZ8CAAAACwAAAAQA7QAAnwsAAAANAAAABADtAgCfDQAAAB0AAAAEAO0ABp8dAAAAHwAAAAQA7QIBnx8AAAAtAAAABADtAAWfLQAAAC8AAAAEAO0CAZ8vAAAAPQAAAAQA7QAFnz0AAAA/AAAABADtAgGfPwAAAFIAAAAEAO0ABZ8AAAAAAAAAAP/////bNgAAAAAAAAMAAAAEAO0CAJ8AAAAAAAAAAP/////7NgAAAAAAAAIAAAAEAO0CAJ8CAAAAEgAAAAQA7QACnwAAAAAAAAAA/////6xFAAAAAAAAAgAAAAQA7QIAnwIAAAAeAAAABADtAAafAAAAAAAAAAD/////TjcAAAAAAAAOAAAABADtAAufAAAAAAAAAAD/////iDcAAAAAAAACAAAABADtAgCfAgAAAAQAAAAEAO0AAJ8JAAAACwAAAAQA7QIAnwsAAAAOAAAABADtAACfHgAAACAAAAAEAO0CAJ8gAAAALAAAAAQA7QAGnwAAAAAAAAAA/////2c3AAAAAAAAAgAAAAQA7QIBnwIAAAAUAAAABADtAACfAAAAAAAAAAD/////gzcAAAAAAAACAAAABADtAgCfAgAAAAkAAAAEAO0ABZ8hAAAAMQAAAAQA7QACnwAAAAAAAAAA/////6s3AAAAAAAAAgAAAAQA7QIAnwIAAAAJAAAABADtAAWfEAAAABkAAAAEAO0ABZ8AAAAAAAAAAP/////mNwAAAAAAABAAAAAEAO0ABJ8AAAAAAAAAAP/////vNwAAAAAAAAIAAAAEAO0CAJ8CAAAABwAAAAQA7QAFnwAAAAAAAAAA/////3k4AAAAAAAAAgAAAAQA7QIBnwIAAAA2AAAABADtAASfAAAAAAAAAAD/////hzgAAAAAAAACAAAABADtAgGfAgAAACgAAAAEAO0AAJ8AAAAAAAAAAP////+MOAAAAAAAAAIAAAAEAO0CAZ8CAAAAIwAAAAQA7QAFnwAAAAAAAAAA/////7A4AAAAAAAADQAAAAIAMJ8AAAAAAAAAAP////+wOAAAAAAAAA0AAAACADCfAAAAAAAAAAD/////0DgAAAAAAAA4AAAABAAQgCCfAAAAAAAAAAD/////0DgAAAAAAAA4AAAABAAQgCCfAAAAAAAAAAD/////7zgAAAAAAAAEAAAABADtAgGfAAAAAAAAAAD/////ITkAAAAAAAACAAAABADtAgCfAgAAAAcAAAAEAO0ACJ8AAAAAAAAAAP////9EOQAAAAAAAAIAAAAEAO0CAJ8CAAAABwAAAAQA7QAJnwAAAAAAAAAA/////yQ6AAAAAAAAAgAAAAQA7QIAnwIAAAALAAAABADtAAKfcQAAAHcAAAAEAO0AAp8AAAAAAAAAAP////8SOgAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QAAnyEAAAAjAAAABADtAgCfIwAAADEAAAAEAO0ABp8AAAAAAAAAAP////+XOQAAAAAAAAIAAAAEAO0CAJ8CAAAABAAAAAQA7QAAnwAAAAAAAAAA/////6E5AAAAAAAAAgAAAAQA7QIAnwIAAAAHAAAABADtAAafAAAAAAAAAAD//////zkAAAAAAAACAAAABADtAgCfAgAAAAcAAAAEAO0ABZ8AAAAAAAAAAP////9xOgAAAAAAAAIAAAAEAO0CAJ8CAAAACwAAAAQA7QAEnwAAAAAAAAAA/////4k6AAAAAAAAAwAAAAQA7QIAnwAAAAAAAAAA//////I6AAAAAAAABwAAAAQA7QAAnwAAAAAAAAAA/////ww7AAAAAAAAAgAAAAQA7QIAnwIAAAAKAAAABADtAAKfAAAAAAAAAAD/////cTsAAAAAAAACAAAABADtAgCfAgAAAAYAAAAEAO0AAJ+gAQAAogEAAAQA7QIAn6IBAACmAQAABADtAACfAAAAAAAAAAD/////8jsAAAAAAAACAAAABADtAgCfAgAAAAcAAAAEAO0AAJ8AAAAAAAAAAP/////dOwAAAAAAAAIAAAAEAO0CAZ8CAAAAHAAAAAQA7QAFnwAAAAAAAAAA/////yY8AAAAAAAAAgAAAAQA7QIBnwIAAAAoAAAABADtAASfAAAAAAAAAAD/////AzwAAAAAAAAWAAAABADtAACfFgAAABgAAAAEAO0CAZ8YAAAASwAAAAQA7QAFnwAAAAAAAAAA/////xY8AAAAAAAAAgAAAAQA7QICnwIAAAA4AAAABADtAASfAAAAAAAAAAD/////izwAAAAAAAACAAAABADtAgGfAgAAAD4AAAAEAO0ABZ8AAAAAAAAAAP////+IPAAAAAAAAAIAAAAEAO0CAp8CAAAAQQAAAAQA7QAAnwAAAAAAAAAA/////5w8AAAAAAAAAgAAAAQA7QIBnwIAAAAFAAAABADtAAafBQAAAAcAAAAEAO0CAZ8HAAAALQAAAAQA7QAAnwAAAAAAAAAA/////1I9AAAAAAAAAgAAAAQA7QAAnwAAAAAAAAAA/////4E9AAAAAAAAAgAAAAQA7QIAnwIAAAA1AAAABADtAAufAAAAAAAAAAD/////oT0AAAAAAAACAAAABADtAgCfAgAAABUAAAAEAO0AAp8AAAAAAAAAAP////+oPQAAAAAAAAIAAAAEAO0CAZ8CAAAADgAAAAQA7QADnwAAAAAAAAAA/////609AAAAAAAACQAAAAQA7QAFnwsCAAASAgAABADtAAWfAAAAAAAAAAD/////Qj4AAAAAAAACAAAABADtAgCfAgAAACIAAAAEAO0ABJ8AAAAAAAAAAP////9JPgAAAAAAAAIAAAAEAO0CAZ8CAAAAGwAAAAQA7QAInwAAAAAAAAAA/////10+AAAAAAAAAgAAAAQA7QIAnwIAAAAHAAAABADtAACfAAAAAAAAAAD/////lz4AAAAAAAAQAAAABADtAAmfAAAAAAAAAAD/////zz4AAAAAAAACAAAABADtAgCfAgAAAAQAAAAEAO0ABJ8OAAAAEAAAAAQA7QIAnxAAAAASAAAABADtAASfIQAAACMAAAAEAO0CAJ8jAAAALwAAAAQA7QAGnwAAAAAAAAAA/////64+AAAAAAAAAgAAAAQA7QIBnwIAAAAUAAAABADtAACfAAAAAAAAAAD/////yj4AAAAAAAACAAAABADtAgCfAgAAAAkAAAAEAO0AAJ8OAAAAEAAAAAQA7QIAnxAAAAAXAAAABADtAACfJAAAADQAAAAEAO0ACJ8AAAAAAAAAAP/////1PgAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QAAnxAAAAAZAAAABADtAACfAAAAAAAAAAD/////Lj8AAAAAAAACAAAABADtAgCfAgAAAAoAAAAEAO0AAJ8AAAAAAAAAAP////+BPwAAAAAAAAIAAAAEAO0CAJ8CAAAABQAAAAQA7QAAnwAAAAAAAAAA/////5o/AAAAAAAAAgAAAAQA7QIAnwIAAAAFAAAABADtAACfAAAAAAAAAAD/////8j8AAAAAAAAfAAAABADtAASfAAAAAAAAAAD/////+z8AAAAAAAAWAAAABADtAACfAAAAAAAAAAD/////+z8AAAAAAAAWAAAABADtAACfAAAAAAAAAAD/////X0AAAAAAAAACAAAABADtAgCfAgAAAFgAAAAEAO0AAJ8AAAAAAAAAAP////9uQAAAAAAAAAIAAAAEAO0CAZ8CAAAALwAAAAQA7QAAny8AAAAyAAAABADtAgGfAAAAAAAAAAD/////gEAAAAAAAAACAAAABADtAgGfAgAAABIAAAAEAO0ABJ8SAAAAFAAAAAQA7QIBnxQAAAA3AAAABADtAAafAAAAAAAAAAD/////YUAAAAAAAAAQAAAABADtAACfEAAAABIAAAAEAO0CAJ8SAAAAIgAAAAQA7QAEnyIAAAAkAAAABADtAgCfJAAAADQAAAAEAO0ABp80AAAANwAAAAQA7QIAnwAAAAAAAAAA/////9FAAAAAAAAAFgAAAAQA7QAEnwAAAAAAAAAA/////xhBAAAAAAAABwAAAAQA7QAAnyQAAAAmAAAABADtAgCfAAAAAAAAAAD/////I0EAAAAAAAACAAAABADtAgCfAgAAAA0AAAAEAO0ABJ8AAAAAAAAAAP////9JQQAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QAInwAAAAAAAAAA/////3NBAAAAAAAAwgAAAAIASJ8AAAAAAAAAAP////+fQQAAAAAAAAIAAAAEAO0CAZ8CAAAAlgAAAAQA7QAInwAAAAAAAAAA/////3NBAAAAAAAAwgAAAAMAEQCfAAAAAAAAAAD/////fEEAAAAAAAAWAAAABADtAACfFgAAABgAAAAEAO0CAZ8YAAAAuQAAAAQA7QALnwAAAAAAAAAA/////49BAAAAAAAAAgAAAAQA7QICnwIAAACmAAAABADtAAifAAAAAAAAAAD/////3EEAAAAAAAABAAAABADtAgKfAAAAAAAAAAD/////4EEAAAAAAAACAAAABADtAgGfAgAAAFUAAAAEAO0AAJ8AAAAAAAAAAP/////rQQAAAAAAAAIAAAAEAO0CAJ8CAAAASgAAAAQA7QAInwAAAAAAAAAA/////+tBAAAAAAAAAgAAAAQA7QIAnwIAAABKAAAABADtAAifAAAAAAAAAAD/////EkIAAAAAAAAEAAAABADtAgGfAAAAAAAAAAD/////SkIAAAAAAAACAAAABADtAgCfAAAAAAAAAAD/////b0IAAAAAAAACAAAABADtAgGfAgAAABkAAAAEAO0AAp8AAAAAAAAAAP////+PQgAAAAAAAB8AAAAEAO0ABZ8AAAAAAAAAAP////+YQgAAAAAAABYAAAAEAO0AAJ8AAAAAAAAAAP////+YQgAAAAAAABYAAAAEAO0AAJ8AAAAAAAAAAP/////8QgAAAAAAAAIAAAAEAO0CAJ8CAAAAWAAAAAQA7QAAnwAAAAAAAAAA/////wtDAAAAAAAAAgAAAAQA7QIBnwIAAAAvAAAABADtAACfLwAAADIAAAAEAO0CAZ8AAAAAAAAAAP////8dQwAAAAAAAAIAAAAEAO0CAZ8CAAAAEgAAAAQA7QAFnxIAAAAUAAAABADtAgGfFAAAADcAAAAEAO0ABp8AAAAAAAAAAP/////+QgAAAAAAABAAAAAEAO0AAJ8QAAAAEgAAAAQA7QIAnxIAAAAiAAAABADtAAWfIgAAACQAAAAEAO0CAJ8kAAAANAAAAAQA7QAGnzQAAAA3AAAABADtAgCfAAAAAAAAAAD/////cUMAAAAAAAAWAAAABADtAAWfAAAAAAAAAAD/////u0MAAAAAAAAHAAAABADtAACfJAAAACYAAAAEAO0CAJ8AAAAAAAAAAP/////GQwAAAAAAAAIAAAAEAO0CAJ8CAAAADQAAAAQA7QAFnwAAAAAAAAAA/////+xDAAAAAAAAAgAAAAQA7QIAnwIAAAAJAAAABADtAAifAAAAAAAAAAD/////HkQAAAAAAAACAAAABADtAgCfAgAAACMAAAAEAO0AAJ8AAAAAAAAAAP////9RRAAAAAAAAAIAAAAEAO0CAJ8CAAAAJgAAAAQA7QAAnwAAAAAAAAAA/////4xEAAAAAAAAAgAAAAQA7QIBnwIAAAA2AAAABADtAASfAAAAAAAAAAD/////mkQAAAAAAAACAAAABADtAgGfAgAAACgAAAAEAO0AAJ8AAAAAAAAAAP////+fRAAAAAAAAAIAAAAEAO0CAZ8CAAAAIwAAAAQA7QAFnwAAAAAAAAAA/////+xEAAAAAAAAAgAAAAQA7QIBnwIAAAAIAAAABADtAACfAAAAAAAAAAD/////O0UAAAAAAAACAAAABADtAgCfAgAAAAUAAAAEAO0AAJ8AAAAAAAAAAP////9XRQAAAAAAAAIAAAAEAO0CAJ8CAAAABQAAAAQA7QAAnwAAAAAAAAAA/////9FFAAAAAAAAHwAAAAQA7QAEnwAAAAAAAAAA/////9pFAAAAAAAAFgAAAAQA7QAAnwAAAAAAAAAA/////9pFAAAAAAAAFgAAAAQA7QAAnwAAAAAAAAAA/////z5GAAAAAAAAAgAAAAQA7QIAnwIAAABYAAAABADtAACfAAAAAAAAAAD/////TUYAAAAAAAACAAAABADtAgGfAgAAAC8AAAAEAO0AAJ8vAAAAMgAAAAQA7QIBnwAAAAAAAAAA/////19GAAAAAAAAAgAAAAQA7QIBnwIAAAASAAAABADtAAWfEgAAABQAAAAEAO0CAZ8UAAAANwAAAAQA7QADnwAAAAAAAAAA/////0BGAAAAAAAAEAAAAAQA7QAAnxAAAAASAAAABADtAgCfEgAAACIAAAAEAO0ABZ8iAAAAJAAAAAQA7QIAnyQAAAA0AAAABADtAAOfNAAAADcAAAAEAO0CAJ8AAAAAAAAAAP////+wRgAAAAAAABIAAAAEAO0ABZ8AAAAAAAAAAP/////zRgAAAAAAAAcAAAAEAO0AAJ8kAAAAJgAAAAQA7QIAnwAAAAAAAAAA//////5GAAAAAAAAAgAAAAQA7QIAnwIAAAANAAAABADtAAWfAAAAAAAAAAD/////JEcAAAAAAAACAAAABADtAgCfAgAAAAkAAAAEAO0AAp8AAAAAAAAAAP////9TRwAAAAAAAAIAAAAEAO0CAJ8CAAAAIwAAAAQA7QAAnwAAAAAAAAAA/////5xHAAAAAAAAAgAAAAQA7QIBnwIAAAAIAAAABADtAACfAAAAAAAAAAD/////6UcAAAAAAAACAAAABADtAgCfAgAAAAUAAAAEAO0AAJ8AAAAAAAAAAP////8FSAAAAAAAAAIAAAAEAO0CAJ8CAAAABQAAAAQA7QAAnwAAAAAAAAAA/////3pIAAAAAAAAAgAAAAQA7QIAnwIAAAAjAAAABADtAAifAAAAAAAAAAD/////hUgAAAAAAAAYAAAABADtAAOfAAAAAAAAAAD/////hUgAAAAAAAAYAAAABADtAAOfAAAAAAAAAAD/////jUgAAAAAAAAQAAAABADtAACfAAAAAAAAAAD/////+UgAAAAAAAAWAAAABADtAACfAAAAAAAAAAD/////FEkAAAAAAAACAAAABADtAgCfAgAAAB0AAAAEAO0AAZ8vAAAAMQAAAAQA7QIAnzEAAAA8AAAABADtAAGfAAAAAAAAAAD/////I0kAAAAAAAACAAAABADtAgGfAgAAAA4AAAAEAO0AAJ80AAAAQQAAAAQA7QAAn6oCAAC2AgAABADtAACfAAAAAAAAAAD/////KEkAAAAAAAAJAAAABADtAAOfAAAAAAAAAAD/////QEkAAAAAAAACAAAABADtAgGfAgAAABAAAAAEAO0AAp8AAAAAAAAAAP////9DSQAAAAAAAAIAAAAEAO0CAJ8CAAAADQAAAAQA7QABnwAAAAAAAAAA/////3NJAAAAAAAAAgAAAAQA7QIAnwIAAAAiAAAABADtAASfAAAAAAAAAAD/////fEkAAAAAAAAZAAAABADtAAWfAAAAAAAAAAD/////jkkAAAAAAAACAAAABADtAgCfAgAAAAcAAAAEAO0AAp8AAAAAAAAAAP/////ISQAAAAAAABAAAAAEAO0AB58AAAAAAAAAAP////8ASgAAAAAAAAIAAAAEAO0CAJ8CAAAABAAAAAQA7QAEnw4AAAAQAAAABADtAgCfEAAAABIAAAAEAO0ABJ8hAAAAIwAAAAQA7QIAnyMAAAAvAAAABADtAAafAAAAAAAAAAD/////30kAAAAAAAACAAAABADtAgGfAgAAABQAAAAEAO0AAp8AAAAAAAAAAP/////7SQAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QACnw4AAAAQAAAABADtAgCfEAAAABcAAAAEAO0AAp8kAAAANAAAAAQA7QAFnwAAAAAAAAAA/////yZKAAAAAAAAAgAAAAQA7QIAnwIAAAAJAAAABADtAAKfEAAAABkAAAAEAO0AAp8AAAAAAAAAAP////9fSgAAAAAAAAIAAAAEAO0CAJ8CAAAACgAAAAQA7QACnwAAAAAAAAAA/////7JKAAAAAAAAAgAAAAQA7QIAnwIAAAAFAAAABADtAAKfAAAAAAAAAAD/////y0oAAAAAAAACAAAABADtAgCfAgAAAAUAAAAEAO0AAp8AAAAAAAAAAP/////eSwAAAAAAAAIAAAAEAO0CAJ8CAAAAIgAAAAQA7QAEnwAAAAAAAAAA/////+dLAAAAAAAAGQAAAAQA7QAFnwAAAAAAAAAA//////lLAAAAAAAAAgAAAAQA7QIAnwIAAAAHAAAABADtAAKfAAAAAAAAAAD/////M0wAAAAAAAAQAAAABADtAAefAAAAAAAAAAD/////b0wAAAAAAAACAAAABADtAgCfAgAAAAQAAAAEAO0ABJ8OAAAAEAAAAAQA7QIAnxAAAAASAAAABADtAASfIQAAACMAAAAEAO0CAJ8jAAAALwAAAAQA7QAGnwAAAAAAAAAA/////05MAAAAAAAAAgAAAAQA7QIBnwIAAAAUAAAABADtAAKfAAAAAAAAAAD/////akwAAAAAAAACAAAABADtAgCfAgAAAAkAAAAEAO0AAp8OAAAAEAAAAAQA7QIAnxAAAAAXAAAABADtAAKfJAAAADQAAAAEAO0ABZ8AAAAAAAAAAP////+VTAAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QACnxAAAAAZAAAABADtAAKfAAAAAAAAAAD/////zkwAAAAAAAACAAAABADtAgCfAgAAAAoAAAAEAO0AAp8AAAAAAAAAAP////8hTQAAAAAAAAIAAAAEAO0CAJ8CAAAABQAAAAQA7QACnwAAAAAAAAAA/////zpNAAAAAAAAAgAAAAQA7QIAnwIAAAAFAAAABADtAAKfAAAAAAAAAAD/////qk0AAAAAAAAfAAAABADtAAKfAAAAAAAAAAD/////s00AAAAAAAAWAAAABADtAACfAAAAAAAAAAD/////s00AAAAAAAAWAAAABADtAACfAAAAAAAAAAD/////Fk4AAAAAAAACAAAABADtAgCfAgAAAFgAAAAEAO0AAp8AAAAAAAAAAP////8lTgAAAAAAAAIAAAAEAO0CAZ8CAAAALwAAAAQA7QACny8AAAAyAAAABADtAgGfAAAAAAAAAAD/////N04AAAAAAAACAAAABADtAgGfAgAAABIAAAAEAO0ABJ8SAAAAFAAAAAQA7QIBnxQAAAA3AAAABADtAAafAAAAAAAAAAD/////GE4AAAAAAAAQAAAABADtAAKfEAAAABIAAAAEAO0CAJ8SAAAAIgAAAAQA7QAEnyIAAAAkAAAABADtAgCfJAAAADQAAAAEAO0ABp80AAAANwAAAAQA7QIAnwAAAAAAAAAA/////4tOAAAAAAAAGgAAAAQA7QAEnwAAAAAAAAAA/////9lOAAAAAAAABwAAAAQA7QACnyQAAAAmAAAABADtAgCfAAAAAAAAAAD/////5E4AAAAAAAACAAAABADtAgCfAgAAAA0AAAAEAO0ABJ8AAAAAAAAAAP////8KTwAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QADnwAAAAAAAAAA/////zxPAAAAAAAAAgAAAAQA7QIAnwIAAAAmAAAABADtAACfAAAAAAAAAAD/////fU8AAAAAAAALAAAABADtAAGfAAAAAAAAAAD/////fU8AAAAAAAALAAAABADtAACfAAAAAAAAAAD/////fU8AAAAAAAALAAAAAgAwnw8AAAAQAAAABADtAgCfIwAAACQAAAAEAO0CAJ9IAAAASQAAAAQA7QIAn1AAAABSAAAABADtAgCfUgAAAFQAAAAEAO0AAp9WAAAAVwAAAAQA7QIAnwAAAAAAAAAA/////6lPAAAAAAAAEgAAAAQA7QIAnwAAAAAAAAAA/////7lPAAAAAAAAAgAAAAQA7QIBnwAAAAAAAAAA/////7tPAAAAAAAAAgAAAAQA7QIAnwIAAAAFAAAABADtAAKfAAAAAAAAAAD/////8U8AAAAAAAACAAAABADtAgKfAgAAABQAAAAEAO0AA58AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAZ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAJ8AAAAAAAAAAP////8FAAAAAQAAAAEAAAACADCfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgKfAQAAAAEAAAAEAO0AAp8AAAAAAAAAAP////9tAAAAAQAAAAEAAAAEAO0CA58AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0CAp8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAJ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAZ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAZ8BAAAAAQAAAAQA7QIAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAIAMJ8BAAAAAQAAAAQA7QABnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QACnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////2AAAAAAAAAAAgAAAAQA7QIAnwEAAAABAAAABADtAASfAAAAAAAAAAD/////WQAAAAEAAAABAAAABADtAgCfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////XAAAAAEAAAABAAAABAAQgCCfAAAAAAAAAAD/////XAAAAAEAAAABAAAABAAQgCCfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgGfAAAAAAAAAAD/////qwAAAAAAAAAFAAAABADtAAKfAAAAAAAAAAD/////qQAAAAAAAAACAAAABADtAgCfAgAAAAcAAAAEAO0AAp8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAJ8AAAAAAAAAAP////9cAAAAAAAAAE8AAAAEABCAIJ8AAAAAAAAAAP////9cAAAAAAAAAE8AAAAEABCAIJ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0CAZ8AAAAAAAAAAP////+3AAAAAAAAAAIAAAAEAO0CAZ8CAAAAFQAAAAQA7QACnwAAAAAAAAAA/////7kAAAAAAAAAEwAAAAQA7QACnwAAAAAAAAAA/////8UAAAAAAAAABwAAAAQA7QAAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAMA7QAAAAAAAAAAAAD/////gQAAAAEAAAABAAAABAAQgCCfAAAAAAAAAAD/////gQAAAAEAAAABAAAABAAQgCCfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgGfAAAAAAAAAAD/////zgAAAAEAAAABAAAAAgAxn74AAADKAAAABADtAASfAAAAAAAAAAD/////nwEAAAEAAAABAAAABADtAAOfAAAAAAIAAAAEAO0CAJ8CAAAABAAAAAQA7QADnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QIAnwEAAAABAAAABADtAAafAQAAAAEAAAAEAO0ABp8AAAAAAAAAAP////+MAQAAAQAAAAEAAAAEAO0CAJ8BAAAAAQAAAAQA7QAGnwAAAAAMAAAABADtAAefAAAAAAAAAAD/////kQEAAAEAAAABAAAABADtAAGfAQAAAAEAAAAEAO0CAJ8CAAAABwAAAAQA7QABnwAAAAAAAAAA/////2wBAAAAAAAALAAAAAQA7QALnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QABnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QABnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQAEIAgnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQAEIAgnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QIBnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAMAEQCfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////XAAAAAEAAAABAAAABAAQgCCfAAAAAAAAAAD/////XAAAAAEAAAABAAAABAAQgCCfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgGfAAAAAAAAAAD/////3gAAAAEAAAABAAAABADtAgGfAQAAAAEAAAAEAO0ABZ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAJ8AAAAAAAAAAP////+PAQAAAQAAAAEAAAAEAO0CAZ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0CAJ8BAAAAAQAAAAQA7QADnwAAAAAAAAAA/////5gBAAAAAAAAEQAAAAQA7QAFnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAEnwAAAAAAAAAA/////0QCAAABAAAAAQAAAAQA7QIAnwEAAAABAAAABADtAAOfAAAAAAIAAAAEAO0AAJ8AAAAAAAAAAP/////pAQAAAAAAABYAAAAEAO0AAJ8BAAAAAQAAAAQA7QIBnwEAAAABAAAABADtAAWfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgKfAQAAAAEAAAAEAO0ABJ8AAAAAAAAAAP////8bAgAAAQAAAAEAAAAEAO0CAZ8BAAAAAQAAAAQA7QADnwAAAAACAAAABADtAgGfAgAAACsAAAAEAO0ABJ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAJ8AAAAAAAAAAP////8KAAAAAQAAAAEAAAAEAO0CAJ8BAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////woAAAABAAAAAQAAAAUA7QIAIwwBAAAAAQAAAAUA7QADIwwBAAAAAQAAAAQA7QABnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QACnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QABnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QABnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////9MAAAABAAAAAQAAAAQA7QAAnwEAAAABAAAABADtAgCfAQAAAAEAAAAEAO0AAJ8AAAAAAAAAAP////9JAAAAAAAAAAIAAAAEAO0CAJ8CAAAABQAAAAQA7QABnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAFnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAGnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QIBnwEAAAABAAAABADtAAifAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgCfAQAAAAEAAAAEAO0AB58AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0CAp8BAAAAAQAAAAQA7QAGnwAAAAAAAAAA/////wxaAAAAAAAADQAAAAQA7QABnwAAAAAAAAAA/////wxaAAAAAAAADQAAAAQA7QAAnwAAAAAAAAAA/////wxaAAAAAAAADQAAAAIAMJ8gAAAALAAAAAQA7QACnwAAAAAAAAAA/////09aAAAAAAAAAgAAAAQA7QIAnwIAAAAFAAAABADtAACfAAAAAAAAAAD/////B1AAAAAAAAAqAAAABADtAACfAAAAAAAAAAD/////B1AAAAAAAAAqAAAAAgAwnzYAAAA3AAAABADtAgCfXAAAAF0AAAAEAO0CAJ8AAAAAAAAAAP////8mUAAAAAAAAAsAAAAEAO0AA58AAAAAAAAAAP////9sUAAAAAAAAAsAAAAEAO0ABZ8AAAAAAAAAAP////8HUAAAAAAAACoAAAAEAO0AAZ8AAAAAAAAAAP////98UAAAAAAAAAIAAAAEAO0CAJ8CAAAABwAAAAQA7QADnwAAAAAAAAAA/////+5QAAAAAAAAAgAAAAQA7QIAnwIAAAAhAAAABADtAAKfAAAAAAAAAAD/////9VAAAAAAAAACAAAABADtAgGfAgAAABoAAAAEAO0AAZ8AAAAAAAAAAP////8nUQAAAAAAAAMAAAAEAO0CAJ8AAAAAAAAAAP////86UQAAAAAAAAIAAAAEAO0CAJ8CAAAABwAAAAQA7QAEnwAAAAAAAAAA/////1ZRAAAAAAAAAgAAAAQA7QIAnwIAAAAlAAAABADtAAGfAAAAAAAAAAD/////ZVEAAAAAAAACAAAABADtAgCfAgAAABYAAAAEAO0AA58AAAAAAAAAAP/////gUQAAAAAAAAwAAAAEAO0ACJ8AAAAAAAAAAP/////xUQAAAAAAAAIAAAAEAO0CAJ8CAAAAIgAAAAQA7QADnwAAAAAAAAAA//////pRAAAAAAAAGQAAAAQA7QAJnwAAAAAAAAAA/////wxSAAAAAAAAAgAAAAQA7QIAnwIAAAAHAAAABADtAASfAAAAAAAAAAD/////RlIAAAAAAAAQAAAABADtAAqfAAAAAAAAAAD/////glIAAAAAAAACAAAABADtAgCfAgAAAAQAAAAEAO0ABJ8OAAAAEAAAAAQA7QIAnxAAAAASAAAABADtAASfIQAAACMAAAAEAO0CAJ8jAAAALwAAAAQA7QAGnwAAAAAAAAAA/////2FSAAAAAAAAAgAAAAQA7QIBnwIAAAAUAAAABADtAAOfAAAAAAAAAAD/////fVIAAAAAAAACAAAABADtAgCfAgAAAAkAAAAEAO0AA58OAAAAEAAAAAQA7QIAnxAAAAAXAAAABADtAAOfJAAAADQAAAAEAO0ACZ8AAAAAAAAAAP////+oUgAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QADnxAAAAAZAAAABADtAAOfAAAAAAAAAAD/////4VIAAAAAAAACAAAABADtAgCfAgAAAAoAAAAEAO0AA58AAAAAAAAAAP////80UwAAAAAAAAIAAAAEAO0CAJ8CAAAABQAAAAQA7QADnwAAAAAAAAAA/////01TAAAAAAAAAgAAAAQA7QIAnwIAAAAFAAAABADtAAOfAAAAAAAAAAD/////1FMAAAAAAAAkAAAABADtAAGfOAAAAEwAAAAEAO0AAZ+jAgAArwIAAAQA7QABnwAAAAAAAAAA/////9RTAAAAAAAAJAAAAAQA7QAAn0cAAABJAAAABADtAgGfSQAAAEwAAAAEAO0AAJ8AAAAAAAAAAP/////oUwAAAAAAABAAAAAEAO0AAp8AAAAAAAAAAP////8FVAAAAAAAAAIAAAAEAO0CAJ8CAAAAGwAAAAQA7QADnwAAAAAAAAAA/////y9UAAAAAAAAAgAAAAQA7QIAnwIAAAAgAAAABADtAASfAAAAAAAAAAD/////OFQAAAAAAAAXAAAABADtAAWfAAAAAAAAAAD/////SFQAAAAAAAACAAAABADtAgCfAgAAAAcAAAAEAO0AA58AAAAAAAAAAP////9rVAAAAAAAABAAAAAEAO0AB58AAAAAAAAAAP////+nVAAAAAAAAAIAAAAEAO0CAJ8CAAAABAAAAAQA7QAEnw4AAAAQAAAABADtAgCfEAAAABIAAAAEAO0ABJ8hAAAAIwAAAAQA7QIAnyMAAAAvAAAABADtAAafAAAAAAAAAAD/////hlQAAAAAAAACAAAABADtAgGfAgAAABQAAAAEAO0AA58AAAAAAAAAAP////+iVAAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QADnw4AAAAQAAAABADtAgCfEAAAABcAAAAEAO0AA58kAAAANAAAAAQA7QAFnwAAAAAAAAAA/////81UAAAAAAAAAgAAAAQA7QIAnwIAAAAJAAAABADtAAOfEAAAABkAAAAEAO0AA58AAAAAAAAAAP////8GVQAAAAAAAAIAAAAEAO0CAJ8CAAAACgAAAAQA7QADnwAAAAAAAAAA/////1lVAAAAAAAAAgAAAAQA7QIAnwIAAAAFAAAABADtAAOfAAAAAAAAAAD/////clUAAAAAAAACAAAABADtAgCfAgAAAAUAAAAEAO0AA58AAAAAAAAAAP////+IVgAAAAAAAAIAAAAEAO0CAJ8CAAAAIgAAAAQA7QAEnwAAAAAAAAAA/////5FWAAAAAAAAGQAAAAQA7QAFnwAAAAAAAAAA/////6NWAAAAAAAAAgAAAAQA7QIAnwIAAAAHAAAABADtAAOfAAAAAAAAAAD/////3VYAAAAAAAAQAAAABADtAAefAAAAAAAAAAD/////GVcAAAAAAAACAAAABADtAgCfAgAAAAQAAAAEAO0AA58OAAAAEAAAAAQA7QIAnxAAAAASAAAABADtAAOfIQAAACMAAAAEAO0CAJ8jAAAALwAAAAQA7QAGnwAAAAAAAAAA//////hWAAAAAAAAAgAAAAQA7QIBnwIAAAAUAAAABADtAAOfAAAAAAAAAAD/////FFcAAAAAAAACAAAABADtAgCfAgAAAAkAAAAEAO0ABJ8OAAAAEAAAAAQA7QIAnxAAAAAXAAAABADtAASfJAAAADQAAAAEAO0ABZ8AAAAAAAAAAP////8/VwAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QAEnxAAAAAZAAAABADtAASfAAAAAAAAAAD/////eFcAAAAAAAACAAAABADtAgCfAgAAAAoAAAAEAO0AA58AAAAAAAAAAP/////LVwAAAAAAAAIAAAAEAO0CAJ8CAAAABQAAAAQA7QADnwAAAAAAAAAA/////+RXAAAAAAAAAgAAAAQA7QIAnwIAAAAFAAAABADtAAOfAAAAAAAAAAD/////VFgAAAAAAAAfAAAABADtAAOfAAAAAAAAAAD/////XVgAAAAAAAAWAAAABADtAAGfAAAAAAAAAAD/////XVgAAAAAAAAWAAAABADtAAGfAAAAAAAAAAD/////wFgAAAAAAAACAAAABADtAgCfAgAAAFgAAAAEAO0AA58AAAAAAAAAAP/////PWAAAAAAAAAIAAAAEAO0CAZ8CAAAALwAAAAQA7QADny8AAAAyAAAABADtAgGfAAAAAAAAAAD/////4VgAAAAAAAACAAAABADtAgGfAgAAABIAAAAEAO0ABJ8SAAAAFAAAAAQA7QIBnxQAAAA3AAAABADtAAafAAAAAAAAAAD/////wlgAAAAAAAAQAAAABADtAAOfEAAAABIAAAAEAO0CAJ8SAAAAIgAAAAQA7QAEnyIAAAAkAAAABADtAgCfJAAAADQAAAAEAO0ABp80AAAANwAAAAQA7QIAnwAAAAAAAAAA/////zVZAAAAAAAAGAAAAAQA7QAEnwAAAAAAAAAA/////4FZAAAAAAAABwAAAAQA7QADnyQAAAAmAAAABADtAgCfAAAAAAAAAAD/////jFkAAAAAAAACAAAABADtAgCfAgAAAA0AAAAEAO0ABJ8AAAAAAAAAAP////+yWQAAAAAAAAIAAAAEAO0CAJ8CAAAACQAAAAQA7QACnwAAAAAAAAAA/////+NZAAAAAAAAAgAAAAQA7QIAnwIAAAAmAAAABADtAAGfAAAAAAAAAAD/////QQAAAAEAAAABAAAABADtAACfAAAAAAIAAAAEAO0CAJ8CAAAACgAAAAQA7QADnwAAAAAAAAAA/////wUAAAAAAAAARgAAAAIAMJ8BAAAAAQAAAAQA7QIAnwEAAAABAAAABADtAgCfAQAAAAEAAAAEAO0AAp8BAAAAAQAAAAQA7QIAnwEAAAABAAAABADtAgCfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgCfAQAAAAEAAAAEAO0AAJ8BAAAAAQAAAAQA7QACnwAAAAAAAAAA/////5MAAAAAAAAAAgAAAAQA7QIAnwIAAAAPAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgCfAAAAAAAAAAD/////rQAAAAAAAAAOAAAABADtAAOfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgGfAQAAAAEAAAAEAO0AAp8AAAAAAAAAAP/////vAAAAAQAAAAEAAAAEAO0CAZ8BAAAAAQAAAAQA7QAAnwAAAAAAAAAA/////+8AAAABAAAAAQAAAAQA7QIBnwEAAAABAAAABADtAACfAAAAAAAAAAD/////9AAAAAAAAAACAAAABADtAgGfAQAAAAEAAAAEAO0AAp8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0ABp8AAAAAAAAAAP////+7AQAAAAAAAAIAAAAEAO0CAJ8CAAAACgAAAAQA7QADnwAAAAAAAAAA/////+EBAAABAAAAAQAAAAQA7QIBnwEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAOfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAKfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAACfAAAAAAAAAAD/////AAAAAAEAAAABAAAABAAQgCCfAAAAAAAAAAD/////AAAAAAEAAAABAAAABAAQgCCfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgGfAAAAAAAAAAD/////vgAAAAEAAAABAAAAAgAwnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QIAnwEAAAABAAAABADtAAefAQAAAAEAAAACADCfAQAAAAEAAAAEAO0CAZ8BAAAAAQAAAAQA7QAInwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAGnwAAAAAAAAAA/////2gBAAABAAAAAQAAAAQA7QIAnwEAAAABAAAABADtAAmfAAAAAAAAAAD/////AAAAAAEAAAABAAAAAgAwnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QIAnwEAAAABAAAABADtAAefAAAAAAAAAAD/////uwEAAAEAAAABAAAABADtAAKfAQAAAAEAAAAEAO0CAZ8BAAAAAQAAAAQA7QACnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QAInwEAAAABAAAABADtAAafAAAAAAAAAAD/////0AEAAAAAAAACAAAABADtAgCfAgAAABQAAAAEAO0AA58AAAAAAAAAAP/////XAQAAAQAAAAEAAAAEAO0CAZ8AAAAAAAAAAP////94WgAAAAAAACMAAAAEAO0AAJ8AAAAAAAAAAP////94WgAAAAAAABUAAAAEAO0AAJ8VAAAAFwAAAAQA7QIBnxcAAAAjAAAABADtAAKfAAAAAAAAAAD/////g1oAAAAAAAACAAAABADtAgCfAgAAABgAAAAEAO0AAZ8AAAAAAAAAAP////+SWgAAAAAAAAkAAAAEAO0AAJ8AAAAAAAAAAP////+pWgAAAAAAAAEAAAAEAO0CAZ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAJ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0CAJ8BAAAAAQAAAAQA7QABnwAAAAAAAAAA/////wAAAAABAAAAAQAAAAQA7QIAnwEAAAABAAAABADtAAGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgGfAAAAAAAAAAD/////AAAAAAEAAAABAAAABADtAgCfAQAAAAEAAAAEAO0AAp8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0AAJ8AAAAAAAAAAP////8AAAAAAQAAAAEAAAAEAO0CAZ8AAAAAAAAAAAAAAAAQAAAABADtAAOfAAAAAAAAAAAAAAAAEAAAAAwA7QABn5MI7QACn5MIAAAAAAAAAAAAAAAAEAAAAAwA7QABn5MI7QACn5MIIgAAACcAAAACAJMIAAAAAAAAAAAQAAAAGwAAAAQAMJ+TCBsAAAAfAAAACgAwn5MI7QACn5MIHwAAACEAAAAMAO0AAZ+TCO0AAp+TCDwAAABDAAAACACTCO0AAp+TCAAAAAAAAAAAAAAAABAAAAAEAO0AA58AAAAAAAAAAAAAAAAQAAAADADtAAGfkwjtAAKfkwgAAAAAAAAAAAAAAAAQAAAADADtAAGfkwjtAAKfkwgiAAAAJwAAAAIAkwgAAAAAAAAAABAAAAAbAAAABgCTCDCfkwgbAAAAHwAAAAoA7QABn5MIMJ+TCB8AAAAhAAAADADtAAGfkwjtAAKfkwg8AAAAQwAAAAYA7QABn5MIAAAAAAAAAAASAAAAQgAAAAwA7QAAn5MI7QABn5MIAAAAAAAAAAB9AAAAfwAAAAQA7QAEn5AAAACiAAAABADtAASfrAAAAK4AAAAEAO0ABJ/TAAAA9gAAAAsAEICAgICAgID8f5/2AAAA+AAAAAQA7QAEn3cBAACrAQAABADtAASfsgEAALQBAAAEAO0ABJ8AAAAAAAAAAE8AAABeAAAAAgCTCF4AAABgAAAABgDtAgCfkwhgAAAAbQAAAAYA7QAAn5MIAAAAAAAAAABFAQAARwEAAAgAkwjtAgKfkwhHAQAAqwEAAAgAkwjtAAOfkwgAAAAAAAAAAF0BAABfAQAABADtAgOfAAAAAAAAAAAgAQAAIgEAAAQA7QIAnyIBAAApAQAABADtAAWfAAAAAAAAAACZAQAAmgEAAAgAkwjtAgKfkwicAQAAngEAAAYA7QIAn5MIngEAAKsBAAAGAO0AA5+TCMQBAADFAQAACACTCO0CAZ+TCAAAAAAAAAAAmgEAAJsBAAAHAO0CARABGp8AAAAAAAAAAOoBAADrAQAABADtAgCfAAAAAAAAAAAArp+AgAANLmRlYnVnX3JhbmdlcwoAAAANAQAADwEAAFUCAABWAgAAzgIAAM8CAABMAwAATgMAANoDAADbAwAAIQQAACMEAADtCgAAAAAAAAAAAAD6CgAAIgsAAP7////+/////v////7///8AAAAAAAAAAIcMAACLDAAAjAwAAJAMAAAAAAAAAAAAAAkOAAANDgAAAAAAAAEAAAAAAAAAAAAAAP7////+/////v////7///8AAAAAAAAAAP7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v///wAAAAABAAAA/v////7////+/////v///wAAAAAAAAAAFA4AAB4OAAD+/////v///wAAAAAAAAAAHw4AAFgOAABZDgAAvA4AAAAAAAAAAAAAvQ4AABkPAAD+/////v///wAAAAAAAAAAGg8AACQPAAD+/////v///wAAAAAAAAAA0RIAAKETAAD+/////v///wAAAAAAAAAAii0AAFsuAABiLgAAtS8AAAAAAAAAAAAAUyUAAL0lAADEJQAA8SUAAAAAAAAAAAAAbiUAAKAlAACpJQAArCUAAAAAAAAAAAAAVicAAG8nAABwJwAAHSkAAAAAAAAAAAAAtScAAMInAADWJwAAECkAAAAAAAAAAAAAoxMAAB4VAAAgFQAAwx4AAAAjAAAOIwAAECMAAMEvAADCLwAA7y8AAP7////+/////v////7////EHgAA3B4AAN0eAABTHwAAVR8AAIshAACMIQAAySEAAMohAAAAIgAAAiIAAI4iAACPIgAA/yIAAPAvAAD1LwAAAAAAAAAAAAD2LwAACzAAAP7////+////AAAAAAAAAAD+/////v////7////+/////v////7////+/////v////7////+////DDAAABAwAAD+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+////AAAAAAAAAAAWMAAAGzAAAP7////+/////v////7///8cMAAALzAAAAAAAAAAAAAAqDEAABE1AACBRwAA7EgAAAAAAAAAAAAA7zEAAAIyAAADMgAAJzIAAAAAAAAAAAAA4DIAAOwyAADtMgAAEzMAAAAAAAAAAAAAUzMAAF8zAABvMwAAdzMAAHkzAACtMwAAAAAAAAAAAADQMwAAETUAAIFHAADsSAAAAAAAAAAAAACKNAAAnzQAAKU0AAARNQAAgUcAAOxIAAAAAAAAAAAAAIo0AACfNAAApTQAABE1AACBRwAAG0gAAAAAAAAAAAAAeUgAAIVIAACTSAAAnUgAAJ9IAADTSAAAAAAAAAAAAABANQAArjUAALE1AADONwAA0UQAAIBHAAAAAAAAAAAAAEc3AABcNwAAYjcAAM43AADRRAAAgEcAAAAAAAAAAAAARzcAAFw3AABiNwAAzjcAANFEAABtRQAAAAAAAAAAAADoRgAAPEcAAE5HAAB2RwAAAAAAAAAAAADMOAAA0DgAANo4AADeOAAA4DgAAPM4AAD3OAAA+zgAAP84AAAIOQAAAAAAAAAAAADMOAAA0DgAANo4AADeOAAA4DgAAPM4AAD3OAAA+zgAAP84AAAIOQAAAAAAAAAAAABWOwAAdzsAAE88AAB3RAAAAAAAAAAAAAB3PAAAfTwAAIM8AACRPAAAnDwAALs8AAC/PAAAyTwAAAAAAAAAAAAAKz0AAFQ9AABzQQAAGEQAAExEAAB3RAAAAAAAAAAAAABzQQAAeUEAAH5BAADLQQAA0UEAANdBAAD3QQAA+UEAAABCAAAEQgAAC0IAABFCAAAWQgAAGEIAAB5CAAAgQgAAJkIAACpCAAAAAAAAAAAAAFtCAAAYRAAATEQAAHdEAAAAAAAAAAAAAPRCAAAYRAAATEQAAHdEAAAAAAAAAAAAAPRCAAAYRAAATEQAAHdEAAAAAAAAAAAAALBDAAAHRAAATEQAAHdEAAAAAAAAAAAAAFc9AAByQQAAGUQAAEtEAAAAAAAAAAAAAG89AAByQQAAGUQAAEtEAAAAAAAAAAAAAFdAAAByQQAAGUQAAEFEAAAAAAAAAAAAAFdAAAByQQAAGUQAAEFEAAAAAAAAAAAAAA1BAABhQQAAGUQAAEFEAAAAAAAAAAAAAPo7AAAAPAAABTwAAE48AAAAAAAAAAAAAIdEAACSRAAAlkQAAMJEAAAAAAAAAAAAABNJAAAZSwAAG0sAAIVLAACHSwAAwUsAAMdLAAB4TQAAgE0AAP9NAAAOTgAAeU8AAAAAAAAAAAAAIkkAABlLAAAbSwAAhUsAAIdLAADBSwAAx0sAAHhNAACATQAA/00AAA5OAAB5TwAAAAAAAAAAAABuSQAAeUkAAH5JAADASQAAAAAAAAAAAABJSwAAT0sAAFNLAABqSwAAbksAAIVLAAAAAAAAAAAAANlLAADkSwAA6UsAACtMAAAAAAAAAAAAAM5OAAAlTwAAN08AAGJPAAAAAAAAAAAAAKhPAADFTwAAx08AANFPAADhTwAAAlAAAAAAAAAAAAAAuU8AAMVPAADHTwAA0U8AAOFPAAACUAAAAAAAAAAAAAD+/////v////7////+/////v////7////+/////v////7////+////AAAAAAAAAAD+/////v////7////+/////v////7////+/////v////7////+////AAAAAAAAAAD+/////v////7////+/////v////7////+/////v////7////+////AAAAAAAAAAD+/////v////7////+/////v////7////+/////v////7////+////AAAAAAAAAAD+/////v////7////+/////v////7////+/////v////7////+////AAAAAAAAAAD+/////v////7////+/////v////7////+/////v////7////+////AAAAAAAAAAD+/////v////7////+/////v////7///8AAAAAAAAAAP7////+/////v////7///8AAAAAAAAAAP7////+/////v////7///8AAAAAAAAAAP7////+/////v////7////+/////v////7////+////AAAAAAAAAAA4UAAAO1AAAEdQAABgUAAAAAAAAAAAAADOUQAAVlIAAFxSAADJUwAAAAAAAAAAAADZUQAAVlIAAFxSAADJUwAAAAAAAAAAAADsUQAA91EAAPxRAAA+UgAAAAAAAAAAAAA/UgAAVlIAAFxSAABjUwAAAAAAAAAAAAA/UgAAVlIAAFxSAABjUwAAAAAAAAAAAAD8UwAAvVUAAL9VAADTVQAAAAAAAAAAAAAqVAAANVQAADpUAABjVAAAv1UAANNVAAAAAAAAAAAAAGRUAAB7VAAAgVQAAIpVAAAAAAAAAAAAAGRUAAB7VAAAgVQAAIpVAAAAAAAAAAAAAEBWAABGVgAASlYAAGtWAAAAAAAAAAAAAHFWAADtVgAA81YAACJYAAAAAAAAAAAAAINWAACOVgAAk1YAANVWAAAAAAAAAAAAANZWAADtVgAA81YAAPpXAAAAAAAAAAAAANZWAADtVgAA81YAAPpXAAAAAAAAAAAAALhYAADcWQAA3lkAAAlaAAAAAAAAAAAAALhYAADcWQAA3lkAAAlaAAAAAAAAAAAAAHZZAADNWQAA3lkAAAlaAAAAAAAAAAAAAP7////+/////v////7///8AAAAAAAAAAP7////+/////v////7////+/////v////7////+/////v////7///8AAAAAAAAAAP7////+/////v////7////+/////v////7////+/////v////7///8AAAAAAAAAAGgxAAD3SAAA+UgAAHtPAAB9TwAABVAAAP7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+////DFoAAG9aAAAHUAAA0lMAANRTAAALWgAA/v////7////+/////v///wAAAAAAAAAA/v////7///94WgAAyloAAP7////+////AAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAw7mAgAANLmRlYnVnX2FiYnJldgERASUOEwUDDhAXGw4RAVUXAAACNAADDkkTPxk6CzsLiAEPAhgAAAMBAUkTAAAEIQBJEzcLAAAFJAADDj4LCwsAAAYkAAMOCws+CwAABzQAAw5JEz8ZOgs7CwIYAAAINQBJEwAACQ8AAAAKNAADDkkTOgs7CwIYAAALDwBJEwAADC4BEQESBkAYAw46CzsLJxk/GQAADQUAAhgDDjoLOwtJEwAADgsBEQESBgAADzQAAhgDDjoLOwtJEwAAEC4BEQESBkAYAw46CzsLJxlJEz8ZAAARLgARARIGQBgDDjoLOwsnGT8ZAAASJgBJEwAAExYASRMDDjoLOwsAAAABEQElDhMFAw4QFxsOEQFVFwAAAi4BEQESBkAYl0IZAw46CzsLJxlJEz8ZAAADBQACFwMOOgs7C0kTAAAENAACFwMOOgs7C0kTAAAFGAAAAAaJggEAMRMRAQAABy4BAw46CzsLJxlJEzwZPxkAAAgFAEkTAAAJJAADDj4LCwsAAAo3AEkTAAALDwBJEwAADBYASRMDDjoLOwUAAA0TAQMOCws6CzsLAAAODQADDkkTOgs7CzgLAAAPFQFJEycZAAAQFgBJEwMOOgs7CwAAESYASRMAABI1AEkTAAATDwAAABQTAAMOPBkAABUWAEkTAw4AAAABEQElDhMFAw4QFxsOEQESBgAAAg8AAAADDwBJEwAABBMBAw4LCzoLOwUAAAUNAAMOSRM6CzsFOAsAAAYmAEkTAAAHFgBJEwMOOgs7CwAACCQAAw4+CwsLAAAJLgERARIGQBiXQhkDDjoLOwsnGUkTPxkAAAoFAAIXAw46CzsLSRMAAAs0AAIYAw46CzsLSRMAAAw0AAMOOgs7C0kTAAANNAACFwMOOgs7C0kTAAAOCwERARIGAAAPAQFJEwAAECEASRM3CwAAESQAAw4LCz4LAAASFgBJEwMOOgs7BQAAExMBAw4LCzoLOwsAABQNAAMOSRM6CzsLOAsAABUVAUkTJxkAABYFAEkTAAAXNQBJEwAAGBMAAw48GQAAAAERASUOEwUDDhAXGw4RAVUXAAACNAADDkkTPxk6CzsLAhgAAAMWAEkTAw46CzsFAAAEEwEDDgsLOgs7CwAABQ0AAw5JEzoLOws4CwAABiQAAw4+CwsLAAAHDwBJEwAACBUBSRMnGQAACQUASRMAAAoWAEkTAw46CzsLAAALJgBJEwAADDUASRMAAA0PAAAADhMAAw48GQAADzQAAw5JEzoLOwsCGAAAEAEBSRMAABEhAEkTNwUAABIkAAMOCws+CwAAEy4BEQESBkAYl0IZAw46CzsLJxlJEwAAFAUAAw46CzsLSRMAAAABEQElDhMFAw4QFxsOEQESBgAAAhYASRMDDjoLOwsAAAMkAAMOPgsLCwAABC4BEQESBkAYl0IZAw46CzsLJxlJEz8ZAAAFBQACFwMOOgs7C0kTAAAGNAACFwMOOgs7C0kTAAAHDwBJEwAACA8AAAAAAREBJQ4TBQMOEBcbDhEBVRcAAAIuAREBEgZAGJdCGQMOOgs7CycZSRM/GQAAAwUAAw46CzsLSRMAAAQuAREBEgZAGJdCGQMOOgs7CycZPxkAAAUkAAMOPgsLCwAABg8ASRMAAAcWAEkTAw46CzsLAAAIEwEDDgsLOgs7CwAACQ0AAw5JEzoLOws4CwAAChUBSRMnGQAACwUASRMAAAwWAEkTAw46CzsFAAANJgBJEwAADjUASRMAAA8PAAAAEAEBSRMAABEhAEkTNwsAABITAAMOPBkAABMkAAMOCws+CwAAAAERASUOEwUDDhAXGw4RAVUXAAACNAADDkkTOgs7CwIYAAADAQFJEwAABCEASRM3CwAABQ8AAAAGJAADDgsLPgsAAAckAAMOPgsLCwAACC4AEQESBkAYl0IZAw46CzsLJxlJEz8ZAAAJLgERARIGQBiXQhkDDjoLOwsnGT8ZAAAKBQADDjoLOwtJEwAACy4BEQESBkAYl0IZAw46CzsLJxlJEz8ZAAAMLgARARIGQBiXQhkDDjoLOwsnGT8ZAAANBQACFwMOOgs7C0kTAAAOCwFVFwAADzQAAhcDDjoLOwtJEwAAEC4BEQESBkAYl0IZAw46CzsLJxk/GYcBGQAAEYmCAQAxExEBAAASLgEDDjoLOwsnGTwZPxmHARkAABMFAEkTAAAUBQACGAMOOgs7C0kTAAAVLgERARIGQBiXQhkDDjoLOwUnGUkTPxkAABYFAAMOOgs7BUkTAAAXBQBJEzQZAAAYLgERARIGQBiXQhkDDjoLOwUnGT8ZAAAZBQACFwMOOgs7BUkTAAAaNAADDjoLOwVJEwAAGy4AAw46CzsLJxlJEzwZPxkAABwPAEkTAAAdNQAAAB4WAEkTAw46CzsLAAAfNwBJEwAAIBMBCws6CzsLAAAhDQADDkkTOgs7CzgLAAAiFwELCzoLOwsAACM1AEkTAAAkJgBJEwAAJRYASRMDDjoLOwUAACYTAQsLOgs7BQAAJw0AAw5JEzoLOwU4CwAAKBMBAw4LCzoLOwUAACkTAQMOCws6CzsLAAAqDQADDkkTOgs7CwsLDQsMCzgLAAArFQEnGQAALBMAAw48GQAALRUBSRMnGQAALiYAAAAvFQAnGQAAAAERASUOEwUDDhAXGw4RAVUXAAACNAADDkkTPxk6CzsLAhgAAAMmAEkTAAAEDwBJEwAABTUASRMAAAYkAAMOPgsLCwAABzQAAw5JEzoLOwsCGAAACBYASRMDDjoLOwUAAAkTAQMOCws6CzsLAAAKDQADDkkTOgs7CzgLAAALFQFJEycZAAAMBQBJEwAADRYASRMDDjoLOwsAAA4PAAAADxMAAw48GQAAEAEBSRMAABEhAEkTNwsAABIkAAMOCws+CwAAEy4AEQESBkAYl0IZAw46CzsLJxlJEz8ZAAAULgARARIGQBiXQhkDDjoLOwsnGT8ZAAAAAREBJQ4TBQMOEBcbDhEBVRcAAAI0AAMOSRM6CzsLAhgAAAM1AEkTAAAEDwBJEwAABRYASRMDDjoLOwUAAAYTAQMOCws6CzsLAAAHDQADDkkTOgs7CzgLAAAIJAADDj4LCwsAAAkVAUkTJxkAAAoFAEkTAAALFgBJEwMOOgs7CwAADCYASRMAAA0PAAAADhMAAw48GQAADy4BEQESBkAYl0IZAw46CzsLJxk/GQAAEDQAAhcDDjoLOwtJEwAAEYmCAQAxExEBAAASLgERARIGQBiXQhkDDjoLOwsnGQAAEwUAAhcDDjoLOwtJEwAAAAERASUOEwUDDhAXGw4RAVUXAAACLgERARIGQBiXQhkDDjoLOwsnGUkTPxkAAAMFAAIXAw46CzsLSRMAAAQuABEBEgZAGJdCGQMOOgs7Cz8ZAAAFJAADDj4LCwsAAAYPAEkTAAAHFgBJEwMOOgs7BQAACBMBAw4LCzoLOwsAAAkNAAMOSRM6CzsLOAsAAAoVAUkTJxkAAAsFAEkTAAAMFgBJEwMOOgs7CwAADSYASRMAAA41AEkTAAAPDwAAABATAAMOPBkAAAABEQElDhMFAw4QFxsOEQFVFwAAAiQAAw4+CwsLAAADLgERARIGQBiXQhkDDjoLOwsnGUkTPxkAAAQFAAIYAw46CzsLSRMAAAUFAAMOOgs7C0kTAAAGiYIBADETEQEAAAcWAEkTAw46CzsFAAAIDwBJEwAACRMAAw48GQAAAAERASUOEwUDDhAXGw4RARIGAAACJAADDj4LCwsAAAMWAEkTAw46CzsLAAAEDwBJEwAABSYAAAAGDwAAAAcuAREBEgZAGJdCGQMOOgs7CycZSRM/GQAACAUAAhcDDjoLOwtJEwAACTQAAhcDDjoLOwtJEwAACgsBEQESBgAACzQAAw46CzsLSRMAAAwmAEkTAAAAAREBJQ4TBQMOEBcbDhEBEgYAAAIuAREBEgZAGJdCGQMOOgs7CycZSRM/GQAAAwUAAhgDDjoLOwtJEwAABDQAAhcDDjoLOwtJEwAABYmCAQAxExEBAAAGLgEDDjoLOwsnGUkTPBk/GQAABwUASRMAAAgPAAAACQ8ASRMAAAomAAAACyQAAw4+CwsLAAAMFgBJEwMOOgs7CwAADSYASRMAAAABEQElDhMFAw4QFxsOEQESBgAAAjQAAw5JEzoLOwsCGAAAAyQAAw4+CwsLAAAELgARARIGQBiXQhkDDjoLOwsnGUkTPxkAAAUPAEkTAAAAAREBJQ4TBQMOEBcbDhEBEgYAAAIuAREBEgZAGJdCGQMOOgs7CycZSRM/GQAAAwUAAhcDDjoLOwtJEwAABDQAAhcDDjoLOwtJEwAABYmCAQAxExEBAAAGFwELCzoLOwsAAAcNAAMOSRM6CzsLOAsAAAgkAAMOPgsLCwAACRYASRMDDjoLOwsAAAoPAEkTAAAAAREBJQ4TBQMOEBcbDhEBEgYAAAIWAEkTAw46CzsLAAADJAADDj4LCwsAAAQPAEkTAAAFLgERARIGQBiXQhkDDjoLOwsnGUkTAAAGBQACFwMOOgs7C0kTAAAHNAACFwMOOgs7C0kTAAAIiYIBADETEQEAAAkuAQMOOgs7CycZSRM8GT8ZAAAKBQBJEwAACw8AAAAMNwBJEwAADSYAAAAOJgBJEwAAAAERASUOEwUDDhAXGw4RAVUXAAACLgERARIGQBiXQhkDDjoLOwsnGUkTPxkAAAMFAAIXAw46CzsLSRMAAAQ0AAIXAw46CzsLSRMAAAULAREBEgYAAAaJggEAMRMRAQAABy4BAw46CzsLJxlJEzwZPxkAAAgFAEkTAAAJDwAAAAo3AEkTAAALDwBJEwAADCYAAAANFgBJEwMOOgs7CwAADiQAAw4+CwsLAAAPNAADDjoLOwtJEwAAEBYASRMDDjoLOwUAABETAQMOCws6CzsLAAASDQADDkkTOgs7CzgLAAATFQFJEycZAAAUJgBJEwAAFTUASRMAABYTAAMOPBkAAAABEQElDhMFAw4QFxsOEQFVFwAAAjQAAw5JEzoLOwsCGAAAAwEBSRMAAAQhAEkTNwsAAAUmAEkTAAAGJAADDj4LCwsAAAckAAMOCws+CwAACAQBSRMLCzoLOwsAAAkoAAMOHA8AAAoPAEkTAAALFgBJEwMOOgs7CwAADA8AAAANLgERARIGQBiXQhkDDjoLOwUnGUkTPxkAAA4FAAIXAw46CzsFSRMAAA80AAIYAw46CzsFSRMAABA0AAIXAw46CzsFSRMAABE0AAMOOgs7BUkTAAASiYIBADETEQEAABMuAREBEgZAGJdCGQMOOgs7BScZSRMAABQKAAMOOgs7BQAAFS4BEQESBkAYl0IZAw46CzsLJxkAABYFAAIXAw46CzsLSRMAABcuAQMOOgs7CycZSRM8GT8ZAAAYBQBJEwAAGS4BEQESBkAYl0IZAw46CzsLJxlJEwAAGjQAAhcDDjoLOwtJEwAAGzQAAhgDDjoLOwtJEwAAHAUAAhgDDjoLOwVJEwAAHQsBEQESBgAAHgsBVRcAAB8FAAIYAw46CzsLSRMAACAXAQsLOgs7CwAAIQ0AAw5JEzoLOws4CwAAIhcBAw4LCzoLOwsAACMWAEkTAw4AACQVAScZAAAlFQFJEycZAAAmFgBJEwMOOgs7BQAAJxMBAw4LCzoLOwsAACg1AEkTAAApEwADDjwZAAAqNwBJEwAAKyEASRM3BQAAAAERASUOEwUDDhAXGw4RAVUXAAACLgERARIGQBiXQhkDDjoLOwsnGUkTPxkAAAMFAAIXAw46CzsLSRMAAAQ0AAIYAw46CzsLSRMAAAU0AAIXAw46CzsLSRMAAAYkAAMOPgsLCwAABxYASRMDDjoLOwsAAAgWAEkTAw46CzsFAAAJEwEDDgsLOgs7BQAACg0AAw5JEzoLOwU4CwAAAAERASUOEwUDDhAXGw4AAAI0AAMOSRM/GToLOwsCGAAAAxMBAw4LCzoLOwsAAAQNAAMOSRM6CzsLOAsAAAUkAAMOPgsLCwAABjUASRMAAAcPAEkTAAAIFgBJEwMOOgs7CwAACQ8AAAAKAQFJEwAACyEASRM3CwAADCYASRMAAA0TAAMOPBkAAA4kAAMOCws+CwAAAAERASUOEwUDDhAXGw4RAVUXAAACNAADDkkTOgs7CwAAAyQAAw4+CwsLAAAENAADDkkTOgs7CwIYAAAFFgBJEwMOOgs7CwAABg8ASRMAAAcTAQMOCwU6CzsLAAAIDQADDkkTOgs7CzgLAAAJDQADDkkTOgs7CzgFAAAKAQFJEwAACyEASRM3CwAADCQAAw4LCz4LAAANFgBJEwMOOgs7BQAADhMBAw4LCzoLOwsAAA8TAQMOCws6CzsFAAAQDQADDkkTOgs7BTgLAAARLgERARIGQBiXQhkDDjoLOwsnGUkTPxkAABIFAAIXAw46CzsLSRMAABM0AAMOOgs7C0kTAAAULgARARIGQBiXQhkDDjoLOwsnGUkTPxkAABUFAAIYAw46CzsLSRMAABYFAAMOOgs7C0kTAAAXNAACFwMOOgs7C0kTAAAYiYIBADETEQEAABkuAQMOOgs7CycZPBk/GQAAGgUASRMAABsmAEkTAAAcGAAAAAABEQElDhMFAw4QFxsOEQESBgAAAi4AEQESBkAYl0IZAw46CzsLJxlJEz8ZAAADFgBJEwMOOgs7BQAABCQAAw4+CwsLAAAAAREBJQ4TBQMOEBcbDhEBVRcAAAI0AAMOSRM6CzsLAhgAAAMTAQMOCws6CzsLAAAEDQADDkkTOgs7CzgLAAAFDQADDkkTOgs7CwsLDQsMCzgLAAAGEwELCzoLOwsAAAcPAEkTAAAIFgBJEwMOOgs7CwAACSQAAw4+CwsLAAAKNQBJEwAACw8AAAAMFQEnGQAADQUASRMAAA41AAAADxYASRMDDjoLOwUAABABAUkTAAARIQBJEzcLAAASJgBJEwAAExMAAw48GQAAFCQAAw4LCz4LAAAVLgARARIGQBiXQhkDDjoLOwsnGUkTPxkAABYuABEBEgZAGJdCGQMOOgs7C0kTAAAXLgERARIGQBiXQhkDDjoLOwsnGQAAGImCAQAxExEBAAAZLgADDjoLOwsnGUkTPBk/GQAAAAERASUOEwUDDhAXGw4RARIGAAACJAADDj4LCwsAAAMWAEkTAw46CzsFAAAEDwBJEwAABRMBAw4LCzoLOwsAAAYNAAMOSRM6CzsLOAsAAAcNAAMOSRM6CzsLCwsNCwwLOAsAAAgTAQsLOgs7CwAACRYASRMDDjoLOwsAAAo1AEkTAAALDwAAAAwVAScZAAANBQBJEwAADjUAAAAPAQFJEwAAECEASRM3CwAAESYASRMAABImAAAAEyQAAw4LCz4LAAAULgERARIGQBiXQhkDDjoLOwsnGUkTPxkAABUFAAIXAw46CzsLSRMAABYFAAMOOgs7C0kTAAAXNwBJEwAAGBMBAw4LCzoLOwUAABkNAAMOSRM6CzsFOAsAAAABEQElDhMFAw4QFxsOEQESBgAAAi4BEQESBkAYl0IZAw46CzsLJxlJEz8ZAAADBQACFwMOOgs7C0kTAAAEiYIBADETEQEAAAUuAQMOOgs7CycZSRM8GT8ZAAAGBQBJEwAABxYASRMDDjoLOwsAAAgkAAMOPgsLCwAACTcASRMAAAoPAEkTAAALFgBJEwMOOgs7BQAADBMBAw4LCzoLOwUAAA0NAAMOSRM6CzsFOAsAAAABEQElDhMFAw4QFxsOEQFVFwAAAjQAAw5JEzoLOwUCGAAAAxMBAw4LBToLOwUAAAQNAAMOSRM6CzsFOAsAAAUNAAMOSRM6CzsFOAUAAAYWAEkTAw46CzsFAAAHJAADDj4LCwsAAAgWAEkTAw46CzsLAAAJDwBJEwAAChMBAw4LCzoLOwUAAAsBAUkTAAAMIQBJEzcLAAANJAADDgsLPgsAAA4PAAAADzUASRMAABAuAQMOOgs7BScZSRMgCwAAEQUAAw46CzsFSRMAABI0AAMOOgs7BUkTAAATCwEAABQuAQMOOgs7BScZIAsAABUuAREBEgZAGJdCGQMOOgs7BScZSRMAABYFAAIXAw46CzsFSRMAABcLAREBEgYAABg0AAIXAw46CzsFSRMAABkKAAMOOgs7BREBAAAaCwFVFwAAGx0BMRNVF1gLWQVXCwAAHAUAMRMAAB00AAIXMRMAAB40ADETAAAfHQExExEBEgZYC1kFVwsAACAFAAIXMRMAACGJggEAMRMRAQAAIi4BAw46CzsLJxlJEzwZPxkAACMFAEkTAAAkLgERARIGQBiXQhkDDjoLOwUnGQAAJQoAAw46CzsFAAAmNwBJEwAAJyYAAAAoLgERARIGQBiXQhkxEwAAKS4AEQESBkAYl0IZAw46CzsFJxlJEwAAKi4BEQESBkAYl0IZAw46CzsFSRMAACsFAAIYAw46CzsFSRMAACw0ABwPMRMAAAABEQElDhMFAw4QFxsOEQESBgAAAi4AEQESBkAYl0IZAw46CzsLJxlJEz8ZAAADFgBJEwMOOgs7CwAABCQAAw4+CwsLAAAAAREBJQ4TBQMOEBcbDhEBVRcAAAI0AAMOSRM6CzsLAhgAAAMWAEkTAw46CzsLAAAEJAADDj4LCwsAAAUPAAAABi4AEQESBkAYl0IZAw46CzsLJxlJEz8ZAAAHLgERARIGQBiXQhkxEwAACAUAAhcxEwAACTQAAhcxEwAACjQAMRMAAAsKADETEQEAAAyJggEAMRMRAQAADS4AAw46CzsLJxlJEzwZPxkAAA4uAQMOOgs7CycZSRM8GT8ZAAAPBQBJEwAAEC4BAw46CzsLJxlJEz8ZIAsAABEFAAMOOgs7C0kTAAASNAADDjoLOwtJEwAAEwoAAw46CzsLAAAUDwBJEwAAFS4BEQESBkAYl0IZAw46CzsLJxlJEz8ZAAAWBQACFwMOOgs7C0kTAAAXHQExExEBEgZYC1kLVwsAABgFABwNMRMAABk0ABwPMRMAAAABEQElDhMFAw4QFxsOEQESBgAAAiQAAw4+CwsLAAADLgERARIGQBiXQhkDDjoLOwsnGUkTPxkAAAQFAAIXAw46CzsLSRMAAAU0AAIXAw46CzsLSRMAAAY0ABwNAw46CzsLSRMAAAcWAEkTAw46CzsLAAAIFwELCzoLOwsAAAkNAAMOSRM6CzsLOAsAAAoTAQsLOgs7CwAACyYASRMAAAABEQElDhMFAw4QFxsOEQESBgAAAiQAAw4+CwsLAAADLgERARIGQBiXQhkDDjoLOwsnGUkTPxkAAAQFAAIXAw46CzsLSRMAAAU0AAIXAw46CzsLSRMAAAY0ABwNAw46CzsLSRMAAAcWAEkTAw46CzsLAAAIFwELCzoLOwsAAAkNAAMOSRM6CzsLOAsAAAoTAQsLOgs7CwAACyYASRMAAAABEQElDhMFAw4QFxsOEQESBgAAAjQAAw5JEzoLOwscDwAAAyYASRMAAAQkAAMOPgsLCwAABRYASRMDDgAABhYASRMDDjoLOwsAAAcuAQMOOgs7CycZSRMgCwAACAUAAw46CzsLSRMAAAk0AAMOOgs7C0kTAAAKCwEAAAsuAQAADBcBCws6CzsLAAANDQADDkkTOgs7CzgLAAAOLgERARIGQBiXQhkDDjoLOwsnGUkTPxkAAA8dATETVRdYC1kLVwsAABA0AAIXMRMAABE0ABwNMRMAABI0ADETAAATNAAcDzETAAAUCwERARIGAAAVCwFVFwAAFh0BMRMRARIGWAtZC1cLAAAXBQACGDETAAAAAPCcgoAACy5kZWJ1Z19saW5lnQgAAAQAhwAAAAEBAfsODQABAQEBAAAAAQAAAS4uLy4uLy4uLy4uL2ZpeHR1cmVzL2Vtc2NyaXB0ZW4tY29tbW9uAC91c3Ivc2hhcmUvZW1zY3JpcHRlbi9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwAAcHJvZ3JhbS5jAAEAAGFsbHR5cGVzLmgAAgAAAAAFAgoAAAADEgEABQJcAAAAAwEFDwoBAAUCZwAAAAUWBgEABQJyAAAABRoBAAUCeQAAAAUYAQAFAogAAAAFAwEABQKYAAAABSoBAAUCpAAAAAUxAQAFAqsAAAAFMwEABQKyAAAABTEBAAUCzAAAAAUvAQAFAtMAAAAFNwEABQLhAAAABScBAAUC7QAAAAUeAQAFAgYBAAAFAwEABQIIAQAAAQAFAgsBAAADAQUBBgEABQINAQAAAAEBAAUCDwEAAAMWAQAFAnYBAAADAQUWCgEABQJ9AQAABRIGAQAFAoQBAAADAQUPBgEABQKPAQAABRYGAQAFApoBAAAFGgEABQKhAQAABRgBAAUCsAEAAAUDAQAFAsABAAAFOQEABQLHAQAABT4BAAUC0gEAAAVGAQAFAtkBAAAFSAEABQLkAQAABUQBAAUC6wEAAAVNAQAFAvYBAAAFIgEABQL9AQAABSQBAAUCBAIAAAUiAQAFAgsCAAAFJwEABQISAgAABR4BAAUCKwIAAAUDAQAFAi0CAAABAAUCMAIAAAMBBQcGAQAFAjcCAAAFCgYBAAUCPgIAAAUDAQAFAkQCAAADAQUBBgEABQJVAgAAAAEBAAUCVgIAAAMdAQAFAocCAAADAQUNCgEABQKSAgAABQkGAQAFApkCAAADAQUIBgEABQKgAgAABREGAQAFAqcCAAAFAwEABQK0AgAAAwEFCgYBAAUCuwIAAAUDBgEABQLOAgAAAAEBAAUCzwIAAAMjAQAFAgIDAAADAQUYCgEABQIJAwAABR0GAQAFAhQDAAAFDQEABQIaAwAABQkBAAUCIQMAAAMBBRgGAQAFAigDAAAFAwYBAAUCMgMAAAMBBQoGAQAFAjkDAAAFAwYBAAUCTAMAAAABAQAFAk4DAAADKQEABQKFAwAAAwEFFAoBAAUCjAMAAAUZBgEABQKXAwAABQ0BAAUCnQMAAAUJAQAFAqQDAAADAQUYBgEABQKrAwAABRoGAQAFArYDAAAFAwEABQLAAwAAAwEFCgYBAAUCxwMAAAUDBgEABQLaAwAAAAEBAAUC2wMAAAMvAQAFAuoDAAADAQUMCgEABQL1AwAABQoGAQAFAgEEAAADAQUIBgEABQINBAAABQMGAQAFAh8EAAADAQUBBgEABQIhBAAAAAEBAAUCIwQAAAM0AQAFApoFAAADAgUKCgEABQKlBQAABQ8GAQAFArAFAAAFEQEABQLDBQAABQMBAAUC0wUAAAMBBQ8GAQAFAt4FAAAFCgYBAAUC5QUAAAUFAQAFAvwFAAAFDQEABQIDBgAAAwEFDwYBAAUCCgYAAAUKBgEABQIoBgAABRkBAAUCLwYAAAUFAQAFAjwGAAADfgUXBgEABQJVBgAABQMGAQAFAlcGAAABAAUCWgYAAAMEBQoGAQAFAmUGAAAFDwYBAAUCcAYAAAURAQAFAoMGAAAFAwEABQKTBgAAAwEFEwYBAAUCpAYAAAUOBgEABQKrBgAABQwBAAUCtgYAAAUFAQAFAs0GAAAFEQEABQLUBgAAAwEFEgYBAAUC2wYAAAUQBgEABQLmBgAABQkBAAUCBAcAAAUFAQAFAg8HAAADfgUXBgEABQIoBwAABQMGAQAFAioHAAABAAUCLQcAAAMFBQ8GAQAFAjgHAAAFCwYBAAUCPwcAAAMBBQoGAQAFAkYHAAAFBQYBAAUCVwcAAAMBBREGAQAFAl4HAAAFCQYBAAUCawcAAAUHAQAFAnIHAAADAQUKBgEABQJ5BwAABQUGAQAFAooHAAADAQUPBgEABQKRBwAABQ0GAQAFAp0HAAADAgUiBgEABQKpBwAABQMGAQAFAscHAAADAQYBAAUCzwcAAAMCBQgBAAUC2wcAAAUDBgEABQLfBwAAAwEFCAYBAAUC6wcAAAUDBgEABQLvBwAAAwEFCAYBAAUC+wcAAAUDBgEABQL/BwAAAwEFIgYBAAUCCwgAAAUDBgEABQIpCAAAAwEGAQAFAjEIAAADAgUKAQAFAjwIAAAFDwYBAAUCRwgAAAURAQAFAloIAAAFAwEABQJqCAAABS8BAAUCcQgAAAUpAQAFAncIAAAFJAEABQJ+CAAABSIBAAUCiQgAAAUbAQAFAqAIAAAFJwEABQKnCAAABRcBAAUCwAgAAAUDAQAFAsIIAAABAAUCxQgAAAMBBQoGAQAFAtAIAAAFDwYBAAUC2wgAAAURAQAFAu4IAAAFAwEABQL+CAAABTYBAAUCBQkAAAU0AQAFAhAJAAAFKgEABQIWCQAABSUBAAUCHQkAAAUjAQAFAigJAAAFGwEABQJCCQAABSgBAAUCSgkAAAUXAQAFAmkJAAAFAwEABQJrCQAAAQAFAm4JAAADAQUiBgEABQJ9CQAABQMGAQAFAqIJAAADAQYBAAUCrAkAAAMCAQAFAq4JAAADAQUIAQAFAr0JAAAFAwYBAAUCwgkAAAMBBQgGAQAFAtEJAAAFAwYBAAUC1gkAAAMBBQgGAQAFAuUJAAAFAwYBAAUC6gkAAAMBBQgGAQAFAvkJAAAFAwYBAAUC/gkAAAMBBQoGAQAFAgsKAAAFDwYBAAUCFwoAAAURAQAFAjIKAAAFAwEABQJHCgAABSYBAAUCTwoAAAUhAQAFAncKAAAFHAEABQJ8CgAABRgBAAUCmwoAAAUDAQAFAp0KAAABAAUCoAoAAAMBBSIGAQAFAq8KAAAFAwYBAAUCxQoAAAMBBgEABQLPCgAAAwEBAAUC7QoAAAABAVMBAAAEABQBAAABAQH7Dg0AAQEBAQAAAAEAAAFzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RkaW8Ac3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2luY2x1ZGUvLi4vLi4vaW5jbHVkZQBzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvaW50ZXJuYWwAZGViaWFuL2VtX2NhY2hlL3N5c3Jvb3QvaW5jbHVkZS9iaXRzAC91c3IvbGliL2xsdm0tMTQvbGliL2NsYW5nLzE0LjAuNi9pbmNsdWRlAABwcmludGYuYwABAABzdGRpby5oAAIAAHN0ZGlvX2ltcGwuaAADAABhbGx0eXBlcy5oAAQAAHN0ZGFyZy5oAAUAAAAABQL6CgAAAwUBAAUCBgsAAAMDBQIKAQAFAg0LAAADAQUIAQAFAhgLAAADAgUCAQAFAiILAAAAAQECAwAABADZAAAAAQEB+w4NAAEBAQEAAAABAAABZGViaWFuL2VtX2NhY2hlL3N5c3Jvb3QvaW5jbHVkZS9iaXRzAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvd2FzaQBzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RkaW8Ac3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2ludGVybmFsAABhbGx0eXBlcy5oAAEAAGFwaS5oAAIAAF9fc3RkaW9fd3JpdGUuYwADAABzdGRpb19pbXBsLmgABAAAAAAFAiQLAAADBAQDAQAFAjwLAAADAgUUCgEABQJDCwAABQMGAQAFAkgLAAAFKQEABQJPCwAAAwEFAwYBAAUCXQsAAAN/BS0BAAUCZAsAAAUDBgEABQJpCwAAAwQFHgYBAAUCdAsAAAN7BRkBAAUCewsAAAMLBS0BAAUCiAsAAAUaBgEABQKWCwAABQcBAAUCmAsAAAEABQKaCwAAAwMFCQYBAAUCowsAAAMEBQsBAAUCpgsAAAUHBgEABQKsCwAAAwUFCwYBAAUCrwsAAAMGBRQBAAUCuAsAAAN/BQcBAAUCvwsAAAMFBSQBAAUCzgsAAAN8BQcBAAUC0gsAAAMEBS0BAAUC1QsAAAUTBgEABQLeCwAAAwEFCgYBAAUC4QsAAAUSBgEABQLvCwAAA3oFBwYBAAUC9gsAAANvBS0BAAUC/wsAAAMSBQcBAAUCDAwAAANuBRoBAAUCFQwAAAUHBgEABQIXDAAAAQAFAiAMAAADBwULBgEABQIhDAAABQcGAQAFAiQMAAADAQURBgEABQIrDAAAAwEFFwEABQIwDAAABQwGAQAFAjcMAAADfwUaBgEABQJADAAABRUGAQAFAkEMAAAFDAEABQJTDAAAAwUFFwYBAAUCWgwAAAUhBgEABQJdDAAAAwEFDQYBAAUCbgwAAAMBBRIBAAUCcQwAAAUoBgEABQJ4DAAABSABAAUCfAwAAAMKBQEGAQAFAoYMAAAAAQHwAAAABACkAAAAAQEB+w4NAAEBAQEAAAABAAABc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2ludGVybmFsAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwBzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RkaW8AAHN0ZGlvX2ltcGwuaAABAABhbGx0eXBlcy5oAAIAAHN0ZG91dC5jAAMAAAAABQKHDAAAAwsEAwEABQKKDAAAAwEFAgoBAAUCiwwAAAABAQAFAowMAAADBQQDAQAFAo8MAAADAQUCCgEABQKQDAAAAAEBpgMAAAQAcwAAAAEBAfsODQABAQEBAAAAAQAAAWRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwBzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RyaW5nAABhbGx0eXBlcy5oAAEAAG1lbXNldC5jAAIAAAAABQKSDAAAAwQEAgEABQKbDAAAAwgFBgoBAAUCogwAAAMBBQcBAAUCqQwAAAMBBQUBAAUCsgwAAAUCBgEABQKzDAAABQkBAAUCvAwAAAMBBQgGAQAFAr0MAAAFBgYBAAUCvwwAAAMCBQcGAQAFAsYMAAADfwEABQLRDAAAAwMFAgEABQLSDAAABQkGAQAFAtsMAAADfwUCBgEABQLcDAAABQkGAQAFAuUMAAADAgUIBgEABQLmDAAABQYGAQAFAugMAAADAQUHBgEABQLzDAAAAwEFAgEABQL0DAAABQkGAQAFAv0MAAADAQUIBgEABQL+DAAABQYGAQAFAgQNAAADBwYBAAUCCQ0AAAUUBgEABQIKDQAAAwEFBAYBAAUCFA0AAAMIBRwBAAUCGg0AAAUaBgEABQIbDQAAAwgFEAYBAAUCIA0AAANxBQQBAAUCKQ0AAAMBAQAFAioNAAADDwUMAQAFAjENAAAFDgYBAAUCMg0AAAUSAQAFAjsNAAADAQUIBgEABQI8DQAABQYGAQAFAj4NAAADAgUQBgEABQJFDQAAA38BAAUCUA0AAAMDBQ4BAAUCUQ0AAAUSBgEABQJaDQAAA38FDgYBAAUCWw0AAAUTBgEABQJkDQAAAwIFCAYBAAUCZQ0AAAUGBgEABQJnDQAAAwQFEQYBAAUCbg0AAAN/AQAFAnUNAAADfwEABQJ8DQAAA38BAAUChw0AAAMHBQ4BAAUCiA0AAAUTBgEABQKRDQAAA38FDgYBAAUCkg0AAAUTBgEABQKbDQAAA38FDgYBAAUCnA0AAAUTBgEABQKlDQAAA38FDgYBAAUCpg0AAAUTBgEABQKxDQAAAwkFGQYBAAUCtA0AAAUJBgEABQK1DQAAAwIFBAYBAAUCvA0AAAMHBQsBAAUCvQ0AAAUCBgEABQLLDQAAA3gFBAYBAAUC0g0AAAMMBRIBAAUC2w0AAAN/AQAFAuINAAADfwURAQAFAukNAAADfwEABQL0DQAAA38FGgEABQL7DQAABRMGAQAFAgAOAAAFCwEABQIBDgAABQIBAAUCBQ4AAAMMBQEGAQAFAggOAAAAAQEUAQAABADtAAAAAQEB+w4NAAEBAQEAAAABAAABc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL3N0ZGlvAHN5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9pbnRlcm5hbABkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAZGViaWFuL2VtX2NhY2hlL3N5c3Jvb3QvaW5jbHVkZS9lbXNjcmlwdGVuAABfX2xvY2tmaWxlLmMAAQAAc3RkaW9faW1wbC5oAAIAAGFsbHR5cGVzLmgAAwAAbGliYy5oAAIAAGVtc2NyaXB0ZW4uaAAEAAAAAAUCCQ4AAAMEAQAFAgwOAAADDQUCCgEABQINDgAAAAEBjQEAAAQAhwEAAAEBAfsODQABAQEBAAAAAQAAAXN5c3RlbS9saWIvcHRocmVhZABzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvaW5jbHVkZS8uLi8uLi9pbmNsdWRlAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvZW1zY3JpcHRlbgBkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2ludGVybmFsAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUAAGxpYnJhcnlfcHRocmVhZF9zdHViLmMAAQAAc3RkbGliLmgAAgAAZW1zY3JpcHRlbi5oAAMAAGFsbHR5cGVzLmgABAAAcHRocmVhZF9pbXBsLmgABQAAcHRocmVhZC5oAAIAAGxpYmMuaAAFAAB0aHJlYWRpbmdfaW50ZXJuYWwuaAABAABzY2hlZC5oAAYAAHNlbWFwaG9yZS5oAAYAAADSAAAABAChAAAAAQEB+w4NAAEBAQEAAAABAAABc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL3N0ZGlvAHN5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9pbnRlcm5hbABkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAAG9mbC5jAAEAAHN0ZGlvX2ltcGwuaAACAABhbGx0eXBlcy5oAAMAAAAABQIUDgAAAwkBAAUCFQ4AAAMBBQIKAQAFAhoOAAADAQEABQIeDgAAAAEBKAIAAAQAqgAAAAEBAfsODQABAQEBAAAAAQAAAXN5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9pbnRlcm5hbABkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL3N0ZGlvAABzdGRpb19pbXBsLmgAAQAAYWxsdHlwZXMuaAACAABfX3N0ZGlvX2V4aXQuYwADAAAAAAUCHw4AAAMQBAMBAAUCIg4AAAMCBQoKAQAFAikOAAAFAgYBAAUCLg4AAAUmAQAFAjkOAAAFAgEABQI/DgAAAwEFDQYBAAUCRQ4AAAUCBgEABQJHDgAABQ0BAAUCSQ4AAAMBBgEABQJNDgAABQIGAQAFAk8OAAADfwUNBgEABQJRDgAAAwIBAAUCVQ4AAAUCBgEABQJXDgAAAwEFAQYBAAUCWA4AAAABAQAFAlkOAAADCAQDAQAFAl4OAAADAQUGCgEABQJlDgAAAwEFAgEABQJ3DgAAAwEFCQEABQJ+DgAABRQGAQAFAoMOAAAFDgEABQKEDgAABQYBAAUCjA4AAAUeAQAFApEOAAAFGwEABQKWDgAAAwEFCQYBAAUCmw4AAAUUBgEABQKiDgAABQ4BAAUCpQ4AAAUGAQAFAqcOAAAFLAEABQKuDgAABSUBAAUCsQ4AAAUdAQAFArYOAAAFGgEABQK7DgAAAwEFAQYBAAUCvA4AAAABAXoBAAAEAKcAAAABAQH7Dg0AAQEBAQAAAAEAAAFzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RkaW8Ac3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2ludGVybmFsAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwAAX190b3dyaXRlLmMAAQAAc3RkaW9faW1wbC5oAAIAAGFsbHR5cGVzLmgAAwAAAAAFAr0OAAADAwEABQLADgAAAwEFEAoBAAUCyw4AAAUUBgEABQLMDgAABQoBAAUC0g4AAAMBBQkGAQAFAt0OAAAFDwYBAAUC3g4AAAUGAQAFAucOAAADAQUMBgEABQLtDgAAAwsFAQEABQLzDgAAA3kFCgEABQL2DgAAAwMFGgEABQL9DgAABRUGAQAFAgIPAAAFCgEABQIJDwAAAwEFGAYBAAUCEg8AAAUTBgEABQITDwAABQoBAAUCGA8AAAMDBQEGAQAFAhkPAAAAAQGvAAAABABzAAAAAQEB+w4NAAEBAQEAAAABAAABc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2N0eXBlAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwAAaXNkaWdpdC5jAAEAAGFsbHR5cGVzLmgAAgAAAAAFAhoPAAADBAEABQIfDwAAAwEFFAoBAAUCIg8AAAUZBgEABQIjDwAABQIBAAUCJA8AAAABAdIBAAAEAHMAAAABAQH7Dg0AAQEBAQAAAAEAAAFkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL3N0cmluZwAAYWxsdHlwZXMuaAABAABtZW1jaHIuYwACAAAAAAUCJg8AAAMLBAIBAAUCPA8AAAMFBRcKAQAFAj0PAAAFIAYBAAUCTQ8AAAUoAQAFAlQPAAAFKwEABQJXDwAABQIBAAUCXQ8AAAU3AQAFAmkPAAAFMgEABQJuDwAABRcBAAUCbw8AAAUgAQAFAngPAAADAQUIBgEABQJ+DwAABQsGAQAFAooPAAAFDgEABQKMDwAABQYBAAUCkg8AAAMEBR4GAQAFApMPAAAFIwYBAAUCow8AAAUnAQAFAsIPAAAFAwEABQLIDwAABTcBAAUCzw8AAAU8AQAFAtQPAAAFHgEABQLVDwAABSMBAAUC2Q8AAAMEBQsGAQAFAuYPAAAFDgYBAAUC7w8AAAURAQAFAvIPAAAFAgEABQL2DwAAAwEGAQAFAvwPAAADfwUYAQAFAgMQAAAFHQYBAAUCBBAAAAULAQAFAgwQAAADAQUCBgEABQINEAAAAAEB7QAAAAQArwAAAAEBAfsODQABAQEBAAAAAQAAAXN5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9zdHJpbmcAc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2luY2x1ZGUvLi4vLi4vaW5jbHVkZQBkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAAHN0cm5sZW4uYwABAABzdHJpbmcuaAACAABhbGx0eXBlcy5oAAMAAAAABQIOEAAAAwMBAAUCFRAAAAMBBRIKAQAFAhkQAAADAQUJAQAFAiMQAAAFAgYBAAUCJBAAAAABAXAAAAAEAEkAAAABAQH7Dg0AAQEBAQAAAAEAAAFzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvZXJybm8AAF9fZXJybm9fbG9jYXRpb24uYwABAAAAAAUCJRAAAAMQAQAFAiYQAAADAQUCCgEABQIqEAAAAAEBOQEAAAQAcAAAAAEBAfsODQABAQEBAAAAAQAAAXN5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9tYXRoAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwAAZnJleHAuYwABAABhbGx0eXBlcy5oAAIAAAAABQIsEAAAAwQBAAUCMRAAAAMCBQ0KAQAFAjoQAAAFDgYBAAUCOxAAAAULAQAFAkUQAAADAgUGBgEABQJdEAAAAwEFBwEABQJeEAAABgEABQJyEAAAAwEFDwYBAAUCcxAAAAUIBgEABQJ5EAAAAwEFBwYBAAUCixAAAAMLBQEBAAUClhAAAAN8BQoBAAUClxAAAAUFBgEABQKnEAAAAwEFBgYBAAUCshAAAAMBAQAFArcQAAADAgUBAQAFAroQAAAAAQEXBQAABACkAAAAAQEB+w4NAAEBAQEAAAABAAABZGViaWFuL2VtX2NhY2hlL3N5c3Jvb3QvaW5jbHVkZS9iaXRzAHN5c3RlbS9saWIvbGliYwAvdXNyL2xpYi9sbHZtLTE0L2xpYi9jbGFuZy8xNC4wLjYvaW5jbHVkZQAAYWxsdHlwZXMuaAABAABlbXNjcmlwdGVuX21lbWNweS5jAAIAAHN0ZGRlZi5oAAMAAAAABQK8EAAAAxwEAgEABQLKEAAAAwkFCQoBAAUCyxAAAAUHBgEABQLNEAAAAwEFBQYBAAUC1hAAAAM9BQEBAAUC2hAAAANIBQ0BAAUC4RAAAAMBBRwBAAUC7RAAAAUHBgEABQL3EAAAAwIFHAYBAAUC+BAAAAUFBgEABQIBEQAAAQAFAhIRAAADAQUOBgEABQIbEQAABQwGAQAFAiIRAAAFEAEABQIpEQAABQkBAAUCLhEAAAN/BRwGAQAFAi8RAAAFBQYBAAUCQREAAAMDBToGAQAFAkcRAAADAQUkAQAFAkgRAAAFCQYBAAUCUBEAAAMBBSsGAQAFAlERAAADAQUQAQAFAlQRAAAFBwYBAAUCVhEAAAMDBR0GAQAFAl8RAAAFGwYBAAUCYhEAAAMBBSEGAQAFAmkRAAAFHwYBAAUCbBEAAAMBBSEGAQAFAnMRAAAFHwYBAAUCdhEAAAMBBSEGAQAFAn0RAAAFHwYBAAUCgBEAAAMBBSEGAQAFAocRAAAFHwYBAAUCihEAAAMBBSEGAQAFApERAAAFHwYBAAUClBEAAAMBBSEGAQAFApsRAAAFHwYBAAUCnhEAAAMBBSEGAQAFAqURAAAFHwYBAAUCqBEAAAMBBSEGAQAFAq8RAAAFHwYBAAUCshEAAAMBBSEGAQAFArkRAAAFHwYBAAUCvBEAAAMBBSIGAQAFAsMRAAAFIAYBAAUCxhEAAAMBBSIGAQAFAs0RAAAFIAYBAAUC0BEAAAMBBSIGAQAFAtcRAAAFIAYBAAUC2hEAAAMBBSIGAQAFAuERAAAFIAYBAAUC5BEAAAMBBSIGAQAFAusRAAAFIAYBAAUC7hEAAAMBBSIGAQAFAvURAAAFIAYBAAUC/REAAAMCBQsGAQAFAgUSAAADfwEABQIGEgAAA20FEAEABQILEgAABQcGAQAFAg8SAAADFwUOBgEABQIUEgAABQUGAQAFAhYSAAADAQUaBgEABQIfEgAABRgGAQAFAiYSAAADAgUJBgEABQItEgAAA38BAAUCLhIAAAN+BQ4BAAUCMxIAAAUFBgEABQI3EgAAA2EFBwYBAAUCQBIAAAMmBRwBAAUCQRIAAAUJBgEABQJQEgAAAwEFHQYBAAUCURIAAAMBBRABAAUCVhIAAAUHBgEABQJjEgAAAwEFDgYBAAUCbBIAAAUMBgEABQJvEgAAAwEFFAYBAAUCdhIAAAUSBgEABQJ5EgAAAwEFFAYBAAUCgBIAAAUSBgEABQKDEgAAAwEFFAYBAAUCihIAAAUSBgEABQKREgAAAwIFCwYBAAUCmBIAAAN/AQAFApkSAAADewUQAQAFAp4SAAAFBwYBAAUCoBIAAAN3BQUGAQAFAqISAAADFAUMAQAFAqkSAAAFAwYBAAUCqxIAAAMBBQwGAQAFArQSAAAFCgYBAAUCuxIAAAUOAQAFAsISAAAFBwEABQLDEgAAA38FDAYBAAUCyBIAAAUDBgEABQLMEgAAAwQFAQYBAAUCzxIAAAABAT4CAAAEAN8AAAABAQH7Dg0AAQEBAQAAAAEAAAFzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RkaW8Ac3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2luY2x1ZGUvLi4vLi4vaW5jbHVkZQBkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2ludGVybmFsAABmd3JpdGUuYwABAABzdHJpbmcuaAACAABhbGx0eXBlcy5oAAMAAHN0ZGlvX2ltcGwuaAAEAAAAAAUC0RIAAAMEAQAFAtgSAAADAwUKCgEABQLhEgAABQ8GAQAFAukSAAAFEgEABQLtEgAABQYBAAUC7xIAAAMCBQ0GAQAFAvcSAAAFFwYBAAUCABMAAAUSAQAFAgMTAAAFCAEABQIGEwAABQYBAAUCCBMAAAUnAQAFAhMTAAAFJAEABQIWEwAAAxAFAQYBAAUCGBMAAANyBQkBAAUCIxMAAAUNBgEABQIkEwAABQYBAAUCNxMAAAMCBQ8GAQAFAkgTAAAFFQYBAAUCSRMAAAUSAQAFAlETAAAFGQEABQJSEwAABQMBAAUCVRMAAAMCBRIGAQAFAmATAAAFDwYBAAUCYxMAAAMBBQoGAQAFAmoTAAAFCAYBAAUCeBMAAAMGBQwGAQAFAoATAAAFAgYBAAUCiRMAAAMBBQoGAQAFApYTAAADAQEABQKeEwAAAwEFAQEABQKhEwAAAAEBZSgAAAQAWAEAAAEBAfsODQABAQEBAAAAAQAAAXN5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9zdGRpbwBkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAZGViaWFuL2VtX2NhY2hlL3N5c3Jvb3QvaW5jbHVkZQBzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvaW5jbHVkZS8uLi8uLi9pbmNsdWRlAC91c3IvbGliL2xsdm0tMTQvbGliL2NsYW5nLzE0LjAuNi9pbmNsdWRlAHN5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9pbnRlcm5hbAAAdmZwcmludGYuYwABAABhbGx0eXBlcy5oAAIAAGN0eXBlLmgAAwAAc3RyaW5nLmgABAAAc3RkbGliLmgABAAAbWF0aC5oAAMAAHN0ZGFyZy5oAAUAAHN0ZGlvX2ltcGwuaAAGAAAAAAUCoxMAAAPJBQEABQLCEwAAAwIFBgoBAAUCzxMAAAMHBQIBAAUC4RMAAAMBBQYBAAUC/RMAAAVOBgEABQL+EwAABQYBAAUCBxQAAAMFBQIGAQAFAhoUAAADAQUOAQAFAiEUAAADAQUJAQAFAioUAAAFDgYBAAUCKxQAAAUGAQAFAjMUAAAFHAEABQI4FAAAAwEFCgYBAAUCRRQAAAUGBgEABQJMFAAAAwMFDwYBAAUCUxQAAAMBBRYBAAUCWhQAAAUgBgEABQJdFAAAA30FEgYBAAUCZBQAAAMBBQoBAAUCchQAAAMEAQAFAncUAAAFDwYBAAUCfhQAAAUSAQAFAoIUAAAFBgEABQKFFAAAAwEFDQYBAAUCqxQAAAMBBQYBAAUCuBQAAAMBAQAFAr0UAAAFAwYBAAUCxRQAAAMDBQ8GAQAFAsgUAAADfwUKAQAFAtMUAAADAgUWAQAFAtYUAAADfQULAQAFAuEUAAADAwUgAQAFAugUAAADfQUHAQAFAu4UAAADBQUJAQAFAvUUAAADAQULAQAFAgUVAAADfwUPAQAFAgYVAAAFBgYBAAUCCRUAAAMCBQIGAQAFAg4VAAAGAQAFAhMVAAADAwUBBgEABQIeFQAAAAEBAAUCIBUAAAPiAwEABQJPFQAAAwEFEAoBAAUCghUAAAMSBRMBAAUChRUAAAUJBgEABQKGFQAABQcBAAUCiBUAAAMDBgEABQKPFQAAAwEFCQEABQKYFQAABQgGAQAFAqcVAAAFBwEABQK5FQAAAwMFEAYBAAUCyRUAAAYBAAUC0BUAAAMBBRoGAQAFAtkVAAAFHgYBAAUC2hUAAAUDAQAFAuIVAAAFKwEABQLsFQAABSYBAAUC7xUAAAUNAQAFAv4VAAAFEQEABQL/FQAABRcBAAUCARYAAAUDAQAFAgMWAAADAQUIBgEABQIQFgAABRQGAQAFAhMWAAAFCwEABQIWFgAABQcBAAUCGBYAAAMCBgEABQIfFgAABQoGAQAFAigWAAADAQUHBgEABQI0FgAAAwIFDwEABQI8FgAABQcGAQAFAkcWAAAFFQEABQJOFgAABRgBAAUCVRYAAAUcAQAFAlYWAAAFBwEABQJYFgAAAwIFDQYBAAUCXxYAAAURBgEABQJ7FgAAAwgFDgYBAAUCiBYAAAUaBgEABQKNFgAABR4BAAUCjhYAAAUiAQAFAqEWAAAFMgEABQKqFgAABS4BAAUCqxYAAAUDAQAFArYWAAAFPwEABQK8FgAAAwEFBwYBAAUCwxYAAAN/BQ4BAAUCzBYAAAUaBgEABQLRFgAABR4BAAUC0hYAAAUiAQAFAtoWAAAFMgEABQLjFgAABS4BAAUC5BYAAAUDAQAFAuYWAAAFIgEABQLwFgAAAwQFCQYBAAUC8RYAAAUHBgEABQLzFgAAAwEFEAYBAAUC/BYAAAUIBgEABQL+FgAABRYBAAUCARcAAAUZAQAFAg0XAAAFHQEABQIOFwAABQgBAAUCEBcAAAMCBQ0GAQAFAhcXAAAFEQYBAAUCGBcAAAUFAQAFAiEXAAAFFwEABQIoFwAAAwIFBgYBAAUCKxcAAAN/BRABAAUCMhcAAAUUBgEABQIzFwAABRoBAAUCRhcAAAMCBQ8GAQAFAlIXAAADAQUJAQAFAlkXAAAFDQYBAAUCcBcAAAMBBQYGAQAFAncXAAAGAQAFAoYXAAADAgUJBgEABQKHFwAABQgGAQAFAosXAAAFHQEABQKWFwAABQ8BAAUCnBcAAAMBBREGAQAFAqgXAAAFHAYBAAUCqRcAAAUOAQAFAqsXAAADAwUIBgEABQK7FwAABQcGAQAFAsYXAAAFCQEABQLHFwAABQ8BAAUC0BcAAAUSAQAFAtkXAAAFFgEABQLaFwAABQcBAAUC3BcAAAMBBRAGAQAFAuUXAAAFCAYBAAUC5xcAAAUWAQAFAuoXAAAFGQEABQL2FwAABR0BAAUC9xcAAAUIAQAFAvkXAAADAQUNBgEABQIAGAAABREGAQAFAgEYAAAFBQEABQIKGAAABRcBAAUCERgAAAMCBQYGAQAFAhQYAAADfwUQAQAFAhsYAAAFFAYBAAUCHBgAAAUaAQAFAisYAAADAgUPBgEABQIvGAAAAwEFCQEABQI+GAAABQ0GAQAFAlUYAAADAQUGBgEABQJcGAAABgEABQJrGAAAAwIFCwYBAAUCexgAAAMCBQUBAAUCghgAAAMBBQgBAAUCjBgAAAMKAQAFAp4YAAAGAQAFAqoYAAABAAUCshgAAAMCBREGAQAFAskYAAAFBwYBAAUCyhgAAAURAQAFAs4YAAAFBwEABQLWGAAAAwEFDgYBAAUC2RgAAAUQBgEABQLaGAAABQMBAAUC5xgAAAMBBQcGAQAFAvUYAAADBgUOAQAFAvYYAAAFCAYBAAUC/hgAAAUTAQAFAgAZAAAFIgEABQINGQAABSsBAAUCGBkAAAMBBQ0GAQAFAh0ZAAAFEAYBAAUCKxkAAAMJBQcGAQAFAjkZAAADdAUOAQAFAjoZAAAFCAYBAAUCQRkAAAMHBQcGAQAFAk0ZAAADCwEABQJYGQAABQoGAQAFAlkZAAAFBwEABQKNGQAAA3oGAQAFApUZAAADAwUKAQAFAqsZAAADBQUDAQAFAu0ZAAAGAQAFAvwZAAADIgUSBgEABQIdGgAAA2AFBAEABQIqGgAAAwEFGwEABQIvGgAABR0GAQAFAjcaAAADAQUcBgEABQI8GgAABR4GAQAFAkQaAAADAQUiBgEABQJJGgAABSYGAQAFAkwaAAAFJAEABQJSGgAAAwEFJgYBAAUCVxoAAAUoBgEABQJfGgAAAwEFJgYBAAUCZBoAAAUoBgEABQJsGgAAAwEFHwYBAAUCcRoAAAUhBgEABQJ5GgAAAwEGAQAFAn4aAAAFJQYBAAUCgRoAAAUjAQAFAo8aAAADBAUIBgEABQKXGgAAAwIFBwEABQKgGgAAAwIFEgEABQKrGgAABRkGAQAFAqwaAAAFCAEABQK5GgAAAwEFDAYBAAUCvhoAAAUIBgEABQK/GgAABQ4BAAUCxhoAAAEABQLNGgAABSwBAAUC0RoAAAUoAQAFAuQaAAADAwUSBgEABQLpGgAABQgGAQAFAvMaAAADAQULBgEABQL0GgAABRYGAQAFAvcaAAAFHAEABQIDGwAABRoBAAUCCBsAAAUIAQAFAg4bAAADBAUMBgEABQIZGwAABQ0GAQAFAhobAAAFCAEABQIgGwAAAwEFCwYBAAUCIxsAAAUKBgEABQI7GwAAAwEFEgYBAAUCPBsAAAUPBgEABQJVGwAAAwIFEgYBAAUCXBsAAAMEBQgBAAUCZRsAAAMCBQsBAAUCcBsAAAYBAAUCexsAAAMBBQgGAQAFAoIbAAADAQUNAQAFAo0bAAAFCQYBAAUCjhsAAAUPAQAFAqMbAAADBAUIBgEABQKqGwAAA3wFCQEABQKtGwAAAwQFCAEABQK/GwAAAwsFDAEABQLJGwAABQgGAQAFAt4bAAADAQUYBgEABQLfGwAABRcGAQAFAuAbAAAFDAEABQLiGwAABQoBAAUC7RsAAAUYAQAFAu4bAAADAQUMBgEABQIDHAAABQ8GAQAFAggcAAAFCAEABQINHAAAAwsFFAYBAAUCKhwAAAMEBQQBAAUCNRwAAAN3BQoBAAUCOBwAAAN/BRABAAUCPxwAAAUKBgEABQJCHAAAAwIGAQAFAlwcAAADBAUXAQAFAmUcAAAFGwYBAAUCahwAAAUhAQAFAnkcAAAFMwEABQJ6HAAABTcBAAUChRwAAAEABQKMHAAABS8BAAUCjxwAAAVDAQAFApYcAAAFEQEABQKZHAAABRQBAAUCnhwAAAU3AQAFAp8cAAADAQUIBgEABQKsHAAAAwEFCgEABQKtHAAABQgGAQAFArMcAAADAgUEBgEABQK7HAAAAwIFFQEABQLMHAAAA38FDQEABQLTHAAAAwEFGAEABQLaHAAABRwGAQAFAt8cAAAFJAEABQLoHAAABSABAAUC7RwAAAU2AQAFAvIcAAAFBAEABQL0HAAAAwEFBQYBAAUCAx0AAAN/BTIBAAUCBh0AAAUPBgEABQILHQAABRUBAAUCHR0AAAMCBRgGAQAFAh4dAAAFBAYBAAUCIB0AAAMBBQkGAQAFAikdAAAFCAYBAAUCLx0AAAMEBQsGAQAFAjodAAAGAQAFAkIdAAADAQUWBgEABQJJHQAABQgGAQAFAlodAAADAQUJBgEABQJbHQAABQgGAQAFAmAdAAADXAUVBgEABQJnHQAABRAGAQAFAoMdAAAD/n4FHQYBAAUCiR0AAAUNBgEABQKWHQAAA30FBwYBAAUCmR0AAAO8AQUGAQAFAp0dAAADAQEABQKwHQAAAwIFHAEABQK1HQAABQIGAQAFAsAdAAADAQURBgEABQLCHQAABQMGAQAFAtIdAAADfwUpBgEABQLXHQAABQ0GAQAFAtgdAAAFGQEABQLcHQAABQIBAAUC5x0AAAMCBQoGAQAFAugdAAAFFgYBAAUC8h0AAAUaAQAFAvcdAAAFAgEABQIBHgAABScBAAUCBh4AAAUKAQAFAgceAAAFFgEABQILHgAAA+p+BQ8GAQAFAhoeAAADggEFDAEABQIfHgAABQkGAQAFAigeAAAFBwEABQIxHgAAAwEFEgYBAAUCNB4AAAUJBgEABQI1HgAABQcBAAUCOx4AAAMBBQ0GAQAFAkAeAAAFCQYBAAUCSR4AAAUHAQAFAkoeAAADAQUJBgEABQJPHgAABQcGAQAFAlUeAAADAgUDBgEABQJdHgAAAwEBAAUCcx4AAAMBBRoBAAUCdB4AAAUDBgEABQKAHgAAAwEGAQAFAoIeAAADAQEABQKYHgAAAwEFGgEABQKZHgAABQMGAQAFAp4eAAADBgUGBgEABQK4HgAAAw4FAQEABQLDHgAAAAEBAAUCxB4AAAOxAQEABQLFHgAAAwEFEQoBAAUCzx4AAAUGBgEABQLRHgAABRsBAAUC2x4AAAMBBQEGAQAFAtweAAAAAQEABQLdHgAAA9YDAQAFAugeAAADAgUVCgEABQLvHgAABRQGAQAFAvIeAAAFDAEABQL0HgAABQIBAAUC+B4AAAMEBgEABQIRHwAAA30FCQEABQISHwAABRcGAQAFAhYfAAAFGgEABQIdHwAABR0BAAUCJB8AAAUuAQAFAjAfAAAFKwEABQIzHwAABSIBAAUCNB8AAAUHAQAFAj4fAAADfwUeBgEABQJGHwAABRQGAQAFAksfAAAFDAEABQJNHwAABQIBAAUCUB8AAAMEBgEABQJTHwAAAAEBAAUCVR8AAAOZAQEABQKAHwAAAwEFAgoBAAUClx8AAAMBBRwBAAUCrR8AAAUaBgEABQKwHwAAAxMFAQYBAAUCsh8AAANuBRwBAAUCyB8AAAUaBgEABQLLHwAAAxIFAQYBAAUCzR8AAANvBR0BAAUC4x8AAAUbBgEABQLmHwAAAxEFAQYBAAUC6B8AAANwBR0BAAUC/h8AAAUbBgEABQIBIAAAAxAFAQYBAAUCAyAAAANxBR4BAAUCGSAAAAUcBgEABQIcIAAAAw8FAQYBAAUCHiAAAANyBR8BAAUCOiAAAAUdBgEABQI9IAAAAw4FAQYBAAUCPyAAAANzBSUBAAUCTiAAAAUeBgEABQJVIAAABRwBAAUCWCAAAAMNBQEGAQAFAlogAAADdAUvAQAFAnAgAAAFHQYBAAUCcyAAAAMMBQEGAQAFAnUgAAADdQUqAQAFAoQgAAAFHQYBAAUCiyAAAAUbAQAFAo4gAAADCwUBBgEABQKQIAAAA3YFLQEABQKmIAAABRwGAQAFAqkgAAADCgUBBgEABQKrIAAAA3cFHgEABQLHIAAABRwGAQAFAsogAAADCQUBBgEABQLMIAAAA3gFHgEABQLiIAAABRwGAQAFAuUgAAADCAUBBgEABQLnIAAAA3kFHQEABQIDIQAABRsGAQAFAgYhAAADBwUBBgEABQIIIQAAA3oFHQEABQIkIQAABRsGAQAFAichAAADBgUBBgEABQIpIQAAA3sFHgEABQI/IQAABRwGAQAFAkIhAAADBQUBBgEABQJEIQAAA3wFKQEABQJaIQAABRwGAQAFAl0hAAADBAUBBgEABQJfIQAAA30FHAEABQJ7IQAABRoGAQAFAn4hAAADAwUBBgEABQKAIQAAA34FFAEABQKKIQAAAwIFAQEABQKLIQAAAAEBAAUCjCEAAAPFAQEABQKPIQAAAwEFAgoBAAUCnCEAAAUUBgEABQKdIQAABRoBAAUCryEAAAUYAQAFArYhAAAFAgEABQK9IQAABQ0BAAUCwCEAAAUCAQAFAsYhAAADAQYBAAUCySEAAAABAQAFAsohAAADywEBAAUCzSEAAAMBBQIKAQAFAtohAAAFFAYBAAUC2yEAAAUaAQAFAuYhAAAFGAEABQLtIQAABQIBAAUC9CEAAAUNAQAFAvchAAAFAgEABQL9IQAAAwEGAQAFAgAiAAAAAQEABQICIgAAA9EBAQAFAhciAAADAgUNCgEABQIYIgAABQIGAQAFAiciAAAFIQEABQIwIgAABRoBAAUCNyIAAAUnAQAFAjsiAAAFJQEABQJHIgAABQ0BAAUCTiIAAAUCAQAFAlQiAAADAQUJBgEABQJZIgAABQIGAQAFAmQiAAAFIQEABQJtIgAABRoBAAUCdiIAAAUnAQAFAnciAAAFJQEABQJ+IgAABQIBAAUCiyIAAAMBBgEABQKOIgAAAAEBAAUCjyIAAAO2AQEABQKjIgAAAwIFIQoBAAUCrCIAAAYBAAUCtiIAAAMBBQgGAQAFAsUiAAADAQURAQAFAskiAAAFAgYBAAUCzCIAAAMBBgEABQLbIgAAAwEFAwEABQLiIgAAA38FHAEABQLoIgAABQsGAQAFAukiAAAFAgEABQLtIgAAAwIGAQAFAvYiAAADAQUBAQAFAv8iAAAAAQEABQIAIwAAA/IFAQAFAgEjAAADAQUJCgEABQINIwAABQIGAQAFAg4jAAAAAQEABQIQIwAAA+YBAQAFAk0jAAADBAUGCgEABQJQIwAAAwcBAAUCXCMAAAYBAAUCaCMAAAMBBQUGAQAFAmsjAAADBwUHAQAFAnsjAAADegUQAQAFAnwjAAAFDQYBAAUClSMAAAMCBRAGAQAFArIjAAADBAUHAQAFAssjAAADAwUTAQAFAtQjAAAFGgYBAAUC1SMAAAUDAQAFAtcjAAADAQYBAAUC3yMAAAN+BQcBAAUC6yMAAAN/BQ8BAAUC7CMAAAMBBQcBAAUC7yMAAAN/BQ0BAAUC+CMAAAMBBQgBAAUC/SMAAAUHBgEABQIAJAAAAwMFAwYBAAUCECQAAAMBBRoBAAUCESQAAAUDBgEABQITJAAAAwEFCgYBAAUCKSQAAAMDBQYBAAUCOiQAAAUVBgEABQJKJAAAAwEFBgYBAAUCSyQAAAYBAAUCTSQAAAULAQAFAlgkAAABAAUCYCQAAAMCBQgGAQAFAmYkAAAFDAYBAAUCZyQAAAUGAQAFAnAkAAAFCAEABQJ2JAAABQwBAAUCdyQAAAUGAQAFAoEkAAADNQUHBgEABQKCJAAABQYGAQAFAoUkAAADBAYBAAUClSQAAAN+BRgBAAUCoyQAAAN+BQcBAAUCpCQAAAUGBgEABQKyJAAAAwIFCwYBAAUCtiQAAAMCBQYBAAUCxSQAAAUIBgEABQLGJAAABQYBAAUCyyQAAAMEBQgGAQAFAvUkAAAGAQAFAvokAAAFBgEABQIFJQAAAwEFFwYBAAUCCCUAAAUVBgEABQINJQAABRQBAAUCFyUAAAURAQAFAiMlAAADAQUCBgEABQIvJQAAAwIFCwEABQIwJQAABQIGAQAFAlMlAAADAgUKBgEABQJeJQAAAwEFEAEABQJjJQAABQMGAQAFAm4lAAADAQUcBgEABQJ3JQAABR4GAQAFAoIlAAAFJAEABQKDJQAABSMBAAUCjiUAAAMCBQ4GAQAFApklAAADfwUHAQAFAqElAAADfgUQAQAFAqYlAAAFAwYBAAUCqSUAAAMDBQwGAQAFAqwlAAADAgUHAQAFArUlAAAFDwYBAAUCtiUAAAUTAQAFAsQlAAADAQULBgEABQLJJQAABQ4GAQAFAs8lAAAFEgEABQLVJQAABQMBAAUC2iUAAAMBBQUGAQAFAvElAAADdgULAQAFAvIlAAAFAgYBAAUC/CUAAAMMBQsGAQAFAv0lAAAFAgYBAAUCGCYAAAMCBQoGAQAFAicmAAADAQUOAQAFAjAmAAAFAwYBAAUCMiYAAAMFBQgGAQAFAlkmAAADfAUSAQAFAmImAAADAQUMAQAFAmcmAAAFEgYBAAUCaiYAAAUHAQAFAm0mAAADfwUVBgEABQJyJgAAAwIFHQEABQJ7JgAAA30FEwEABQJ8JgAABQ4GAQAFAoEmAAAFAwEABQKEJgAAAwUFCAYBAAUCiyYAAAMBBQcBAAUCkCYAAAUTBgEABQKbJgAABRABAAUCnyYAAAMEBQUGAQAFAq4mAAADewUIAQAFArcmAAAFBwYBAAUCuSYAAAMDBgEABQLGJgAAAwEFCAEABQLQJgAABQsGAQAFAtMmAAAFBwEABQLaJgAAA3QFCwYBAAUC2yYAAAUCBgEABQLjJgAAAxAFBwYBAAUC6iYAAAUGBgEABQLsJgAABRwBAAUC9iYAAAUZAQAFAgYnAAAFIwEABQIHJwAABQsBAAUCDycAAAUwAQAFAhgnAAAFKQEABQIZJwAABSMBAAUCHCcAAAULAQAFAi0nAAADBAURBgEABQIuJwAABRcGAQAFAi8nAAAFCAEABQI0JwAABSkBAAUCOicAAAUjAQAFAjsnAAAFKQEABQI8JwAABRoBAAUCPScAAAMBBQ4GAQAFAkknAAAFCwYBAAUCTScAAAUIAQAFAk4nAAAFBgEABQJWJwAAAwMFEgYBAAUCWycAAAUiBgEABQJgJwAABSUBAAUCYScAAAUJAQAFAm8nAAADVAUIBgEABQJwJwAAAywFCQEABQJyJwAABQ0GAQAFAosnAAADAwUUBgEABQKMJwAABQMGAQAFApQnAAAFGQEABQKgJwAABRQBAAUCoScAAAUDAQAFAqwnAAADAQUHBgEABQK1JwAAAwUFCwEABQLCJwAAA30FCQEABQLWJwAAAwMFDgEABQLXJwAABRMGAQAFAuwnAAAFGAEABQLtJwAABSUBAAUC+icAAAUwAQAFAvsnAAAFNQEABQIBKAAABQgBAAUCMSgAAAMCBgEABQJBKAAABQsGAQAFAkIoAAAFCAEABQJGKAAABQkBAAUCSygAAAUIAQAFAk4oAAADAwULBgEABQJUKAAABQ4GAQAFAlsoAAAFFQEABQJcKAAABQgBAAUCXigAAAUsAQAFAmMoAAAFIQEABQJpKAAAAwEFBwYBAAUCdSgAAAMCBQ0BAAUCeigAAAUUBgEABQJ9KAAABQgBAAUCfygAAAMBBQ0GAQAFAoYoAAAFCAYBAAUClSgAAAMBBQ8GAQAFApYoAAAFBQYBAAUCnigAAAMBBQoGAQAFAqcoAAAFCAYBAAUCqCgAAAMBBQsGAQAFAq0oAAAFCgYBAAUCsygAAAUQAQAFArgoAAAFEwEABQK8KAAAAwEFCgYBAAUC0ygAAAN9BQ8BAAUC1CgAAAUFBgEABQLYKAAAAwUFFgYBAAUC4igAAAUTBgEABQLyKAAABR0BAAUC8ygAAAUFAQAFAvsoAAAFKgEABQIEKQAABSMBAAUCBSkAAAUdAQAFAggpAAAFBQEABQIQKQAAAwMFCgYBAAUCESkAAAUIBgEABQIaKQAABQcBAAUCJCkAAAMCBQoGAQAFAikpAAAFDQYBAAUCMSkAAAURAQAFAjcpAAAFAgEABQJFKQAAA18FIwYBAAUCRikAAAMjBQYBAAUCTCkAAAMTBRcBAAUCVikAAANvBQsBAAUCXSkAAAN/BQcBAAUCYCkAAAMBBQgBAAUCaikAAAULBgEABQJ3KQAAAQAFAoMpAAADBwYBAAUChCkAAAUHBgEABQKMKQAAAwIFDAYBAAUClikAAAUPBgEABQKaKQAABQgBAAUCqykAAAUrAQAFAqwpAAAFFgEABQK2KQAABToBAAUCvykAAAUzAQAFAsApAAAFKwEABQLDKQAABRYBAAUCyykAAAU6AQAFAuIpAAADAgUOBgEABQLnKQAABQgGAQAFAu0pAAADAQUJBgEABQISKgAAAwIBAAUCRioAAAMDBRcBAAUCSyoAAAUTBgEABQJOKgAABQgBAAUCTyoAAAUGAQAFAlcqAAAFFwEABQJYKgAAAwIFCAYBAAUCWyoAAAUMBgEABQJmKgAAAwEGAQAFAm0qAAAFBgYBAAUCdyoAAAMBBRIGAQAFAnoqAAAFCQYBAAUCeyoAAAUHAQAFAoUqAAADAQUIBgEABQKGKgAABQcGAQAFApYqAAADAgUOBgEABQKeKgAABQgGAQAFAqIqAAADAQUNBgEABQKnKgAABRIGAQAFAqgqAAAFAwEABQKwKgAABRcBAAUCtSoAAAUdAQAFArgqAAAFDQEABQK/KgAABRIBAAUCwCoAAAUDAQAFAsgqAAADAgUEBgEABQLJKgAABQsGAQAFAtgqAAADfwUEBgEABQLhKgAAA34FDwEABQLiKgAAAwIFDQEABQLjKgAABQsGAQAFAuYqAAADAgYBAAUC8yoAAAUaBgEABQL2KgAABREBAAUC9yoAAAUHAQAFAg0rAAADBAURBgEABQIOKwAABQgGAQAFAg8rAAAFBgEABQIVKwAAAwEFEwYBAAUCHCsAAAUCBgEABQIiKwAAAwEGAQAFAjgrAAADAQUZAQAFAjkrAAAFAgYBAAUCSCsAAANxBQwGAQAFAkkrAAADEQUGAQAFAl8rAAADAQUIAQAFAmgrAAAFBwYBAAUCbSsAAAMCBRQGAQAFAnQrAAAFDgYBAAUCeisAAAMBBQkGAQAFAoMrAAAFCAYBAAUChSsAAAUWAQAFAo0rAAAFDgEABQKVKwAABR0BAAUCmisAAAUgAQAFAp0rAAAFFgEABQKlKwAABQ4BAAUCqSsAAAUIAQAFAqwrAAADAQUOBgEABQKxKwAABQ0GAQAFArcrAAAFGwEABQK/KwAAAwEFEwYBAAUCyCsAAAUEBgEABQLOKwAAA3wFFAYBAAUCzysAAAUOBgEABQLUKwAABQMBAAUC1ysAAAMGBQkGAQAFAt4rAAAFGwYBAAUC6CsAAAMBBQsGAQAFAu0rAAAFAwYBAAUC8ysAAAEABQL2KwAAAwEFFAYBAAUC/ysAAAUOBgEABQIDLAAAAwEFDAYBAAUCCywAAAUEBgEABQITLAAABRMBAAUCGCwAAAUWAQAFAhssAAAFDAEABQIjLAAABQQBAAUCMywAAAMBBQ4GAQAFAjUsAAAFBAYBAAUCOywAAAN9BRwGAQAFAkIsAAAFFwYBAAUCQywAAAULAQAFAkgsAAAFAwEABQJOLAAAAQAFAlssAAADdwUGBgEABQJkLAAAAxEFEQEABQJlLAAABQMGAQAFAo4sAAADAQUUBgEABQKXLAAABQ4GAQAFApssAAADAQUJBgEABQKgLAAABQgGAQAFAqYsAAAFFgEABQKuLAAAAwEFCQYBAAUCtywAAAUIBgEABQK5LAAABRYBAAUCwSwAAAUOAQAFAsksAAAFHQEABQLOLAAABSABAAUC0SwAAAUWAQAFAtksAAAFDgEABQLdLAAABQgBAAUC5iwAAAMCBQUGAQAFAuwsAAAFDQYBAAUC7ywAAAMBBQwGAQAFAv4sAAAFHQYBAAUCAS0AAAMCBQ4GAQAFAhQtAAAFBAYBAAUCFi0AAAMBBQYGAQAFAiEtAAADdwUbAQAFAiItAAAFDgYBAAUCJy0AAAUDAQAFAi0tAAABAAUCOi0AAAMLBRAGAQAFAj8tAAAFAwYBAAUCQS0AAAMBBRQGAQAFAkotAAAFAwYBAAUCXC0AAANxBRAGAQAFAmEtAAAFAwYBAAUCci0AAAMSBRkGAQAFAnMtAAAFAgYBAAUCdS0AAAMCBQkGAQAFAootAAADt34FCAEABQKQLQAABQcGAQAFApotAAADAwULBgEABQKfLQAABgEABQK8LQAAAwUFFgYBAAUCwy0AAAUNBgEABQLJLQAAAwEFCAYBAAUC0i0AAAUPBgEABQLVLQAAAwEFBwYBAAUC2i0AAAMBBQYBAAUC3S0AAAMBAQAFAt4tAAADAQUHAQAFAuQtAAADAgUGAQAFAuktAAADAQEABQLvLQAAAwQFDgEABQL8LQAABgEABQIELgAABQgBAAUCCC4AAAMBBQsGAQAFAg0uAAAFBwYBAAUCEy4AAAUaAQAFAhouAAAFFAEABQIsLgAAAwEFDgYBAAUCNy4AAAMBBQQBAAUCPi4AAAUNBgEABQI/LgAABQsBAAUCRi4AAAN/BQQGAQAFAk8uAAAFEAYBAAUCUC4AAAUNAQAFAlEuAAAFCwEABQJbLgAAA0sFAgYBAAUCaC4AAAM6BQoBAAUChC4AAAYBAAUClC4AAAMBBQkGAQAFApsuAAAFCAYBAAUCni4AAAMBBQwGAQAFAqMuAAAFCwYBAAUCrS4AAAUIAQAFArYuAAADfwUGBgEABQK3LgAAAwIFCQEABQLBLgAABQ0GAQAFAsIuAAAFEQEABQLELgAABRYBAAUCzi4AAAEABQLcLgAAAQAFAuQuAAAFMQEABQLrLgAABS8BAAUC+i4AAAMBBQMGAQAFAggvAAADAgUaAQAFAg8vAAAFIAYBAAUCFS8AAAUJAQAFAhgvAAAFBwEABQIaLwAAAwIFCQYBAAUCIy8AAAURBgEABQIwLwAABRQBAAUCMy8AAAUHAQAFAjkvAAADAQUKBgEABQI/LwAAAwIBAAUCUC8AAAMCBRQBAAUCVy8AAAUDBgEABQJdLwAAAwEGAQAFAnMvAAADAQUaAQAFAnQvAAAFAwYBAAUCdi8AAAMBBgEABQKFLwAAAwEFHAEABQKOLwAABQMGAQAFApAvAAADAQYBAAUCpi8AAAMBBRoBAAUCpy8AAAUDBgEABQKpLwAAAwEFCgYBAAUCti8AAAObAQUBAQAFAsEvAAAAAQEABQLCLwAAA5QBAQAFAsUvAAADAQUMCgEABQLrLwAABQoGAQAFAu4vAAADAQUBBgEABQLvLwAAAAEBAAUC8C8AAAM9BAYBAAUC8S8AAAMDBQ0KAQAFAvQvAAAFAgYBAAUC9S8AAAABAe4AAAAEAJcAAAABAQH7Dg0AAQEBAQAAAAEAAAFzeXN0ZW0vbGliL2xpYmMAZGViaWFuL2VtX2NhY2hlL3N5c3Jvb3QvaW5jbHVkZS9iaXRzAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvd2FzaQAAd2FzaS1oZWxwZXJzLmMAAQAAYWxsdHlwZXMuaAACAABhcGkuaAADAAAAAAUC9i8AAAMMAQAFAvcvAAADAQUHCgEABQL/LwAAAwQFAQEABQIBMAAAA34FAwEABQIDMAAABQkGAQAFAgowAAADAgUBBgEABQILMAAAAAEBhgAAAAQAgAAAAAEBAfsODQABAQEBAAAAAQAAAXN5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9pbnRlcm5hbAAvdXNyL2xpYi9sbHZtLTE0L2xpYi9jbGFuZy8xNC4wLjYvaW5jbHVkZQAAbGliYy5oAAEAAHN0ZGRlZi5oAAIAAGxpYmMuYwABAAAAFAEAAAQA7AAAAAEBAfsODQABAQEBAAAAAQAAAXN5c3RlbS9saWIvbGliYwBkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAZGViaWFuL2VtX2NhY2hlL3N5c3Jvb3QvaW5jbHVkZS9zeXMAZGViaWFuL2VtX2NhY2hlL3N5c3Jvb3QvaW5jbHVkZS9lbXNjcmlwdGVuAABlbXNjcmlwdGVuX3N5c2NhbGxfc3R1YnMuYwABAABhbGx0eXBlcy5oAAIAAHV0c25hbWUuaAADAAByZXNvdXJjZS5oAAMAAGNvbnNvbGUuaAAEAAAAAAUCDDAAAAPaAAEABQIPMAAAAwEFAwoBAAUCEDAAAAABAaUAAAAEAHMAAAABAQH7Dg0AAQEBAQAAAAEAAAFzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvdW5pc3RkAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwAAZ2V0cGlkLmMAAQAAYWxsdHlwZXMuaAACAAAAAAUCETAAAAMEAQAFAhIwAAADAQUJCgEABQIUMAAABQIGAQAFAhUwAAAAAQG1AQAABABFAQAAAQEB+w4NAAEBAQEAAAABAAABc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2ludGVybmFsAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwAvdXNyL2xpYi9sbHZtLTE0L2xpYi9jbGFuZy8xNC4wLjYvaW5jbHVkZQBzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvaW5jbHVkZS8uLi8uLi9pbmNsdWRlAHN5c3RlbS9saWIvcHRocmVhZAAAcHRocmVhZF9pbXBsLmgAAQAAYWxsdHlwZXMuaAACAABzdGRkZWYuaAADAABwdGhyZWFkLmgABAAAbGliYy5oAAEAAHRocmVhZGluZ19pbnRlcm5hbC5oAAUAAHB0aHJlYWRfc2VsZl9zdHViLmMABQAAdW5pc3RkLmgABAAAAAAFAhYwAAADDAQHAQAFAhcwAAADAQUDCgEABQIbMAAAAAEBAAUCHDAAAAMbBAcBAAUCHTAAAAMBBRkKAQAFAigwAAADAQUYAQAFAiowAAAFFgYBAAUCLjAAAAMBBQEGAQAFAi8wAAAAAQGpAwAABABjAQAAAQEB+w4NAAEBAQEAAAABAAABc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2ludGVybmFsAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwAvdXNyL2xpYi9sbHZtLTE0L2xpYi9jbGFuZy8xNC4wLjYvaW5jbHVkZQBzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvaW5jbHVkZS8uLi8uLi9pbmNsdWRlAHN5c3RlbS9saWIvcHRocmVhZABzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvbXVsdGlieXRlAABwdGhyZWFkX2ltcGwuaAABAABhbGx0eXBlcy5oAAIAAHN0ZGRlZi5oAAMAAHB0aHJlYWQuaAAEAABsb2NhbGVfaW1wbC5oAAEAAGxpYmMuaAABAAB0aHJlYWRpbmdfaW50ZXJuYWwuaAAFAAB3Y3J0b21iLmMABgAAAAAFAjEwAAADBgQIAQAFAjgwAAADAQUGCgEABQJGMAAAAwEFEwEABQJHMAAABQYGAQAFAkkwAAADAwUNBgEABQJVMAAABgEABQJcMAAAAwEFCAYBAAUCYjAAAAUHBgEABQJkMAAAAwEFBAYBAAUCaDAAAAUKBgEABQJ1MAAAAwUFGgYBAAUCdjAAAAUNBgEABQJ+MAAAAwIFCAYBAAUCgzAAAAUGBgEABQKMMAAAA38FFAYBAAUCkDAAAAUKBgEABQKRMAAABQgBAAUCljAAAAMRBQEGAQAFAqIwAAADcgUaAQAFAqMwAAAFIwYBAAUCrzAAAAEABQK5MAAAAwMFCAYBAAUCvjAAAAUGBgEABQLHMAAAA34FFAYBAAUCyzAAAAUKBgEABQLMMAAABQgBAAUC1TAAAAMBBRUGAQAFAtgwAAAFCgYBAAUC3TAAAAUIAQAFAuIwAAADDAUBBgEABQLsMAAAA3cFGQEABQLxMAAABSIGAQAFAvIwAAAFDQEABQL6MAAAAwQFCAYBAAUC/zAAAAUGBgEABQIIMQAAA30FFAYBAAUCDDEAAAUKBgEABQINMQAABQgBAAUCFjEAAAMCBRUGAQAFAhkxAAAFCgYBAAUCHjEAAAUIAQAFAicxAAADfwUVBgEABQIqMQAABQoGAQAFAi8xAAAFCAEABQI0MQAAAwcFAQYBAAUCNjEAAAN+BQIBAAUCOjEAAAUIBgEABQJDMQAAAwIFAQYBAAUCUDEAAAYBAAUCUTEAAAABAfsAAAAEALAAAAABAQH7Dg0AAQEBAQAAAAEAAAFzeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvbXVsdGlieXRlAHN5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9pbmNsdWRlLy4uLy4uL2luY2x1ZGUAZGViaWFuL2VtX2NhY2hlL3N5c3Jvb3QvaW5jbHVkZS9iaXRzAAB3Y3RvbWIuYwABAAB3Y2hhci5oAAIAAGFsbHR5cGVzLmgAAwAAAAAFAlIxAAADBAEABQJTMQAAAwEFBgoBAAUCWzEAAAMCBQEBAAUCYzEAAAN/BQkBAAUCZTEAAAMBBQEBAAUCZjEAAAABAUcvAAAEAJgAAAABAQH7Dg0AAQEBAQAAAAEAAAFzeXN0ZW0vbGliAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwBkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlAABkbG1hbGxvYy5jAAEAAGFsbHR5cGVzLmgAAgAAdW5pc3RkLmgAAwAAc3RyaW5nLmgAAwAAAAAFAmgxAAADgSQBAAUCpTEAAAMfBRMKAQAFAqYxAAAFDQYBAAUCqDEAAAMFBR0GAQAFArgxAAADfgUSAQAFAsAxAAAFGQYBAAUCwTEAAAUSAQAFAsYxAAADAQUTBgEABQLHMQAAAwEFJgEABQLOMQAAAwIFHAEABQLPMQAABREGAQAFAtYxAAADAgUjBgEABQLaMQAABRUGAQAFAuExAAADAQYBAAUC5zEAAAMBBRgBAAUC7zEAAAMCBREBAAUCAjIAAAN9BRUBAAUCAzIAAAMDBREBAAUCBjIAAAYBAAUCCDIAAAEABQIZMgAAAQAFAi4yAAADAQYBAAUCTDIAAAN3BR0BAAUCUDIAAAMPBR8BAAUCVDIAAAUZBgEABQJXMgAABRYBAAUCWTIAAAMBBRUGAQAFAmAyAAADBAU0AQAFAmsyAAAFPgYBAAUCdjIAAAU8AQAFAnsyAAADAQUpBgEABQKBMgAAAwEFFQEABQKIMgAABgEABQKTMgAAAQAFAqUyAAABAAUCtTIAAAEABQLFMgAAAQAFAtYyAAADAQUZBgEABQLcMgAAAwEFHAEABQLgMgAAAwIFFQEABQLsMgAAA30FGQEABQLtMgAAAwMFFQEABQLwMgAABgEABQL4MgAAAQAFAgUzAAABAAUCITMAAAMGBRkGAQAFAiUzAAADAQUdAQAFAjAzAAADegEABQIxMwAABTEGAQAFAjozAAADBwUZBgEABQJIMwAAAwEBAAUCUzMAAAYBAAUCWDMAAAEABQJfMwAAAQAFAm8zAAABAAUCdTMAAAEABQJ3MwAAAQAFAnkzAAABAAUCiTMAAAEABQKRMwAAAQAFAq4zAAABAAUCwTMAAAMHBR4GAQAFAsczAAAFKwYBAAUCzDMAAAUeAQAFAtAzAAADj38FGQYBAAUC1jMAAAMBBQUBAAUC3TMAAAYBAAUC6DMAAAEABQL6MwAAAQAFAgo0AAABAAUCGjQAAAEABQIpNAAAAwEFDgYBAAUCLTQAAAYBAAUCLjQAAAUNAQAFAjE0AAADAQYBAAUCOTQAAAUaBgEABQJCNAAAAwIFEQYBAAUCVTQAAAYBAAUCWTQAAAUFAQAFAl80AAADAQUXBgEABQJnNAAABSQGAQAFAmo0AAADAQUSBgEABQJzNAAABQ0GAQAFAoc0AAADfgUFBgEABQKKNAAAAwwFDQEABQKRNAAABgEABQKdNAAAAQAFAqU0AAABAAUCqjQAAAEABQKuNAAAAQAFAsU0AAABAAUC1DQAAAEABQLtNAAAAQAFAvs0AAABAAUCDDUAAAEABQIbNQAAA+YABRgGAQAFAhw1AAAFEgYBAAUCIjUAAAMDBgEABQInNQAABgEABQIqNQAAAwEFFQYBAAUCMDUAAAUiBgEABQJANQAAA79+BQUGAQAFAkE1AAAGAQAFAk41AAABAAUCTzUAAAEABQJeNQAAAQAFAnA1AAABAAUCgjUAAAEABQKONQAAAQAFAq81AAADwQEFFQYBAAUCwjUAAAPAfgUPAQAFAsc1AAAFDgYBAAUCyjUAAAUJAQAFAuc1AAADAgUhBgEABQLvNQAABR4GAQAFAvY1AAADBAUbBgEABQICNgAABSgGAQAFAgU2AAADAQUWBgEABQIKNgAABREGAQAFAhQ2AAADAgUVBgEABQItNgAAAwMFEgEABQI7NgAAAwEFEQEABQI+NgAABSQGAQAFAj82AAADfwUSBgEABQJCNgAAAwEFEQEABQJJNgAAAwEFGQEABQJVNgAAAwYFFgEABQJYNgAAA3wFEQEABQJeNgAAAwcFCwEABQJlNgAABRAGAQAFAm02AAADAQUdBgEABQJ4NgAABTUGAQAFAns2AAADAQUNBgEABQKENgAAAwIFIQEABQKKNgAAAwEFDQEABQKRNgAABgEABQKcNgAAAQAFAq42AAABAAUCvjYAAAEABQLONgAAAQAFAt02AAADAQUSBgEABQLhNgAABgEABQLiNgAABREBAAUC6DYAAAMEBQUGAQAFAu42AAADAQUXAQAFAvg2AAAFJAYBAAUC+zYAAAMBBRIGAQAFAgI3AAADBAUNAQAFAhE3AAAGAQAFAi43AAADegUFBgEABQI0NwAAAwoFEAEABQI5NwAABScGAQAFAkE3AAAFLgEABQJENwAABRkBAAUCRTcAAAUJAQAFAkc3AAADBQURBgEABQJONwAABgEABQJaNwAAAQAFAlw3AAADewUnBgEABQJiNwAAAwUFEQEABQJnNwAABgEABQJrNwAAAQAFAoI3AAABAAUCkTcAAAEABQKqNwAAAQAFArg3AAABAAUCyTcAAAEABQLPNwAAA5YBBRcGAQAFAtc3AAAFEAYBAAUC3DcAAAUNAQAFAt43AAAFFwEABQLgNwAAAwIFHwYBAAUC5jcAAAN/BScBAAUC8zcAAAMCBRcBAAUC9DcAAAURBgEABQL2NwAAAwEFJgYBAAUC+DcAAAMBBRwBAAUC/jcAAAN/BSYBAAUCADgAAAUoBgEABQIFOAAABSYBAAUCETgAAAMCBREGAQAFAiU4AAADAQEABQIsOAAAAwQFHAEABQIwOAAAAwEFGAEABQI0OAAAA38FHAEABQJCOAAAAwIFEQEABQJdOAAAAwIFEwEABQJjOAAAA3EFFwEABQJnOAAAAxQFGwEABQJrOAAABRUGAQAFAnA4AAAFEgEABQJyOAAAAwEFKAYBAAUCgzgAAAMBBR8BAAUChzgAAAMBBSUBAAUCjDgAAAUjBgEABQKYOAAAAwEFHQYBAAUCmTgAAAUVBgEABQKiOAAAAwEFDQYBAAUCqjgAAAMBBRMBAAUCsDgAAAOTewUFAQAFAr84AAADCQUNAQAFAsg4AAADdwUFAQAFAsw4AAAD/XgFIAEABQLQOAAAA4MHBQUBAAUC2jgAAAP8eAUbAQAFAt44AAADhAcFBQEABQLgOAAAA6J5BRMBAAUC7zgAAAMCBTYBAAUC8zgAAAPcBgUFAQAFAvc4AAADgHkFIAEABQL7OAAAA4AHBQUBAAUC/zgAAAOHeQUUAQAFAhM5AAADggcFDQEABQIhOQAAAwEFDwEABQImOQAABQkGAQAFAig5AAADAgUMBgEABQI0OQAABQkGAQAFAjk5AAAFDAEABQI7OQAAAwEFGAYBAAUCPzkAAAUiBgEABQJEOQAAAwEFEAYBAAUCSTkAAAUgBgEABQJTOQAAAxoFIQYBAAUCXDkAAAUJBgEABQJeOQAABSEBAAUCZjkAAAMDBR4GAQAFAmo5AAAFGgYBAAUCdDkAAAOadQUZBgEABQJ9OQAABRIGAQAFAoI5AAAFHgEABQKEOQAABTcBAAUCizkAAAUxAQAFAow5AAAFJgEABQKPOQAABQ0BAAUCkjkAAAMCBRcGAQAFApc5AAAFDQYBAAUCnzkAAAPoCgUhBgEABQKlOQAAAwEFFgEABQKmOQAABREGAQAFArA5AAADAwUWBgEABQK+OQAABRUGAQAFAsE5AAADAQU4BgEABQLGOQAABR8GAQAFAtE5AAAFGwEABQLVOQAAAwIGAQAFAto5AAAFIAYBAAUC5DkAAAEABQLnOQAAAwEFGQYBAAUC7zkAAAUuBgEABQL/OQAAAwEFGgYBAAUCBDoAAAUpBgEABQIOOgAAAwEFIwYBAAUCEjoAAAU6BgEABQIXOgAAA30FFQYBAAUCHDoAAAMLAQAFAiw6AAADAgUXAQAFAi06AAAFKQYBAAUCLzoAAAMBBR8GAQAFAjM6AAAFPQYBAAUCOjoAAAVGAQAFAj86AAAFQQEABQJAOgAABTYBAAUCQToAAAN/BREGAQAFAk46AAADCAUUAQAFAk86AAAFEQYBAAUCVjoAAAEABQJbOgAAAwMFJAYBAAUCeToAAAMBBR8BAAUCejoAAAUZBgEABQKDOgAAAwEFLAYBAAUCizoAAAMBBSEBAAUCjDoAAAUdBgEABQKOOgAAAwEFIwYBAAUCoToAAAMCBSQBAAUCrzoAAAMGBRQBAAUCsDoAAAURBgEABQLHOgAAA3AFEwYBAAUCyDoAAAUNBgEABQLLOgAAAxUFEQYBAAUC5DoAAAMPBQkBAAUC5joAAAMFBRoBAAUC7joAAAMBBRsBAAUC9joAAAMCBRQBAAUC9zoAAAUeBgEABQL9OgAAAQAFAgc7AAADAQUkBgEABQISOwAAAwEFIAEABQITOwAABRsGAQAFAhc7AAADCgYBAAUCLjsAAAUqBgEABQIyOwAABSUBAAUCMzsAAAUNAQAFAjU7AAAFGwEABQI3OwAAAwEFHgYBAAUCPjsAAAN/BRsBAAUCSDsAAAMDBQ4BAAUCTDsAAAUNBgEABQJWOwAAAxkFLAYBAAUCXzsAAAU3BgEABQJmOwAABTEBAAUCaTsAAAUlAQAFAmw7AAADAQU3BgEABQJ3OwAAA2YFDQEABQJ6OwAAAwEFFAEABQKEOwAABSQGAQAFApE7AAAFFAEABQKTOwAAAwEFHwYBAAUCmjsAAAMBBRkBAAUCoDsAAAMBAQAFAqY7AAADfwEABQKyOwAAAwQFHwEABQK2OwAAA3wFGQEABQK6OwAAAwMFIAEABQK+OwAABRYGAQAFAsI7AAADfQUZBgEABQLGOwAAAwIFGwEABQLQOwAAA/Z9BRcBAAUC1jsAAAMBBQ4BAAUC3DsAAAN/BRcBAAUC3TsAAAMBBREBAAUC5zsAAAUYBgEABQLoOwAABRsBAAUC8TsAAAN+BSEGAQAFAvY7AAAFEwYBAAUC9zsAAAUFAQAFAvo7AAADdAUMBgEABQIAPAAAA50CBTUBAAUCBTwAAAPffQUVAQAFAgs8AAADBAUMAQAFAhE8AAADfAUVAQAFAhY8AAADAgULAQAFAhk8AAADAwUQAQAFAh88AAADfwUMAQAFAiE8AAADfQUeAQAFAiY8AAADAwUMAQAFAjI8AAADAgUVAQAFAjM8AAAFDQYBAAUCNjwAAAMCBQUGAQAFAj08AAAFJwYBAAUCQDwAAAN8BQwGAQAFAkQ8AAADBQUdAQAFAkg8AAAFEwYBAAUCTzwAAAOpAgUSBgEABQJXPAAABSgGAQAFAlk8AAADAgURBgEABQJnPAAAAwEFGgEABQJxPAAAAwEFKAEABQJ3PAAAA8p9BRUBAAUCfTwAAAO2AgUoAQAFAoM8AAADyn0FFQEABQKIPAAAAwEFHgEABQKLPAAAAwMFDAEABQKRPAAAA7ICBSgBAAUCmTwAAAUwBgEABQKcPAAAA8x9BQsGAQAFAqE8AAADAwUQAQAFAq08AAADAQUVAQAFAq48AAAFDQYBAAUCsTwAAAMCBQUGAQAFArg8AAAFJwYBAAUCuzwAAAOuAgUoBgEABQK/PAAAA9N9BR0BAAUCwzwAAAUTBgEABQLKPAAAA7ACBSAGAQAFAtQ8AAAFGwYBAAUC2TwAAAUgAQAFAts8AAADAQUjBgEABQLyPAAAAwIFJwEABQIHPQAABSwGAQAFAgw9AAADAQU7BgEABQIRPQAAA38FIAEABQIaPQAAAwMFFgEABQIiPQAABSwGAQAFAis9AAADl3QFGQYBAAUCND0AAAUSBgEABQI7PQAABTcBAAUCQj0AAAUxAQAFAkM9AAAFJgEABQJLPQAAAwIFFwYBAAUCVD0AAAPnCwUsAQAFAlc9AAADAwUeAQAFAl49AAADAQEABQJvPQAAA+l9BRMBAAUChz0AAAMFBQUBAAUCjz0AAAN8BRoBAAUCoT0AAAMCBRMBAAUCqD0AAAMBBRoBAAUCrT0AAAMIBRIBAAUCtD0AAAUJBgEABQK4PQAAAwIFEAYBAAUCwj0AAAN/BSMBAAUC1T0AAAMCBRkBAAUC1j0AAAURBgEABQLgPQAAAwMFHQYBAAUC5D0AAAUXBgEABQLnPQAABQ4BAAUC6T0AAAMBBSIGAQAFAus9AAADAQUPAQAFAvE9AAADfwUiAQAFAgg+AAADAgUJAQAFAhk+AAADAwUOAQAFAig+AAAFDQYBAAUCLj4AAAMBBRwGAQAFAjo+AAADAQUNAQAFAjs+AAAGAQAFAj0+AAABAAUCTT4AAAEABQJWPgAAAQAFAl0+AAABAAUCYj4AAAEABQJkPgAAAQAFAnk+AAABAAUCfz4AAAEABQKQPgAAAQAFApc+AAABAAUCpT4AAAEABQKnPgAAAQAFAq4+AAABAAUCsj4AAAEABQLJPgAAAQAFAtg+AAABAAUC3T4AAAEABQL0PgAAAQAFAgI/AAABAAUCEz8AAAEABQIXPwAAAQAFAhw/AAABAAUCLj8AAAEABQI2PwAAAQAFAjg/AAABAAUCPz8AAAEABQJDPwAAAQAFAl4/AAABAAUCZj8AAAEABQJnPwAAAQAFAm0/AAABAAUCcz8AAAEABQJ6PwAAAQAFAoE/AAABAAUChj8AAAEABQKVPwAAAQAFApo/AAABAAUCoz8AAAEABQKxPwAAAwIFEwYBAAUCuD8AAAN/BRgBAAUCwD8AAAMDBQkBAAUC6D8AAAMBAQAFAuk/AAAGAQAFAvQ/AAABAAUC+z8AAAEABQIPQAAAAQAFAhFAAAABAAUCI0AAAAEABQIrQAAAAQAFAldAAAABAAUCWEAAAAEABQJnQAAAAQAFAnlAAAABAAUCi0AAAAEABQKXQAAAAQAFArhAAAABAAUC0UAAAAEABQLlQAAAAQAFAudAAAABAAUC6UAAAAEABQIDQQAAAQAFAg1BAAABAAUCI0EAAAEABQIuQQAAAQAFAjRBAAABAAUCREEAAAEABQJJQQAAAQAFAk5BAAABAAUCU0EAAAEABQJzQQAAA7l/BQwGAQAFAnlBAAAD4QAFKQEABQJ+QQAAA5t/BRUBAAUChEEAAAMEBQwBAAUCikEAAAN8BRUBAAUCj0EAAAMCBQsBAAUCkkEAAAMDBRABAAUCmEEAAAN/BQwBAAUCmkEAAAN9BR4BAAUCn0EAAAMDBQwBAAUCq0EAAAMCBRUBAAUCrEEAAAUNBgEABQKvQQAAAwIFBQYBAAUCtkEAAAUnBgEABQK5QQAAA3wFDAYBAAUCvUEAAAMFBR0BAAUCwUEAAAUTBgEABQLLQQAAA9IABRUGAQAFAtFBAAADqX8FDAEABQLXQQAAA9cABRUBAAUC3EEAAAN/BRsBAAUC30EAAAMCBRcBAAUC6EEAAAMBBSEBAAUC6UEAAAUWBgEABQLqQQAABREBAAUC70EAAAMMBQUGAQAFAvZBAAADAQUOAQAFAvdBAAADmn8FDAEABQL5QQAAA+YABQ4BAAUCAEIAAAOafwUMAQAFAgRCAAAD5gAFDgEABQILQgAAA5p/BQwBAAUCEUIAAAPbAAUkAQAFAhJCAAADDwURAQAFAhZCAAADln8FDAEABQIYQgAAA+gABREBAAUCHkIAAAOYfwUMAQAFAiBCAAAD5wAFEQEABQImQgAAA5l/BQwBAAUCKkIAAAPpAAUTAQAFAjJCAAADcwUXAQAFAjtCAAADEwURAQAFAkJCAAADAgUeAQAFAklCAAADfQUbAQAFAkxCAAADAwUlAQAFAlRCAAADCAUNAQAFAllCAAAFCQYBAAUCW0IAAAMEBgEABQJoQgAAA34FHAEABQJzQgAAAwIFCQEABQKFQgAAAwEBAAUChkIAAAYBAAUCkUIAAAEABQKYQgAAAQAFAqxCAAABAAUCrkIAAAEABQLAQgAAAQAFAshCAAABAAUC9EIAAAEABQL1QgAAAQAFAgRDAAABAAUCFkMAAAEABQIoQwAAAQAFAjRDAAABAAUCWUMAAAEABQJxQwAAAQAFAoVDAAABAAUCh0MAAAEABQKJQwAAAQAFAqZDAAABAAUCsEMAAAEABQLGQwAAAQAFAtFDAAABAAUC10MAAAEABQLnQwAAAQAFAuxDAAABAAUC8UMAAAEABQL2QwAAAQAFAhlEAAADSQYBAAUCHkQAAAYBAAUCRkQAAAMFBQwGAQAFAkxEAAADMgUJAQAFAlFEAAAGAQAFAnhEAAADyQEFFQYBAAUCfkQAAAUQBgEABQKDRAAABQ0BAAUChUQAAAUVAQAFAodEAAADAQUnBgEABQKSRAAAA38FFQEABQKWRAAAAwIFHgEABQKaRAAAAwEFJAEABQKfRAAABSIGAQAFAqtEAAADAQUdBgEABQKsRAAABRUGAQAFArVEAAADAQUNBgEABQK9RAAAAwMFFAEABQLDRAAAAwQFBQEABQLHRAAABgEABQLRRAAAA/cBBREGAQAFAthEAAAGAQAFAuxEAAABAAUC8kQAAAEABQL0RAAAAQAFAvtEAAABAAUC/0QAAAEABQIYRQAAAQAFAiBFAAABAAUCIUUAAAEABQInRQAAAQAFAi1FAAABAAUCNEUAAAEABQI7RQAAAQAFAkBFAAABAAUCU0UAAAEABQJXRQAAAQAFAmBFAAABAAUCdkUAAAMBBRsGAQAFAndFAAAFFQYBAAUCeUUAAAMBBgEABQKjRQAAAwIBAAUCskUAAAMBAQAFAsdFAAADAQEABQLIRQAABgEABQLTRQAAAQAFAtpFAAABAAUC7kUAAAEABQLwRQAAAQAFAgJGAAABAAUCCkYAAAEABQI2RgAAAQAFAjdGAAABAAUCRkYAAAEABQJYRgAAAQAFAmpGAAABAAUCdkYAAAEABQKXRgAAAQAFArpGAAABAAUCwEYAAAEABQLCRgAAAQAFAuhGAAABAAUC/kYAAAEABQIJRwAAAQAFAg9HAAABAAUCH0cAAAEABQIkRwAAAQAFAilHAAABAAUCLkcAAAEABQJORwAAAQAFAlNHAAABAAUCe0cAAAMCBRgGAQAFAoFHAAADHgUNAQAFAohHAAAGAQAFApxHAAABAAUCokcAAAEABQKkRwAAAQAFAqtHAAABAAUCr0cAAAEABQLGRwAAAQAFAs5HAAABAAUCz0cAAAEABQLVRwAAAQAFAttHAAABAAUC4kcAAAEABQLpRwAAAQAFAu5HAAABAAUCAUgAAAEABQIFSAAAAQAFAg5IAAABAAUCJEgAAAMBBRcGAQAFAiVIAAAFEQYBAAUCJ0gAAAMBBgEABQJRSAAAAwIBAAUCYEgAAAMBAQAFAm5IAAADAQEABQJ5SAAABgEABQJ+SAAAAQAFAoVIAAABAAUCk0gAAAEABQKbSAAAAQAFAp1IAAABAAUCn0gAAAEABQKvSAAAAQAFArdIAAABAAUC1EgAAAEABQLpSAAAAwIFFAYBAAUC7UgAAAOUAQUBAQAFAvdIAAAAAQEABQL5SAAAA48lAQAFAghJAAADBwUJCgEABQITSQAAAwUFGAEABQIiSQAAAw0FIAEABQIjSQAAAwEFIgEABQIuSQAAAwEFFgEABQIvSQAABRUGAQAFAjVJAAADAgUZBgEABQI2SQAABgEABQJASQAAAwcFKgYBAAUCS0kAAAMDBR0BAAUCTkkAAAYBAAUCV0kAAAMBBSoGAQAFAl9JAAAFIwYBAAUCYkkAAAUhAQAFAmtJAAADAQYBAAUCbEkAAAYBAAUCbkkAAAEABQJ+SQAAAQAFAodJAAABAAUCjkkAAAEABQKTSQAAAQAFApVJAAABAAUCqkkAAAEABQKwSQAAAQAFAsFJAAABAAUCyEkAAAEABQLWSQAAAQAFAthJAAABAAUC30kAAAEABQLjSQAAAQAFAvpJAAABAAUCCUoAAAEABQIOSgAAAQAFAiVKAAABAAUCM0oAAAEABQJESgAAAQAFAkhKAAABAAUCTUoAAAEABQJfSgAAAQAFAmdKAAABAAUCaUoAAAEABQJwSgAAAQAFAnRKAAABAAUCj0oAAAEABQKXSgAAAQAFAphKAAABAAUCnkoAAAEABQKkSgAAAQAFAqtKAAABAAUCskoAAAEABQK3SgAAAQAFAsZKAAABAAUCy0oAAAEABQLUSgAAAQAFAuRKAAADAgUtBgEABQLtSgAABTIGAQAFAvBKAAAFQAEABQLxSgAABSYBAAUC80oAAAMBBSwGAQAFAgFLAAADAQUhAQAFAhlLAAADwgAFAQEABQIbSwAAA0cFFQEABQI3SwAAAwEFGgEABQI6SwAAAwEFKQEABQJCSwAABSIGAQAFAkdLAAAFKQEABQJJSwAAAwIFJQYBAAUCT0sAAAN+BSkBAAUCU0sAAAMBBTgBAAUCZksAAAMCBS0BAAUCZ0sAAAUlBgEABQJqSwAAA30FKQYBAAUCbksAAAMEBSoBAAUCcksAAAUjBgEABQJ1SwAAAwEFKAYBAAUCeUsAAAMBBSwBAAUCfUsAAAN/BSgBAAUChUsAAAMyBQEBAAUCh0sAAANJBSkBAAUCi0sAAAMMBS4BAAUCj0sAAAUnBgEABQKSSwAABSIBAAUClEsAAAMBBTcGAQAFApZLAAADAQUkAQAFApxLAAADfwU3AQAFArNLAAADAgUdAQAFAsFLAAADKAUBAQAFAsdLAAADXAUsAQAFAshLAAADAQUjAQAFAtZLAAADAQUdAQAFAtdLAAAGAQAFAtlLAAABAAUC6UsAAAEABQLySwAAAQAFAvlLAAABAAUC/ksAAAEABQIATAAAAQAFAhVMAAABAAUCG0wAAAEABQIsTAAAAQAFAjNMAAABAAUCQUwAAAEABQJDTAAAAQAFAklMAAABAAUCTkwAAAEABQJSTAAAAQAFAmlMAAABAAUCeEwAAAEABQJ9TAAAAQAFApRMAAABAAUCokwAAAEABQKzTAAAAQAFArdMAAABAAUCvEwAAAEABQLOTAAAAQAFAtZMAAABAAUC2EwAAAEABQLfTAAAAQAFAuNMAAABAAUC/kwAAAEABQIGTQAAAQAFAgdNAAABAAUCDU0AAAEABQITTQAAAQAFAhpNAAABAAUCIU0AAAEABQImTQAAAQAFAjVNAAABAAUCOk0AAAEABQJDTQAAAQAFAldNAAADAQYBAAUCZU0AAAMBBSoBAAUCbU0AAAUjBgEABQJuTQAABSEBAAUCcE0AAAUqAQAFAnJNAAADAQUsBgEABQJ4TQAAAx8FAQEABQKATQAAA2cFGQEABQKgTQAAAwIBAAUCoU0AAAYBAAUCrE0AAAMBBgEABQKzTQAABgEABQLHTQAAAQAFAslNAAABAAUC200AAAEABQLjTQAAAQAFAv9NAAADFgUBBgEABQIOTgAAA28FGQEABQIPTgAABgEABQIeTgAAAQAFAjBOAAABAAUCQk4AAAEABQJOTgAAAQAFAnNOAAABAAUCi04AAAEABQKjTgAAAQAFAqVOAAABAAUCp04AAAEABQLETgAAAQAFAs5OAAABAAUC5E4AAAEABQLvTgAAAQAFAvVOAAABAAUCBU8AAAEABQIKTwAAAQAFAg9PAAABAAUCFE8AAAEABQI3TwAAAQAFAjxPAAABAAUCY08AAAMCBR0GAQAFAnJPAAAGAQAFAnpPAAADDwUBBgEABQJ7TwAAAAEBAAUCfU8AAAOKKQEABQKCTwAAAwIFCQoBAAUCiE8AAAMBBQ8BAAUCjE8AAAMrBQUBAAUClE8AAANXBRQBAAUClU8AAAUOBgEABQKXTwAAAwEFCQYBAAUCm08AAAYBAAUCoE8AAAMoBQUGAQAFAqhPAAADYQUaAQAFAq9PAAADfwUVAQAFArlPAAADDAUeAQAFArtPAAADAgURAQAFAsRPAAADAgUXAQAFAsVPAAADEAUFAQAFAsdPAAADdwUXAQAFAs1PAAADAQUVAQAFAtNPAAADCAUFAQAFAuFPAAADeQUhAQAFAulPAAAFMwYBAAUC708AAAUhAQAFAvBPAAAFMQEABQLxTwAAAwEFLQYBAAUC+k8AAAUpBgEABQL7TwAABRUBAAUC/k8AAAMBBgEABQICUAAAAwUFBQEABQIFUAAAAAEBAAUCB1AAAAOVJgEABQIaUAAAAwIFFgoBAAUCLlAAAAMCBQkBAAUCL1AAAAMCBQ0BAAUCOFAAAAO7eAUJAQAFAjlQAAAGAQAFAj1QAAADiggFBQYBAAUCR1AAAAP5dwUXAQAFAkhQAAAFEQYBAAUCSVAAAAUlAQAFAk9QAAADAQUSBgEABQJUUAAABSQGAQAFAlxQAAAFMAEABQJdUAAABRgBAAUCXlAAAAN/BQkGAQAFAmNQAAADhwgFBQEABQJsUAAAA75/BRoBAAUCdVAAAAUSBgEABQJ3UAAAAwEFJAYBAAUCgFAAAAMBBRcBAAUCgVAAAAURBgEABQKJUAAAAwIGAQAFApNQAAADfwUfAQAFAp5QAAADAgURAQAFAq9QAAADAQEABQK4UAAAAwQFHQEABQLEUAAABRcGAQAFAsdQAAAFEgEABQLJUAAABR0BAAUCy1AAAAMBBR4GAQAFAs9QAAAFGQYBAAUC0lAAAAUmAQAFAtdQAAAFEQEABQLfUAAAAwQGAQAFAulQAAADfwUkAQAFAu5QAAADfwUtAQAFAvlQAAADAwUrAQAFAvpQAAAFHgYBAAUC/VAAAAMBBRgGAQAFAv9QAAADAQUcAQAFAgVRAAADfwUYAQAFAhBRAAADeQUdAQAFAhRRAAADDAEABQIYUQAABRcGAQAFAhtRAAAFEgEABQIdUQAAAwEFHQYBAAUCJ1EAAAMBBRkBAAUCKlEAAAUfBgEABQIvUQAABREBAAUCMVEAAAMBBS4GAQAFAj5RAAADAQUbAQAFAj9RAAAFFQYBAAUCR1EAAAMDBgEABQJRUQAAA34FIwEABQJcUQAAAwMFFQEABQJgUQAAA34FIwEABQJlUQAAAwIFFQEABQJsUQAAAwEBAAUCglEAAAMGAQAFAr5RAAADBwUTAQAFAshRAAAFEgYBAAUCzlEAAAMBBR8GAQAFAs9RAAADAQUZAQAFAtJRAAAFJAYBAAUC11EAAAURAQAFAtlRAAADAQUzBgEABQLpUQAAAwEFEQEABQLqUQAABgEABQLsUQAAAQAFAvxRAAABAAUCBVIAAAEABQIMUgAAAQAFAhFSAAABAAUCE1IAAAEABQIoUgAAAQAFAi5SAAABAAUCP1IAAAEABQJGUgAAAQAFAlRSAAABAAUCVlIAAANLBQkGAQAFAlxSAAADNQURAQAFAmFSAAAGAQAFAmVSAAABAAUCfFIAAAEABQKLUgAAAQAFApBSAAABAAUCp1IAAAEABQK1UgAAAQAFAsZSAAABAAUCylIAAAEABQLPUgAAAQAFAuFSAAABAAUC6VIAAAEABQLrUgAAAQAFAvJSAAABAAUC9lIAAAEABQIRUwAAAQAFAhlTAAABAAUCGlMAAAEABQIgUwAAAQAFAiZTAAABAAUCLVMAAAEABQI0UwAAAQAFAjlTAAABAAUCSFMAAAEABQJNUwAAAQAFAlZTAAABAAUCalMAAAMBBRsGAQAFAmtTAAAFFQYBAAUCc1MAAAMCBgEABQKYUwAAAwQBAAUColMAAAN/BSMBAAUCrVMAAAMCBRUBAAUCw1MAAAMBAQAFAs9TAAADCQUFAQAFAtJTAAAAAQEABQLUUwAAA8wiAQAFAuFTAAADAQUWCgEABQLoUwAAAwEFCgEABQL2UwAABQkGAQAFAvxTAAADAwUNBgEABQL9UwAABgEABQIFVAAAAwcFDwYBAAUCDFQAAAMCBQ0BAAUCElQAAAMBBRkBAAUCFlQAAAN8BRABAAUCG1QAAAMEBRMBAAUCHlQAAAURBgEABQInVAAAAwEGAQAFAihUAAAGAQAFAipUAAABAAUCOlQAAAEABQJDVAAAAQAFAkhUAAABAAUCTVQAAAEABQJPVAAAAQAFAmRUAAABAAUCa1QAAAEABQJ5VAAAAQAFAntUAAADfgUNBgEABQKBVAAAAwIFEQEABQKGVAAABgEABQKKVAAAAQAFAqFUAAABAAUCsFQAAAEABQK1VAAAAQAFAsxUAAABAAUC2lQAAAEABQLrVAAAAQAFAu9UAAABAAUC9FQAAAEABQIGVQAAAQAFAg5VAAABAAUCEFUAAAEABQIXVQAAAQAFAhtVAAABAAUCNlUAAAEABQI+VQAAAQAFAj9VAAABAAUCRVUAAAEABQJLVQAAAQAFAlJVAAABAAUCWVUAAAEABQJeVQAAAQAFAm1VAAABAAUCclUAAAEABQJ7VQAAAQAFAotVAAADAgUdBgEABQKUVQAABSIGAQAFApdVAAAFMAEABQKYVQAABRYBAAUCmlUAAAMBBRsGAQAFAqhVAAADAQURAQAFAr1VAAADLgUBAQAFAr9VAAADTgURAQAFAsVVAAAGAQAFAtRVAAADDgUOBgEABQLiVQAABQ0GAQAFAuhVAAADAQUcBgEABQLsVQAABRYGAQAFAu9VAAAFEQEABQLxVQAAAwEFKwYBAAUC81UAAAMBBRgBAAUC+VUAAAN/BSsBAAUCEFYAAAMCBSEBAAUCEVYAAAUZBgEABQIUVgAAA34FKwYBAAUCGFYAAAMDBR0BAAUCHFYAAAUXBgEABQIdVgAABRUBAAUCH1YAAAN9BSsGAQAFAiNWAAADBQUfAQAFAidWAAADewUrAQAFAitWAAADBAUbAQAFAi9WAAADHgUBAQAFAjFWAAADZwUhAQAFAjlWAAAFGwYBAAUCPFYAAAUWAQAFAj5WAAAFIQEABQJAVgAAAwIFFwYBAAUCRlYAAAN+BSEBAAUCSlYAAAMBBSoBAAUCXVYAAAMCBREBAAUCa1YAAAMWBQEBAAUCcVYAAANuBSABAAUCclYAAAMBBRcBAAUCgFYAAAMBBREBAAUCgVYAAAYBAAUCg1YAAAEABQKTVgAAAQAFApxWAAABAAUCo1YAAAEABQKoVgAAAQAFAqpWAAABAAUCv1YAAAEABQLFVgAAAQAFAtZWAAABAAUC3VYAAAEABQLrVgAAAQAFAvNWAAABAAUC+FYAAAEABQL8VgAAAQAFAhNXAAABAAUCIlcAAAEABQInVwAAAQAFAj5XAAABAAUCTFcAAAEABQJdVwAAAQAFAmFXAAABAAUCZlcAAAEABQJ4VwAAAQAFAoBXAAABAAUCglcAAAEABQKJVwAAAQAFAo1XAAABAAUCqFcAAAEABQKwVwAAAQAFArFXAAABAAUCt1cAAAEABQK9VwAAAQAFAsRXAAABAAUCy1cAAAEABQLQVwAAAQAFAt9XAAABAAUC5FcAAAEABQLtVwAAAQAFAgFYAAADAQYBAAUCD1gAAAMBBR0BAAUCF1gAAAUXBgEABQIYWAAABRUBAAUCGlgAAAUdAQAFAhxYAAADAQUfBgEABQIiWAAAAw0FAQEABQIqWAAAA3kFDQEABQJKWAAAAwIFCQEABQJLWAAABgEABQJWWAAAAQAFAl1YAAABAAUCcVgAAAEABQJzWAAAAQAFAoVYAAABAAUCjVgAAAEABQKpWAAAAwUFAQYBAAUCuFgAAAN7BQkBAAUCuVgAAAYBAAUCyFgAAAEABQLaWAAAAQAFAuxYAAABAAUC+FgAAAEABQIdWQAAAQAFAjVZAAABAAUCS1kAAAEABQJNWQAAAQAFAk9ZAAABAAUCbFkAAAEABQJ2WQAAAQAFAoxZAAABAAUCl1kAAAEABQKdWQAAAQAFAq1ZAAABAAUCslkAAAEABQK3WQAAAQAFArxZAAABAAUC3FkAAAMFBQEGAQAFAt5ZAAADewUJAQAFAuNZAAAGAQAFAgpaAAADBQUBBgEABQILWgAAAAEBAAUCDFoAAAOAJgEABQIRWgAAAwMFCQoBAAUCIFoAAAMBBRoBAAUCLFoAAAMBAQAFAjVaAAAFJwYBAAUCNloAAAU6AQAFAkVaAAAFDQEABQJJWgAAAwQFCwYBAAUCT1oAAAMBBRIBAAUCWFoAAAUVBgEABQJfWgAABQkBAAUCZloAAAMBBgEABQJsWgAAAwEFBQEABQJvWgAAAAEBtAAAAAQAeAAAAAEBAfsODQABAQEBAAAAAQAAAXN5c3RlbS9saWIvbGliYwAvdXNyL2xpYi9sbHZtLTE0L2xpYi9jbGFuZy8xNC4wLjYvaW5jbHVkZQAAZW1zY3JpcHRlbl9nZXRfaGVhcF9zaXplLmMAAQAAc3RkZGVmLmgAAgAAAAAFAnBaAAADCgEABQJxWgAAAwEFCgoBAAUCdVoAAAUoBgEABQJ2WgAABQMBAAUCd1oAAAABAZYBAAAEAMcAAAABAQH7Dg0AAQEBAQAAAAEAAAFkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAc3lzdGVtL2xpYgBkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2Vtc2NyaXB0ZW4AL3Vzci9saWIvbGx2bS0xNC9saWIvY2xhbmcvMTQuMC42L2luY2x1ZGUAAGFsbHR5cGVzLmgAAQAAc2Jyay5jAAIAAGhlYXAuaAADAABzdGRkZWYuaAAEAAAAAAUCeFoAAAMxBAIBAAUCfVoAAAMRBRkKAQAFAolaAAADcwUaAQAFAoxaAAAFHwYBAAUCjVoAAAMPBSEGAQAFApJaAAADAwUXAQAFAqNaAAADAwUQAQAFAqlaAAADAQURAQAFAqpaAAAFCQYBAAUCrFoAAAMCBQwGAQAFArBaAAAFCwYBAAUCtFoAAAMRBQ8GAQAFArxaAAADDwUBAQAFAsBaAAADfgUDAQAFAsRaAAAGAQAFAslaAAADAgUBBgEABQLKWgAAAAEBMgEAAAQAhwAAAAEBAfsODQABAQEBAAAAAQAAAXN5c3RlbS9saWIvY29tcGlsZXItcnQvbGliL2J1aWx0aW5zAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwAAYXNobHRpMy5jAAEAAGludF90eXBlcy5oAAEAAGFsbHR5cGVzLmgAAgAAAAAFAstaAAADFAEABQLXWgAAAwUFCQoBAAUC2FoAAAUHBgEABQLhWgAAAwIFJwYBAAUC4loAAAUhBgEABQLtWgAAAwIFCQYBAAUC91oAAAMDBUoBAAUC+loAAAU4BgEABQL8WgAAA38FIAYBAAUCAVsAAAMBBSMBAAUCBFsAAAUpBgEABQIHWwAAA38FIAYBAAUCD1sAAAMEBQEBAAUCHlsAAAABATABAAAEAIcAAAABAQH7Dg0AAQEBAQAAAAEAAAFzeXN0ZW0vbGliL2NvbXBpbGVyLXJ0L2xpYi9idWlsdGlucwBkZWJpYW4vZW1fY2FjaGUvc3lzcm9vdC9pbmNsdWRlL2JpdHMAAGxzaHJ0aTMuYwABAABpbnRfdHlwZXMuaAABAABhbGx0eXBlcy5oAAIAAAAABQIfWwAAAxQBAAUCK1sAAAMFBQkKAQAFAixbAAAFBwYBAAUCNVsAAAMCBScGAQAFAjZbAAAFIQYBAAUCQVsAAAMCBQkGAQAFAktbAAADAwU0AQAFAk5bAAAFIgYBAAUCUFsAAAN/BgEABQJVWwAAAwEFSQEABQJYWwAABToGAQAFAltbAAADfwUiBgEABQJjWwAAAwQFAQEABQJyWwAAAAEBAQMAAAQAngAAAAEBAfsODQABAQEBAAAAAQAAAXN5c3RlbS9saWIvY29tcGlsZXItcnQvbGliL2J1aWx0aW5zAGRlYmlhbi9lbV9jYWNoZS9zeXNyb290L2luY2x1ZGUvYml0cwAAZnBfdHJ1bmMuaAABAABhbGx0eXBlcy5oAAIAAHRydW5jdGZkZjIuYwABAABmcF90cnVuY19pbXBsLmluYwABAAAAAAUCdFsAAAMQBAMBAAUCl1sAAAM5BR8EBAoBAAUCpFsAAAMEBQwBAAUCslsAAAUfBgEABQKzWwAABRgBAAUCtFsAAAUHAQAFArpbAAADBAUWBgEABQLRWwAAAwMFJgEABQLeWwAAAwIFEwEABQLfWwAABQkGAQAFAu5bAAADAQUQBgEABQIQXAAAAwIFGAEABQIUXAAABQ4GAQAFAhxcAAADAQUeBgEABQIdXAAABREGAQAFAiNcAAADAQUTBgEABQJFXAAABQ4GAQAFAktcAAADBwUeBgEABQJbXAAAA38FDwEABQKHXAAAAwIFEwEABQKIXAAABQ4GAQAFApJcAAADBwUbBgEABQKTXAAABRYGAQAFAppcAAADBgUPBgEABQKbXAAABQkGAQAFAp1cAAADAwUoBgEABQLBXAAABTQGAQAFAsJcAAAFKAEABQLOXAAAA3gFNgYBAAUC0VwAAAMJBTcBAAUC3FwAAAMBBSsBAAUC4VwAAAN/BTcBAAUC51wAAAMBBSsBAAUC+VwAAAMBBTsBAAUC+lwAAAN9BSgBAAUCCl0AAAU+BgEABQIOXQAAAwEFQgYBAAUCD10AAAMCBTsBAAUCHF0AAAMCBRUBAAUCHV0AAAULBgEABQIjXQAAAwEFEgYBAAUCNV0AAAMCBRoBAAUCOV0AAAUQBgEABQI/XQAAAwEFIAYBAAUCQF0AAAUTBgEABQJGXQAAA5R/BTYEAwYBAAUCXF0AAAPxAAUcBAQBAAUCXl0AAANPBQsEAQEABQJfXQAAA0AFNgQDAQAFAmBdAAAAAQEA69eAgAAKLmRlYnVnX3N0cnBhZ2VzegBfX3N5c2NhbGxfc2V0cHJpb3JpdHkAX19zeXNjYWxsX2dldHByaW9yaXR5AHNjaGVkX3ByaW9yaXR5AGdyYW51bGFyaXR5AHNyY0luZmluaXR5AGVudHJ5AGNhcnJ5AGNhbmFyeQBfX21lbWNweQBwdGhyZWFkX211dGV4X2Rlc3Ryb3kAcHRocmVhZF9tdXRleGF0dHJfZGVzdHJveQBwdGhyZWFkX3J3bG9ja2F0dHJfZGVzdHJveQBwdGhyZWFkX2NvbmRhdHRyX2Rlc3Ryb3kAcHRocmVhZF9hdHRyX2Rlc3Ryb3kAcHRocmVhZF9iYXJyaWVyX2Rlc3Ryb3kAcHRocmVhZF9zcGluX2Rlc3Ryb3kAc2VtX2Rlc3Ryb3kAcHRocmVhZF9yd2xvY2tfZGVzdHJveQBwdGhyZWFkX2NvbmRfZGVzdHJveQBkdW1teQBzdGlja3kAa2V5AGhhbGZ3YXkAbWFycmF5AG1peABwcmVmaXgAbXV0ZXgAX19md3JpdGV4AGluZGV4AGlkeABybGltX21heABmbXRfeABfX3gAcnVfbnZjc3cAcnVfbml2Y3N3AGVtc2NyaXB0ZW5fZ2V0X25vdwBvdmVyZmxvdwB1bmRlcmZsb3cAYXV4dgBkdHYAaW92AHByaXYAcHJldgBkdgBydV9tc2dyY3YAZm10X3UAX191AHRuZXh0AF9fbmV4dABpbnB1dABhYnNfdGltZW91dABzdGRvdXQAb2xkZmlyc3QAc2VtX3Bvc3QAa2VlcGNvc3QAcm9idXN0X2xpc3QAX19idWlsdGluX3ZhX2xpc3QAX19pc29jX3ZhX2xpc3QAZGVzdABsYXN0AHB0aHJlYWRfY29uZF9icm9hZGNhc3QAZW1zY3JpcHRlbl9oYXNfdGhyZWFkaW5nX3N1cHBvcnQAdW5zaWduZWQgc2hvcnQAc3RhcnQAZGxtYWxsb3B0AF9fc3lzY2FsbF9zZXRzb2Nrb3B0AGtlcHQAcHJldl9mb290AGxvY2tjb3VudABnZXRpbnQAZGxtYWxsb2NfbWF4X2Zvb3RwcmludABkbG1hbGxvY19mb290cHJpbnQAX19lbV9qc19fY2hlY2twb2ludAB0dV9pbnQAZHVfaW50AHRpX2ludABzaV9pbnQAZGlfaW50AHVuc2lnbmVkIGludABwdGhyZWFkX211dGV4X2NvbnNpc3RlbnQAcGFyZW50AG92ZXJmbG93RXhwb25lbnQAdW5kZXJmbG93RXhwb25lbnQAYWxpZ25tZW50AG1zZWdtZW50AGFkZF9zZWdtZW50AG1hbGxvY19zZWdtZW50AGluY3JlbWVudABpb3ZjbnQAc2hjbnQAdGxzX2NudABmbXQAcmVzdWx0AGFic1Jlc3VsdABydV9taW5mbHQAcnVfbWFqZmx0AF9fdG93cml0ZV9uZWVkc19zdGRpb19leGl0AF9fc3RkaW9fZXhpdABfX3B0aHJlYWRfZXhpdAB1bml0AHB0aHJlYWRfbXV0ZXhfaW5pdABwdGhyZWFkX211dGV4YXR0cl9pbml0AHB0aHJlYWRfcndsb2NrYXR0cl9pbml0AHB0aHJlYWRfY29uZGF0dHJfaW5pdABwdGhyZWFkX2F0dHJfaW5pdABwdGhyZWFkX2JhcnJpZXJfaW5pdABwdGhyZWFkX3NwaW5faW5pdABzZW1faW5pdABwdGhyZWFkX3J3bG9ja19pbml0AHB0aHJlYWRfY29uZF9pbml0AF9fc3lzY2FsbF9zZXRybGltaXQAX19zeXNjYWxsX3VnZXRybGltaXQAbmV3X2xpbWl0AGRsbWFsbG9jX3NldF9mb290cHJpbnRfbGltaXQAZGxtYWxsb2NfZm9vdHByaW50X2xpbWl0AG9sZF9saW1pdABpc2RpZ2l0AGxlYXN0Yml0AHNlbV90cnl3YWl0AF9fcHRocmVhZF9jb25kX3RpbWVkd2FpdABlbXNjcmlwdGVuX2Z1dGV4X3dhaXQAcHRocmVhZF9iYXJyaWVyX3dhaXQAc2VtX3dhaXQAcHRocmVhZF9jb25kX3dhaXQAX193YWl0AHNoaWZ0AG1lbXNldABvZmZzZXQAX193YXNpX3N5c2NhbGxfcmV0AF9fbG9jYWxlX3N0cnVjdABfX3N5c2NhbGxfbXByb3RlY3QAX19zeXNjYWxsX2FjY3QAY2F0AHB0aHJlYWRfa2V5X3QAcHRocmVhZF9tdXRleF90AGJpbmRleF90AHVpbnRtYXhfdABkc3RfdABfX3dhc2lfZmRzdGF0X3QAX193YXNpX3JpZ2h0c190AF9fd2FzaV9mZGZsYWdzX3QAc3VzZWNvbmRzX3QAcHRocmVhZF9tdXRleGF0dHJfdABwdGhyZWFkX2JhcnJpZXJhdHRyX3QAcHRocmVhZF9yd2xvY2thdHRyX3QAcHRocmVhZF9jb25kYXR0cl90AHB0aHJlYWRfYXR0cl90AHVpbnRwdHJfdABwdGhyZWFkX2JhcnJpZXJfdAB3Y2hhcl90AGZtdF9mcF90AGRzdF9yZXBfdABzcmNfcmVwX3QAYmlubWFwX3QAX193YXNpX2Vycm5vX3QAcmxpbV90AHNlbV90AHB0aHJlYWRfcndsb2NrX3QAcHRocmVhZF9zcGlubG9ja190AGZsYWdfdABvZmZfdABzc2l6ZV90AF9fd2FzaV9zaXplX3QAX19tYnN0YXRlX3QAX193YXNpX2ZpbGV0eXBlX3QAdGltZV90AHBvcF9hcmdfbG9uZ19kb3VibGVfdABsb2NhbGVfdABtb2RlX3QAcHRocmVhZF9vbmNlX3QAcHRocmVhZF9jb25kX3QAdWlkX3QAcGlkX3QAY2xvY2tpZF90AGdpZF90AF9fd2FzaV9mZF90AHB0aHJlYWRfdABzcmNfdABfX3dhc2lfY2lvdmVjX3QAdWludDhfdABfX3VpbnQxMjhfdAB1aW50MTZfdAB1aW50NjRfdAB1aW50MzJfdAB3cwBpb3ZzAGR2cwB3c3RhdHVzAHRpbWVTcGVudEluU3RhdHVzAHRocmVhZFN0YXR1cwBleHRzAG9wdHMAbl9lbGVtZW50cwBsaW1pdHMAeGRpZ2l0cwBsZWZ0Yml0cwBzbWFsbGJpdHMAc2l6ZWJpdHMAZHN0Qml0cwBkc3RFeHBCaXRzAHNyY0V4cEJpdHMAZHN0U2lnQml0cwBzcmNTaWdCaXRzAHJvdW5kQml0cwBzcmNCaXRzAHJ1X2l4cnNzAHJ1X21heHJzcwBydV9pc3JzcwBydV9pZHJzcwB3YWl0ZXJzAHBzAHdwb3MAcnBvcwBhcmdwb3MAb3B0aW9ucwBzbWFsbGJpbnMAdHJlZWJpbnMAaW5pdF9iaW5zAGluaXRfbXBhcmFtcwBtYWxsb2NfcGFyYW1zAGVtc2NyaXB0ZW5fY3VycmVudF90aHJlYWRfcHJvY2Vzc19xdWV1ZWRfY2FsbHMAZW1zY3JpcHRlbl9tYWluX3RocmVhZF9wcm9jZXNzX3F1ZXVlZF9jYWxscwBydV9uc2lnbmFscwBjaHVua3MAdXNtYmxrcwBmc21ibGtzAGhibGtzAHVvcmRibGtzAGZvcmRibGtzAHN0ZGlvX2xvY2tzAG5lZWRfbG9ja3MAcmVsZWFzZV9jaGVja3MAc2lnbWFrcwBzZmxhZ3MAZGVmYXVsdF9tZmxhZ3MAZnNfZmxhZ3MAc2l6ZXMAYnl0ZXMAc3RhdGVzAF9hX3RyYW5zZmVycmVkY2FudmFzZXMAZW1zY3JpcHRlbl9udW1fbG9naWNhbF9jb3JlcwBlbXNjcmlwdGVuX2ZvcmNlX251bV9sb2dpY2FsX2NvcmVzAHRsc19lbnRyaWVzAG5mZW5jZXMAdXR3b3JkcwBtYXhXYWl0TWlsbGlzZWNvbmRzAGV4Y2VwdGZkcwBuZmRzAHdyaXRlZmRzAHJlYWRmZHMAY2FuX2RvX3RocmVhZHMAbXNlY3MAYUFicwBkc3RFeHBCaWFzAHNyY0V4cEJpYXMAX19zAHJsaW1fY3VyAF9fYXR0cgBlc3RyAG1zZWdtZW50cHRyAHRiaW5wdHIAc2JpbnB0cgB0Y2h1bmtwdHIAbWNodW5rcHRyAF9fc3RkaW9fb2ZsX2xvY2twdHIAZW1zY3JpcHRlbl9nZXRfc2Jya19wdHIAb2xkZXJyAGRlc3RydWN0b3IAZW1zY3JpcHRlbl9jb25zb2xlX2Vycm9yAEVycm9yAF9fc3lzY2FsbF9zb2NrZXRwYWlyAG1lbWNocgBsb3dlcgBvdXRlcgBfX3N5c2NhbGxfc2V0aXRpbWVyAF9fc3lzY2FsbF9nZXRpdGltZXIAcmVtYWluZGVyAHBhcmFtX251bWJlcgBuZXdfYWRkcgBsZWFzdF9hZGRyAG9sZF9hZGRyAG5ld19icgByZWxfYnIAb2xkX2JyAHVuc2lnbmVkIGNoYXIAcmVxAGZyZXhwAGRzdEluZkV4cABzcmNJbmZFeHAAYUV4cABuZXdwAG5leHRwAF9fZ2V0X3RwAHJhd3NwAG9sZHNwAGNzcABhc3AAcHAAbmV3dG9wAGluaXRfdG9wAG9sZF90b3AAcHRocmVhZF9nZXRhdHRyX25wAGZtdF9mcAByZXAAZW1zY3JpcHRlbl90aHJlYWRfc2xlZXAAZHN0RnJvbVJlcABhUmVwAG9sZHAAY3AAcnVfbnN3YXAAc21hbGxtYXAAX19zeXNjYWxsX21yZW1hcAB0cmVlbWFwAF9fbG9jYWxlX21hcABlbXNjcmlwdGVuX3Jlc2l6ZV9oZWFwAF9faHdjYXAAX19wAHByaW8Ad2hvAHN5c2luZm8AZGxtYWxsaW5mbwBpbnRlcm5hbF9tYWxsaW5mbwBmbXRfbwBfX3N5c2NhbGxfc2h1dGRvd24AdG4AcG9zdGFjdGlvbgBlcnJvcmFjdGlvbgBfX2Vycm5vX2xvY2F0aW9uAHZlcnNpb24AbW4AX19wdGhyZWFkX2pvaW4AYmluAG1haW4Ac2lnbgBkbG1lbWFsaWduAGRscG9zaXhfbWVtYWxpZ24AaW50ZXJuYWxfbWVtYWxpZ24AdGxzX2FsaWduAHZsZW4Ab3B0bGVuAHN0cm5sZW4AaW92X2xlbgBidWZfbGVuAGwxMG4Ac3VtAG51bQBybQBubQBzeXNfdHJpbQBkbG1hbGxvY190cmltAHJsaW0Ac2hsaW0Ac2VtAHRyZW0Ab2xkbWVtAG5lbGVtAGNoYW5nZV9tcGFyYW0AcHRocmVhZF9hdHRyX3NldHNjaGVkcGFyYW0Ac2NoZWRfcGFyYW0AcGwAb25jZV9jb250cm9sAF9Cb29sAHB0aHJlYWRfbXV0ZXhhdHRyX3NldHByb3RvY29sAGZpbGwAdG1hbGxvY19zbWFsbABfX3N5c2NhbGxfbXVubG9ja2FsbABfX3N5c2NhbGxfbWxvY2thbGwAZmwAbGV2ZWwAcHRocmVhZF90ZXN0Y2FuY2VsAHB0aHJlYWRfY2FuY2VsAG9wdHZhbAByZXR2YWwAaW52YWwAdGltZXZhbABoX2Vycm5vX3ZhbABzYnJrX3ZhbABfX3ZhbABwdGhyZWFkX2VxdWFsAF9fdmZwcmludGZfaW50ZXJuYWwAX19wcml2YXRlX2NvbmRfc2lnbmFsAHB0aHJlYWRfY29uZF9zaWduYWwAc3JjTWluTm9ybWFsAF9faXNkaWdpdF9sAF9fc3lzY2FsbF91bWFzawBnX3VtYXNrAHNyY0Fic01hc2sAc3JjU2lnbk1hc2sAcm91bmRNYXNrAHNyY1NpZ25pZmljYW5kTWFzawBwdGhyZWFkX2F0Zm9yawBzYnJrAG5ld19icmsAb2xkX2JyawBhcnJheV9jaHVuawBkaXNwb3NlX2NodW5rAG1hbGxvY190cmVlX2NodW5rAG1hbGxvY19jaHVuawB0cnlfcmVhbGxvY19jaHVuawBfX3N5c2NhbGxfbGluawBjbGsAX19lbXNjcmlwdGVuX3N0ZG91dF9zZWVrAF9fcHRocmVhZF9tdXRleF90cnlsb2NrAHB0aHJlYWRfc3Bpbl90cnlsb2NrAHJ3bG9jawBwdGhyZWFkX3J3bG9ja190cnl3cmxvY2sAcHRocmVhZF9yd2xvY2tfdGltZWR3cmxvY2sAcHRocmVhZF9yd2xvY2tfd3Jsb2NrAF9fc3lzY2FsbF9tdW5sb2NrAF9fcHRocmVhZF9tdXRleF91bmxvY2sAcHRocmVhZF9zcGluX3VubG9jawBfX29mbF91bmxvY2sAcHRocmVhZF9yd2xvY2tfdW5sb2NrAF9fbmVlZF91bmxvY2sAX191bmxvY2sAX19zeXNjYWxsX21sb2NrAGtpbGxsb2NrAHB0aHJlYWRfcndsb2NrX3RyeXJkbG9jawBwdGhyZWFkX3J3bG9ja190aW1lZHJkbG9jawBwdGhyZWFkX3J3bG9ja19yZGxvY2sAX19wdGhyZWFkX211dGV4X3RpbWVkbG9jawBwdGhyZWFkX2NvbmRhdHRyX3NldGNsb2NrAHJ1X291YmxvY2sAcnVfaW5ibG9jawB0aHJlYWRfcHJvZmlsZXJfYmxvY2sAX19wdGhyZWFkX211dGV4X2xvY2sAcHRocmVhZF9zcGluX2xvY2sAX19vZmxfbG9jawBfX2xvY2sAcHJvZmlsZXJCbG9jawB0cmltX2NoZWNrAHN0YWNrAGJrAGxlYWsAagBfX3ZpAF9faQBsZW5ndGgAbmV3cGF0aABvbGRwYXRoAGhhc2gAaGlnaAB3aGljaABfX3B0aHJlYWRfZGV0YWNoAF9fc3lzY2FsbF9yZWN2bW1zZwBfX3N5c2NhbGxfc2VuZG1tc2cAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZwBwb3BfYXJnAG5sX2FyZwB1bnNpZ25lZCBsb25nIGxvbmcAdW5zaWduZWQgbG9uZwBmc19yaWdodHNfaW5oZXJpdGluZwBwZW5kaW5nAHNlZ21lbnRfaG9sZGluZwBlbXNjcmlwdGVuX21lbWNweV9iaWcAc2VnAGRsZXJyb3JfZmxhZwBtbWFwX2ZsYWcAc3RhdGJ1ZgBjYW5jZWxidWYAZWJ1ZgBkbGVycm9yX2J1ZgBnZXRsbl9idWYAaW50ZXJuYWxfYnVmAHNhdmVkX2J1ZgB2ZmlwcmludGYAX19zbWFsbF92ZnByaW50ZgBfX3NtYWxsX3ByaW50ZgBpbml0X3B0aHJlYWRfc2VsZgBvZmYAbGJmAG1hZgBfX2YAbmV3c2l6ZQBwcmV2c2l6ZQBkdnNpemUAbmV4dHNpemUAc3NpemUAcnNpemUAcXNpemUAbmV3dG9wc2l6ZQBuc2l6ZQBuZXdtbXNpemUAb2xkbW1zaXplAHB0aHJlYWRfYXR0cl9zZXRzdGFja3NpemUAZ3NpemUAbW1hcF9yZXNpemUAb2xkc2l6ZQBsZWFkc2l6ZQBhc2l6ZQBhcnJheV9zaXplAG5ld19zaXplAGVsZW1lbnRfc2l6ZQBjb250ZW50c19zaXplAHRsc19zaXplAHJlbWFpbmRlcl9zaXplAG1hcF9zaXplAGVtc2NyaXB0ZW5fZ2V0X2hlYXBfc2l6ZQBlbGVtX3NpemUAYXJyYXlfY2h1bmtfc2l6ZQBzdGFja19zaXplAGJ1Zl9zaXplAGRsbWFsbG9jX3VzYWJsZV9zaXplAHBhZ2Vfc2l6ZQBndWFyZF9zaXplAG9sZF9zaXplAGNhbl9tb3ZlAG5ld192YWx1ZQBvbGRfdmFsdWUAX190b3dyaXRlAGZ3cml0ZQBfX3N0ZGlvX3dyaXRlAF9fcHRocmVhZF9rZXlfZGVsZXRlAG1zdGF0ZQBwdGhyZWFkX3NldGNhbmNlbHN0YXRlAHB0aHJlYWRfYXR0cl9zZXRkZXRhY2hzdGF0ZQBkZXRhY2hfc3RhdGUAbWFsbG9jX3N0YXRlAF9fcHRocmVhZF9rZXlfY3JlYXRlAF9fcHRocmVhZF9jcmVhdGUAX19zeXNjYWxsX3BhdXNlAF9fZW1zY3JpcHRlbl9zdGRvdXRfY2xvc2UAX19zeXNjYWxsX21hZHZpc2UAcmVsZWFzZQBuZXdiYXNlAHRiYXNlAG9sZGJhc2UAaW92X2Jhc2UAZnNfcmlnaHRzX2Jhc2UAbWFwX2Jhc2UAc2VjdXJlAF9fc3lzY2FsbF9taW5jb3JlAHByaW50Zl9jb3JlAHByZXBhcmUAcHRocmVhZF9tdXRleGF0dHJfc2V0dHlwZQBwdGhyZWFkX3NldGNhbmNlbHR5cGUAZnNfZmlsZXR5cGUAbmxfdHlwZQBzdGFydF9yb3V0aW5lAGluaXRfcm91dGluZQBtYWNoaW5lAHJ1X3V0aW1lAHJ1X3N0aW1lAGN1cnJlbnRTdGF0dXNTdGFydFRpbWUAX19zeXNjYWxsX3VuYW1lAG9wdG5hbWUAc3lzbmFtZQB1dHNuYW1lAF9fc3lzY2FsbF9zZXRkb21haW5uYW1lAF9fZG9tYWlubmFtZQBmaWxlbmFtZQBub2RlbmFtZQB0bHNfbW9kdWxlAF9fdW5sb2NrZmlsZQBfX2xvY2tmaWxlAGR1bW15X2ZpbGUAY2xvc2VfZmlsZQBtaWRkbGUAcG9wX2FyZ19sb25nX2RvdWJsZQBsb25nIGRvdWJsZQBjYW5jZWxkaXNhYmxlAGdsb2JhbF9sb2NhbGUAZW1zY3JpcHRlbl9mdXRleF93YWtlAGNvb2tpZQB0bWFsbG9jX2xhcmdlAF9fc3lzY2FsbF9nZXRydXNhZ2UAX19lcnJub19zdG9yYWdlAGltYWdlAG5mcmVlAG1mcmVlAGRsZnJlZQBkbGJ1bGtfZnJlZQBpbnRlcm5hbF9idWxrX2ZyZWUAbW9kZQBjb2RlAGRzdE5hTkNvZGUAc3JjTmFOQ29kZQByZXNvdXJjZQBfX3B0aHJlYWRfb25jZQB3aGVuY2UAZmVuY2UAYWR2aWNlAF9fc3lzY2FsbF9uaWNlAGRscmVhbGxvY19pbl9wbGFjZQB0c2QAYml0c19pbl9kd29yZAByb3VuZABydV9tc2dzbmQAY29uZAB3ZW5kAHJlbmQAc2hlbmQAb2xkX2VuZABibG9ja19hbGlnbmVkX2RfZW5kAHNpZ25pZmljYW5kAGRlbm9ybWFsaXplZFNpZ25pZmljYW5kAG1tYXBfdGhyZXNob2xkAHRyaW1fdGhyZXNob2xkAGNoaWxkAHN1aWQAcnVpZABldWlkAHRpZABfX3N5c2NhbGxfc2V0c2lkAF9fc3lzY2FsbF9nZXRzaWQAZ19zaWQAZHVtbXlfZ2V0cGlkAF9fc3lzY2FsbF9nZXRwaWQAX19zeXNjYWxsX2dldHBwaWQAZ19wcGlkAGdfcGlkAHBpcGVfcGlkAF9fd2FzaV9mZF9pc192YWxpZABfX3N5c2NhbGxfc2V0cGdpZABfX3N5c2NhbGxfZ2V0cGdpZABnX3BnaWQAdGltZXJfaWQAZW1zY3JpcHRlbl9tYWluX2Jyb3dzZXJfdGhyZWFkX2lkAGhibGtoZABzb2NrZmQAX19yZXNlcnZlZAB0bHNfa2V5X3VzZWQAX19zdGRvdXRfdXNlZAB0c2RfdXNlZAByZWxlYXNlZABwdGhyZWFkX211dGV4YXR0cl9zZXRwc2hhcmVkAHB0aHJlYWRfcndsb2NrYXR0cl9zZXRwc2hhcmVkAHB0aHJlYWRfY29uZGF0dHJfc2V0cHNoYXJlZABtbWFwcGVkAHN0YWNrX293bmVkAHdhc19lbmFibGVkAHByZXZfbG9ja2VkAG5leHRfbG9ja2VkAGxlYWtlZABzZWVkAHVuZnJlZWQAbmVlZAB0aHJlYWRlZABwYWQAX19tYWluX3B0aHJlYWQAX19wdGhyZWFkAGVtc2NyaXB0ZW5faXNfbWFpbl9ydW50aW1lX3RocmVhZAB0bHNfaGVhZABvZmxfaGVhZAB3YwBzcmMAZGxwdmFsbG9jAGRsdmFsbG9jAGRsaW5kZXBlbmRlbnRfY29tYWxsb2MAZGxtYWxsb2MAaWFsbG9jAGRscmVhbGxvYwBkbGNhbGxvYwBkbGluZGVwZW5kZW50X2NhbGxvYwBzeXNfYWxsb2MAbGVhZl9hbGxvYwBwcmVwZW5kX2FsbG9jAGNhbmNlbGFzeW5jAF9fc3lzY2FsbF9zeW5jAGluYwBtYWdpYwBwdGhyZWFkX3NldHNwZWNpZmljAHB0aHJlYWRfZ2V0c3BlY2lmaWMAaW92ZWMAbXNndmVjAHR2X3VzZWMAdHZfbnNlYwB0dl9zZWMAdGltZXNwZWMAX19saWJjAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9saWJjL2Vtc2NyaXB0ZW5fbWVtY3B5LmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RkaW8vc3Rkb3V0LmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RkaW8vX19zdGRpb19leGl0LmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvY3R5cGUvaXNkaWdpdC5jAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9saWJjL2Vtc2NyaXB0ZW5fbWVtc2V0LmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2xpYmMvd2FzaS1oZWxwZXJzLmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2xpYmMvZW1zY3JpcHRlbl9zeXNjYWxsX3N0dWJzLmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RyaW5nL21lbWNoci5jAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL21hdGgvZnJleHAuYwAvYnVpbGQvZW1zY3JpcHRlbi1RNUhqOVcvZW1zY3JpcHRlbi0zLjEuNn5kZnNnL3N5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9lcnJuby9fX2Vycm5vX2xvY2F0aW9uLmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RyaW5nL3N0cm5sZW4uYwAuLi8uLi8uLi8uLi9maXh0dXJlcy9lbXNjcmlwdGVuLWNvbW1vbi9wcm9ncmFtLmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvc3RkaW8vb2ZsLmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL3NicmsuYwAvYnVpbGQvZW1zY3JpcHRlbi1RNUhqOVcvZW1zY3JpcHRlbi0zLjEuNn5kZnNnL3N5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9zdGRpby92ZnByaW50Zi5jAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL3N0ZGlvL3ByaW50Zi5jAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9saWJjL2Vtc2NyaXB0ZW5fZ2V0X2hlYXBfc2l6ZS5jAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL3N0ZGlvL19fdG93cml0ZS5jAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL3N0ZGlvL2Z3cml0ZS5jAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL3N0ZGlvL19fc3RkaW9fd3JpdGUuYwAvYnVpbGQvZW1zY3JpcHRlbi1RNUhqOVcvZW1zY3JpcHRlbi0zLjEuNn5kZnNnL3N5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9zdGRpby9fX2xvY2tmaWxlLmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvdW5pc3RkL2dldHBpZC5jAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9kbG1hbGxvYy5jAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9saWJjL211c2wvc3JjL2ludGVybmFsL2xpYmMuYwAvYnVpbGQvZW1zY3JpcHRlbi1RNUhqOVcvZW1zY3JpcHRlbi0zLjEuNn5kZnNnL3N5c3RlbS9saWIvcHRocmVhZC9wdGhyZWFkX3NlbGZfc3R1Yi5jAC9idWlsZC9lbXNjcmlwdGVuLVE1SGo5Vy9lbXNjcmlwdGVuLTMuMS42fmRmc2cvc3lzdGVtL2xpYi9wdGhyZWFkL2xpYnJhcnlfcHRocmVhZF9zdHViLmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2xpYmMvbXVzbC9zcmMvbXVsdGlieXRlL3djcnRvbWIuYwAvYnVpbGQvZW1zY3JpcHRlbi1RNUhqOVcvZW1zY3JpcHRlbi0zLjEuNn5kZnNnL3N5c3RlbS9saWIvbGliYy9tdXNsL3NyYy9tdWx0aWJ5dGUvd2N0b21iLmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2NvbXBpbGVyLXJ0L2xpYi9idWlsdGlucy9sc2hydGkzLmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2NvbXBpbGVyLXJ0L2xpYi9idWlsdGlucy9hc2hsdGkzLmMAL2J1aWxkL2Vtc2NyaXB0ZW4tUTVIajlXL2Vtc2NyaXB0ZW4tMy4xLjZ+ZGZzZy9zeXN0ZW0vbGliL2NvbXBpbGVyLXJ0L2xpYi9idWlsdGlucy90cnVuY3RmZGYyLmMAbmIAd2NydG9tYgB3Y3RvbWIAbm1lbWIAX19wdGNiAGV4dHJhAGFyZW5hAGluY3JlbWVudF8AX2dtXwBfX0FSUkFZX1NJWkVfVFlQRV9fAF9fdHJ1bmNYZllmMl9fAFkAVU1BWABJTUFYAERWAFVTSE9SVABVSU5UAFNJWkVUAERWUwBfX0RPVUJMRV9CSVRTAFVJUFRSAFVDSEFSAFhQAFRQAFJQAFNUT1AAQ1AAZHN0UU5hTgBzcmNRTmFOAExEQkwASwBJAEgATk9BUkcAVUxPTkcAVUxMT05HAFBESUZGAE1BWFNUQVRFAFpUUFJFAExMUFJFAEJJR0xQUkUASlBSRQBISFBSRQBCQVJFAF9fc3Rkb3V0X0ZJTEUAX0lPX0ZJTEUAQwBCAHVuc2lnbmVkIF9faW50MTI4AF9fc3lzY2FsbF9wc2VsZWN0NgBEZWJpYW4gY2xhbmcgdmVyc2lvbiAxNC4wLjYAX19zeXNjYWxsX3dhaXQ0AHU2NABfX3N5c2NhbGxfcHJsaW1pdDY0AGM2NABfX2xzaHJ0aTMAX19hc2hsdGkzAF9fcmVzZXJ2ZWQzAHQyAGFwMgBfX3RydW5jdGZkZjIAX19vcGFxdWUyAF9fc3lzY2FsbF9waXBlMgBfX3Jlc2VydmVkMgBtdXN0YmV6ZXJvXzIAdTMyAF9fc3lzY2FsbF9nZXRncm91cHMzMgBfX3N5c2NhbGxfZ2V0cmVzdWlkMzIAX19zeXNjYWxsX2dldHJlc2dpZDMyAGMzMgB0MQBfX29wYXF1ZTEAX19yZXNlcnZlZDEAdGhyZWFkc19taW51c18xAG11c3RiZXplcm9fMQBDMQBEZWJpYW4gY2xhbmcgdmVyc2lvbiAxNC4wLjYtMQBlYnVmMABDMAAuAA==';
  if (!isDataURI(wasmBinaryFile)) {
    wasmBinaryFile = locateFile(wasmBinaryFile);
  }

function getBinary(file) {
  try {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    var binary = tryParseAsDataURI(file);
    if (binary) {
      return binary;
    }
    if (readBinary) {
      return readBinary(file);
    } else {
      throw "both async and sync fetching of the wasm failed";
    }
  }
  catch (err) {
    abort(err);
  }
}

function getBinaryPromise() {
  // If we don't have the binary yet, try to to load it asynchronously.
  // Fetch has some additional restrictions over XHR, like it can't be used on a file:// url.
  // See https://github.com/github/fetch/pull/92#issuecomment-140665932
  // Cordova or Electron apps are typically loaded from a file:// url.
  // So use fetch if it is available and the url is not a file, otherwise fall back to XHR.
  if (!wasmBinary && (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER)) {
    if (typeof fetch == 'function'
    ) {
      return fetch(wasmBinaryFile, { credentials: 'same-origin' }).then(function(response) {
        if (!response['ok']) {
          throw "failed to load wasm binary file at '" + wasmBinaryFile + "'";
        }
        return response['arrayBuffer']();
      }).catch(function () {
          return getBinary(wasmBinaryFile);
      });
    }
  }

  // Otherwise, getBinary should be able to get it synchronously
  return Promise.resolve().then(function() { return getBinary(wasmBinaryFile); });
}

// Create the wasm instance.
// Receives the wasm imports, returns the exports.
function createWasm() {
  // prepare imports
  var info = {
    'env': asmLibraryArg,
    'wasi_snapshot_preview1': asmLibraryArg,
  };
  // Load the wasm module and create an instance of using native support in the JS engine.
  // handle a generated wasm instance, receiving its exports and
  // performing other necessary setup
  /** @param {WebAssembly.Module=} module*/
  function receiveInstance(instance, module) {
    var exports = instance.exports;

    Module['asm'] = exports;

    wasmMemory = Module['asm']['memory'];
    assert(wasmMemory, "memory not found in wasm exports");
    // This assertion doesn't hold when emscripten is run in --post-link
    // mode.
    // TODO(sbc): Read INITIAL_MEMORY out of the wasm file in post-link mode.
    //assert(wasmMemory.buffer.byteLength === 16777216);
    updateGlobalBufferAndViews(wasmMemory.buffer);

    wasmTable = Module['asm']['__indirect_function_table'];
    assert(wasmTable, "table not found in wasm exports");

    addOnInit(Module['asm']['__wasm_call_ctors']);

    removeRunDependency('wasm-instantiate');
  }
  // we can't run yet (except in a pthread, where we have a custom sync instantiator)
  addRunDependency('wasm-instantiate');

  // Prefer streaming instantiation if available.
  // Async compilation can be confusing when an error on the page overwrites Module
  // (for example, if the order of elements is wrong, and the one defining Module is
  // later), so we save Module and check it later.
  var trueModule = Module;
  function receiveInstantiationResult(result) {
    // 'result' is a ResultObject object which has both the module and instance.
    // receiveInstance() will swap in the exports (to Module.asm) so they can be called
    assert(Module === trueModule, 'the Module object should not be replaced during async compilation - perhaps the order of HTML elements is wrong?');
    trueModule = null;
    // TODO: Due to Closure regression https://github.com/google/closure-compiler/issues/3193, the above line no longer optimizes out down to the following line.
    // When the regression is fixed, can restore the above USE_PTHREADS-enabled path.
    receiveInstance(result['instance']);
  }

  function instantiateArrayBuffer(receiver) {
    return getBinaryPromise().then(function(binary) {
      return WebAssembly.instantiate(binary, info);
    }).then(function (instance) {
      return instance;
    }).then(receiver, function(reason) {
      err('failed to asynchronously prepare wasm: ' + reason);

      // Warn on some common problems.
      if (isFileURI(wasmBinaryFile)) {
        err('warning: Loading from a file URI (' + wasmBinaryFile + ') is not supported in most browsers. See https://emscripten.org/docs/getting_started/FAQ.html#how-do-i-run-a-local-webserver-for-testing-why-does-my-program-stall-in-downloading-or-preparing');
      }
      abort(reason);
    });
  }

  function instantiateAsync() {
    if (!wasmBinary &&
        typeof WebAssembly.instantiateStreaming == 'function' &&
        !isDataURI(wasmBinaryFile) &&
        typeof fetch == 'function') {
      return fetch(wasmBinaryFile, { credentials: 'same-origin' }).then(function(response) {
        // Suppress closure warning here since the upstream definition for
        // instantiateStreaming only allows Promise<Repsponse> rather than
        // an actual Response.
        // TODO(https://github.com/google/closure-compiler/pull/3913): Remove if/when upstream closure is fixed.
        /** @suppress {checkTypes} */
        var result = WebAssembly.instantiateStreaming(response, info);

        return result.then(
          receiveInstantiationResult,
          function(reason) {
            // We expect the most common failure cause to be a bad MIME type for the binary,
            // in which case falling back to ArrayBuffer instantiation should work.
            err('wasm streaming compile failed: ' + reason);
            err('falling back to ArrayBuffer instantiation');
            return instantiateArrayBuffer(receiveInstantiationResult);
          });
      });
    } else {
      return instantiateArrayBuffer(receiveInstantiationResult);
    }
  }

  // User shell pages can write their own Module.instantiateWasm = function(imports, successCallback) callback
  // to manually instantiate the Wasm module themselves. This allows pages to run the instantiation parallel
  // to any other async startup actions they are performing.
  if (Module['instantiateWasm']) {
    try {
      var exports = Module['instantiateWasm'](info, receiveInstance);
      return exports;
    } catch(e) {
      err('Module.instantiateWasm callback failed with error: ' + e);
      return false;
    }
  }

  // If instantiation fails, reject the module ready promise.
  instantiateAsync().catch(readyPromiseReject);
  return {}; // no exports yet; we'll fill them in later
}

// Globals used by JS i64 conversions (see makeSetValue)
var tempDouble;
var tempI64;

// === Body ===

var ASM_CONSTS = {
  
};
function checkpoint(n){ Module["checkpoint"](n); }





  function callRuntimeCallbacks(callbacks) {
      while (callbacks.length > 0) {
        var callback = callbacks.shift();
        if (typeof callback == 'function') {
          callback(Module); // Pass the module as the first argument.
          continue;
        }
        var func = callback.func;
        if (typeof func == 'number') {
          if (callback.arg === undefined) {
            getWasmTableEntry(func)();
          } else {
            getWasmTableEntry(func)(callback.arg);
          }
        } else {
          func(callback.arg === undefined ? null : callback.arg);
        }
      }
    }

  function withStackSave(f) {
      var stack = stackSave();
      var ret = f();
      stackRestore(stack);
      return ret;
    }
  function demangle(func) {
      warnOnce('warning: build with  -s DEMANGLE_SUPPORT=1  to link in libcxxabi demangling');
      return func;
    }

  function demangleAll(text) {
      var regex =
        /\b_Z[\w\d_]+/g;
      return text.replace(regex,
        function(x) {
          var y = demangle(x);
          return x === y ? x : (y + ' [' + x + ']');
        });
    }

  var wasmTableMirror = [];
  function getWasmTableEntry(funcPtr) {
      var func = wasmTableMirror[funcPtr];
      if (!func) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
      }
      assert(wasmTable.get(funcPtr) == func, "JavaScript-side Wasm function table mirror is out of date!");
      return func;
    }

  function handleException(e) {
      // Certain exception types we do not treat as errors since they are used for
      // internal control flow.
      // 1. ExitStatus, which is thrown by exit()
      // 2. "unwind", which is thrown by emscripten_unwind_to_js_event_loop() and others
      //    that wish to return to JS event loop.
      if (e instanceof ExitStatus || e == 'unwind') {
        return EXITSTATUS;
      }
      quit_(1, e);
    }

  function jsStackTrace() {
      var error = new Error();
      if (!error.stack) {
        // IE10+ special cases: It does have callstack info, but it is only populated if an Error object is thrown,
        // so try that as a special-case.
        try {
          throw new Error();
        } catch(e) {
          error = e;
        }
        if (!error.stack) {
          return '(no stack trace available)';
        }
      }
      return error.stack.toString();
    }

  function setWasmTableEntry(idx, func) {
      wasmTable.set(idx, func);
      wasmTableMirror[idx] = func;
    }

  function stackTrace() {
      var js = jsStackTrace();
      if (Module['extraStackTrace']) js += '\n' + Module['extraStackTrace']();
      return demangleAll(js);
    }

  function _emscripten_memcpy_big(dest, src, num) {
      HEAPU8.copyWithin(dest, src, src + num);
    }

  function _emscripten_get_heap_max() {
      return HEAPU8.length;
    }
  
  function abortOnCannotGrowMemory(requestedSize) {
      abort('Cannot enlarge memory arrays to size ' + requestedSize + ' bytes (OOM). Either (1) compile with  -s INITIAL_MEMORY=X  with X higher than the current value ' + HEAP8.length + ', (2) compile with  -s ALLOW_MEMORY_GROWTH=1  which allows increasing the size at runtime, or (3) if you want malloc to return NULL (0) instead of this abort, compile with  -s ABORTING_MALLOC=0 ');
    }
  function _emscripten_resize_heap(requestedSize) {
      var oldSize = HEAPU8.length;
      requestedSize = requestedSize >>> 0;
      abortOnCannotGrowMemory(requestedSize);
    }

  function flush_NO_FILESYSTEM() {
      // flush anything remaining in the buffers during shutdown
      ___stdio_exit();
      var buffers = SYSCALLS.buffers;
      if (buffers[1].length) SYSCALLS.printChar(1, 10);
      if (buffers[2].length) SYSCALLS.printChar(2, 10);
    }
  
  var SYSCALLS = {buffers:[null,[],[]],printChar:function(stream, curr) {
        var buffer = SYSCALLS.buffers[stream];
        assert(buffer);
        if (curr === 0 || curr === 10) {
          (stream === 1 ? out : err)(UTF8ArrayToString(buffer, 0));
          buffer.length = 0;
        } else {
          buffer.push(curr);
        }
      },varargs:undefined,get:function() {
        assert(SYSCALLS.varargs != undefined);
        SYSCALLS.varargs += 4;
        var ret = HEAP32[(((SYSCALLS.varargs)-(4))>>2)];
        return ret;
      },getStr:function(ptr) {
        var ret = UTF8ToString(ptr);
        return ret;
      },get64:function(low, high) {
        if (low >= 0) assert(high === 0);
        else assert(high === -1);
        return low;
      }};
  function _fd_write(fd, iov, iovcnt, pnum) {
      ;
      // hack to support printf in SYSCALLS_REQUIRE_FILESYSTEM=0
      var num = 0;
      for (var i = 0; i < iovcnt; i++) {
        var ptr = HEAP32[((iov)>>2)];
        var len = HEAP32[(((iov)+(4))>>2)];
        iov += 8;
        for (var j = 0; j < len; j++) {
          SYSCALLS.printChar(fd, HEAPU8[ptr+j]);
        }
        num += len;
      }
      HEAP32[((pnum)>>2)] = num;
      return 0;
    }

  function _setTempRet0(val) {
      setTempRet0(val);
    }
var ASSERTIONS = true;



/** @type {function(string, boolean=, number=)} */
function intArrayFromString(stringy, dontAddNull, length) {
  var len = length > 0 ? length : lengthBytesUTF8(stringy)+1;
  var u8array = new Array(len);
  var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
  if (dontAddNull) u8array.length = numBytesWritten;
  return u8array;
}

function intArrayToString(array) {
  var ret = [];
  for (var i = 0; i < array.length; i++) {
    var chr = array[i];
    if (chr > 0xFF) {
      if (ASSERTIONS) {
        assert(false, 'Character code ' + chr + ' (' + String.fromCharCode(chr) + ')  at offset ' + i + ' not in 0x00-0xFF.');
      }
      chr &= 0xFF;
    }
    ret.push(String.fromCharCode(chr));
  }
  return ret.join('');
}


// Copied from https://github.com/strophe/strophejs/blob/e06d027/src/polyfills.js#L149

// This code was written by Tyler Akins and has been placed in the
// public domain.  It would be nice if you left this header intact.
// Base64 code from Tyler Akins -- http://rumkin.com

/**
 * Decodes a base64 string.
 * @param {string} input The string to decode.
 */
var decodeBase64 = typeof atob == 'function' ? atob : function (input) {
  var keyStr = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';

  var output = '';
  var chr1, chr2, chr3;
  var enc1, enc2, enc3, enc4;
  var i = 0;
  // remove all characters that are not A-Z, a-z, 0-9, +, /, or =
  input = input.replace(/[^A-Za-z0-9\+\/\=]/g, '');
  do {
    enc1 = keyStr.indexOf(input.charAt(i++));
    enc2 = keyStr.indexOf(input.charAt(i++));
    enc3 = keyStr.indexOf(input.charAt(i++));
    enc4 = keyStr.indexOf(input.charAt(i++));

    chr1 = (enc1 << 2) | (enc2 >> 4);
    chr2 = ((enc2 & 15) << 4) | (enc3 >> 2);
    chr3 = ((enc3 & 3) << 6) | enc4;

    output = output + String.fromCharCode(chr1);

    if (enc3 !== 64) {
      output = output + String.fromCharCode(chr2);
    }
    if (enc4 !== 64) {
      output = output + String.fromCharCode(chr3);
    }
  } while (i < input.length);
  return output;
};

// Converts a string of base64 into a byte array.
// Throws error on invalid input.
function intArrayFromBase64(s) {

  try {
    var decoded = decodeBase64(s);
    var bytes = new Uint8Array(decoded.length);
    for (var i = 0 ; i < decoded.length ; ++i) {
      bytes[i] = decoded.charCodeAt(i);
    }
    return bytes;
  } catch (_) {
    throw new Error('Converting base64 string to bytes failed.');
  }
}

// If filename is a base64 data URI, parses and returns data (Buffer on node,
// Uint8Array otherwise). If filename is not a base64 data URI, returns undefined.
function tryParseAsDataURI(filename) {
  if (!isDataURI(filename)) {
    return;
  }

  return intArrayFromBase64(filename.slice(dataURIPrefix.length));
}


function checkIncomingModuleAPI() {
  ignoredModuleProp('fetchSettings');
}
var asmLibraryArg = {
  "checkpoint": checkpoint,
  "emscripten_memcpy_big": _emscripten_memcpy_big,
  "emscripten_resize_heap": _emscripten_resize_heap,
  "fd_write": _fd_write,
  "setTempRet0": _setTempRet0
};
var asm = createWasm();
/** @type {function(...*):?} */
var ___wasm_call_ctors = Module["___wasm_call_ctors"] = createExportWrapper("__wasm_call_ctors");

/** @type {function(...*):?} */
var _main = Module["_main"] = createExportWrapper("main");

/** @type {function(...*):?} */
var ___errno_location = Module["___errno_location"] = createExportWrapper("__errno_location");

/** @type {function(...*):?} */
var ___stdio_exit = Module["___stdio_exit"] = createExportWrapper("__stdio_exit");

/** @type {function(...*):?} */
var _emscripten_stack_init = Module["_emscripten_stack_init"] = function() {
  return (_emscripten_stack_init = Module["_emscripten_stack_init"] = Module["asm"]["emscripten_stack_init"]).apply(null, arguments);
};

/** @type {function(...*):?} */
var _emscripten_stack_get_free = Module["_emscripten_stack_get_free"] = function() {
  return (_emscripten_stack_get_free = Module["_emscripten_stack_get_free"] = Module["asm"]["emscripten_stack_get_free"]).apply(null, arguments);
};

/** @type {function(...*):?} */
var _emscripten_stack_get_base = Module["_emscripten_stack_get_base"] = function() {
  return (_emscripten_stack_get_base = Module["_emscripten_stack_get_base"] = Module["asm"]["emscripten_stack_get_base"]).apply(null, arguments);
};

/** @type {function(...*):?} */
var _emscripten_stack_get_end = Module["_emscripten_stack_get_end"] = function() {
  return (_emscripten_stack_get_end = Module["_emscripten_stack_get_end"] = Module["asm"]["emscripten_stack_get_end"]).apply(null, arguments);
};

/** @type {function(...*):?} */
var stackSave = Module["stackSave"] = createExportWrapper("stackSave");

/** @type {function(...*):?} */
var stackRestore = Module["stackRestore"] = createExportWrapper("stackRestore");

/** @type {function(...*):?} */
var stackAlloc = Module["stackAlloc"] = createExportWrapper("stackAlloc");

/** @type {function(...*):?} */
var dynCall_jiji = Module["dynCall_jiji"] = createExportWrapper("dynCall_jiji");





// === Auto-generated postamble setup entry stuff ===

unexportedRuntimeFunction('intArrayFromString', false);
unexportedRuntimeFunction('intArrayToString', false);
unexportedRuntimeFunction('ccall', false);
unexportedRuntimeFunction('cwrap', false);
unexportedRuntimeFunction('setValue', false);
unexportedRuntimeFunction('getValue', false);
unexportedRuntimeFunction('allocate', false);
unexportedRuntimeFunction('UTF8ArrayToString', false);
unexportedRuntimeFunction('UTF8ToString', false);
unexportedRuntimeFunction('stringToUTF8Array', false);
unexportedRuntimeFunction('stringToUTF8', false);
unexportedRuntimeFunction('lengthBytesUTF8', false);
unexportedRuntimeFunction('stackTrace', false);
unexportedRuntimeFunction('addOnPreRun', false);
unexportedRuntimeFunction('addOnInit', false);
unexportedRuntimeFunction('addOnPreMain', false);
unexportedRuntimeFunction('addOnExit', false);
unexportedRuntimeFunction('addOnPostRun', false);
unexportedRuntimeFunction('writeStringToMemory', false);
unexportedRuntimeFunction('writeArrayToMemory', false);
unexportedRuntimeFunction('writeAsciiToMemory', false);
unexportedRuntimeFunction('addRunDependency', true);
unexportedRuntimeFunction('removeRunDependency', true);
unexportedRuntimeFunction('FS_createFolder', false);
unexportedRuntimeFunction('FS_createPath', true);
unexportedRuntimeFunction('FS_createDataFile', true);
unexportedRuntimeFunction('FS_createPreloadedFile', true);
unexportedRuntimeFunction('FS_createLazyFile', true);
unexportedRuntimeFunction('FS_createLink', false);
unexportedRuntimeFunction('FS_createDevice', true);
unexportedRuntimeFunction('FS_unlink', true);
unexportedRuntimeFunction('getLEB', false);
unexportedRuntimeFunction('getFunctionTables', false);
unexportedRuntimeFunction('alignFunctionTables', false);
unexportedRuntimeFunction('registerFunctions', false);
unexportedRuntimeFunction('addFunction', false);
unexportedRuntimeFunction('removeFunction', false);
unexportedRuntimeFunction('getFuncWrapper', false);
unexportedRuntimeFunction('prettyPrint', false);
unexportedRuntimeFunction('dynCall', false);
unexportedRuntimeFunction('getCompilerSetting', false);
unexportedRuntimeFunction('print', false);
unexportedRuntimeFunction('printErr', false);
unexportedRuntimeFunction('getTempRet0', false);
unexportedRuntimeFunction('setTempRet0', false);
unexportedRuntimeFunction('callMain', false);
unexportedRuntimeFunction('abort', false);
unexportedRuntimeFunction('keepRuntimeAlive', false);
unexportedRuntimeFunction('zeroMemory', false);
unexportedRuntimeFunction('stringToNewUTF8', false);
unexportedRuntimeFunction('abortOnCannotGrowMemory', false);
unexportedRuntimeFunction('emscripten_realloc_buffer', false);
unexportedRuntimeFunction('ENV', false);
unexportedRuntimeFunction('withStackSave', false);
unexportedRuntimeFunction('ERRNO_CODES', false);
unexportedRuntimeFunction('ERRNO_MESSAGES', false);
unexportedRuntimeFunction('setErrNo', false);
unexportedRuntimeFunction('inetPton4', false);
unexportedRuntimeFunction('inetNtop4', false);
unexportedRuntimeFunction('inetPton6', false);
unexportedRuntimeFunction('inetNtop6', false);
unexportedRuntimeFunction('readSockaddr', false);
unexportedRuntimeFunction('writeSockaddr', false);
unexportedRuntimeFunction('DNS', false);
unexportedRuntimeFunction('getHostByName', false);
unexportedRuntimeFunction('Protocols', false);
unexportedRuntimeFunction('Sockets', false);
unexportedRuntimeFunction('getRandomDevice', false);
unexportedRuntimeFunction('traverseStack', false);
unexportedRuntimeFunction('convertFrameToPC', false);
unexportedRuntimeFunction('UNWIND_CACHE', false);
unexportedRuntimeFunction('saveInUnwindCache', false);
unexportedRuntimeFunction('convertPCtoSourceLocation', false);
unexportedRuntimeFunction('readAsmConstArgsArray', false);
unexportedRuntimeFunction('readAsmConstArgs', false);
unexportedRuntimeFunction('mainThreadEM_ASM', false);
unexportedRuntimeFunction('jstoi_q', false);
unexportedRuntimeFunction('jstoi_s', false);
unexportedRuntimeFunction('getExecutableName', false);
unexportedRuntimeFunction('listenOnce', false);
unexportedRuntimeFunction('autoResumeAudioContext', false);
unexportedRuntimeFunction('dynCallLegacy', false);
unexportedRuntimeFunction('getDynCaller', false);
unexportedRuntimeFunction('dynCall', false);
unexportedRuntimeFunction('callRuntimeCallbacks', false);
unexportedRuntimeFunction('wasmTableMirror', false);
unexportedRuntimeFunction('setWasmTableEntry', false);
unexportedRuntimeFunction('getWasmTableEntry', false);
unexportedRuntimeFunction('handleException', false);
unexportedRuntimeFunction('runtimeKeepalivePush', false);
unexportedRuntimeFunction('runtimeKeepalivePop', false);
unexportedRuntimeFunction('callUserCallback', false);
unexportedRuntimeFunction('maybeExit', false);
unexportedRuntimeFunction('safeSetTimeout', false);
unexportedRuntimeFunction('asmjsMangle', false);
unexportedRuntimeFunction('asyncLoad', false);
unexportedRuntimeFunction('alignMemory', false);
unexportedRuntimeFunction('mmapAlloc', false);
unexportedRuntimeFunction('reallyNegative', false);
unexportedRuntimeFunction('unSign', false);
unexportedRuntimeFunction('reSign', false);
unexportedRuntimeFunction('formatString', false);
unexportedRuntimeFunction('PATH', false);
unexportedRuntimeFunction('PATH_FS', false);
unexportedRuntimeFunction('SYSCALLS', false);
unexportedRuntimeFunction('getSocketFromFD', false);
unexportedRuntimeFunction('getSocketAddress', false);
unexportedRuntimeFunction('JSEvents', false);
unexportedRuntimeFunction('registerKeyEventCallback', false);
unexportedRuntimeFunction('specialHTMLTargets', false);
unexportedRuntimeFunction('maybeCStringToJsString', false);
unexportedRuntimeFunction('findEventTarget', false);
unexportedRuntimeFunction('findCanvasEventTarget', false);
unexportedRuntimeFunction('getBoundingClientRect', false);
unexportedRuntimeFunction('fillMouseEventData', false);
unexportedRuntimeFunction('registerMouseEventCallback', false);
unexportedRuntimeFunction('registerWheelEventCallback', false);
unexportedRuntimeFunction('registerUiEventCallback', false);
unexportedRuntimeFunction('registerFocusEventCallback', false);
unexportedRuntimeFunction('fillDeviceOrientationEventData', false);
unexportedRuntimeFunction('registerDeviceOrientationEventCallback', false);
unexportedRuntimeFunction('fillDeviceMotionEventData', false);
unexportedRuntimeFunction('registerDeviceMotionEventCallback', false);
unexportedRuntimeFunction('screenOrientation', false);
unexportedRuntimeFunction('fillOrientationChangeEventData', false);
unexportedRuntimeFunction('registerOrientationChangeEventCallback', false);
unexportedRuntimeFunction('fillFullscreenChangeEventData', false);
unexportedRuntimeFunction('registerFullscreenChangeEventCallback', false);
unexportedRuntimeFunction('registerRestoreOldStyle', false);
unexportedRuntimeFunction('hideEverythingExceptGivenElement', false);
unexportedRuntimeFunction('restoreHiddenElements', false);
unexportedRuntimeFunction('setLetterbox', false);
unexportedRuntimeFunction('currentFullscreenStrategy', false);
unexportedRuntimeFunction('restoreOldWindowedStyle', false);
unexportedRuntimeFunction('softFullscreenResizeWebGLRenderTarget', false);
unexportedRuntimeFunction('doRequestFullscreen', false);
unexportedRuntimeFunction('fillPointerlockChangeEventData', false);
unexportedRuntimeFunction('registerPointerlockChangeEventCallback', false);
unexportedRuntimeFunction('registerPointerlockErrorEventCallback', false);
unexportedRuntimeFunction('requestPointerLock', false);
unexportedRuntimeFunction('fillVisibilityChangeEventData', false);
unexportedRuntimeFunction('registerVisibilityChangeEventCallback', false);
unexportedRuntimeFunction('registerTouchEventCallback', false);
unexportedRuntimeFunction('fillGamepadEventData', false);
unexportedRuntimeFunction('registerGamepadEventCallback', false);
unexportedRuntimeFunction('registerBeforeUnloadEventCallback', false);
unexportedRuntimeFunction('fillBatteryEventData', false);
unexportedRuntimeFunction('battery', false);
unexportedRuntimeFunction('registerBatteryEventCallback', false);
unexportedRuntimeFunction('setCanvasElementSize', false);
unexportedRuntimeFunction('getCanvasElementSize', false);
unexportedRuntimeFunction('demangle', false);
unexportedRuntimeFunction('demangleAll', false);
unexportedRuntimeFunction('jsStackTrace', false);
unexportedRuntimeFunction('stackTrace', false);
unexportedRuntimeFunction('getEnvStrings', false);
unexportedRuntimeFunction('checkWasiClock', false);
unexportedRuntimeFunction('flush_NO_FILESYSTEM', false);
unexportedRuntimeFunction('writeI53ToI64', false);
unexportedRuntimeFunction('writeI53ToI64Clamped', false);
unexportedRuntimeFunction('writeI53ToI64Signaling', false);
unexportedRuntimeFunction('writeI53ToU64Clamped', false);
unexportedRuntimeFunction('writeI53ToU64Signaling', false);
unexportedRuntimeFunction('readI53FromI64', false);
unexportedRuntimeFunction('readI53FromU64', false);
unexportedRuntimeFunction('convertI32PairToI53', false);
unexportedRuntimeFunction('convertU32PairToI53', false);
unexportedRuntimeFunction('setImmediateWrapped', false);
unexportedRuntimeFunction('clearImmediateWrapped', false);
unexportedRuntimeFunction('polyfillSetImmediate', false);
unexportedRuntimeFunction('uncaughtExceptionCount', false);
unexportedRuntimeFunction('exceptionLast', false);
unexportedRuntimeFunction('exceptionCaught', false);
unexportedRuntimeFunction('ExceptionInfo', false);
unexportedRuntimeFunction('CatchInfo', false);
unexportedRuntimeFunction('exception_addRef', false);
unexportedRuntimeFunction('exception_decRef', false);
unexportedRuntimeFunction('Browser', false);
unexportedRuntimeFunction('funcWrappers', false);
unexportedRuntimeFunction('getFuncWrapper', false);
unexportedRuntimeFunction('setMainLoop', false);
unexportedRuntimeFunction('wget', false);
unexportedRuntimeFunction('FS', false);
unexportedRuntimeFunction('MEMFS', false);
unexportedRuntimeFunction('TTY', false);
unexportedRuntimeFunction('PIPEFS', false);
unexportedRuntimeFunction('SOCKFS', false);
unexportedRuntimeFunction('_setNetworkCallback', false);
unexportedRuntimeFunction('tempFixedLengthArray', false);
unexportedRuntimeFunction('miniTempWebGLFloatBuffers', false);
unexportedRuntimeFunction('heapObjectForWebGLType', false);
unexportedRuntimeFunction('heapAccessShiftForWebGLHeap', false);
unexportedRuntimeFunction('GL', false);
unexportedRuntimeFunction('emscriptenWebGLGet', false);
unexportedRuntimeFunction('computeUnpackAlignedImageSize', false);
unexportedRuntimeFunction('emscriptenWebGLGetTexPixelData', false);
unexportedRuntimeFunction('emscriptenWebGLGetUniform', false);
unexportedRuntimeFunction('webglGetUniformLocation', false);
unexportedRuntimeFunction('webglPrepareUniformLocationsBeforeFirstUse', false);
unexportedRuntimeFunction('webglGetLeftBracePos', false);
unexportedRuntimeFunction('emscriptenWebGLGetVertexAttrib', false);
unexportedRuntimeFunction('writeGLArray', false);
unexportedRuntimeFunction('AL', false);
unexportedRuntimeFunction('SDL_unicode', false);
unexportedRuntimeFunction('SDL_ttfContext', false);
unexportedRuntimeFunction('SDL_audio', false);
unexportedRuntimeFunction('SDL', false);
unexportedRuntimeFunction('SDL_gfx', false);
unexportedRuntimeFunction('GLUT', false);
unexportedRuntimeFunction('EGL', false);
unexportedRuntimeFunction('GLFW_Window', false);
unexportedRuntimeFunction('GLFW', false);
unexportedRuntimeFunction('GLEW', false);
unexportedRuntimeFunction('IDBStore', false);
unexportedRuntimeFunction('runAndAbortIfError', false);
unexportedRuntimeFunction('warnOnce', false);
unexportedRuntimeFunction('stackSave', false);
unexportedRuntimeFunction('stackRestore', false);
unexportedRuntimeFunction('stackAlloc', false);
unexportedRuntimeFunction('AsciiToString', false);
unexportedRuntimeFunction('stringToAscii', false);
unexportedRuntimeFunction('UTF16ToString', false);
unexportedRuntimeFunction('stringToUTF16', false);
unexportedRuntimeFunction('lengthBytesUTF16', false);
unexportedRuntimeFunction('UTF32ToString', false);
unexportedRuntimeFunction('stringToUTF32', false);
unexportedRuntimeFunction('lengthBytesUTF32', false);
unexportedRuntimeFunction('allocateUTF8', false);
unexportedRuntimeFunction('allocateUTF8OnStack', false);
Module["writeStackCookie"] = writeStackCookie;
Module["checkStackCookie"] = checkStackCookie;
unexportedRuntimeFunction('intArrayFromBase64', false);
unexportedRuntimeFunction('tryParseAsDataURI', false);
unexportedRuntimeSymbol('ALLOC_NORMAL', false);
unexportedRuntimeSymbol('ALLOC_STACK', false);

var calledRun;

/**
 * @constructor
 * @this {ExitStatus}
 */
function ExitStatus(status) {
  this.name = "ExitStatus";
  this.message = "Program terminated with exit(" + status + ")";
  this.status = status;
}

var calledMain = false;

dependenciesFulfilled = function runCaller() {
  // If run has never been called, and we should call run (INVOKE_RUN is true, and Module.noInitialRun is not false)
  if (!calledRun) run();
  if (!calledRun) dependenciesFulfilled = runCaller; // try this again later, after new deps are fulfilled
};

function callMain(args) {
  assert(runDependencies == 0, 'cannot call main when async dependencies remain! (listen on Module["onRuntimeInitialized"])');
  assert(__ATPRERUN__.length == 0, 'cannot call main when preRun functions remain to be called');

  var entryFunction = Module['_main'];

  args = args || [];

  var argc = args.length+1;
  var argv = stackAlloc((argc + 1) * 4);
  HEAP32[argv >> 2] = allocateUTF8OnStack(thisProgram);
  for (var i = 1; i < argc; i++) {
    HEAP32[(argv >> 2) + i] = allocateUTF8OnStack(args[i - 1]);
  }
  HEAP32[(argv >> 2) + argc] = 0;

  try {

    var ret = entryFunction(argc, argv);

    // In PROXY_TO_PTHREAD builds, we should never exit the runtime below, as
    // execution is asynchronously handed off to a pthread.
    // if we're not running an evented main loop, it's time to exit
    exit(ret, /* implicit = */ true);
    return ret;
  }
  catch (e) {
    return handleException(e);
  } finally {
    calledMain = true;

  }
}

function stackCheckInit() {
  // This is normally called automatically during __wasm_call_ctors but need to
  // get these values before even running any of the ctors so we call it redundantly
  // here.
  // TODO(sbc): Move writeStackCookie to native to to avoid this.
  _emscripten_stack_init();
  writeStackCookie();
}

/** @type {function(Array=)} */
function run(args) {
  args = args || arguments_;

  if (runDependencies > 0) {
    return;
  }

  stackCheckInit();

  preRun();

  // a preRun added a dependency, run will be called later
  if (runDependencies > 0) {
    return;
  }

  function doRun() {
    // run may have just been called through dependencies being fulfilled just in this very frame,
    // or while the async setStatus time below was happening
    if (calledRun) return;
    calledRun = true;
    Module['calledRun'] = true;

    if (ABORT) return;

    initRuntime();

    preMain();

    readyPromiseResolve(Module);
    if (Module['onRuntimeInitialized']) Module['onRuntimeInitialized']();

    if (shouldRunNow) callMain(args);

    postRun();
  }

  if (Module['setStatus']) {
    Module['setStatus']('Running...');
    setTimeout(function() {
      setTimeout(function() {
        Module['setStatus']('');
      }, 1);
      doRun();
    }, 1);
  } else
  {
    doRun();
  }
  checkStackCookie();
}
Module['run'] = run;

function checkUnflushedContent() {
  // Compiler settings do not allow exiting the runtime, so flushing
  // the streams is not possible. but in ASSERTIONS mode we check
  // if there was something to flush, and if so tell the user they
  // should request that the runtime be exitable.
  // Normally we would not even include flush() at all, but in ASSERTIONS
  // builds we do so just for this check, and here we see if there is any
  // content to flush, that is, we check if there would have been
  // something a non-ASSERTIONS build would have not seen.
  // How we flush the streams depends on whether we are in SYSCALLS_REQUIRE_FILESYSTEM=0
  // mode (which has its own special function for this; otherwise, all
  // the code is inside libc)
  var oldOut = out;
  var oldErr = err;
  var has = false;
  out = err = (x) => {
    has = true;
  }
  try { // it doesn't matter if it fails
    var flush = flush_NO_FILESYSTEM;
    if (flush) flush();
  } catch(e) {}
  out = oldOut;
  err = oldErr;
  if (has) {
    warnOnce('stdio streams had content in them that was not flushed. you should set EXIT_RUNTIME to 1 (see the FAQ), or make sure to emit a newline when you printf etc.');
    warnOnce('(this may also be due to not including full filesystem support - try building with -s FORCE_FILESYSTEM=1)');
  }
}

/** @param {boolean|number=} implicit */
function exit(status, implicit) {
  EXITSTATUS = status;

  // Skip this check if the runtime is being kept alive deliberately.
  // For example if `exit_with_live_runtime` is called.
  if (!runtimeKeepaliveCounter) {
    checkUnflushedContent();
  }

  if (keepRuntimeAlive()) {
    // if exit() was called, we may warn the user if the runtime isn't actually being shut down
    if (!implicit) {
      var msg = 'program exited (with status: ' + status + '), but EXIT_RUNTIME is not set, so halting execution but not exiting the runtime or preventing further async execution (build with EXIT_RUNTIME=1, if you want a true shutdown)';
      readyPromiseReject(msg);
      err(msg);
    }
  } else {
    exitRuntime();
  }

  procExit(status);
}

function procExit(code) {
  EXITSTATUS = code;
  if (!keepRuntimeAlive()) {
    if (Module['onExit']) Module['onExit'](code);
    ABORT = true;
  }
  quit_(code, new ExitStatus(code));
}

if (Module['preInit']) {
  if (typeof Module['preInit'] == 'function') Module['preInit'] = [Module['preInit']];
  while (Module['preInit'].length > 0) {
    Module['preInit'].pop()();
  }
}

// shouldRunNow refers to calling main(), not run().
var shouldRunNow = true;

if (Module['noInitialRun']) shouldRunNow = false;

run();







  return createProgram.ready
}
);
})();
export default createProgram;