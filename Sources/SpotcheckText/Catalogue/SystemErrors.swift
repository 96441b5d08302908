#if canImport(Glibc)
    import Glibc
#endif

extension Catalogue {
    /// The system's own words for the errors a user meets talking to spotcheckd or writing a file,
    /// in the reader's language; any other error in the system's (English) words.
    public enum SystemErrors {
        public static func text(_ code: Int32) -> String {
            said(code)?.text ?? String(cString: strerror(code))
        }

        static func said(_ code: Int32) -> Localized? {
            switch code {
            case ENOENT: Localized(en: "No such file or directory", zh: "文件或目录不存在")
            case EACCES: Localized(en: "Permission denied", zh: "权限不足")
            case EPERM: Localized(en: "Operation not permitted", zh: "不允许此操作")
            case ECONNREFUSED: Localized(en: "Connection refused", zh: "连接被拒绝")
            case ECONNRESET: Localized(en: "Connection reset by peer", zh: "连接被对方重置")
            case EPIPE: Localized(en: "Broken pipe", zh: "连接已断开")
            case ENOTSOCK: Localized(en: "Socket operation on non-socket", zh: "不是套接字")
            case ETIMEDOUT: Localized(en: "Connection timed out", zh: "连接超时")
            case ENOSPC: Localized(en: "No space left on device", zh: "设备上没有剩余空间")
            case EROFS: Localized(en: "Read-only file system", zh: "文件系统为只读")
            case EISDIR: Localized(en: "Is a directory", zh: "是一个目录")
            case ENOTDIR: Localized(en: "Not a directory", zh: "不是目录")
            case EEXIST: Localized(en: "File exists", zh: "文件已存在")
            case EAGAIN: Localized(en: "Resource temporarily unavailable", zh: "资源暂时不可用")
            default: nil
            }
        }
    }
}
