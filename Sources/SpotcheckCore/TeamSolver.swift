/// Why a target could not be staffed. `code` is stable for machines, `message` is for people;
/// `certificate` is the proof of a Hall violation when the code is `leads-exhausted`,
/// `skill-exhausted` or `seats-exhausted` (docs/draw-algorithm.md).
public struct Blocker: Sendable, Hashable, Codable {
    public var code: String
    public var message: String
    public var certificate: Certificate?

    public init(code: String, message: String, certificate: Certificate? = nil) {
        self.code = code
        self.message = message
        self.certificate = certificate
    }

    enum CodingKeys: String, CodingKey {
        case code, message, certificate
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        message = try container.decode(String.self, forKey: .message)
        certificate = try container.decodeIfPresent(Certificate.self, forKey: .certificate)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(certificate, forKey: .certificate)
    }
}

/// A Hall violation: these targets together need more of a resource than the inspectors
/// eligible for them can give. `demand` > `supply` where supply counts each inspector holding
/// the resource at most `capacity` times and at most once per target it may inspect.
public struct Certificate: Sendable, Hashable, Codable {
    /// `lead`, `skill:NAME` or `seat`.
    public var resource: String
    /// Department ids, in pick order.
    public var targets: [String]
    public var demand: Int
    public var supply: Int

    public init(resource: String, targets: [String], demand: Int, supply: Int) {
        self.resource = resource
        self.targets = targets
        self.demand = demand
        self.supply = supply
    }
}
