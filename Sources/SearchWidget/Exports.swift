#if arch(wasm32)
import SiteSearch

// The functions the page calls; Sources/SearchWidget/js/search.mjs is their glue. Text crosses
// as UTF-8 in `input` (the page writes) and `output` (the module writes); numbers as Int32s.

nonisolated(unsafe) private var input: [UInt8] = []
nonisolated(unsafe) private var output: [UInt8] = []
nonisolated(unsafe) private var numbers: [Int32] = []
nonisolated(unsafe) private var index: SearchIndex?

/// Room for `count` bytes of input; returns its address.
@_expose(wasm, "wegwijs_search_input")
@_cdecl("wegwijs_search_input")
func inputBuffer(count: Int32) -> Int32 {
    input = [UInt8](repeating: 0, count: Int(count))
    return input.withUnsafeMutableBufferPointer { Int32(Int(bitPattern: $0.baseAddress)) }
}

/// Reads the input as an index. Returns its number of sections, or -1 when it is no index of
/// this version.
@_expose(wasm, "wegwijs_search_load")
@_cdecl("wegwijs_search_load")
func load() -> Int32 {
    do throws(SearchIndexError) {
        index = try SearchIndex(bytes: input)
        return Int32(index!.sectionCount)
    } catch {
        index = nil
        return -1
    }
}

/// Searches for the input; writes per hit its section, matched words and score to `numbers`
/// and returns the number of hits.
@_expose(wasm, "wegwijs_search_query")
@_cdecl("wegwijs_search_query")
func query(limit: Int32) -> Int32 {
    guard let index else { return 0 }
    let hits = index.search(input, limit: Int(limit))
    numbers = hits.flatMap { [Int32($0.section), Int32($0.matchedWords), Int32($0.score)] }
    return Int32(hits.count)
}

/// The excerpt of a section for the query in the input: writes its byte range, whether it is cut
/// before and after, then the matches' ranges, to `numbers`; returns how many numbers.
@_expose(wasm, "wegwijs_search_excerpt")
@_cdecl("wegwijs_search_excerpt")
func excerpt(section: Int32, words: Int32) -> Int32 {
    guard let index, section >= 0, Int(section) < index.sectionCount else { return 0 }
    let excerpt = index.excerpt(of: Int(section), for: input, words: Int(words))
    numbers = [Int32(excerpt.range.lowerBound), Int32(excerpt.range.upperBound),
               excerpt.cutBefore ? 1 : 0, excerpt.cutAfter ? 1 : 0]
    for match in excerpt.matches { numbers += [Int32(match.lowerBound), Int32(match.upperBound)] }
    return Int32(numbers.count)
}

/// Copies field `field` of a section (0 url, 1 anchor, 2 page title, 3 heading, 4 path, 5 text,
/// 6 fallback as "1" or "0") to `output`; returns its length in bytes.
@_expose(wasm, "wegwijs_search_field")
@_cdecl("wegwijs_search_field")
func field(section: Int32, field: Int32) -> Int32 {
    guard let index, section >= 0, Int(section) < index.sectionCount else { return -1 }
    switch field {
    case 0...5: output = Array(index.field(Int(field), of: Int(section)))
    case 6: output = [index.isFallback(Int(section)) ? 0x31 : 0x30]
    default: return -1
    }
    return Int32(output.count)
}

@_expose(wasm, "wegwijs_search_output")
@_cdecl("wegwijs_search_output")
func outputAddress() -> Int32 {
    output.withUnsafeBufferPointer { Int32(Int(bitPattern: $0.baseAddress)) }
}

@_expose(wasm, "wegwijs_search_numbers")
@_cdecl("wegwijs_search_numbers")
func numbersAddress() -> Int32 {
    numbers.withUnsafeBufferPointer { Int32(Int(bitPattern: $0.baseAddress)) }
}
#endif
