/// The rule for a pool's name (`[[pool]] name` in spotcheckd.toml, the `pools` column of
/// departments.csv). A pool's name is a folder's name on every copy of the public site — the
/// day's folder `DATE/POOL`, an order's `DATE/POOL-ordered-ID` — including a USB stick or a
/// Windows or macOS disk, where case is not told apart and some names are devices. So it is
/// lower-case ASCII letters, digits, `-` and `_`, beginning with a letter or digit (no `.`, no
/// `..`), holds no `-ordered` (kept for the folders of orders) and is no Windows device name.
public enum PoolName {
    /// The Windows device names, which no folder may have (with or without an extension).
    static let devices: Set<String> =
        Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// Why `name` cannot name a pool, in English (the daemon's configuration and the roster
    /// parser word their problems so), or nil when it can. `quoted` is the name as the message
    /// shows it (escaped by the caller: it may hold anything).
    public static func problem(_ name: String, quoted: String) -> String? {
        let lowerOrDigit: (UInt8) -> Bool = { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) }
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= 64, lowerOrDigit(first),
            bytes.allSatisfy({ lowerOrDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
        else {
            return "\(quoted) is not a pool name: use 1-64 lower-case ASCII letters, digits, '-' and '_', "
                + "beginning with a letter or digit (the name is a folder of the public site)"
        }
        if name.contains("-ordered") {
            return "\(quoted) is not a pool name: '-ordered' is kept for the folders of orders (POOL-ordered-ID)"
        }
        if devices.contains(name) {
            return "\(quoted) is not a pool name: it is a device name on Windows (con, prn, aux, nul, com1-9, "
                + "lpt1-9), where a copy of the public site could not hold its folder"
        }
        return nil
    }
}
