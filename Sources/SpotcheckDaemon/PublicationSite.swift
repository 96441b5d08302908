import Foundation
import SpotcheckCore
import SpotcheckText

/// What a publication shows, gathered from the store: published draws (with their public
/// files), departments, the ledger's findings and the complaints' counts. Only values that may
/// be public are here: no complainant, no allegation or note, no conflict reason, no contact.
struct PublicationContent: Sendable {
    struct Draw: Sendable {
        var id: Int64
        var folder: String  // DATE/NAME, as under the public records folder
        var record: DrawRecord
        var recordHash: String
        var seedHex: String
        var visit: String  // open, covert
        /// The draw's public files, relative to its folder (record.json, seed.hex, roster/…).
        var files: [String: [UInt8]]
        /// Departments swapped in replacements: (department, out, in, whether a coordinator named `in`).
        var replacements: [(department: String, outgoing: String, incoming: String, handPicked: Bool)]
    }

    struct Finding: Sendable {
        var department: String
        var category: String?  // FindingCategory code
        var state: String  // FindingState code
    }

    struct Complaint: Codable, Sendable, Equatable {
        var state: String
        var channel: String
        var category: String
    }

    var published: Date
    /// daily, phase:IDENTIFIER, final
    var edition: String
    var phase: String?
    var chainHead: String?
    /// The public ledger and campaign links (`chain/ID.json` of the public records folder), so
    /// that the copied `draws/` holds the whole chain up to `chainHead`.
    var chainLinks: [String: [UInt8]] = [:]
    var publicKey: String
    var language: Language
    var suppressBelow: Int
    var departments: [(id: String, name: String)]
    var draws: [Draw]
    var findings: [Finding]
    /// Complaint statistics by closed month, each final once published (PublicationMonths.swift).
    var complaintMonths: [ComplaintMonth]
}

/// Small-count suppression of complaint statistics. A count from 1 to `threshold - 1` must not
/// be worked out, neither from the total nor from the other counts of its table, by a reader who
/// knows this rule. So when a table holds such a count, every non-zero count of the table is
/// hidden (the table's rows and the month's total stay); when even that would pin one (k hidden
/// counts of at least 1 each summing to less than `threshold + k - 1`), its zeros are hidden too.
/// A month whose total is itself small hides its total and every count of every table. Hiding
/// only one more count beside a small one (the rule before) let two or more small counts be
/// worked out from the total, and the choice of the one hidden told which were small.
enum Suppression {
    struct Cell: Sendable, Equatable {
        var key: String
        var count: Int
        var suppressed: Bool
    }

    static func isSmall(_ count: Int, threshold: Int) -> Bool { count > 0 && count < threshold }

    /// The cells of one table of a month whose complaints number `total`.
    static func apply(_ counts: [(key: String, count: Int)], threshold: Int, total: Int) -> [Cell] {
        var cells = counts.map { Cell(key: $0.key, count: $0.count, suppressed: false) }
        if isSmall(total, threshold: threshold) {
            for index in cells.indices { cells[index].suppressed = true }
            return cells
        }
        guard cells.contains(where: { isSmall($0.count, threshold: threshold) }) else { return cells }
        let nonZero = cells.filter { $0.count > 0 }
        let sum = nonZero.reduce(0) { $0 + $1.count }
        let zerosToo = sum - (nonZero.count - 1) < threshold
        for index in cells.indices where zerosToo || cells[index].count > 0 { cells[index].suppressed = true }
        return cells
    }

    /// Categories (free text chosen by the staff) below the threshold are never named: their
    /// counts go together into one row, `other`, with the `unnamed` complaints that have none, so
    /// that the rows always add up to the month's total. While that row is itself small, the
    /// smallest named category joins it (by count, then name), so that it is not hidden beside
    /// named counts that would give it away.
    static func categories(
        _ counts: [String: Int], threshold: Int, other: String, unnamed: Int = 0
    ) -> [(key: String, count: Int)] {
        var named: [(key: String, count: Int)] = []
        var rest = unnamed
        for (key, count) in counts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            if count >= threshold { named.append((key, count)) } else { rest += count }
        }
        while isSmall(rest, threshold: threshold),
            let smallest = named.indices.min(by: {
                (named[$0].count, $0) < (named[$1].count, $1)
            })
        {
            rest += named.remove(at: smallest).count
        }
        return rest > 0 ? named + [(other, rest)] : named
    }
}

