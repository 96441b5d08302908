extension CanonicalWriter {
    /// `list` of the former posts as `DEPARTMENT:YYYY-MM-DD` items — sorted by their UTF-8 bytes,
    /// repeated items once, joined with commas, escaped as `field` escapes — written from the
    /// items' bytes without making a `String` per item or for the joined list. Same bytes as
    /// `list(posts.map { "\($0.department):\($0.left)" })`.
    mutating func formerList(_ posts: [FormerPost]) {
        if posts.isEmpty {
            field("")
            return
        }
        var items: [UInt8] = []
        items.reserveCapacity(posts.count * 20)
        var ends: [Int] = []
        ends.reserveCapacity(posts.count)
        for post in posts {
            var department = post.department
            department.withUTF8 { items.append(contentsOf: $0) }
            items.append(UInt8(ascii: ":"))
            var day = post.left.description
            day.withUTF8 { items.append(contentsOf: $0) }
            ends.append(items.count)
        }
        // Repeated items are found by `String` equality in `list`, which for text beyond ASCII
        // is canonical equivalence, not byte equality: leave such lists to `list`.
        if items.contains(where: { $0 >= 0x80 }) {
            list(posts.map { "\($0.department):\($0.left)" })
            return
        }
        var order = Array(ends.indices)
        items.withUnsafeBufferPointer { bytes in
            func item(_ number: Int) -> UnsafeBufferPointer<UInt8> {
                let start = number == 0 ? 0 : ends[number - 1]
                return UnsafeBufferPointer(rebasing: bytes[start..<ends[number]])
            }
            if order.count > 1 { order.sort { item($0).lexicographicallyPrecedes(item($1)) } }
            var joined: [UInt8] = []
            joined.reserveCapacity(items.count + order.count)
            var last: UnsafeBufferPointer<UInt8>?
            for number in order {
                let bytes = item(number)
                if let last, last.elementsEqual(bytes) { continue }
                if last != nil { joined.append(UInt8(ascii: ",")) }
                joined.append(contentsOf: bytes)
                last = bytes
            }
            fieldBytes(joined)
        }
    }

    /// `field` of text given as UTF-8 bytes.
    mutating func fieldBytes(_ utf8: [UInt8]) {
        if !utf8.contains(where: { $0 == 92 || $0 == 9 || $0 == 10 || $0 == 13 }) {
            fieldPlain(utf8)
            return
        }
        field(String(decoding: utf8, as: UTF8.self))
    }

    private mutating func fieldPlain(_ utf8: [UInt8]) {
        if !atLineStart { bytes.append(9) }
        atLineStart = false
        bytes += utf8
    }
}
