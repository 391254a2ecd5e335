#if arch(wasm32)
import Builtin

// The heap Embedded Swift needs (`posix_memalign`, `free`), with no libc, for every module
// the pages run (the rules widget, the search).
// Blocks come in power-of-two size classes; a freed block goes on its class's
// list and is reused, so memory stays flat however often the page asks.
// New blocks are cut from pages added with `memory.grow`.

private let pageSize: UInt = 65_536
private let headerSize: UInt = 16  // keeps every payload 16-byte aligned
private let smallestClassShift: UInt = 5  // 32 bytes
private let classCount = 22  // up to 64 MiB per block: a search index is one block

nonisolated(unsafe) private var freeLists = InlineArray<22, UInt>(repeating: 0)
nonisolated(unsafe) private var bumpNext: UInt = 0
nonisolated(unsafe) private var bumpEnd: UInt = 0

@_cdecl("posix_memalign")
func posixMemalign(
    _ result: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ alignment: Int, _ size: Int
) -> Int32 {
    let outOfMemory: Int32 = 12  // ENOMEM
    guard alignment <= Int(headerSize), let sizeClass = sizeClass(for: UInt(size) + headerSize),
          let block = takeBlock(of: sizeClass)
    else { return outOfMemory }
    UnsafeMutableRawPointer(bitPattern: block)!.storeBytes(of: UInt(sizeClass), as: UInt.self)
    result.pointee = UnsafeMutableRawPointer(bitPattern: block + headerSize)
    return 0
}

@_cdecl("free")
func free(_ payload: UnsafeMutableRawPointer?) {
    guard let payload else { return }
    let block = payload - Int(headerSize)
    let sizeClass = Int(block.load(as: UInt.self))
    block.storeBytes(of: freeLists[sizeClass], as: UInt.self)
    freeLists[sizeClass] = UInt(bitPattern: block)
}

private func sizeClass(for bytes: UInt) -> Int? {
    var sizeClass = 0
    while (UInt(1) << (UInt(sizeClass) + smallestClassShift)) < bytes {
        sizeClass += 1
        if sizeClass == classCount { return nil }
    }
    return sizeClass
}

private func takeBlock(of sizeClass: Int) -> UInt? {
    let reused = freeLists[sizeClass]
    if reused != 0 {
        freeLists[sizeClass] = UnsafeRawPointer(bitPattern: reused)!.load(as: UInt.self)
        return reused
    }
    let size = UInt(1) << (UInt(sizeClass) + smallestClassShift)
    if bumpEnd - bumpNext < size {
        let pages = (size + pageSize - 1) / pageSize
        let oldPages = Int32(Builtin.int_wasm_memory_grow_Int32((0 as Int32)._value, Int32(pages)._value))
        guard oldPages >= 0 else { return nil }
        // A fresh region; what was left of the previous one is abandoned (at most one block's size, once).
        bumpNext = UInt(oldPages) * pageSize
        bumpEnd = bumpNext + pages * pageSize
    }
    let block = bumpNext
    bumpNext += size
    return block
}
#endif
