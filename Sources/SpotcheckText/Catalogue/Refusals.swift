extension Catalogue {
    /// Refusals of the campaign (专项行动) and of complaints (群众举报), told from the code and
    /// values the daemon sends with `io.spotcheck.Campaign.AdvanceRefused` and
    /// `io.spotcheck.Complaints.Refused` (`CampaignRefusalCode` in SpotcheckProtocol).
    public enum CampaignRefusal {
        public static func notAStep(_ step: String, _ steps: String) -> Localized {
            Localized(en: "'\(step)' is not a step; use \(steps)", zh: "'\(step)' 不是阶段步骤；请使用 \(steps)")
        }
        public static let noReason = Localized(
            en: "give the reason for the step (--reason TEXT): it has no visible character",
            zh: "请写明推进阶段的理由（--reason TEXT）：理由中没有可见字符")
        public static func alreadyActive(_ step: String) -> Localized {
            Localized(en: "\(step) is already the active phase", zh: "\(step) 已是当前阶段")
        }
        public static func backwards(_ from: String, _ to: String) -> Localized {
            Localized(
                en: "phases move forward only: \(from) is active, \(to) lies behind it",
                zh: "阶段只能向前推进：当前为 \(from)，\(to) 在其之前")
        }
        public static func skipping(_ from: String, _ next: String, _ to: String) -> Localized {
            Localized(
                en: "\(from) is active: the next step is \(next), not \(to); phases are taken one at a time",
                zh: "当前为 \(from)：下一步是 \(next)，而不是 \(to)；阶段须逐一推进")
        }
        public static let campaignClosed = Localized(
            en: "the campaign is closed; nothing follows", zh: "专项行动已结束；没有后续阶段")
        public static let clockBehind = Localized(
            en: "the clock is behind the last transition; check the system time", zh: "时钟早于上一次阶段转换的时间；请检查系统时间")
        public static let notConfigured = Localized(
            en: "no [campaign] is configured in spotcheckd.toml", zh: "spotcheckd.toml 中没有配置 [campaign]")
        public static func tooManyLookups(_ uid: String, _ most: String, _ wait: String) -> Localized {
            Localized(
                en: "too many receipt lookups from uid \(uid): at most \(most) a minute; try again in \(wait) s",
                zh: "uid \(uid) 查询回执过于频繁：每分钟至多 \(most) 次；请 \(wait) 秒后再试")
        }
        public static func notAState(_ state: String, _ states: String) -> Localized {
            Localized(en: "'\(state)' is not a state; use \(states)", zh: "'\(state)' 不是办理状态；请使用 \(states)")
        }
        public static let nothingToRecord = Localized(
            en: "give a state, a note or a reply", zh: "请给出办理状态、备注或答复")
        public static let identityReason = Localized(
            en: "write the reason for reading the identity (at least 10 visible characters); "
                + "it is kept in the audit trail",
            zh: "请写明查阅举报人身份的理由（至少 10 个可见字符）；理由将记入审计记录")
        public static func notAChannel(_ channel: String, _ channels: String) -> Localized {
            Localized(
                en: "'\(channel)' is not a channel; use \(channels)", zh: "'\(channel)' 不是受理渠道；请使用 \(channels)")
        }
        public static func required(_ field: String) -> Localized {
            Localized(en: "the \(field) is required", zh: "\(field) 为必填项")
        }
        public static func badTime(_ time: String) -> Localized {
            Localized(
                en: "'\(time)' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                zh: "'\(time)' 不是 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM 格式")
        }
        public static func futureTime(_ time: String) -> Localized {
            Localized(en: "the received time \(time) is in the future", zh: "收到时间 \(time) 晚于当前时间")
        }
        public static func tooLongAgo(_ time: String, _ days: String) -> Localized {
            Localized(
                en: "the received time \(time) is more than \(days) days before today; "
                    + "register a complaint within \(days) days of receiving it",
                zh: "收到时间 \(time) 距今已超过 \(days) 天；举报须在收到后 \(days) 天内登记")
        }
        public static func beforeCampaign(_ time: String, _ start: String) -> Localized {
            Localized(
                en: "the received time \(time) is before the campaign began (\(start)); "
                    + "a complaint from before it belongs to the regular channels",
                zh: "收到时间 \(time) 早于专项行动开始之日（\(start)）；此前的举报应通过常规渠道办理")
        }
        public static func noRoster(_ department: String) -> Localized {
            Localized(
                en: "department: no roster is loaded, so '\(department)' cannot be checked; load the roster first",
                zh: "department：尚未加载名册，无法核对 '\(department)'；请先加载名册")
        }
        public static func notADepartment(_ department: String) -> Localized {
            Localized(
                en: "department: '\(department)' is not a department id of the roster; "
                    + "give the id (spotcheck departments list shows them), "
                    + "or --leadership for the commission's own leadership",
                zh: "department：'\(department)' 不是名册中的单位编号；"
                    + "请给出单位编号（spotcheck departments list 可列出），或用 --leadership 表示委员会自身的领导班子")
        }
        public static func notADepartmentMeant(_ department: String, _ name: String, _ id: String) -> Localized {
            Localized(
                en: "department: '\(department)' is not a department id of the roster ('\(name)' is \(id)); "
                    + "give the id (spotcheck departments list shows them), "
                    + "or --leadership for the commission's own leadership",
                zh: "department：'\(department)' 不是名册中的单位编号（'\(name)' 的编号是 \(id)）；"
                    + "请给出单位编号（spotcheck departments list 可列出），或用 --leadership 表示委员会自身的领导班子")
        }
        public static let ownApproval = Localized(
            en: "the person who asked cannot approve their own request; a second person must",
            zh: "申请人不能批准自己的申请；须由第二人批准")
        public static func alreadyApproved(_ request: String) -> Localized {
            Localized(en: "request \(request) is already approved", zh: "申请 \(request) 已获批准")
        }
        public static func notRequester(_ login: String) -> Localized {
            Localized(en: "only the person who asked (\(login)) may read it", zh: "只有申请人（\(login)）本人可以查阅")
        }
        public static func notApproved(_ request: String) -> Localized {
            Localized(
                en: "request \(request) is not approved by a second person yet", zh: "申请 \(request) 尚未经第二人批准")
        }
        public static func requestUsed(_ request: String) -> Localized {
            Localized(en: "request \(request) was used already; ask again", zh: "申请 \(request) 已使用过；请重新申请")
        }
        public static func approvalExpired(_ request: String) -> Localized {
            Localized(
                en: "the approval of request \(request) has expired; ask again", zh: "申请 \(request) 的批准已过期；请重新申请")
        }
        public static func noIdentity(_ complaint: String) -> Localized {
            Localized(en: "complaint \(complaint) has no identity on file", zh: "举报 \(complaint) 没有登记举报人身份")
        }
        public static func complaintClosed(_ complaint: String) -> Localized {
            Localized(
                en: "complaint \(complaint) is closed; an inspection is requested while it is handled",
                zh: "举报 \(complaint) 已办结；隐藏检查须在办理期间申请")
        }
        public static func inspectionRequested(_ complaint: String) -> Localized {
            Localized(
                en: "complaint \(complaint) already has a hidden inspection requested",
                zh: "举报 \(complaint) 已申请过隐藏检查")
        }
        public static let badSalt = Localized(en: "the salt must be 32 bytes", zh: "盐值必须为 32 字节")
        public static func noDrawAhead(_ complaint: String, _ department: String, _ phase: String) -> Localized {
            Localized(
                en: "complaint \(complaint): no pool that holds \(department) draws again in this campaign (it is in "
                    + "\(phase)), so a hidden inspection would never happen; nothing was requested. Refer the "
                    + "complaint, or have a coordinator order an inspection if the office still inspects",
                zh: "举报 \(complaint)：本次专项整治中已没有包含 \(department) 的抽查池再抽取（现处于\(phase)），隐藏检查"
                    + "不会发生；未作申请。请转办该举报，或在仍开展检查时由协调员下达检查指令")
        }
        /// An identity refused: larger than `most` bytes, or (`mangled`) holding U+FFFD.
        public static func identityRefused(_ field: String, _ most: String, mangled: Bool) -> Localized {
            mangled
                ? Localized(
                    en: "\(field): the complainant's identity holds U+FFFD, the mark left where bytes were not "
                        + "UTF-8, so it was mangled before it was sent; send it again from the original saved as "
                        + "UTF-8; nothing was registered",
                    zh: "\(field)：举报人身份信息含有 U+FFFD（非 UTF-8 字节被替换后留下的符号），发送前已损坏；"
                        + "请将原件另存为 UTF-8 后重新发送；未作登记")
                : Localized(
                    en: "\(field): the complainant's identity is larger than \(most) bytes; keep a name, a "
                        + "telephone number and an address, and file the rest with the complaint's papers; nothing "
                        + "was registered",
                    zh: "\(field)：举报人身份信息超过 \(most) 字节；请只保留姓名、电话和地址，其余材料随举报件存档；未作登记")
        }
        public static func noPoolDraws(_ complaint: String, _ department: String) -> Localized {
            Localized(
                en: "complaint \(complaint): no scheduled pool holds \(department), so a hidden inspection would "
                    + "never happen; nothing was requested. Add the department to a pool (roster `pools` column)",
                zh: "举报 \(complaint)：没有定期抽取的抽查池包含 \(department)，隐藏检查不会发生；未作申请。"
                    + "请将该单位加入抽查池（名册 pools 列）")
        }
        public static func notASuccessor(_ state: String, _ states: String, _ target: String) -> Localized {
            Localized(
                en: "a complaint in state \(state) can move to \(states), not \(target)",
                zh: "处于 \(state) 状态的举报只能转为 \(states)，不能转为 \(target)")
        }
        public static func needsReply(_ target: String) -> Localized {
            Localized(
                en: "moving to \(target) tells the complainant: give the reply (--reply TEXT)",
                zh: "转为 \(target) 会告知举报人：请给出答复（--reply TEXT）")
        }
    }

    /// The conditions of the campaign's gate and why one blocks, told from their codes
    /// (`GateConditionCode`, `GateDetailCode` in SpotcheckProtocol).
    public enum GateConditions {
        public static let rosterFrozen = Localized(
            en: "a roster is loaded; its snapshot hash is frozen into the transition",
            zh: "已加载名册；其快照哈希值固化到本次阶段转换中")
        public static let prohibitionsFrozen = Localized(
            en: "the list of prohibitions is readable; its SHA-256 is frozen into the transition",
            zh: "禁止性规定清单可读取；其 SHA-256 固化到本次阶段转换中")
        public static let formsIssued = Localized(
            en: "one self-inspection form issued per department", zh: "每个单位已下发一份自查表")
        public static let formsReturned = Localized(
            en: "every self-inspection form returned or past due (late ones locked and flagged)",
            zh: "每份自查表均已交回或已逾期（逾期的已锁定并标记）")
        public static let selfFindings = Localized(
            en: "every self-reported problem in the ledger as a confirmed finding (source self)",
            zh: "自查发现的每个问题均已作为已确认的问题录入台账（来源 self）")
        public static let drawsRevealed = Localized(en: "every draw revealed", zh: "所有抽签均已揭晓")
        public static let drawsPublished = Localized(
            en: "every draw's seed and record published", zh: "所有抽签的种子和记录均已公开")
        public static let assignmentsDecided = Localized(
            en: "every assignment marked done or not carried out", zh: "每项检查任务均已标记为完成或未执行")
        public static let findingsConfirmed = Localized(
            en: "no finding still unconfirmed", zh: "没有尚未确认的问题")
        public static let finalPublication = Localized(
            en: "the final publication is written", zh: "最终公示已生成")
        public static let findingsCarried = Localized(
            en: "open findings carried into a standing ledger", zh: "未办结的问题已转入常态化台账")

        // Why a condition blocks: how many (by condition).
        public static func withoutForm(_ count: String) -> Localized {
            Localized(en: "\(count) department(s) without a form", zh: "\(count) 个单位尚未下发自查表")
        }
        public static func formsOutstanding(_ count: String) -> Localized {
            Localized(en: "\(count) form(s) outstanding", zh: "\(count) 份自查表尚未交回")
        }
        public static func selfReportedMissing(_ count: String) -> Localized {
            Localized(
                en: "\(count) self-reported problem(s) not in the ledger or not confirmed",
                zh: "\(count) 个自查问题未录入台账或未确认")
        }
        public static func notRevealed(_ count: String, _ ids: String) -> Localized {
            Localized(en: "\(count) draw(s) not revealed: \(ids)", zh: "\(count) 次抽签尚未揭晓：\(ids)")
        }
        public static func notPublished(_ count: String, _ ids: String) -> Localized {
            Localized(en: "\(count) draw(s) not published: \(ids)", zh: "\(count) 次抽签尚未公开：\(ids)")
        }
        public static func drawsNotRevealed(_ count: String) -> Localized {
            Localized(en: "\(count) draw(s) not revealed", zh: "\(count) 次抽签尚未揭晓")
        }
        public static func drawsNotPublished(_ count: String) -> Localized {
            Localized(en: "\(count) draw(s) not published", zh: "\(count) 次抽签尚未公开")
        }
        public static func undecided(_ count: String) -> Localized {
            Localized(en: "\(count) assignment(s) undecided", zh: "\(count) 项检查任务尚未标记结果")
        }
        public static func unconfirmed(_ count: String) -> Localized {
            Localized(en: "\(count) finding(s) unconfirmed", zh: "\(count) 个问题尚未确认")
        }
        public static func notCarried(_ count: String) -> Localized {
            Localized(en: "\(count) open finding(s) not carried", zh: "\(count) 个未办结的问题尚未转入")
        }
        public static func blockingCount(_ count: String) -> Localized {
            Localized(en: "\(count) still open", zh: "尚有 \(count) 项未完成")
        }
        // Why a condition blocks or is not checked: the rest.
        public static let unchecked = Localized(
            en: "nothing reports it yet; it does not block", zh: "尚无来源报告此项；不作阻拦")
        public static let noRoster = Localized(
            en: "no roster is loaded (spotcheck import DIR)", zh: "尚未加载名册（spotcheck import DIR）")
        public static let noProhibitionsFile = Localized(
            en: "no prohibitions file is configured ([campaign] prohibitions)",
            zh: "未配置禁止性规定清单文件（[campaign] prohibitions）")
        public static func prohibitionsUnreadable(_ problem: String) -> Localized {
            Localized(
                en: "the prohibitions file cannot be read: \(problem)", zh: "无法读取禁止性规定清单文件：\(problem)")
        }
        public static let notWritten = Localized(en: "not written yet", zh: "尚未生成")
    }

    /// A call the daemon refused for the caller's role: the command as typed and who may run it.
    public enum Permission {
        public static func refused(_ command: String, _ who: String) -> Localized {
            Localized(
                en: "\(command) is refused: only \(who) may do this",
                zh: "\(command) 被拒绝：只有\(who)可以执行此操作")
        }
        public static let coordinator = Localized(
            en: "coordinators (the coordinator groups in [roles] of spotcheckd.toml)",
            zh: "协调员（spotcheckd.toml 的 [roles] 中设定的协调员用户组）")
        public static let coordinatorOrAuditor = Localized(
            en: "coordinators and auditors (the groups in [roles] of spotcheckd.toml)",
            zh: "协调员和审计员（spotcheckd.toml 的 [roles] 中设定的用户组）")
        public static let complaintsHandler = Localized(
            en: "complaint handlers (the complaints groups in [roles] of spotcheckd.toml)",
            zh: "举报受理人（spotcheckd.toml 的 [roles] 中设定的举报受理用户组）")
        public static let findingRecorder = Localized(
            en: "coordinators, the inspection's team, or a contact of the department "
                + "(the contacts column of departments.csv)",
            zh: "协调员、该次检查的检查组成员或该单位联络人（departments.csv 的 contacts 列）")
        public static let teamLead = Localized(
            en: "coordinators and the lead of the inspection's team", zh: "协调员和该次检查的组长")
        public static let departmentContact = Localized(
            en: "coordinators and the contacts of the finding's department (the contacts column of departments.csv)",
            zh: "协调员和问题所属单位的联络人（departments.csv 的 contacts 列）")
        public static let drawnVerifier = Localized(
            en: "the verifier drawn for the finding", zh: "为该问题抽中的核验人")
        public static let rosterLogin = Localized(
            en: "coordinators, auditors and the users the roster names by login",
            zh: "协调员、审计员和名册中登记了登录名的用户")
    }
}
