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
        if posts.count == 1 {
            // One item is written as `field` writes it; the colon and the date need no escape.
            field(posts[0].department)
            bytes.append(UInt8(ascii: ":"))
            Self.appendDay(posts[0].left, to: &bytes)
            return
        }
        // The scratch buffers are taken out of `self` while `bytes` is written.
        var items = scratch.items
        var ends = scratch.ends
        var order = scratch.order
        scratch = Scratch()
        defer { scratch = Scratch(items: items, ends: ends, order: order) }
        items.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        for post in posts {
            var department = post.department
            department.withUTF8 { items.append(contentsOf: $0) }
            items.append(UInt8(ascii: ":"))
            Self.appendDay(post.left, to: &items)
            ends.append(items.count)
        }
        // Repeated items are found by `String` equality in `list`, which for text beyond ASCII
        // is canonical equivalence, not byte equality: leave such lists to `list`.
        if items.contains(where: { $0 >= 0x80 }) {
            list(posts.map { "\($0.department):\($0.left)" })
            return
        }
        let escaped = items.contains { $0 == 92 || $0 == 9 || $0 == 10 || $0 == 13 }
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: ends.indices)
        items.withUnsafeBufferPointer { items in
            func item(_ number: Int) -> UnsafeBufferPointer<UInt8> {
                let start = number == 0 ? 0 : ends[number - 1]
                return UnsafeBufferPointer(rebasing: items[start..<ends[number]])
            }
            order.sort { item($0).lexicographicallyPrecedes(item($1)) }
            if !atLineStart { bytes.append(9) }
            atLineStart = false
            var last: UnsafeBufferPointer<UInt8>?
            for number in order {
                let text = item(number)
                if let last {
                    if last.elementsEqual(text) { continue }
                    bytes.append(UInt8(ascii: ","))
                }
                if escaped {
                    appendEscaped(text)
                } else {
                    bytes.append(contentsOf: text)
                }
                last = text
            }
        }
    }
}
