import Glibc

/// Hands folders to the unprivileged `nobody:nogroup`, for a daemon that runs as them.
enum Ownership {
    static func giveToNobody(_ paths: [String]) throws {
        guard let user = getpwnam("nobody"), let group = getgrnam("nogroup") else {
            throw IntegrationTestError("no user nobody or group nogroup on this machine")
        }
        for path in paths {
            guard chown(path, user.pointee.pw_uid, group.pointee.gr_gid) == 0 else {
                throw IntegrationTestError("chown \(path) failed: \(String(cString: strerror(errno)))")
            }
        }
    }
}
