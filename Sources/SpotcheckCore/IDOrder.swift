/// Something with an id that sorts by its UTF-8 bytes (`idLess`).
protocol IdentifiedByID {
    var id: String { get }
}

extension Department: IdentifiedByID {}
extension Inspector: IdentifiedByID {}

/// The items sorted by id bytes; as given, without sorting, when they already are (a roster read
/// from its files or the store is): one pass instead of n log n comparisons.
func sortedByID<Item: IdentifiedByID>(_ items: [Item]) -> [Item] {
    var index = 1
    while index < items.count {
        guard idLess(items[index - 1].id, items[index].id) else {
            return items.sorted { idLess($0.id, $1.id) }
        }
        index += 1
    }
    return items
}

/// Whether `lhs` sorts before `rhs` by bytes, as `lexicographicallyPrecedes` answers, eight
/// bytes at a time.
func bytesPrecede(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
    lhs.withUnsafeBytes { a in rhs.withUnsafeBytes { b in bytesPrecede(a, b) } }
}

/// `bytesPrecede` of bytes in place.
func bytesPrecede(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    let common = min(a.count, b.count)
    var index = 0
    while index + 8 <= common {
        let x = UInt64(bigEndian: a.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let y = UInt64(bigEndian: b.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        if x != y { return x < y }
        index += 8
    }
    while index < common {
        if a[index] != b[index] { return a[index] < b[index] }
        index += 1
    }
    return a.count < b.count
}