/// Renders a publication: static HTML pages (relative links, no script), a style sheet, and the
/// same data as CSV (UTF-8 with BOM, for Excel) and JSON. Returns every file by its path in the
/// publication folder. Pure: the content arrives as a value.
struct PublicationSite {
    let content: PublicationContent
    var language: Language { content.language }

    static let findingStates = [
        "identified", "confirmed", "rectifying", "awaiting-verification", "closed", "reopened", "dismissed",
        "transferred",
    ]
    static let findingCategories = ["detached", "sluggish", "evasive", "arrogant", "hollow"]
    static let complaintStates = [
        "received", "accepted", "not-accepted", "referred", "merged", "investigating", "concluded",
        "feedback-given", "closed", "reexamining",
    ]
    static let channels = ["hotline", "mailbox", "wechat", "letter", "visit"]
    static let otherCategory = "other"

    func t(_ message: Localized) -> String { message(language) }

    /// A department id as a file name, one name per id even on a copy whose file system ignores
    /// case (a USB stick, Windows, macOS): an id of lower-case letters, digits and `-_.` is its own
    /// name; any other (a capital, anything outside those, a leading dot, a name Windows keeps
    /// for a device) is `x-` and the hex of its UTF-8, and so is an id that begins with `x-`
    /// itself, so that no plain id is also the escape of another, and no id leaves its folder.
    static func fileName(_ id: String) -> String {
        let plain = id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
        let device = id.split(separator: ".", omittingEmptySubsequences: false).first.map {
            Self.deviceNames.contains(String($0))
        }
        if plain, !id.isEmpty, !id.hasPrefix("."), !id.hasPrefix("x-"), device != true { return id }
        return "x-" + Array(id.utf8).map { String(format: "%02x", $0) }.joined()
    }

