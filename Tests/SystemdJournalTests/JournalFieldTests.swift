import SystemdJournal
import Testing

@Suite struct JournalFieldTests {
    @Test(arguments: ["MESSAGE", "A", "REQUEST_ID", "X_1", String(repeating: "A", count: 64)])
    func acceptsValidNames(name: String) throws {
        #expect(JournalField.isValidName(name))
        let field = try JournalField(name: name, value: "v")
        #expect(field.name == name)
        #expect(field.value == Array("v".utf8))
    }

    @Test(arguments: ["", "message", "_PID", "1ABC", "REQUEST-ID", "A B", "ÄÖ", String(repeating: "A", count: 65)])
    func rejectsInvalidNames(name: String) {
        #expect(!JournalField.isValidName(name))
        #expect(throws: SystemdError.invalidFieldName(name)) { try JournalField(name: name, value: "v") }
    }

    @Test func sanitizesArbitraryKeys() {
        #expect(JournalField.sanitizedName("request-id") == "REQUEST_ID")
        #expect(JournalField.sanitizedName("user.name") == "USER_NAME")
        #expect(JournalField.sanitizedName("_pid") == "PID")
        #expect(JournalField.sanitizedName("__x__") == "X__")
        #expect(JournalField.sanitizedName("2fa") == "F_2FA")
        #expect(JournalField.sanitizedName("café") == "CAF_")
        #expect(JournalField.sanitizedName("ALREADY_OK") == "ALREADY_OK")
        #expect(JournalField.sanitizedName(String(repeating: "k", count: 100)) == String(repeating: "K", count: 64))
    }

    @Test(arguments: ["", "_", "---", "ключ", "__🙂"])
    func dropsKeysWithNothingUsable(key: String) {
        #expect(JournalField.sanitizedName(key) == nil)
        #expect(JournalField(sanitizing: key, value: "v") == nil)
    }

    @Test(arguments: ["request-id", "_pid", "2fa", "ünïcode key", String(repeating: "-x", count: 80)])
    func sanitizedNamesAreValid(key: String) throws {
        let name = try #require(JournalField.sanitizedName(key))
        #expect(JournalField.isValidName(name))
    }

    @Test func keepsValueBytesVerbatim() throws {
        let value: [UInt8] = [0, 10, 13, 61, 255]
        #expect(try JournalField(name: "BLOB", value: value).value == value)
        #expect(JournalField(sanitizing: "note", value: "a\nb=c")?.value == Array("a\nb=c".utf8))
    }
}
