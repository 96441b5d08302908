import Foundation
public import SpotcheckCampaign
public import SpotcheckCore
public import SpotcheckRoster

/// spotcheckd's configuration, from TOML (`deploy/spotcheckd.toml` documents every key).
public struct DaemonConfig: Sendable, Equatable {
    public struct Paths: Sendable, Equatable {
        /// Holds `private/state.sqlite` (a 0700 folder: only the daemon sees the database, its
        /// size and its times) and the audit anchor next to it.
        public var state: String
        /// Task files, `DATE/LOGIN.json`.
        public var tasks: String
        /// Public draw records after each inspection day.
        public var publicRecords: String
        /// The Varlink control socket.
        public var controlSocket: String
        /// The roster CSV files the daemon loads at start and on SIGHUP.
        public var roster: String

        public var database: String { "\(state)/private/state.sqlite" }
    }

    public struct Calendar: Sendable, Equatable {
        public var timeZone: String
        public var workCalendar: WorkCalendar
        /// When the inspection day is over: seeds are revealed and records published.
        public var dayEnd: TimeOfDay
    }

    public struct Pool: Sendable, Equatable {
        public var name: String
        public var drawTime: TimeOfDay
        public var revealTime: TimeOfDay
        /// When teams report, as written in task files.
        public var reportTime: TimeOfDay
        public var dayEnd: TimeOfDay
        /// The team policy; `targetsPerDraw` is the pool's targets per working day.
        public var policy: Policy
        /// The least time between a reveal and the report time, in minutes (`ReportTime`).
        public var reportNoticeMinutes: Int = ReportTime.defaultNoticeMinutes
        /// The campaign phases in which the pool draws (`phases`); nil: supervision only.
        public var phases: Set<CampaignStep>? = nil
        /// How its teams visit (`visit`): open unless configured covert.
        public var visit: VisitMode = .open
    }

    public var file: String
    public var paths: Paths
    public var calendar: Calendar
    public var coordinatorGroups: [String]
    public var auditorGroups: [String]
    public var pools: [Pool]
    /// `[campaign]`, when configured: draws then run only in the phases their pools allow.
    public var campaign: CampaignPlan? = nil
    /// Who registers and handles complaints (`[roles] complaints`).
    public var complaintsGroups: [String] = ["spotcheck-complaints"]
    public var complaintClocks = ComplaintClocks()
    /// `[ledger]`: the problem ledger's rules and deadlines.
    public var ledger = LedgerSettings()
    /// `[publication]`: the public site (PublicationConfig.swift).
    public var publication = PublicationSettings()
    /// `[hooks]`: the notice programs run at reveals and replacements (Notices.swift).
    public var hooks = HookSettings()
    /// `[declarations]`: pending self-service declarations per inspector (DeclarationSettings.swift).
    public var declarations = DeclarationSettings()

    public static let defaultPath = "/etc/spotcheck/spotcheckd.toml"

