// The WebAssembly ABI of the site search lives in Exports.swift, compiled only for wasm32
// (`make wasm`). On the host this executable does nothing; it exists so the package builds
// everywhere, as the rules widget's does.
