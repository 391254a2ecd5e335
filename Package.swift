// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Wegwijs",
    // Linux only: the build reads glibc's `stat` fields and `/proc/self/exe`, tunes glibc's malloc
    // and watches files with inotify. No macOS is named, since nothing here builds or tests there.
    products: [
        .executable(name: "wegwijs", targets: ["wegwijs"]),
        // Built for wasm32-unknown-none-wasm with Embedded Swift (see Makefile, toolset).
        .executable(name: "RulesWidget", targets: ["RulesWidget"]),
        .executable(name: "SearchWidget", targets: ["SearchWidget"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // The rules of the 2013 and 2021 acts. No Foundation: it also compiles to wasm.
        .target(name: "IntegrationRules"),
        // The WebAssembly ABI the browser calls; on the host it only links.
        .executableTarget(name: "RulesWidget", dependencies: ["IntegrationRules", "WasmHeap"], exclude: ["js"]),
        // The heap of the wasm modules (posix_memalign, free); empty on the host.
        .target(name: "WasmHeap"),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // glibc's mallopt, for the command line's builds.
        .systemLibrary(name: "CMalloc"),
        .target(name: "SiteCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Search in every language of a site: folding, stemming, the index and its ranking.
        // No Foundation: like the rules, it also compiles to wasm for the page.
        .target(name: "SiteSearch"),
        // The search's WebAssembly ABI for the page; on the host it only links.
        .executableTarget(name: "SearchWidget", dependencies: ["SiteSearch", "WasmHeap"], exclude: ["js"]),
        // Mustache templates rendered against typed values (no dynamic casts while rendering).
        .target(name: "MustacheTemplates", dependencies: ["SiteCore"]),
        .target(
            name: "SiteBuilder",
            dependencies: [
                "SiteCore", "CCmark", "IntegrationRules", "MustacheTemplates",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Serves a build on 127.0.0.1, rebuilds on change and reloads open pages.
        .target(
            name: "PreviewServer",
            dependencies: [
                "SiteBuilder", "SiteCore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "wegwijs",
            dependencies: [
                "SiteBuilder", "SiteCore", "IntegrationRules", "PreviewServer", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Runs a node script with its standard input fed in pieces: the wasm parity tests.
        .target(name: "NodeProcess", path: "Tests/NodeProcess"),
        .testTarget(name: "IntegrationRulesTests", dependencies: ["IntegrationRules", "NodeProcess"], exclude: ["scenarios.json"]),
        .testTarget(name: "SiteCoreTests", dependencies: ["SiteCore"]),
        .testTarget(name: "SiteSearchTests", dependencies: ["SiteSearch", "NodeProcess"]),
        .testTarget(name: "MustacheTemplatesTests", dependencies: ["MustacheTemplates"], exclude: ["spec"]),
        .testTarget(
            name: "PreviewServerTests",
            dependencies: [
                "PreviewServer", "SiteBuilder",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "SiteBuilderTests",
            dependencies: ["SiteBuilder", "SiteCore"],
            exclude: ["Fixtures"]
        ),
    ]
)