    /// Names Windows gives to devices, whatever follows their first dot.
    static let deviceNames: Set<String> = Set(
        ["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    func render() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        files["style.css"] = Array(Self.style.utf8)
        files["index.html"] = page(depth: 0, title: t(Catalogue.Publication.siteTitle), body: indexBody())
        files["dates.html"] = page(depth: 0, title: t(Catalogue.Publication.byDate), body: datesBody())
        files["departments.html"] = page(
            depth: 0, title: t(Catalogue.Publication.byDepartment), body: departmentsBody())
        files["categories.html"] = page(depth: 0, title: t(Catalogue.Publication.byCategory), body: categoriesBody())
        files["ledger.html"] = page(depth: 0, title: t(Catalogue.Publication.ledger), body: ledgerBody())
        files["complaints.html"] = page(depth: 0, title: t(Catalogue.Publication.complaints), body: complaintsBody())
        files["verify.html"] = page(depth: 0, title: t(Catalogue.Publication.howToVerify), body: verifyBody())
        for department in content.departments {
            files["departments/\(Self.fileName(department.id)).html"] = page(
                depth: 1, title: "\(department.name) (\(department.id))", body: departmentBody(department))
        }
        for code in Self.findingCategories + ["none"] {
            files["categories/\(code).html"] = page(depth: 1, title: categoryName(code), body: categoryBody(code))
        }
        for draw in content.draws {
            for (path, bytes) in draw.files { files["draws/\(draw.folder)/\(path)"] = bytes }
            files["draws/\(draw.folder)/index.html"] = page(
                depth: 3, title: "\(t(Catalogue.Publication.draw)) \(draw.record.date) \(draw.record.pool)",
                body: drawBody(draw))
        }
        for (name, bytes) in content.chainLinks { files["draws/chain/\(name)"] = bytes }
        for (name, bytes) in dataFiles() { files["data/\(name)"] = bytes }
        return files
    }

    // MARK: Pages

    func page(depth: Int, title: String, body: String) -> [UInt8] {
        let root = String(repeating: "../", count: depth)
        let nav = [
            ("index.html", Catalogue.Publication.home), ("dates.html", Catalogue.Publication.byDate),
            ("departments.html", Catalogue.Publication.byDepartment),
            ("categories.html", Catalogue.Publication.byCategory), ("ledger.html", Catalogue.Publication.ledger),
            ("complaints.html", Catalogue.Publication.complaints), ("verify.html", Catalogue.Publication.howToVerify),
        ]
        .map { "<a href=\"\(root)\($0.0)\">\(htmlEscape(t($0.1)))</a>" }.joined(separator: "\n")
        let text = """
            <!DOCTYPE html>
            <html lang="\(language == .chinese ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(htmlEscape(title)) · \(htmlEscape(t(Catalogue.Publication.siteTitle)))</title>
            <link rel="stylesheet" href="\(root)style.css">
            </head>
            <body>
            <header><p class="site">\(htmlEscape(t(Catalogue.Publication.siteTitle)))</p>
            <nav>
            \(nav)
            </nav></header>
            <main>
            <h1>\(htmlEscape(title))</h1>
            \(body)
            </main>
            <footer><p>\(htmlEscape(t(Catalogue.Publication.generated(stamp, editionName))))</p>
            <p>\(htmlEscape(t(Catalogue.Publication.chainHead))): <code>\(content.chainHead ?? "—")</code></p></footer>
            </body>
            </html>

            """
        return Array(text.utf8)
    }

    var stamp: String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: content.published)
    }

    var editionName: String {
        if content.edition == "final" { return t(Catalogue.Publication.editionFinal) }
        if content.edition.hasPrefix("phase:") {
            return t(Catalogue.Publication.editionPhase(String(content.edition.dropFirst(6))))
        }
        return t(Catalogue.Publication.editionDaily)
    }

    func indexBody() -> String {
        var html = ""
        if let phase = content.phase {
            html +=
                "<p>\(htmlEscape(t(Catalogue.Publication.campaignPhase))): <strong>\(htmlEscape(t(Catalogue.CampaignPhaseNames.name(phase))))</strong></p>\n"
        }
        html += "<ul class=\"sections\">\n"
        for (href, label) in [
            ("dates.html", Catalogue.Publication.byDate), ("departments.html", Catalogue.Publication.byDepartment),
            ("categories.html", Catalogue.Publication.byCategory), ("ledger.html", Catalogue.Publication.ledger),
            ("complaints.html", Catalogue.Publication.complaints), ("verify.html", Catalogue.Publication.howToVerify),
        ] {
            html += "<li><a href=\"\(href)\">\(htmlEscape(t(label)))</a></li>\n"
        }
        html += "</ul>\n<h2>\(htmlEscape(t(Catalogue.Publication.byDate)))</h2>\n"
        html += drawsTable(Array(sortedDraws.prefix(20)), root: "")
        html += "<h2>\(htmlEscape(t(Catalogue.Publication.data)))</h2>\n<ul>\n"
        for name in dataNames {
            html += "<li><a href=\"data/\(name)\">\(name)</a></li>\n"
        }
        html += "</ul>\n"
        return html
    }

    var dataNames: [String] {
        [
            "draws.csv", "draws.json", "departments.csv", "departments.json", "ledger.csv", "ledger.json",
            "complaints.csv", "complaints.json",
        ]
    }

    var sortedDraws: [PublicationContent.Draw] {
        content.draws.sorted { ($0.record.date, $0.id) > ($1.record.date, $1.id) }
    }

    func departmentName(_ id: String) -> String {
        content.departments.first { $0.id == id }?.name ?? id
    }

    func drawsTable(_ draws: [PublicationContent.Draw], root: String) -> String {
        guard !draws.isEmpty else { return "<p>\(htmlEscape(t(Catalogue.Publication.noDraws)))</p>\n" }
        var html =
            "<table>\n<tr><th>\(htmlEscape(t(Catalogue.Publication.date)))</th><th>\(htmlEscape(t(Catalogue.Publication.pool)))</th>"
            + "<th>\(htmlEscape(t(Catalogue.Publication.kind)))</th><th>\(htmlEscape(t(Catalogue.Publication.targets)))</th></tr>\n"
        for draw in draws {
            let kind = draw.record.kind == .scheduled ? Catalogue.Publication.scheduled : Catalogue.Publication.ordered
            let targets = draw.record.teams.map {
                "<a href=\"\(root)departments/\(Self.fileName($0.department)).html\">\(htmlEscape(departmentName($0.department)))</a>"
            }.joined(separator: "、")
            html +=
                "<tr><td><a href=\"\(root)draws/\(draw.folder)/index.html\">\(draw.record.date)</a></td>"
                + "<td>\(htmlEscape(draw.record.pool))</td><td>\(htmlEscape(t(kind)))</td><td>\(targets)</td></tr>\n"
        }
        return html + "</table>\n"
    }

    func datesBody() -> String {
        var html = ""
        let byDate = Dictionary(grouping: sortedDraws, by: { $0.record.date })
        if byDate.isEmpty { return "<p>\(htmlEscape(t(Catalogue.Publication.noDraws)))</p>\n" }
        for date in byDate.keys.sorted(by: >) {
            html += "<h2 id=\"d\(date)\">\(date)</h2>\n" + drawsTable(byDate[date] ?? [], root: "")
        }
        return html
    }

    func inspections(of id: String) -> [PublicationContent.Draw] {
        sortedDraws.filter { $0.record.teams.contains { $0.department == id } }
    }

    func departmentsBody() -> String {
        var html = "<p>\(htmlEscape(t(Catalogue.Publication.departmentsNote)))</p>\n<table>\n"
        html +=
            "<tr><th>\(htmlEscape(t(Catalogue.Publication.department)))</th><th>\(htmlEscape(t(Catalogue.Publication.departmentID)))</th>"
            + "<th>\(htmlEscape(t(Catalogue.Publication.timesInspected)))</th><th>\(htmlEscape(t(Catalogue.Publication.findings)))</th></tr>\n"
        for department in content.departments {
            html +=
                "<tr><td><a href=\"departments/\(Self.fileName(department.id)).html\">\(htmlEscape(department.name))</a></td>"
                + "<td><code>\(htmlEscape(department.id))</code></td><td>\(inspections(of: department.id).count)</td>"
                + "<td>\(content.findings.filter { $0.department == department.id }.count)</td></tr>\n"
        }
        return html + "</table>\n"
    }

    func departmentBody(_ department: (id: String, name: String)) -> String {
        var html = "<h2>\(htmlEscape(t(Catalogue.Publication.targets)))</h2>\n"
        html += drawsTable(inspections(of: department.id), root: "../")
        html += "<h2>\(htmlEscape(t(Catalogue.Publication.findings)))</h2>\n"
        html += matrix(content.findings.filter { $0.department == department.id }, root: "../")
        return html
    }

    func categoryName(_ code: String) -> String {
        code == "none" ? t(Catalogue.Publication.uncategorised) : t(Catalogue.LedgerStateWords.category(code))
    }

    /// Findings counted by category (rows) and state (columns), with totals.
    func matrix(_ findings: [PublicationContent.Finding], root: String) -> String {
        guard !findings.isEmpty else { return "<p>\(htmlEscape(t(Catalogue.Publication.none)))</p>\n" }
        let states = Self.findingStates.filter { state in findings.contains { $0.state == state } }
        var html = "<table>\n<tr><th>\(htmlEscape(t(Catalogue.Publication.category)))</th>"
        for state in states { html += "<th>\(htmlEscape(t(Catalogue.LedgerStateWords.state(state))))</th>" }
        html += "<th>\(htmlEscape(t(Catalogue.Publication.total)))</th></tr>\n"
        for code in Self.findingCategories + ["none"] {
            let row = findings.filter { ($0.category ?? "none") == code }
            guard !row.isEmpty else { continue }
            html += "<tr><td><a href=\"\(root)categories/\(code).html\">\(htmlEscape(categoryName(code)))</a></td>"
            for state in states { html += "<td>\(row.filter { $0.state == state }.count)</td>" }
            html += "<td>\(row.count)</td></tr>\n"
        }
        html += "<tr><th>\(htmlEscape(t(Catalogue.Publication.total)))</th>"
        for state in states { html += "<th>\(findings.filter { $0.state == state }.count)</th>" }
        return html + "<th>\(findings.count)</th></tr>\n</table>\n"
    }

    func categoriesBody() -> String {
        var html =
            "<table>\n<tr><th>\(htmlEscape(t(Catalogue.Publication.category)))</th><th>\(htmlEscape(t(Catalogue.Publication.count)))</th></tr>\n"
        for code in Self.findingCategories + ["none"] {
            html +=
                "<tr><td><a href=\"categories/\(code).html\">\(htmlEscape(categoryName(code)))</a></td>"
                + "<td>\(content.findings.filter { ($0.category ?? "none") == code }.count)</td></tr>\n"
        }
        return html + "</table>\n"
    }

    func categoryBody(_ code: String) -> String {
        let findings = content.findings.filter { ($0.category ?? "none") == code }
        guard !findings.isEmpty else { return "<p>\(htmlEscape(t(Catalogue.Publication.none)))</p>\n" }
        var html =
            "<table>\n<tr><th>\(htmlEscape(t(Catalogue.Publication.department)))</th><th>\(htmlEscape(t(Catalogue.Publication.count)))</th></tr>\n"
        for department in content.departments {
            let count = findings.filter { $0.department == department.id }.count
            guard count > 0 else { continue }
            html +=
                "<tr><td><a href=\"../departments/\(Self.fileName(department.id)).html\">\(htmlEscape(department.name))</a></td>"
                + "<td>\(count)</td></tr>\n"
        }
        return html + "</table>\n"
    }

    func ledgerBody() -> String {
        "<p>\(htmlEscape(t(Catalogue.Publication.ledgerNote)))</p>\n" + matrix(content.findings, root: "")
    }

    /// The three tables of one month's complaint statistics, suppressed.
    func complaintTables(
        _ complaints: [PublicationContent.Complaint]
    ) -> [(
        name: String, heading: Localized, cells: [Suppression.Cell]
    )] {
        let threshold = content.suppressBelow
        let total = complaints.count
        let byState = Self.complaintStates.map { state in
            (key: state, count: complaints.filter { $0.state == state }.count)
        }
        let byChannel = Self.channels.map { channel in
            (key: channel, count: complaints.filter { $0.channel == channel }.count)
        }
        var categories: [String: Int] = [:]
        for complaint in complaints where !complaint.category.isEmpty {
            categories[complaint.category, default: 0] += 1
        }
        // Complaints without a category (the content-free stubs of complaints about the
        // commission's own leadership) count in `other`: left out, the total less the rows
        // would be their number.
        let byCategory = Suppression.categories(
            categories, threshold: threshold, other: Self.otherCategory,
            unnamed: complaints.count(where: { $0.category.isEmpty }))
        return [
            ("state", Catalogue.Publication.state, Suppression.apply(byState, threshold: threshold, total: total)),
            (
                "channel", Catalogue.Publication.channel,
                Suppression.apply(byChannel, threshold: threshold, total: total)
            ),
            (
                "category", Catalogue.Publication.category,
                Suppression.apply(byCategory, threshold: threshold, total: total)
            ),
        ]
    }

    func complaintTotal(_ complaints: [PublicationContent.Complaint]) -> Suppression.Cell {
        let count = complaints.count
        return Suppression.Cell(
            key: "total", count: count, suppressed: Suppression.isSmall(count, threshold: content.suppressBelow))
    }

    func shown(_ cell: Suppression.Cell) -> String {
        cell.suppressed ? t(Catalogue.Publication.suppressed) : String(cell.count)
    }

    func complaintLabel(_ table: String, _ key: String) -> String {
        switch table {
        case "state": t(Catalogue.Publication.complaintStateLabel(key))
        case "channel": t(Catalogue.Publication.channelLabel(key))
        default: key == Self.otherCategory ? t(Catalogue.Publication.otherCategories) : key
        }
    }

    /// The months over, newest first, each with its total and its three tables.
    func complaintsBody() -> String {
        var html = "<p>\(htmlEscape(t(Catalogue.Publication.suppressionNote(content.suppressBelow))))</p>\n"
        html += "<p>\(htmlEscape(t(Catalogue.ComplaintMonths.note)))</p>\n"
        if content.complaintMonths.isEmpty { html += "<p>\(htmlEscape(t(Catalogue.Publication.none)))</p>\n" }
        for month in content.complaintMonths.reversed() {
            html += "<h2>\(htmlEscape(t(Catalogue.ComplaintMonths.heading(month.month))))</h2>\n"
            html +=
                "<p>\(htmlEscape(t(Catalogue.Publication.total))): <strong>\(htmlEscape(shown(complaintTotal(month.complaints))))</strong></p>\n"
            for table in complaintTables(month.complaints) {
                html += "<h3>\(htmlEscape(t(table.heading)))</h3>\n<table>\n"
                html +=
                    "<tr><th>\(htmlEscape(t(table.heading)))</th><th>\(htmlEscape(t(Catalogue.Publication.count)))</th></tr>\n"
                for cell in table.cells {
                    html +=
                        "<tr><td>\(htmlEscape(complaintLabel(table.name, cell.key)))</td><td>\(htmlEscape(shown(cell)))</td></tr>\n"
                }
                html += "</table>\n"
            }
        }
        return html
    }

    func verifyBody() -> String {
        """
        <p>\(htmlEscape(t(Catalogue.Publication.verifyIntro)))</p>
        <p>\(htmlEscape(t(Catalogue.Publication.publicKey))): <code>\(content.publicKey)</code> (<a href="publication-key.txt">publication-key.txt</a>)</p>
        <p>\(htmlEscape(t(Catalogue.Publication.chainHead))): <code>\(content.chainHead ?? "—")</code></p>
        <h2>\(htmlEscape(t(Catalogue.Publication.verifyPublication)))</h2>
        <pre>spotcheck verify --publication . --key \(content.publicKey)
        python3 tools/verify_publication.py . --key \(content.publicKey)</pre>
        <p>\(htmlEscape(t(Catalogue.Publication.verifyNotBefore)))</p>
        <pre>spotcheck verify --publication . --key \(content.publicKey) --not-before YYYY-MM-DD
        python3 tools/verify_publication.py . --key \(content.publicKey) --not-before YYYY-MM-DD</pre>
        <h2>\(htmlEscape(t(Catalogue.Publication.verifyChain)))</h2>
        <pre>spotcheck verify --chain draws
        python3 tools/verify_draw.py --chain draws</pre>
        <h2>\(htmlEscape(t(Catalogue.Publication.verifyDraw)))</h2>
        <pre>python3 tools/verify_draw.py draws/DATE/POOL
        spotcheck verify --date DATE --pool POOL --public draws</pre>

        """
    }

    func drawBody(_ draw: PublicationContent.Draw) -> String {
        let record = draw.record
        let root = "../../../"
        let kind = record.kind == .scheduled ? Catalogue.Publication.scheduled : Catalogue.Publication.ordered
        let visit = draw.visit == "covert" ? Catalogue.Publication.covert : Catalogue.Publication.open
        var html = "<p>\(htmlEscape(t(Catalogue.Publication.drawNote)))</p>\n<table class=\"facts\">\n"
        let rows: [(Localized, String)] = [
            (Catalogue.Publication.date, "\(record.date)"), (Catalogue.Publication.pool, htmlEscape(record.pool)),
            (Catalogue.Publication.kind, htmlEscape(t(kind))), (Catalogue.Publication.visit, htmlEscape(t(visit))),
            (Catalogue.Publication.seedCommitment, "<code>\(record.seedCommitment)</code>"),
            (Catalogue.Publication.snapshotHash, "<code>\(record.snapshotHash)</code>"),
            (Catalogue.Publication.policyHash, "<code>\(record.policyHash)</code>"),
            (Catalogue.Publication.previousLink, "<code>\(record.previousRecordHash ?? "—")</code>"),
            (Catalogue.Publication.seed, "<code>\(draw.seedHex)</code>"),
            (Catalogue.Publication.recordHash, "<code>\(draw.recordHash)</code>"),
            (Catalogue.Publication.shortfall, "\(record.shortfall)"),
        ]
        for (label, value) in rows { html += "<tr><th>\(htmlEscape(t(label)))</th><td>\(value)</td></tr>\n" }
        html += "</table>\n<h2>\(htmlEscape(t(Catalogue.Publication.teams)))</h2>\n"
        if record.teams.isEmpty { html += "<p>\(htmlEscape(t(Catalogue.Publication.none)))</p>\n" }
        for team in record.teams {
            html +=
                "<h3><a href=\"\(root)departments/\(Self.fileName(team.department)).html\">\(htmlEscape(team.departmentName))</a>"
                + " <code>\(htmlEscape(team.department))</code></h3>\n<ul>\n"
            for member in team.members {
                let role = member.role == .lead ? Catalogue.Publication.lead : Catalogue.Publication.member
                let shown = language == .chinese ? "（\(htmlEscape(t(role)))）" : " (\(htmlEscape(t(role))))"
                html += "<li>\(htmlEscape(member.name)) <code>\(htmlEscape(member.inspector))</code>\(shown)</li>\n"
            }
            html += "</ul>\n"
        }
        if !draw.replacements.isEmpty {
            html += "<h2>\(htmlEscape(t(Catalogue.Publication.replacements)))</h2>\n"
            let handPicked = draw.replacements.filter(\.handPicked).count
            html +=
                "<p>\(htmlEscape(t(Catalogue.HandPicked.publicationCount(draw.replacements.count, handPicked))))</p>\n<ul>\n"
            for replacement in draw.replacements {
                let marker = replacement.handPicked ? " (\(htmlEscape(t(Catalogue.HandPicked.marker))))" : ""
                html +=
                    "<li>\(htmlEscape(departmentName(replacement.department))): <code>\(htmlEscape(replacement.outgoing))</code>"
                    + " → <code>\(htmlEscape(replacement.incoming))</code>\(marker)</li>\n"
            }
            html += "</ul>\n"
        }
        html += "<h2>\(htmlEscape(t(Catalogue.Publication.files)))</h2>\n<ul>\n"
        for path in draw.files.keys.sorted() {
            html += "<li><a href=\"\(htmlAttribute(path))\">\(htmlEscape(path))</a></li>\n"
        }
        html += "</ul>\n<h2>\(htmlEscape(t(Catalogue.Publication.thisDraw)))</h2>\n"
        let name = URL(fileURLWithPath: draw.folder).lastPathComponent
        html += """
            <pre>python3 tools/verify_draw.py draws/\(htmlAttribute(draw.folder))
            spotcheck verify --date \(record.date) --pool \(htmlAttribute(name)) --public draws</pre>
            <p><a href="\(root)verify.html">\(htmlEscape(t(Catalogue.Publication.howToVerify)))</a></p>

            """
        return html
    }

    // MARK: Data

    func dataFiles() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        // Draws.
        var drawRows: [[String]] = [
            [
                "date", "pool", "kind", "visit", "targets", "seed_sha256", "seed", "record_sha256", "previous_link",
                "folder",
            ]
        ]
        var drawValues: [[String: JSONValue]] = []
        for draw in sortedDraws.reversed() {
            let record = draw.record
            drawRows.append([
                "\(record.date)", record.pool, record.kind.rawValue, draw.visit, record.targets.joined(separator: " "),
                record.seedCommitment, draw.seedHex, draw.recordHash, record.previousRecordHash ?? "",
                "draws/\(draw.folder)",
            ])
            drawValues.append([
                "date": .string("\(record.date)"), "pool": .string(record.pool), "kind": .string(record.kind.rawValue),
                "visit": .string(draw.visit), "targets": .array(record.targets.map(JSONValue.string)),
                "seedSha256": .string(record.seedCommitment), "seed": .string(draw.seedHex),
                "recordSha256": .string(draw.recordHash),
                "previousLink": record.previousRecordHash.map(JSONValue.string) ?? .null,
                "folder": .string("draws/\(draw.folder)"),
            ])
        }
        files["draws.csv"] = Self.csv(drawRows)
        files["draws.json"] = Self.json(.array(drawValues.map(JSONValue.object)))
        // Departments.
        var departmentRows: [[String]] = [["id", "name", "times_inspected", "findings"]]
        var departmentValues: [JSONValue] = []
        for department in content.departments {
            let inspected = inspections(of: department.id).count
            let findings = content.findings.filter { $0.department == department.id }.count
            departmentRows.append([department.id, department.name, String(inspected), String(findings)])
            departmentValues.append(
                .object([
                    "id": .string(department.id), "name": .string(department.name),
                    "timesInspected": .number(inspected), "findings": .number(findings),
                ]))
        }
        files["departments.csv"] = Self.csv(departmentRows)
        files["departments.json"] = Self.json(.array(departmentValues))
        // Ledger: counts by department, category and state.
        var counts: [[String]: Int] = [:]
        for finding in content.findings {
            counts[[finding.department, finding.category ?? "", finding.state], default: 0] += 1
        }
        var ledgerRows: [[String]] = [["department", "category", "state", "count"]]
        var ledgerValues: [JSONValue] = []
        for key in counts.keys.sorted(by: {
            $0.joined(separator: "\t").utf8.lexicographicallyPrecedes($1.joined(separator: "\t").utf8)
        }) {
            ledgerRows.append(key + [String(counts[key]!)])
            ledgerValues.append(
                .object([
                    "department": .string(key[0]), "category": key[1].isEmpty ? .null : .string(key[1]),
                    "state": .string(key[2]), "count": .number(counts[key]!),
                ]))
        }
        files["ledger.csv"] = Self.csv(ledgerRows)
        files["ledger.json"] = Self.json(.array(ledgerValues))
        // Complaints: suppressed counts by closed month, oldest first (PublicationMonths.swift).
        var complaintRows: [[String]] = [["month", "table", "key", "count"]]
        func value(_ cell: Suppression.Cell) -> JSONValue {
            cell.suppressed ? .null : .number(cell.count)
        }
        func shownInCSV(_ cell: Suppression.Cell) -> String {
            cell.suppressed ? "suppressed" : String(cell.count)
        }
        var months: [JSONValue] = []
        for month in content.complaintMonths {
            let total = complaintTotal(month.complaints)
            complaintRows.append([month.month, "total", "total", shownInCSV(total)])
            var tables: [String: JSONValue] = [:]
            for table in complaintTables(month.complaints) {
                var cells: [JSONValue] = []
                for cell in table.cells {
                    complaintRows.append([month.month, table.name, cell.key, shownInCSV(cell)])
                    cells.append(
                        .object(["key": .string(cell.key), "count": value(cell), "suppressed": .bool(cell.suppressed)]))
                }
                tables[table.name] = .array(cells)
            }
            months.append(
                .object([
                    "month": .string(month.month),
                    "total": .object(["count": value(total), "suppressed": .bool(total.suppressed)]),
                    "byState": tables["state"] ?? .null, "byChannel": tables["channel"] ?? .null,
                    "byCategory": tables["category"] ?? .null,
                ]))
        }
        files["complaints.csv"] = Self.csv(complaintRows)
        files["complaints.json"] = Self.json(
            .object([
                "suppressBelow": .number(content.suppressBelow), "period": .string("month"),
                "months": .array(months),
            ]))
        return files
    }

    /// A CSV file for spreadsheets: UTF-8 with BOM, CRLF, RFC 4180 quoting; a cell a spreadsheet
    /// would read as a formula gets a leading apostrophe.
    static func csv(_ rows: [[String]]) -> [UInt8] {
        func cell(_ text: String) -> String {
            var text = text
            text = CSVFormula.guarded(text)
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacing("\"", with: "\"\"") + "\""
        }
        let text = rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    enum JSONValue: Encodable {
        case string(String)
        case number(Int)
        case bool(Bool)
        case null
        case array([JSONValue])
        case object([String: JSONValue])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            case .null: try container.encodeNil()
            case .array(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }
    }

    static func json(_ value: JSONValue) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array((try? encoder.encode(value)) ?? Data()) + [0x0A]
    }

    static let style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
               margin: 0; color: #1b1b1b; background: #fff; line-height: 1.6; }
        header { background: #8b0000; color: #fff; padding: 0.8em 1.5em; }
        header .site { font-size: 1.4em; font-weight: bold; margin: 0 0 0.3em 0; }
        nav a { color: #fff; margin-right: 1.2em; }
        main { padding: 1em 1.5em; max-width: 70em; }
        table { border-collapse: collapse; margin: 0.5em 0 1.5em 0; }
        th, td { border: 1px solid #bbb; padding: 0.3em 0.7em; text-align: left; vertical-align: top; }
        th { background: #f3ecec; }
        code, pre { font-family: "DejaVu Sans Mono", monospace; font-size: 0.9em; word-break: break-all; }
        pre { background: #f6f6f6; padding: 0.7em; white-space: pre-wrap; }
        footer { border-top: 1px solid #ccc; padding: 0.5em 1.5em; color: #555; font-size: 0.9em; }

        """
}

/// A relative path in an attribute: each segment percent-encoded where needed.
func htmlAttribute(_ path: String) -> String {
    htmlEscape(path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
}
