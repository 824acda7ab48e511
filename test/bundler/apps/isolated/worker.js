// What a module worker sees of itself: its URL, whether `location` is its scope's own (a worker the
// page made as it is: the WorkerGlobalScope getter) and what a relative import() resolves against.
const helper = await import('./helper.js');
postMessage({
  isolated: self.crossOriginIsolated,
  file: new URL(self.location.href).pathname.split('/').pop().replace(/-[\w-]{8}\.js$/, '.js'),
  ownLocation: Object.prototype.hasOwnProperty.call(self, 'location'),
  helper: helper.answer,
});
