import Crypto

extension Roster {
    /// The canonical text of the roster: one line per row, sections in a fixed order, lines sorted
    /// by their UTF-8 bytes, so that the order of rows in the source never matters. Its SHA-256 is
    /// the snapshot hash a draw record commits to (`docs/draw-algorithm.md` gives the grammar).
    public var canonicalText: String {
        func escape(_ field: String) -> String {
            var out = ""
            for scalar in field.unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\"
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        func list(_ items: [String]) -> String {
            items.sorted(by: idLess).joined(separator: ",")
        }
        func line(_ fields: [String]) -> String {
            fields.map(escape).joined(separator: "\t")
        }
        func section(_ lines: [String]) -> [String] {
            lines.sorted(by: idLess)
        }
        var lines = ["spotcheck-snapshot/1"]
        lines += section(
            departments.map {
                line([
                    "department", $0.id, $0.name, $0.weight.map(String.init) ?? "", list($0.powers.map(\.rawValue)),
                    list($0.requiredSkills), list($0.pools),
                ])
            })
        lines += section(
            inspectors.map {
                line([
                    "inspector", $0.id, $0.name, $0.login, $0.home,
                    list($0.former.map { "\($0.department):\($0.left)" }), list($0.skills), $0.canLead ? "1" : "0",
                    list($0.unavailable.map(\.description)), String($0.dailyCap),
                ])
            })
        lines += section(
            conflicts.map { line(["conflict", $0.inspector, $0.department, $0.reason, $0.until?.description ?? ""]) })
        lines += section(history.map { line(["assignment", $0.date.description, $0.inspector, $0.department]) })
        return lines.map { $0 + "\n" }.joined()
    }

    /// SHA-256 of `canonicalText`, in lowercase hex.
    public var snapshotHash: String {
        Hex.encode(SHA256.hash(data: Array(canonicalText.utf8)))
    }
}

public enum Hex {
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes lowercase or uppercase hex; `nil` for odd length or a non-hex character.
    public static func decode(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count / 2)
        var index = 0
        while index < chars.count {
            guard let high = value(chars[index]), let low = value(chars[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }
}
