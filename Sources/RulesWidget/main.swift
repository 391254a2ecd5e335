// The WebAssembly ABI of the "What applies to me?" widget lives in the other
// files of this target, compiled only for wasm32 (`make wasm`). On the host
// this executable does nothing; it exists so the package builds everywhere.
