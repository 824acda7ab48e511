// What a classic worker sees of itself (see worker.js).
postMessage({
  isolated: self.crossOriginIsolated,
  ownLocation: Object.prototype.hasOwnProperty.call(self, 'location'),
});
