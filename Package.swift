// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "peerpolis",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "peerpolis", targets: ["peerpolis"]),
        .library(name: "PeerpolisWeb", targets: ["PeerpolisWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        // Already resolved and built for PostgreSQL's TLS (postgres-nio); named here for SMTP's STARTTLS.
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.25.0"),
    ],
    targets: [
        // Plain Swift: entities and rules. Imports no framework.
        .target(name: "PeerpolisDomain"),
        // SQL, migrations, seed and GeoNames import. The only layer that knows SQLKit.
        .target(
            name: "PeerpolisStorage",
            dependencies: [
                "PeerpolisDomain",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
            ],
            resources: [.copy("Resources/Data")]
        ),
        // Routes, controllers, views. The only layer that knows Hummingbird.
        .target(
            name: "PeerpolisWeb",
            dependencies: [
                "PeerpolisDomain",
                "PeerpolisStorage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                // Already built for PostgreSQL's SCRAM; gives SHA-256 and HMAC for tokens and signed cookies.
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Ink", package: "Ink"),
            ]
        ),
        .executableTarget(
            name: "peerpolis",
            dependencies: [
                "PeerpolisWeb",
                "PeerpolisStorage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // Benchmark only: measures search over a synthetic corpus; never part of the hub.
        .executableTarget(
            name: "peerpolis-bench",
            dependencies: ["PeerpolisStorage", "PeerpolisDomain"]
        ),
        // Benchmark only: ranks partners over cities500 with synthetic profiles; never part of the hub.
        .executableTarget(
            name: "peerpolis-match-bench",
            dependencies: ["PeerpolisDomain"],
            path: "bench/matching"
        ),
        // Test support shared by the storage and web tests: a fresh database per test, SQLite or PostgreSQL.
        .target(
            name: "PeerpolisTestSupport",
            dependencies: ["PeerpolisStorage", .product(name: "SQLKit", package: "sql-kit")],
            path: "Tests/PeerpolisTestSupport"
        ),
        .testTarget(
            name: "PeerpolisDomainTests",
            dependencies: ["PeerpolisDomain"]
        ),
        .testTarget(
            name: "PeerpolisStorageTests",
            dependencies: ["PeerpolisStorage", "PeerpolisDomain", "PeerpolisTestSupport"]
        ),
        .testTarget(
            name: "PeerpolisWebTests",
            dependencies: [
                "PeerpolisWeb",
                "PeerpolisStorage",
                "PeerpolisTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
