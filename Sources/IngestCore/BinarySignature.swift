/// Recognises common binary formats by their first bytes, so a rejection can name what the
/// user dropped ("a PDF document") instead of only saying "not text".
enum BinarySignature {
    private static let signatures: [(prefix: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive (or an office document)"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "legacy Microsoft Office document"),
        (Array("{\\rtf".utf8), "RTF document"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
    ]

    static func identify(_ bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.prefix) }?.name
    }
}