    /// Parses and validates a configuration file. Relative paths are taken relative to the
    /// file's folder. Every problem is reported with its line; unknown keys are errors.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputErrors) -> DaemonConfig {
        let document = try TOML.parse(bytes, file: file)
        var errors: [InputError] = []
        var root = TableReader(document, file: file, name: "")
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path

        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : URL(fileURLWithPath: folder).appendingPathComponent(path).standardized.path
        }

        // [paths]
        var paths = Paths(
            state: "/var/lib/spotcheck", tasks: "/var/lib/spotcheck/tasks", publicRecords: "/var/lib/spotcheck/public",
            controlSocket: "/run/spotcheck/control", roster: "/etc/spotcheck/roster")
        if let table = root.table("paths") {
            var reader = TableReader(table, file: file, name: "paths")
            paths.state = reader.string("state").map(resolve) ?? paths.state
            paths.tasks = reader.string("tasks").map(resolve) ?? "\(paths.state)/tasks"
            paths.publicRecords = reader.string("public").map(resolve) ?? "\(paths.state)/public"
            paths.controlSocket = reader.string("control_socket").map(resolve) ?? paths.controlSocket
            paths.roster = reader.string("roster").map(resolve) ?? paths.roster
            errors += reader.finish()
        }

        // [calendar]
        var calendar = Calendar(
            timeZone: "Asia/Shanghai", workCalendar: WorkCalendar(), dayEnd: TimeOfDay(hour: 18, minute: 0)!)
        if let table = root.table("calendar") {
            var reader = TableReader(table, file: file, name: "calendar")
            if let zone = reader.string("time_zone") {
                if TimeZone(identifier: zone) == nil {
                    reader.fail("time_zone", "\(InputText.quoted(zone)) is not a known time zone (e.g. Asia/Shanghai)")
                } else {
                    calendar.timeZone = zone
                }
            }
            if let names = strings(table, "weekend", &reader) {
                var weekend = Set<Int>()
                for name in names {
                    if let day = Self.weekdays[name.lowercased()] {
                        weekend.insert(day)
                    } else {
                        reader.fail("weekend", "\(InputText.quoted(name)) is not a weekday name (monday … sunday)")
                    }
                }
                calendar.workCalendar.weekend = weekend
            }
            calendar.workCalendar.holidays = days(table, "holidays", &reader)
            calendar.workCalendar.adjustedWorkingDays = days(table, "working_days", &reader)
            if let text = reader.string("day_end") {
                if let time = TimeOfDay(text) {
                    calendar.dayEnd = time
                } else {
                    reader.fail("day_end", "\(InputText.quoted(text)) is not HH:MM or HH:MM:SS")
                }
            }
            errors += reader.finish()
        }

        // [roles]
        var coordinators = ["spotcheck-coordinators"]
        var auditors = ["spotcheck-auditors"]
        var complaintsGroups = ["spotcheck-complaints"]
        if let table = root.table("roles") {
            var reader = TableReader(table, file: file, name: "roles")
            coordinators = strings(table, "coordinators", &reader) ?? coordinators
            auditors = strings(table, "auditors", &reader) ?? auditors
            complaintsGroups = strings(table, "complaints", &reader) ?? complaintsGroups
            errors += reader.finish()
        }

        // [policy]: the base of every pool's policy.
        var base = Policy()
        if let table = root.table("policy") {
            let (policy, problems) = PolicyFile.decode(table, file: file, name: "policy")
            base = policy
            errors += problems
        }

        // [[pool]]
        var pools: [Pool] = []
        var nameLines: [String: Int] = [:]  // each pool's name and the line that gives it
        switch document.entries["pool"]?.value {
        case .tables(let tables)?:
            root.markUsed("pool")
            var names = Set<String>()
            if tables.count > maxPools {
                errors.append(
                    InputError(
                        file: file, line: tables[maxPools].line, field: "pool",
                        message: "more than \(maxPools) [[pool]] tables; each pool draws every working day"))
            }
            for table in tables.prefix(maxPools) {
                var reader = TableReader(table, file: file, name: "pool")
                let name = reader.string("name") ?? ""
                // A pool's name is a folder of the public site everywhere it is copied (PoolName).
                if name.isEmpty {
                    reader.fail("name", "every [[pool]] needs a name")
                } else if let problem = PoolName.problem(name, quoted: InputText.quoted(name)) {
                    reader.fail("name", problem)
                } else if !names.insert(name).inserted {
                    reader.fail("name", "pool '\(name)' is defined twice")
                } else {
                    nameLines[name] = table.entries["name"]?.line ?? table.line
                }
                func time(_ key: String, _ fallback: TimeOfDay?) -> TimeOfDay? {
                    guard let text = reader.string(key) else {
                        if fallback == nil { reader.fail(key, "is required (HH:MM)") }
                        return fallback
                    }
                    guard let value = TimeOfDay(text) else {
                        reader.fail(key, "\(InputText.quoted(text)) is not HH:MM or HH:MM:SS")
                        return fallback
                    }
                    return value
                }
                let draw = time("draw_time", nil)
                let reveal = time("reveal_time", nil)
                let report = time("report_time", reveal)
                let end = time("day_end", calendar.dayEnd)
                let notice = reader.integer("report_notice", default: ReportTime.defaultNoticeMinutes, range: 0...1440)
                let phases = CampaignConfig.poolPhases(table, file: file, reader: &reader)
                let visit = VisitMode.poolMode(&reader)
                var policy = base
                policy.targetsPerDraw = reader.integer(
                    "targets_per_day", default: base.targetsPerDraw, range: 1...100_000)
                if let overrides = reader.table("policy") {
                    let (decoded, problems) = PolicyFile.decode(
                        overrides, file: file, name: "pool.policy", base: policy)
                    policy = decoded
                    errors += problems
                }
                if let draw, let reveal, let end {
                    if !(draw <= reveal) { reader.fail("reveal_time", "\(reveal) is before draw_time \(draw)") }
                    if !(reveal < end) { reader.fail("day_end", "\(end) is not after reveal_time \(reveal)") }
                }
                // Every precondition of the draw, checked here rather than when the day's seed is
                // already committed.
                if reader.errors.isEmpty {
                    for problem in policy.problems() { reader.fail("policy", problem) }
                }
                errors += reader.finish()
                if let draw, let reveal, let report, let end {
                    pools.append(
                        Pool(
                            name: name, drawTime: draw, revealTime: reveal, reportTime: report, dayEnd: end,
                            policy: policy, reportNoticeMinutes: notice, phases: phases, visit: visit))
                }
            }
        case nil:
            errors.append(
                InputError(file: file, line: 1, message: "no [[pool]] is configured; the daemon would never draw"))
        case let other?:
            root.markUsed("pool")
            errors.append(
                InputError(
                    file: file, line: document.entries["pool"]!.line, field: "pool",
                    message: "must be written [[pool]] (an array of tables), not \(other.typeName)"))
        }

        // [campaign] and [complaints]
        let (campaign, clocks, campaignErrors) = CampaignSection.decode(&root, file: file, resolve: resolve)
        errors += campaignErrors
        let (ledger, ledgerErrors) = LedgerSettings.decode(root.table("ledger"), file: file)
        errors += ledgerErrors
        // The ledger's draws are recorded under their own pool name: a configured pool of that
        // name would share their folders (POOL-ordered-ID) and their lines in the history.
        if let line = nameLines[ledger.draws.pool] {
            errors.append(
                InputError(
                    file: file, line: line, field: "pool.name",
                    message:
                        "pool '\(ledger.draws.pool)' has the name the ledger's draws are recorded under ([ledger] draw_pool, 'ledger' unless set); name the pool otherwise"
                ))
        }
        errors += CampaignSection.requireProhibitions(
            campaign: root.table("campaign"), ledger: root.table("ledger"), settings: ledger, refused: ledgerErrors,
            file: file)
        let (publication, publicationErrors) = PublicationSettings.decode(root.table("publication"), file: file)
        errors += publicationErrors
        let (hooks, hookErrors) = HookSettings.decode(root.table("hooks"), file: file, resolve: resolve)
        errors += hookErrors
        let (declarations, declarationErrors) = DeclarationSettings.decode(root.table("declarations"), file: file)
        errors += declarationErrors

        errors += root.finish()
        guard errors.isEmpty else {
            var sorted = errors.sorted { $0.line < $1.line }
            if sorted.count > 50 {
                let more = sorted.count - 50
                sorted = Array(sorted.prefix(50))
                sorted.append(InputError(file: file, line: sorted[49].line, message: "and \(more) more errors"))
            }
            throw InputErrors(sorted)
        }
        var config = DaemonConfig(
            file: file, paths: paths, calendar: calendar, coordinatorGroups: coordinators, auditorGroups: auditors,
            pools: pools, campaign: campaign, complaintsGroups: complaintsGroups, complaintClocks: clocks,
            ledger: ledger, hooks: hooks)
        config.publication = publication
        config.declarations = declarations
        return config
    }

    static let weekdays = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    private static func strings(_ table: TOMLTable, _ key: String, _ reader: inout TableReader) -> [String]? {
        reader.markUsed(key)
        guard let entry = table.entries[key] else { return nil }
        guard case .array(let items) = entry.value else {
            reader.fail(key, "must be an array of strings, not \(entry.value.typeName)")
            return nil
        }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else {
                reader.fail(key, "must be an array of strings")
                return nil
            }
            result.append(text)
        }
        return result
    }

    /// The most `[[pool]]` tables a configuration may have.
    public static let maxPools = 256

    /// The most days `holidays` or `working_days` may list, ranges counted day by day.
    public static let maxCalendarDays = 10_000

    /// Reads a whole file, refusing one larger than `limit` bytes without reading the rest.
    public static func readFile(_ path: String, limit: Int) throws(InputErrors) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            // UnreadableFile.swift: no permission names the user the daemon runs as.
            throw InputErrors([InputError(file: path, line: 0, message: UnreadableFile.message(path))])
        }
        defer { try? handle.close() }
        func tooLarge() -> InputErrors {
            InputErrors([
                InputError(
                    file: path, line: 0,
                    message: "is larger than \(limit >> 20) MiB, the most such a file may hold; nothing was read")
            ])
        }
        // A regular file says its size: refuse a large one without reading it.
        if let size = try? handle.seekToEnd() {
            guard size <= UInt64(limit) else { throw tooLarge() }
            try? handle.seek(toOffset: 0)
        }
        let data: Data?
        do {
            data = try handle.read(upToCount: limit + 1)
        } catch {
            throw InputErrors([InputError(file: path, line: 0, message: "cannot be read: \(error)")])
        }
        let bytes = [UInt8](data ?? Data())
        guard bytes.count <= limit else { throw tooLarge() }
        return bytes
    }

    /// Dates or `START..END` ranges.
    private static func days(_ table: TOMLTable, _ key: String, _ reader: inout TableReader) -> Set<Day> {
        guard let items = strings(table, key, &reader) else { return [] }
        var days = Set<Day>()
        for item in items {
            guard days.count <= maxCalendarDays else {
                reader.fail(key, "lists more than \(maxCalendarDays) days")
                break
            }
            if let range = item.firstRange(of: "..") {
                guard let start = Day(iso: item[..<range.lowerBound]), let end = Day(iso: item[range.upperBound...]),
                    start <= end, end.ordinal - start.ordinal < 366
                else {
                    reader.fail(
                        key, "\(InputText.quoted(item)) is not a range YYYY-MM-DD..YYYY-MM-DD of at most a year")
                    continue
                }
                for ordinal in start.ordinal...end.ordinal { days.insert(Day(ordinal: ordinal)) }
            } else if let day = Day(iso: item) {
                days.insert(day)
            } else {
                reader.fail(key, "\(InputText.quoted(item)) is not a date YYYY-MM-DD")
            }
        }
        return days
    }

    public func pool(named name: String) -> Pool? {
        pools.first { $0.name == name }
    }
}
