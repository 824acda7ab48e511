// A page served with COOP/COEP (cross-origin isolated) that makes a module worker and a classic
// one; each says what it sees of itself. With the bundler plugin on, the page must see the same.
const ask = (worker) => new Promise((resolve, reject) => {
  worker.onmessage = (e) => resolve(e.data);
  worker.onerror = (e) => reject(new Error(e.message));
});
const module = await ask(new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));
const classic = await ask(new Worker(new URL('./classic.js', import.meta.url)));
const result = { isolated: self.crossOriginIsolated, module, classic };
document.getElementById('out').textContent = JSON.stringify(result, null, 2);
window.appResult = result;
window.appDone = true;
